// @generated from AWS::Macie::Session (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Macie::Session` and its property types.

/// The AWS::Macie::Session resource specifies a new Amazon Macie session.
///
/// CloudFormation type `AWS::Macie::Session`.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    props: ::forma_core::schema::Props,
}
impl Session {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A enumeration value that specifies how frequently finding updates are published.
    #[track_caller]
    pub fn finding_publishing_frequency(
        mut self,
        value: impl ::forma_core::schema::EnumArg<FindingPublishingFrequency>,
    ) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A enumeration value that specifies the status of the Macie Session.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Session {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Session {
    type Attributes = SessionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Macie::Session"
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
/// The attributes of a `AWS::Macie::Session` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SessionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SessionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SessionAttributes {
    /// `Fn::GetAtt` `AwsAccountId`.
    pub fn aws_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AwsAccountId")
    }
    /// `Fn::GetAtt` `ServiceRole`.
    pub fn service_role(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceRole")
    }
    /// `Fn::GetAtt` `AutomatedDiscoveryStatus`.
    pub fn automated_discovery_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutomatedDiscoveryStatus")
    }
}

/// The values CloudFormation documents: `FIFTEEN_MINUTES`, `ONE_HOUR`, `SIX_HOURS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FindingPublishingFrequency {
    /// `FIFTEEN_MINUTES`
    FifteenMinutes,
    /// `ONE_HOUR`
    OneHour,
    /// `SIX_HOURS`
    SixHours,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FindingPublishingFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FifteenMinutes => "FIFTEEN_MINUTES",
            Self::OneHour => "ONE_HOUR",
            Self::SixHours => "SIX_HOURS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS"]
    }
}
impl ::std::convert::From<FindingPublishingFrequency> for ::forma_core::Value<FindingPublishingFrequency> {
    fn from(v: FindingPublishingFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FindingPublishingFrequency {}

/// The values CloudFormation documents: `ENABLED`, `PAUSED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `PAUSED`
    Paused,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Paused => "PAUSED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "PAUSED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The schema of `AWS::Macie::Session`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Macie::Session",
    properties: &[
        ::forma_core::schema::Property {
            name: "FindingPublishingFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS"]),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "PAUSED"]),
        },
    ],
    rules: &[],
    attributes: &["AwsAccountId", "ServiceRole", "AutomatedDiscoveryStatus"],
};
