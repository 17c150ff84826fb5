// @generated from AWS::BedrockAgentCore::Dataset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::Dataset` and its property types.

/// Definition of AWS::BedrockAgentCore::Dataset Resource Type
///
/// CloudFormation type `AWS::BedrockAgentCore::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    props: ::forma_core::schema::Props,
}
impl Dataset {
    /// A new resource with its required properties: `DatasetName`, `SchemaType`.
    #[track_caller]
    pub fn new(
        dataset_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schema_type: impl ::forma_core::schema::EnumArg<SchemaType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, dataset_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, schema_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the dataset.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional AWS KMS key ARN for SSE-KMS on service S3 writes.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Source of initial examples.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataSourceType>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to assign to the dataset.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Dataset {
    type Attributes = DatasetAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::Dataset"
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
/// The attributes of a `AWS::BedrockAgentCore::Dataset` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DatasetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DatasetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DatasetAttributes {
    /// `Fn::GetAtt` `DatasetArn`.
    pub fn dataset_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatasetArn")
    }
    /// `Fn::GetAtt` `DatasetId`.
    pub fn dataset_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatasetId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `ExampleCount`.
    pub fn example_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ExampleCount")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `AGENTCORE_EVALUATION_PREDEFINED_V1`, `AGENTCORE_EVALUATION_SIMULATED_V1`, `GENERIC_EVALUATION_PREDEFINED_V1`, `THIRD_PARTY_EVALUATION_V1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SchemaType {
    /// `AGENTCORE_EVALUATION_PREDEFINED_V1`
    AgentcoreEvaluationPredefinedV1,
    /// `AGENTCORE_EVALUATION_SIMULATED_V1`
    AgentcoreEvaluationSimulatedV1,
    /// `GENERIC_EVALUATION_PREDEFINED_V1`
    GenericEvaluationPredefinedV1,
    /// `THIRD_PARTY_EVALUATION_V1`
    ThirdPartyEvaluationV1,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SchemaType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AgentcoreEvaluationPredefinedV1 => "AGENTCORE_EVALUATION_PREDEFINED_V1",
            Self::AgentcoreEvaluationSimulatedV1 => "AGENTCORE_EVALUATION_SIMULATED_V1",
            Self::GenericEvaluationPredefinedV1 => "GENERIC_EVALUATION_PREDEFINED_V1",
            Self::ThirdPartyEvaluationV1 => "THIRD_PARTY_EVALUATION_V1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AGENTCORE_EVALUATION_PREDEFINED_V1",
            "AGENTCORE_EVALUATION_SIMULATED_V1",
            "GENERIC_EVALUATION_PREDEFINED_V1",
            "THIRD_PARTY_EVALUATION_V1",
        ]
    }
}
impl ::std::convert::From<SchemaType> for ::forma_core::Value<SchemaType> {
    fn from(v: SchemaType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SchemaType {}

/// Source of initial examples.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceType {
    props: ::forma_core::schema::Props,
}
impl DataSourceType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Inline examples provided directly in the request body.
    pub fn inline_examples(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InlineExamplesSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// S3 location of a JSONL file containing dataset examples.
    pub fn s3_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Source>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSourceType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSourceType> for ::forma_core::Value<DataSourceType> {
    fn from(v: DataSourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_TYPE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::BedrockAgentCore::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// Inline examples provided directly in the request body.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineExamplesSource {
    props: ::forma_core::schema::Props,
}
impl InlineExamplesSource {
    /// A new value with its required properties: `Examples`.
    pub fn new(examples: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, examples.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InlineExamplesSource> for ::forma_core::Value<InlineExamplesSource> {
    fn from(v: InlineExamplesSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INLINE_EXAMPLES_SOURCE_TYPE.properties))
    }
}

/// S3 location of a JSONL file containing dataset examples.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Source {
    props: ::forma_core::schema::Props,
}
impl S3Source {
    /// A new value with its required properties: `S3Uri`.
    pub fn new(s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Source> for ::forma_core::Value<S3Source> {
    fn from(v: S3Source) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::Dataset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::Dataset",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AGENTCORE_EVALUATION_PREDEFINED_V1",
                "AGENTCORE_EVALUATION_SIMULATED_V1",
                "GENERIC_EVALUATION_PREDEFINED_V1",
                "THIRD_PARTY_EVALUATION_V1",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["DatasetArn", "DatasetId", "Status", "ExampleCount", "CreatedAt", "UpdatedAt"],
};

static DATA_SOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Dataset.DataSourceType",
    properties: &[
        ::forma_core::schema::Property {
            name: "InlineExamples",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INLINE_EXAMPLES_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_SOURCE_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Dataset.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static INLINE_EXAMPLES_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Dataset.InlineExamplesSource",
    properties: &[::forma_core::schema::Property {
        name: "Examples",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Json,
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1000) },
        ),
    }],
    rules: &[],
};

static S3_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::Dataset.S3Source",
    properties: &[::forma_core::schema::Property {
        name: "S3Uri",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^s3://[a-z0-9][a-z0-9.\\-]{1,61}[a-z0-9]/.{1,1024}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};
