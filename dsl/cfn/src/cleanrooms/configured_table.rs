// @generated from AWS::CleanRooms::ConfiguredTable (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CleanRooms::ConfiguredTable` and its property types.

/// Represents a table that can be associated with collaborations
///
/// CloudFormation type `AWS::CleanRooms::ConfiguredTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfiguredTable {
    props: ::forma_core::schema::Props,
}
impl ConfiguredTable {
    /// A new resource with its required properties: `AllowedColumns`, `AnalysisMethod`, `Name`, `TableReference`.
    #[track_caller]
    pub fn new(
        allowed_columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        analysis_method: impl ::forma_core::schema::EnumArg<AnalysisMethod>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_reference: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, allowed_columns.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, analysis_method.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, table_reference.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AnalysisRules`.
    #[track_caller]
    pub fn analysis_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AnalysisRule>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SelectedAnalysisMethods`.
    #[track_caller]
    pub fn selected_analysis_methods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SelectedAnalysisMethod>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this cleanrooms collaboration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfiguredTable {
    type Attributes = ConfiguredTableAttributes;
    fn type_name(&self) -> &str {
        "AWS::CleanRooms::ConfiguredTable"
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
/// The attributes of a `AWS::CleanRooms::ConfiguredTable` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfiguredTableAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfiguredTableAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfiguredTableAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ConfiguredTableIdentifier`.
    pub fn configured_table_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfiguredTableIdentifier")
    }
}

/// The values CloudFormation documents: `DIRECT_QUERY`, `DIRECT_JOB`, `MULTIPLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnalysisMethod {
    /// `DIRECT_QUERY`
    DirectQuery,
    /// `DIRECT_JOB`
    DirectJob,
    /// `MULTIPLE`
    Multiple,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AnalysisMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DirectQuery => "DIRECT_QUERY",
            Self::DirectJob => "DIRECT_JOB",
            Self::Multiple => "MULTIPLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DIRECT_QUERY", "DIRECT_JOB", "MULTIPLE"]
    }
}
impl ::std::convert::From<AnalysisMethod> for ::forma_core::Value<AnalysisMethod> {
    fn from(v: AnalysisMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AnalysisMethod {}

/// The values CloudFormation documents: `DIRECT_QUERY`, `DIRECT_JOB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SelectedAnalysisMethod {
    /// `DIRECT_QUERY`
    DirectQuery,
    /// `DIRECT_JOB`
    DirectJob,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SelectedAnalysisMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DirectQuery => "DIRECT_QUERY",
            Self::DirectJob => "DIRECT_JOB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DIRECT_QUERY", "DIRECT_JOB"]
    }
}
impl ::std::convert::From<SelectedAnalysisMethod> for ::forma_core::Value<SelectedAnalysisMethod> {
    fn from(v: SelectedAnalysisMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SelectedAnalysisMethod {}

/// The values CloudFormation documents: `AGGREGATION`, `LIST`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfiguredTableAnalysisRuleType {
    /// `AGGREGATION`
    Aggregation,
    /// `LIST`
    List,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfiguredTableAnalysisRuleType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aggregation => "AGGREGATION",
            Self::List => "LIST",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AGGREGATION", "LIST", "CUSTOM"]
    }
}
impl ::std::convert::From<ConfiguredTableAnalysisRuleType> for ::forma_core::Value<ConfiguredTableAnalysisRuleType> {
    fn from(v: ConfiguredTableAnalysisRuleType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfiguredTableAnalysisRuleType {}

/// The `AnalysisRule` property type of `AWS::CleanRooms::ConfiguredTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisRule {
    props: ::forma_core::schema::Props,
}
impl AnalysisRule {
    /// A new value with its required properties: `Policy`, `Type`.
    pub fn new(
        policy: impl ::std::convert::Into<::forma_core::Value<ConfiguredTableAnalysisRulePolicy>>,
        type_: impl ::forma_core::schema::EnumArg<ConfiguredTableAnalysisRuleType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AnalysisRule> for ::forma_core::Value<AnalysisRule> {
    fn from(v: AnalysisRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANALYSIS_RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CleanRooms::ConfiguredTable`.
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

/// The `ConfiguredTableAnalysisRulePolicy` property type of `AWS::CleanRooms::ConfiguredTable`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfiguredTableAnalysisRulePolicy {
    props: ::forma_core::schema::Props,
}
impl ConfiguredTableAnalysisRulePolicy {
    /// A new value with its required properties: `V1`.
    pub fn new(v1: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, v1.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConfiguredTableAnalysisRulePolicy>
    for ::forma_core::Value<ConfiguredTableAnalysisRulePolicy>
{
    fn from(v: ConfiguredTableAnalysisRulePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURED_TABLE_ANALYSIS_RULE_POLICY_TYPE.properties))
    }
}

/// The schema of `AWS::CleanRooms::ConfiguredTable`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CleanRooms::ConfiguredTable",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedColumns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z0-9_](([a-z0-9_ ]+-)*([a-z0-9_ ]+))?$"),
                    min_length: None,
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AnalysisMethod",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DIRECT_QUERY", "DIRECT_JOB", "MULTIPLE"]),
        },
        ::forma_core::schema::Property {
            name: "AnalysisRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ANALYSIS_RULE_TYPE),
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
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "SelectedAnalysisMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["DIRECT_QUERY", "DIRECT_JOB"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TableReference",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
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
    attributes: &["Arn", "ConfiguredTableIdentifier"],
};

static ANALYSIS_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::ConfiguredTable.AnalysisRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Policy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIGURED_TABLE_ANALYSIS_RULE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AGGREGATION", "LIST", "CUSTOM"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::ConfiguredTable.Tag",
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

static CONFIGURED_TABLE_ANALYSIS_RULE_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::ConfiguredTable.ConfiguredTableAnalysisRulePolicy",
        properties: &[::forma_core::schema::Property {
            name: "V1",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        }],
        rules: &[],
    };
