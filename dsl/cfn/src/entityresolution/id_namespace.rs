// @generated from AWS::EntityResolution::IdNamespace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EntityResolution::IdNamespace` and its property types.

/// IdNamespace defined in AWS Entity Resolution service
///
/// CloudFormation type `AWS::EntityResolution::IdNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdNamespace {
    props: ::forma_core::schema::Props,
}
impl IdNamespace {
    /// A new resource with its required properties: `IdNamespaceName`, `Type`.
    #[track_caller]
    pub fn new(
        id_namespace_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, id_namespace_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdMappingWorkflowProperties`.
    #[track_caller]
    pub fn id_mapping_workflow_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IdNamespaceIdMappingWorkflowProperties>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InputSourceConfig`.
    #[track_caller]
    pub fn input_source_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IdNamespaceInputSource>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 32 to 512.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IdNamespace {
    type Attributes = IdNamespaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::EntityResolution::IdNamespace"
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
/// The attributes of a `AWS::EntityResolution::IdNamespace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IdNamespaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IdNamespaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IdNamespaceAttributes {
    /// `Fn::GetAtt` `IdNamespaceArn`.
    pub fn id_namespace_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdNamespaceArn")
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

/// The values CloudFormation documents: `SOURCE`, `TARGET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `SOURCE`
    Source,
    /// `TARGET`
    Target,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Target => "TARGET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SOURCE", "TARGET"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The values CloudFormation documents: `PROVIDER`, `RULE_BASED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdMappingType {
    /// `PROVIDER`
    Provider,
    /// `RULE_BASED`
    RuleBased,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IdMappingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Provider => "PROVIDER",
            Self::RuleBased => "RULE_BASED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROVIDER", "RULE_BASED"]
    }
}
impl ::std::convert::From<IdMappingType> for ::forma_core::Value<IdMappingType> {
    fn from(v: IdMappingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IdMappingType {}

/// The `IdNamespaceIdMappingWorkflowProperties` property type of `AWS::EntityResolution::IdNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdNamespaceIdMappingWorkflowProperties {
    props: ::forma_core::schema::Props,
}
impl IdNamespaceIdMappingWorkflowProperties {
    /// A new value with its required properties: `IdMappingType`.
    pub fn new(id_mapping_type: impl ::forma_core::schema::EnumArg<IdMappingType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id_mapping_type.into_enum_expr());
        Self { props }
    }
    /// `ProviderProperties`.
    pub fn provider_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NamespaceProviderProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RuleBasedProperties`.
    pub fn rule_based_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NamespaceRuleBasedProperties>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IdNamespaceIdMappingWorkflowProperties>
    for ::forma_core::Value<IdNamespaceIdMappingWorkflowProperties>
{
    fn from(v: IdNamespaceIdMappingWorkflowProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ID_NAMESPACE_ID_MAPPING_WORKFLOW_PROPERTIES_TYPE.properties))
    }
}

/// The `IdNamespaceInputSource` property type of `AWS::EntityResolution::IdNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdNamespaceInputSource {
    props: ::forma_core::schema::Props,
}
impl IdNamespaceInputSource {
    /// A new value with its required properties: `InputSourceARN`.
    pub fn new(input_source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, input_source_arn.into().into_expr());
        Self { props }
    }
    /// `SchemaName`.
    ///
    /// Allowed: length 1 to 255.
    pub fn schema_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IdNamespaceInputSource> for ::forma_core::Value<IdNamespaceInputSource> {
    fn from(v: IdNamespaceInputSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ID_NAMESPACE_INPUT_SOURCE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The `NamespaceProviderProperties` property type of `AWS::EntityResolution::IdNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct NamespaceProviderProperties {
    props: ::forma_core::schema::Props,
}
impl NamespaceProviderProperties {
    /// A new value with its required properties: `ProviderServiceArn`.
    pub fn new(provider_service_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, provider_service_arn.into().into_expr());
        Self { props }
    }
    /// Additional Provider configuration that would be required for the provider service.
    pub fn provider_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NamespaceProviderProperties> for ::forma_core::Value<NamespaceProviderProperties> {
    fn from(v: NamespaceProviderProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NAMESPACE_PROVIDER_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ONE_TO_ONE`, `MANY_TO_MANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributeMatchingModel {
    /// `ONE_TO_ONE`
    OneToOne,
    /// `MANY_TO_MANY`
    ManyToMany,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttributeMatchingModel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneToOne => "ONE_TO_ONE",
            Self::ManyToMany => "MANY_TO_MANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ONE_TO_ONE", "MANY_TO_MANY"]
    }
}
impl ::std::convert::From<AttributeMatchingModel> for ::forma_core::Value<AttributeMatchingModel> {
    fn from(v: AttributeMatchingModel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttributeMatchingModel {}

/// The values CloudFormation documents: `ONE_SOURCE_TO_ONE_TARGET`, `MANY_SOURCE_TO_ONE_TARGET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordMatchingModel {
    /// `ONE_SOURCE_TO_ONE_TARGET`
    OneSourceToOneTarget,
    /// `MANY_SOURCE_TO_ONE_TARGET`
    ManySourceToOneTarget,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordMatchingModel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneSourceToOneTarget => "ONE_SOURCE_TO_ONE_TARGET",
            Self::ManySourceToOneTarget => "MANY_SOURCE_TO_ONE_TARGET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ONE_SOURCE_TO_ONE_TARGET", "MANY_SOURCE_TO_ONE_TARGET"]
    }
}
impl ::std::convert::From<RecordMatchingModel> for ::forma_core::Value<RecordMatchingModel> {
    fn from(v: RecordMatchingModel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordMatchingModel {}

/// The values CloudFormation documents: `SOURCE`, `TARGET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleDefinitionType {
    /// `SOURCE`
    Source,
    /// `TARGET`
    Target,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleDefinitionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Target => "TARGET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SOURCE", "TARGET"]
    }
}
impl ::std::convert::From<RuleDefinitionType> for ::forma_core::Value<RuleDefinitionType> {
    fn from(v: RuleDefinitionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleDefinitionType {}

/// The `NamespaceRuleBasedProperties` property type of `AWS::EntityResolution::IdNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct NamespaceRuleBasedProperties {
    props: ::forma_core::schema::Props,
}
impl NamespaceRuleBasedProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AttributeMatchingModel`.
    pub fn attribute_matching_model(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AttributeMatchingModel>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `RecordMatchingModels`.
    pub fn record_matching_models(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RecordMatchingModel>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RuleDefinitionTypes`.
    pub fn rule_definition_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RuleDefinitionType>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Rules`.
    pub fn rules(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NamespaceRuleBasedProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NamespaceRuleBasedProperties> for ::forma_core::Value<NamespaceRuleBasedProperties> {
    fn from(v: NamespaceRuleBasedProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NAMESPACE_RULE_BASED_PROPERTIES_TYPE.properties))
    }
}

/// The `Rule` property type of `AWS::EntityResolution::IdNamespace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value with its required properties: `MatchingKeys`, `RuleName`.
    pub fn new(
        matching_keys: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, matching_keys.into().into_expr());
        props.set(1, rule_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// The schema of `AWS::EntityResolution::IdNamespace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EntityResolution::IdNamespace",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdMappingWorkflowProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ID_NAMESPACE_ID_MAPPING_WORKFLOW_PROPERTIES_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IdNamespaceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputSourceConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ID_NAMESPACE_INPUT_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws|aws-us-gov|aws-cn):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(32),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SOURCE", "TARGET"]),
        },
    ],
    rules: &[],
    attributes: &["IdNamespaceArn", "CreatedAt", "UpdatedAt"],
};

static ID_NAMESPACE_ID_MAPPING_WORKFLOW_PROPERTIES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EntityResolution::IdNamespace.IdNamespaceIdMappingWorkflowProperties",
        properties: &[
            ::forma_core::schema::Property {
                name: "IdMappingType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["PROVIDER", "RULE_BASED"]),
            },
            ::forma_core::schema::Property {
                name: "ProviderProperties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&NAMESPACE_PROVIDER_PROPERTIES_TYPE),
            },
            ::forma_core::schema::Property {
                name: "RuleBasedProperties",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&NAMESPACE_RULE_BASED_PROPERTIES_TYPE),
            },
        ],
        rules: &[],
    };

