// @generated from AWS::WellArchitected::AgentGoal (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WellArchitected::AgentGoal` and its property types.

/// Resource schema for AWS::WellArchitected::AgentGoal.
///
/// CloudFormation type `AWS::WellArchitected::AgentGoal`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentGoal {
    props: ::forma_core::schema::Props,
}
impl AgentGoal {
    /// A new resource with its required properties: `Pillars`, `ProfileArn`, `Title`.
    #[track_caller]
    pub fn new(
        pillars: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Pillar>>>,
        profile_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        title: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, pillars.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, profile_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, title.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the Agent Goal.
    ///
    /// Allowed: length 1 to 4000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AgentGoal {
    type Attributes = AgentGoalAttributes;
    fn type_name(&self) -> &str {
        "AWS::WellArchitected::AgentGoal"
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
/// The attributes of a `AWS::WellArchitected::AgentGoal` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AgentGoalAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AgentGoalAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AgentGoalAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastModifiedBy`.
    pub fn last_modified_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedBy")
    }
    /// `Fn::GetAtt` `LastModifiedAt`.
    pub fn last_modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedAt")
    }
}

/// The values CloudFormation documents: `COST_OPTIMIZATION`, `SECURITY`, `RESILIENCE`, `PERFORMANCE`, `OPERATIONAL_EXCELLENCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Pillar {
    /// `COST_OPTIMIZATION`
    CostOptimization,
    /// `SECURITY`
    Security,
    /// `RESILIENCE`
    Resilience,
    /// `PERFORMANCE`
    Performance,
    /// `OPERATIONAL_EXCELLENCE`
    OperationalExcellence,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Pillar {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CostOptimization => "COST_OPTIMIZATION",
            Self::Security => "SECURITY",
            Self::Resilience => "RESILIENCE",
            Self::Performance => "PERFORMANCE",
            Self::OperationalExcellence => "OPERATIONAL_EXCELLENCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COST_OPTIMIZATION", "SECURITY", "RESILIENCE", "PERFORMANCE", "OPERATIONAL_EXCELLENCE"]
    }
}
impl ::std::convert::From<Pillar> for ::forma_core::Value<Pillar> {
    fn from(v: Pillar) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Pillar {}

/// The schema of `AWS::WellArchitected::AgentGoal`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WellArchitected::AgentGoal",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?:(?!\\$\\{[a-zA-Z]+:)[\\P{C}])+$"),
                min_length: Some(1),
                max_length: Some(4000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Pillars",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "COST_OPTIMIZATION",
                    "SECURITY",
                    "RESILIENCE",
                    "PERFORMANCE",
                    "OPERATIONAL_EXCELLENCE",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProfileArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws([a-z0-9-]+)?:wellarchitected:[a-z0-9-]{6,64}:[0-9]{12}:agent-profile/[a-zA-Z0-9_-]+$",
                ),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?:(?!\\$\\{[a-zA-Z]+:)[\\P{C}])+$"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "CreatedBy", "CreatedAt", "LastModifiedBy", "LastModifiedAt"],
};
