// @generated from AWS::CleanRooms::IntermediateTable (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CleanRooms::IntermediateTable` and its property types.

/// Represents an intermediate table that stores cached query results within a collaboration
///
/// CloudFormation type `AWS::CleanRooms::IntermediateTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntermediateTable {
    props: ::forma_core::schema::Props,
}
impl IntermediateTable {
    /// A new resource with its required properties: `MembershipIdentifier`, `Name`, `PopulationAnalysisConfiguration`.
    #[track_caller]
    pub fn new(
        membership_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        population_analysis_configuration: impl ::std::convert::Into<::forma_core::Value<PopulationAnalysisConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, membership_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, population_analysis_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AnalysisRules`.
    #[track_caller]
    pub fn analysis_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IntermediateTableAnalysisRule>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KmsKeyArn`.
    ///
    /// Allowed: length 4 to 2048.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IntermediateTable {
    type Attributes = IntermediateTableAttributes;
    fn type_name(&self) -> &str {
        "AWS::CleanRooms::IntermediateTable"
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
/// The attributes of a `AWS::CleanRooms::IntermediateTable` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IntermediateTableAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IntermediateTableAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IntermediateTableAttributes {
    /// `Fn::GetAtt` `IntermediateTableIdentifier`.
    pub fn intermediate_table_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IntermediateTableIdentifier")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `MembershipArn`.
    pub fn membership_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MembershipArn")
    }
    /// `Fn::GetAtt` `CollaborationIdentifier`.
    pub fn collaboration_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollaborationIdentifier")
    }
    /// `Fn::GetAtt` `CollaborationArn`.
    pub fn collaboration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollaborationArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntermediateTableAnalysisRuleType {
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IntermediateTableAnalysisRuleType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOM"]
    }
}
impl ::std::convert::From<IntermediateTableAnalysisRuleType>
    for ::forma_core::Value<IntermediateTableAnalysisRuleType>
{
    fn from(v: IntermediateTableAnalysisRuleType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IntermediateTableAnalysisRuleType {}

/// The `IntermediateTableAnalysisRule` property type of `AWS::CleanRooms::IntermediateTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntermediateTableAnalysisRule {
    props: ::forma_core::schema::Props,
}
impl IntermediateTableAnalysisRule {
    /// A new value with its required properties: `Policy`, `Type`.
    pub fn new(
        policy: impl ::std::convert::Into<::forma_core::Value<IntermediateTableAnalysisRulePolicy>>,
        type_: impl ::forma_core::schema::EnumArg<IntermediateTableAnalysisRuleType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<IntermediateTableAnalysisRule> for ::forma_core::Value<IntermediateTableAnalysisRule> {
    fn from(v: IntermediateTableAnalysisRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERMEDIATE_TABLE_ANALYSIS_RULE_TYPE.properties))
    }
}

/// The `PopulationAnalysisConfiguration` property type of `AWS::CleanRooms::IntermediateTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct PopulationAnalysisConfiguration {
    props: ::forma_core::schema::Props,
}
impl PopulationAnalysisConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SqlParameters`.
    pub fn sql_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PopulationAnalysisSqlParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PopulationAnalysisConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PopulationAnalysisConfiguration> for ::forma_core::Value<PopulationAnalysisConfiguration> {
    fn from(v: PopulationAnalysisConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POPULATION_ANALYSIS_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CleanRooms::IntermediateTable`.
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

/// The `IntermediateTableAnalysisRulePolicy` property type of `AWS::CleanRooms::IntermediateTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntermediateTableAnalysisRulePolicy {
    props: ::forma_core::schema::Props,
}
impl IntermediateTableAnalysisRulePolicy {
    /// A new value with its required properties: `V1`.
    pub fn new(v1: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, v1.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IntermediateTableAnalysisRulePolicy>
    for ::forma_core::Value<IntermediateTableAnalysisRulePolicy>
{
    fn from(v: IntermediateTableAnalysisRulePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERMEDIATE_TABLE_ANALYSIS_RULE_POLICY_TYPE.properties))
    }
}

/// The `PopulationAnalysisSqlParameters` property type of `AWS::CleanRooms::IntermediateTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct PopulationAnalysisSqlParameters {
    props: ::forma_core::schema::Props,
}
impl PopulationAnalysisSqlParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AnalysisTemplateArn`.
    ///
    /// Allowed: length 0 to 256.
    pub fn analysis_template_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `QueryString`.
    ///
    /// Allowed: length 0 to 500000.
    pub fn query_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PopulationAnalysisSqlParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PopulationAnalysisSqlParameters> for ::forma_core::Value<PopulationAnalysisSqlParameters> {
    fn from(v: PopulationAnalysisSqlParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POPULATION_ANALYSIS_SQL_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::CleanRooms::IntermediateTable`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CleanRooms::IntermediateTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnalysisRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INTERMEDIATE_TABLE_ANALYSIS_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$"),
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws:kms:[\\w]{2}-[\\w]{4,9}-[\\d]:[\\d]{12}:key/[a-zA-Z0-9-]+$"),
                min_length: Some(4),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MembershipIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "PopulationAnalysisConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&POPULATION_ANALYSIS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "IntermediateTableIdentifier",
        "Arn",
        "MembershipArn",
        "CollaborationIdentifier",
        "CollaborationArn",
        "Status",
    ],
};

static INTERMEDIATE_TABLE_ANALYSIS_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::IntermediateTable.IntermediateTableAnalysisRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Policy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTERMEDIATE_TABLE_ANALYSIS_RULE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOM"]),
        },
    ],
    rules: &[],
};

static POPULATION_ANALYSIS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::IntermediateTable.PopulationAnalysisConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "SqlParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POPULATION_ANALYSIS_SQL_PARAMETERS_TYPE),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::IntermediateTable.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static INTERMEDIATE_TABLE_ANALYSIS_RULE_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::IntermediateTable.IntermediateTableAnalysisRulePolicy",
        properties: &[::forma_core::schema::Property {
            name: "V1",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        }],
        rules: &[],
    };

static POPULATION_ANALYSIS_SQL_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::IntermediateTable.PopulationAnalysisSqlParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "AnalysisTemplateArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "QueryString",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(500000),
                }),
            },
        ],
        rules: &[],
    };