static ID_NAMESPACE_INPUT_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EntityResolution::IdNamespace.IdNamespaceInputSource",
properties: &[
::forma_core::schema::Property { name: "InputSourceARN", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn):entityresolution:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(matchingworkflow/[a-zA-Z_0-9-]{1,255})$|^arn:(aws|aws-us-gov|aws-cn):glue:[a-z]{2}-[a-z]{1,10}-[0-9]:[0-9]{12}:(table/[a-zA-Z_0-9-]{1,255}/[a-zA-Z_0-9-]{1,255})$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "SchemaName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z_0-9-]*$"), min_length: Some(1), max_length: Some(255) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::IdNamespace.Tag",
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

static NAMESPACE_PROVIDER_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EntityResolution::IdNamespace.NamespaceProviderProperties",
properties: &[
::forma_core::schema::Property { name: "ProviderConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
::forma_core::schema::Property { name: "ProviderServiceArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov|aws-cn):(entityresolution):([a-z]{2}-[a-z]{1,10}-[0-9])::providerservice/([a-zA-Z0-9_-]{1,255})/([a-zA-Z0-9_-]{1,255})$"), min_length: Some(20), max_length: Some(255) }) },
],
rules: &[],
};

static NAMESPACE_RULE_BASED_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::IdNamespace.NamespaceRuleBasedProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeMatchingModel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ONE_TO_ONE", "MANY_TO_MANY"]),
        },
        ::forma_core::schema::Property {
            name: "RecordMatchingModels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["ONE_SOURCE_TO_ONE_TARGET", "MANY_SOURCE_TO_ONE_TARGET"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuleDefinitionTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["SOURCE", "TARGET"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        },
    ],
    rules: &[],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::IdNamespace.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchingKeys",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z_0-9- \\t]*$"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9- \\t]*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
