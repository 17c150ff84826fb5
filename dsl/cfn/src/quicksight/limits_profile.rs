// @generated from AWS::QuickSight::LimitsProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::LimitsProfile` and its property types.

/// Definition of AWS::QuickSight::LimitsProfile Resource Type
///
/// CloudFormation type `AWS::QuickSight::LimitsProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct LimitsProfile {
    props: ::forma_core::schema::Props,
}
impl LimitsProfile {
    /// A new resource with its required properties: `AccountId`, `ProfileName`, `ResourceLimits`.
    #[track_caller]
    pub fn new(
        account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_limits: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, profile_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, resource_limits.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LimitsProfile {
    type Attributes = LimitsProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::LimitsProfile"
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
/// The attributes of a `AWS::QuickSight::LimitsProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LimitsProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LimitsProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LimitsProfileAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `ProfileId`.
    pub fn profile_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProfileId")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `MB`, `GB`, `HOURS`, `DAYS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LimitUnit {
    /// `MB`
    Mb,
    /// `GB`
    Gb,
    /// `HOURS`
    Hours,
    /// `DAYS`
    Days,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LimitUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mb => "MB",
            Self::Gb => "GB",
            Self::Hours => "HOURS",
            Self::Days => "DAYS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MB", "GB", "HOURS", "DAYS"]
    }
}
impl ::std::convert::From<LimitUnit> for ::forma_core::Value<LimitUnit> {
    fn from(v: LimitUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LimitUnit {}

/// The `ProfileLimitValue` property type of `AWS::QuickSight::LimitsProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileLimitValue {
    props: ::forma_core::schema::Props,
}
impl ProfileLimitValue {
    /// A new value with its required properties: `MaxValue`, `Unit`.
    pub fn new(
        max_value: impl ::std::convert::Into<::forma_core::Value<f64>>,
        unit: impl ::forma_core::schema::EnumArg<LimitUnit>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_value.into().into_expr());
        props.set(1, unit.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProfileLimitValue> for ::forma_core::Value<ProfileLimitValue> {
    fn from(v: ProfileLimitValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROFILE_LIMIT_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::LimitsProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::LimitsProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProfileName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceLimits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PROFILE_LIMIT_VALUE_TYPE)),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "ProfileId", "UpdatedAt"],
};

static PROFILE_LIMIT_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::LimitsProfile.ProfileLimitValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MB", "GB", "HOURS", "DAYS"]),
        },
    ],
    rules: &[],
};
