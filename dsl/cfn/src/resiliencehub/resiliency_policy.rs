// @generated from AWS::ResilienceHub::ResiliencyPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ResilienceHub::ResiliencyPolicy` and its property types.

/// Resource Type Definition for Resiliency Policy.
///
/// CloudFormation type `AWS::ResilienceHub::ResiliencyPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResiliencyPolicy {
    props: ::forma_core::schema::Props,
}
impl ResiliencyPolicy {
    /// A new resource with its required properties: `Policy`, `PolicyName`, `Tier`.
    #[track_caller]
    pub fn new(
        policy: impl ::std::convert::Into<::forma_core::Value<PolicyMap>>,
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tier: impl ::forma_core::schema::EnumArg<Tier>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, policy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, policy_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, tier.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Data Location Constraint of the Policy.
    #[track_caller]
    pub fn data_location_constraint(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DataLocationConstraint>,
    ) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of Resiliency Policy.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn policy_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ResiliencyPolicy {
    type Attributes = ResiliencyPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::ResilienceHub::ResiliencyPolicy"
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
/// The attributes of a `AWS::ResilienceHub::ResiliencyPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResiliencyPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResiliencyPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResiliencyPolicyAttributes {
    /// `Fn::GetAtt` `PolicyArn`.
    pub fn policy_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyArn")
    }
}

/// The values CloudFormation documents: `AnyLocation`, `SameContinent`, `SameCountry`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataLocationConstraint {
    /// `AnyLocation`
    AnyLocation,
    /// `SameContinent`
    SameContinent,
    /// `SameCountry`
    SameCountry,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataLocationConstraint {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnyLocation => "AnyLocation",
            Self::SameContinent => "SameContinent",
            Self::SameCountry => "SameCountry",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AnyLocation", "SameContinent", "SameCountry"]
    }
}
impl ::std::convert::From<DataLocationConstraint> for ::forma_core::Value<DataLocationConstraint> {
    fn from(v: DataLocationConstraint) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataLocationConstraint {}

/// The values CloudFormation documents: `MissionCritical`, `Critical`, `Important`, `CoreServices`, `NonCritical`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tier {
    /// `MissionCritical`
    MissionCritical,
    /// `Critical`
    Critical,
    /// `Important`
    Important,
    /// `CoreServices`
    CoreServices,
    /// `NonCritical`
    NonCritical,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MissionCritical => "MissionCritical",
            Self::Critical => "Critical",
            Self::Important => "Important",
            Self::CoreServices => "CoreServices",
            Self::NonCritical => "NonCritical",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MissionCritical", "Critical", "Important", "CoreServices", "NonCritical"]
    }
}
impl ::std::convert::From<Tier> for ::forma_core::Value<Tier> {
    fn from(v: Tier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tier {}

/// The `PolicyMap` property type of `AWS::ResilienceHub::ResiliencyPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyMap {
    props: ::forma_core::schema::Props,
}
impl PolicyMap {
    /// A new value with its required properties: `AZ`, `Hardware`, `Software`.
    pub fn new(
        az: impl ::std::convert::Into<::forma_core::Value<FailurePolicy>>,
        hardware: impl ::std::convert::Into<::forma_core::Value<FailurePolicy>>,
        software: impl ::std::convert::Into<::forma_core::Value<FailurePolicy>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, az.into().into_expr());
        props.set(1, hardware.into().into_expr());
        props.set(3, software.into().into_expr());
        Self { props }
    }
    /// Failure Policy.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<FailurePolicy>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PolicyMap> for ::forma_core::Value<PolicyMap> {
    fn from(v: PolicyMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_MAP_TYPE.properties))
    }
}

/// Failure Policy.
#[derive(Debug, Clone, PartialEq)]
pub struct FailurePolicy {
    props: ::forma_core::schema::Props,
}
impl FailurePolicy {
    /// A new value with its required properties: `RpoInSecs`, `RtoInSecs`.
    pub fn new(
        rpo_in_secs: impl ::std::convert::Into<::forma_core::Value<i64>>,
        rto_in_secs: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rpo_in_secs.into().into_expr());
        props.set(1, rto_in_secs.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FailurePolicy> for ::forma_core::Value<FailurePolicy> {
    fn from(v: FailurePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAILURE_POLICY_TYPE.properties))
    }
}

/// The schema of `AWS::ResilienceHub::ResiliencyPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ResilienceHub::ResiliencyPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataLocationConstraint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AnyLocation", "SameContinent", "SameCountry"]),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POLICY_MAP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PolicyDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "Tier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "MissionCritical",
                "Critical",
                "Important",
                "CoreServices",
                "NonCritical",
            ]),
        },
    ],
    rules: &[],
    attributes: &["PolicyArn"],
};

static POLICY_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHub::ResiliencyPolicy.PolicyMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "AZ",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAILURE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Hardware",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAILURE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAILURE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Software",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAILURE_POLICY_TYPE),
        },
    ],
    rules: &[],
};

static FAILURE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHub::ResiliencyPolicy.FailurePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "RpoInSecs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RtoInSecs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
