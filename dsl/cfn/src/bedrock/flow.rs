// @generated from AWS::Bedrock::Flow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::Flow` and its property types.

/// Definition of AWS::Bedrock::Flow Resource Type
///
/// CloudFormation type `AWS::Bedrock::Flow`.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    props: ::forma_core::schema::Props,
}
impl Flow {
    /// A new resource with its required properties: `ExecutionRoleArn`, `Name`.
    #[track_caller]
    pub fn new(
        execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A KMS key ARN
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn customer_encryption_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Flow definition
    #[track_caller]
    pub fn definition(mut self, value: impl ::std::convert::Into<::forma_core::Value<FlowDefinition>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A bucket, key and optional version pointing to an S3 object containing a UTF-8 encoded JSON string Definition with the same schema as the Definition property of this resource
    #[track_caller]
    pub fn definition_s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A JSON string containing a Definition with the same schema as the Definition property of this resource
    ///
    /// Allowed: length 0 to 512000.
    #[track_caller]
    pub fn definition_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When supplied with DefinitionString or DefinitionS3Location, substrings in the definition matching ${keyname} will be replaced with the associated value from this map
    #[track_caller]
    pub fn definition_substitutions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the flow
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn test_alias_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Flow {
    type Attributes = FlowAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::Flow"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Bedrock::Flow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlowAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `Validations`.
    pub fn validations(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Validations")
    }
}

/// Flow definition
#[derive(Debug, Clone, PartialEq)]
pub struct FlowDefinition {
    props: ::forma_core::schema::Props,
}
impl FlowDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of connections
    pub fn connections(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FlowConnection>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of nodes in a flow
    pub fn nodes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FlowNode>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FlowDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FlowDefinition> for ::forma_core::Value<FlowDefinition> {
    fn from(v: FlowDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_DEFINITION_TYPE.properties))
    }
}

/// A bucket, key and optional version pointing to an S3 object containing a UTF-8 encoded JSON string Definition with the same schema as the Definition property of this resource
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `Bucket`, `Key`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, key.into().into_expr());
        Self { props }
    }
    /// The version of the the S3 object to use
    ///
    /// Allowed: length 1 to 1024.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Data`, `Conditional`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlowConnectionType {
    /// `Data`
    Data,
    /// `Conditional`
    Conditional,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlowConnectionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Data => "Data",
            Self::Conditional => "Conditional",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Data", "Conditional"]
    }
}
impl ::std::convert::From<FlowConnectionType> for ::forma_core::Value<FlowConnectionType> {
    fn from(v: FlowConnectionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlowConnectionType {}

/// Flow connection
#[derive(Debug, Clone, PartialEq)]
pub struct FlowConnection {
    props: ::forma_core::schema::Props,
}
impl FlowConnection {
    /// A new value with its required properties: `Name`, `Source`, `Target`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<FlowConnectionType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(2, source.into().into_expr());
        props.set(3, target.into().into_expr());
        props.set(4, type_.into_enum_expr());
        Self { props }
    }
    /// Connection configuration
    pub fn configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FlowConnection> for ::forma_core::Value<FlowConnection> {
    fn from(v: FlowConnection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_CONNECTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Input`, `Output`, `KnowledgeBase`, `Condition`, `Lex`, `Prompt`, `LambdaFunction`, `Agent`, `Storage`, `Retrieval`, `Iterator`, `Collector`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlowNodeType {
    /// `Input`
    Input,
    /// `Output`
    Output,
    /// `KnowledgeBase`
    KnowledgeBase,
    /// `Condition`
    Condition,
    /// `Lex`
    Lex,
    /// `Prompt`
    Prompt,
    /// `LambdaFunction`
    LambdaFunction,
    /// `Agent`
    Agent,
    /// `Storage`
    Storage,
    /// `Retrieval`
    Retrieval,
    /// `Iterator`
    Iterator,
    /// `Collector`
    Collector,
    /// `InlineCode`
    InlineCode,
    /// `Loop`
    Loop,
    /// `LoopInput`
    LoopInput,
    /// `LoopController`
    LoopController,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlowNodeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Input => "Input",
            Self::Output => "Output",
            Self::KnowledgeBase => "KnowledgeBase",
            Self::Condition => "Condition",
            Self::Lex => "Lex",
            Self::Prompt => "Prompt",
            Self::LambdaFunction => "LambdaFunction",
            Self::Agent => "Agent",
            Self::Storage => "Storage",
            Self::Retrieval => "Retrieval",
            Self::Iterator => "Iterator",
            Self::Collector => "Collector",
            Self::InlineCode => "InlineCode",
            Self::Loop => "Loop",
            Self::LoopInput => "LoopInput",
            Self::LoopController => "LoopController",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "Input",
            "Output",
            "KnowledgeBase",
            "Condition",
            "Lex",
            "Prompt",
            "LambdaFunction",
            "Agent",
            "Storage",
            "Retrieval",
            "Iterator",
            "Collector",
            "InlineCode",
            "Loop",
            "LoopInput",
            "LoopController",
        ]
    }
}
impl ::std::convert::From<FlowNodeType> for ::forma_core::Value<FlowNodeType> {
    fn from(v: FlowNodeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlowNodeType {}

/// Internal mixin for flow node
#[derive(Debug, Clone, PartialEq)]
pub struct FlowNode {
    props: ::forma_core::schema::Props,
}
impl FlowNode {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<FlowNodeType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        props.set(4, type_.into_enum_expr());
        Self { props }
    }
    /// Node configuration in a flow
    pub fn configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of node inputs in a flow
    pub fn inputs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FlowNodeInput>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// List of node outputs in a flow
    pub fn outputs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FlowNodeOutput>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FlowNode> for ::forma_core::Value<FlowNode> {
    fn from(v: FlowNode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_NODE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LoopCondition`, `ReturnValueToLoopStart`, `ExitLoop`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlowNodeInputCategory {
    /// `LoopCondition`
    LoopCondition,
    /// `ReturnValueToLoopStart`
    ReturnValueToLoopStart,
    /// `ExitLoop`
    ExitLoop,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlowNodeInputCategory {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LoopCondition => "LoopCondition",
            Self::ReturnValueToLoopStart => "ReturnValueToLoopStart",
            Self::ExitLoop => "ExitLoop",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LoopCondition", "ReturnValueToLoopStart", "ExitLoop"]
    }
}
impl ::std::convert::From<FlowNodeInputCategory> for ::forma_core::Value<FlowNodeInputCategory> {
    fn from(v: FlowNodeInputCategory) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlowNodeInputCategory {}

/// The values CloudFormation documents: `String`, `Number`, `Boolean`, `Object`, `Array`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FlowNodeIoDataType {
    /// `String`
    String,
    /// `Number`
    Number,
    /// `Boolean`
    Boolean,
    /// `Object`
    Object,
    /// `Array`
    Array,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FlowNodeIoDataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "String",
            Self::Number => "Number",
            Self::Boolean => "Boolean",
            Self::Object => "Object",
            Self::Array => "Array",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["String", "Number", "Boolean", "Object", "Array"]
    }
}
impl ::std::convert::From<FlowNodeIoDataType> for ::forma_core::Value<FlowNodeIoDataType> {
    fn from(v: FlowNodeIoDataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FlowNodeIoDataType {}

/// Input to a node in a flow
#[derive(Debug, Clone, PartialEq)]
pub struct FlowNodeInput {
    props: ::forma_core::schema::Props,
}
impl FlowNodeInput {
    /// A new value with its required properties: `Expression`, `Name`, `Type`.
    pub fn new(
        expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<FlowNodeIoDataType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, expression.into().into_expr());
        props.set(2, name.into().into_expr());
        props.set(3, type_.into_enum_expr());
        Self { props }
    }
    /// Optional tag to classify input type, currently exclusive to LoopNode
    pub fn category(mut self, value: impl ::forma_core::schema::EnumArg<FlowNodeInputCategory>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<FlowNodeInput> for ::forma_core::Value<FlowNodeInput> {
    fn from(v: FlowNodeInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_NODE_INPUT_TYPE.properties))
    }
}

/// Output of a node in a flow
#[derive(Debug, Clone, PartialEq)]
pub struct FlowNodeOutput {
    props: ::forma_core::schema::Props,
}
impl FlowNodeOutput {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<FlowNodeIoDataType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<FlowNodeOutput> for ::forma_core::Value<FlowNodeOutput> {
    fn from(v: FlowNodeOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_NODE_OUTPUT_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::Flow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::Flow",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerEncryptionKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Definition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FLOW_DEFINITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefinitionS3Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefinitionString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(512000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefinitionSubstitutions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Json),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/(service-role/)?.+$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?){1,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                    min_length: Some(0),
                    max_length: Some(256),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "TestAliasTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                    min_length: Some(0),
                    max_length: Some(256),
                },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "Id", "Status", "UpdatedAt", "Version", "Validations"],
};

static FLOW_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Flow.FlowDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Connections",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FLOW_CONNECTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Nodes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FLOW_NODE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(40) },
            ),
        },
    ],
    rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Flow.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static FLOW_CONNECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Flow.FlowConnection",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Data", "Conditional"]),
        },
    ],
    rules: &[],
};

static FLOW_NODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Flow.FlowNode",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Inputs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FLOW_NODE_INPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Outputs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FLOW_NODE_OUTPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Input",
                "Output",
                "KnowledgeBase",
                "Condition",
                "Lex",
                "Prompt",
                "LambdaFunction",
                "Agent",
                "Storage",
                "Retrieval",
                "Iterator",
                "Collector",
                "InlineCode",
                "Loop",
                "LoopInput",
                "LoopController",
            ]),
        },
    ],
    rules: &[],
};

static FLOW_NODE_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Flow.FlowNodeInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Category",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LoopCondition", "ReturnValueToLoopStart", "ExitLoop"]),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["String", "Number", "Boolean", "Object", "Array"]),
        },
    ],
    rules: &[],
};

static FLOW_NODE_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::Flow.FlowNodeOutput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]([_]?[0-9a-zA-Z]){1,50}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["String", "Number", "Boolean", "Object", "Array"]),
        },
    ],
    rules: &[],
};
