// @generated from AWS::CleanRooms::ConfiguredTableAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CleanRooms::ConfiguredTableAssociation` and its property types.

/// Represents a table that can be queried within a collaboration
///
/// CloudFormation type `AWS::CleanRooms::ConfiguredTableAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfiguredTableAssociation {
    props: ::forma_core::schema::Props,
}
impl ConfiguredTableAssociation {
    /// A new resource with its required properties: `ConfiguredTableIdentifier`, `MembershipIdentifier`, `Name`, `RoleArn`.
    #[track_caller]
    pub fn new(
        configured_table_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        membership_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, configured_table_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, membership_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ConfiguredTableAssociationAnalysisRules`.
    #[track_caller]
    pub fn configured_table_association_analysis_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfiguredTableAssociationAnalysisRule>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this cleanrooms collaboration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfiguredTableAssociation {
    type Attributes = ConfiguredTableAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::CleanRooms::ConfiguredTableAssociation"
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
/// The attributes of a `AWS::CleanRooms::ConfiguredTableAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfiguredTableAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfiguredTableAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfiguredTableAssociationAttributes {
    /// `Fn::GetAtt` `ConfiguredTableAssociationIdentifier`.
    pub fn configured_table_association_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfiguredTableAssociationIdentifier")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `AGGREGATION`, `LIST`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfiguredTableAssociationAnalysisRuleType {
    /// `AGGREGATION`
    Aggregation,
    /// `LIST`
    List,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfiguredTableAssociationAnalysisRuleType {
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
impl ::std::convert::From<ConfiguredTableAssociationAnalysisRuleType>
    for ::forma_core::Value<ConfiguredTableAssociationAnalysisRuleType>
{
    fn from(v: ConfiguredTableAssociationAnalysisRuleType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfiguredTableAssociationAnalysisRuleType {}

/// The `ConfiguredTableAssociationAnalysisRule` property type of `AWS::CleanRooms::ConfiguredTableAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfiguredTableAssociationAnalysisRule {
    props: ::forma_core::schema::Props,
}
impl ConfiguredTableAssociationAnalysisRule {
    /// A new value with its required properties: `Policy`, `Type`.
    pub fn new(
        policy: impl ::std::convert::Into<::forma_core::Value<ConfiguredTableAssociationAnalysisRulePolicy>>,
        type_: impl ::forma_core::schema::EnumArg<ConfiguredTableAssociationAnalysisRuleType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConfiguredTableAssociationAnalysisRule>
    for ::forma_core::Value<ConfiguredTableAssociationAnalysisRule>
{
    fn from(v: ConfiguredTableAssociationAnalysisRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURED_TABLE_ASSOCIATION_ANALYSIS_RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CleanRooms::ConfiguredTableAssociation`.
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

/// The `ConfiguredTableAssociationAnalysisRulePolicy` property type of `AWS::CleanRooms::ConfiguredTableAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfiguredTableAssociationAnalysisRulePolicy {
    props: ::forma_core::schema::Props,
}
impl ConfiguredTableAssociationAnalysisRulePolicy {
    /// A new value with its required properties: `V1`.
    pub fn new(v1: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, v1.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConfiguredTableAssociationAnalysisRulePolicy>
    for ::forma_core::Value<ConfiguredTableAssociationAnalysisRulePolicy>
{
    fn from(v: ConfiguredTableAssociationAnalysisRulePolicy) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(CONFIGURED_TABLE_ASSOCIATION_ANALYSIS_RULE_POLICY_TYPE.properties),
        )
    }
}

/// The schema of `AWS::CleanRooms::ConfiguredTableAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CleanRooms::ConfiguredTableAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfiguredTableAssociationAnalysisRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURED_TABLE_ASSOCIATION_ANALYSIS_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConfiguredTableIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                min_length: Some(36),
                max_length: Some(36),
            }),
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
            name: "MembershipIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$"),
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws:iam::[\\w]+:role/[\\w+=./@-]+$"),
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
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ConfiguredTableAssociationIdentifier", "Arn"],
};

static CONFIGURED_TABLE_ASSOCIATION_ANALYSIS_RULE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRule",
        properties: &[
            ::forma_core::schema::Property {
                name: "Policy",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONFIGURED_TABLE_ASSOCIATION_ANALYSIS_RULE_POLICY_TYPE),
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
    name: "AWS::CleanRooms::ConfiguredTableAssociation.Tag",
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

static CONFIGURED_TABLE_ASSOCIATION_ANALYSIS_RULE_POLICY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CleanRooms::ConfiguredTableAssociation.ConfiguredTableAssociationAnalysisRulePolicy",
        properties: &[::forma_core::schema::Property {
            name: "V1",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        }],
        rules: &[],
    };
