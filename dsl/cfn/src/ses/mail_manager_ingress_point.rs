// @generated from AWS::SES::MailManagerIngressPoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::MailManagerIngressPoint` and its property types.

/// Definition of AWS::SES::MailManagerIngressPoint Resource Type
///
/// CloudFormation type `AWS::SES::MailManagerIngressPoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct MailManagerIngressPoint {
    props: ::forma_core::schema::Props,
}
impl MailManagerIngressPoint {
    /// A new resource with its required properties: `RuleSetId`, `TrafficPolicyId`, `Type`.
    #[track_caller]
    pub fn new(
        rule_set_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        traffic_policy_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<IngressPointType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, rule_set_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, traffic_policy_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `IngressPointConfiguration`.
    #[track_caller]
    pub fn ingress_point_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IngressPointName`.
    ///
    /// Allowed: length 3 to 63.
    #[track_caller]
    pub fn ingress_point_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NetworkConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StatusToUpdate`.
    #[track_caller]
    pub fn status_to_update(mut self, value: impl ::forma_core::schema::EnumArg<IngressPointStatusToUpdate>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TlsPolicy`.
    #[track_caller]
    pub fn tls_policy(mut self, value: impl ::forma_core::schema::EnumArg<TlsPolicy>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MailManagerIngressPoint {
    type Attributes = MailManagerIngressPointAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::MailManagerIngressPoint"
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
/// The attributes of a `AWS::SES::MailManagerIngressPoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MailManagerIngressPointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MailManagerIngressPointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MailManagerIngressPointAttributes {
    /// `Fn::GetAtt` `IngressPointId`.
    pub fn ingress_point_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IngressPointId")
    }
    /// `Fn::GetAtt` `IngressPointArn`.
    pub fn ingress_point_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IngressPointArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `ARecord`.
    pub fn a_record(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ARecord")
    }
}

/// The values CloudFormation documents: `ACTIVE`, `CLOSED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IngressPointStatusToUpdate {
    /// `ACTIVE`
    Active,
    /// `CLOSED`
    Closed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IngressPointStatusToUpdate {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Closed => "CLOSED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE", "CLOSED"]
    }
}
impl ::std::convert::From<IngressPointStatusToUpdate> for ::forma_core::Value<IngressPointStatusToUpdate> {
    fn from(v: IngressPointStatusToUpdate) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IngressPointStatusToUpdate {}

/// The values CloudFormation documents: `REQUIRED`, `OPTIONAL`, `FIPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TlsPolicy {
    /// `REQUIRED`
    Required,
    /// `OPTIONAL`
    Optional,
    /// `FIPS`
    Fips,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TlsPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "REQUIRED",
            Self::Optional => "OPTIONAL",
            Self::Fips => "FIPS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REQUIRED", "OPTIONAL", "FIPS"]
    }
}
impl ::std::convert::From<TlsPolicy> for ::forma_core::Value<TlsPolicy> {
    fn from(v: TlsPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TlsPolicy {}

/// The values CloudFormation documents: `OPEN`, `AUTH`, `MTLS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IngressPointType {
    /// `OPEN`
    Open,
    /// `AUTH`
    Auth,
    /// `MTLS`
    Mtls,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IngressPointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "OPEN",
            Self::Auth => "AUTH",
            Self::Mtls => "MTLS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OPEN", "AUTH", "MTLS"]
    }
}
impl ::std::convert::From<IngressPointType> for ::forma_core::Value<IngressPointType> {
    fn from(v: IngressPointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IngressPointType {}

/// The `Tag` property type of `AWS::SES::MailManagerIngressPoint`.
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

/// The schema of `AWS::SES::MailManagerIngressPoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::MailManagerIngressPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "IngressPointConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "IngressPointName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_\\-]+$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "NetworkConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RuleSetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "StatusToUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACTIVE", "CLOSED"]),
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
            name: "TlsPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["REQUIRED", "OPTIONAL", "FIPS"]),
        },
        ::forma_core::schema::Property {
            name: "TrafficPolicyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["OPEN", "AUTH", "MTLS"]),
        },
    ],
    rules: &[],
    attributes: &["IngressPointId", "IngressPointArn", "Status", "ARecord"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::MailManagerIngressPoint.Tag",
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
