// @generated from AWS::RolesAnywhere::TrustAnchor (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RolesAnywhere::TrustAnchor` and its property types.

/// Definition of AWS::RolesAnywhere::TrustAnchor Resource Type.
///
/// CloudFormation type `AWS::RolesAnywhere::TrustAnchor`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrustAnchor {
    props: ::forma_core::schema::Props,
}
impl TrustAnchor {
    /// A new resource with its required properties: `Name`, `Source`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<Source>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Enabled`.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NotificationSettings`.
    #[track_caller]
    pub fn notification_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NotificationSetting>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TrustAnchor {
    type Attributes = TrustAnchorAttributes;
    fn type_name(&self) -> &str {
        "AWS::RolesAnywhere::TrustAnchor"
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
/// The attributes of a `AWS::RolesAnywhere::TrustAnchor` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TrustAnchorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TrustAnchorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TrustAnchorAttributes {
    /// `Fn::GetAtt` `TrustAnchorId`.
    pub fn trust_anchor_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TrustAnchorId")
    }
    /// `Fn::GetAtt` `TrustAnchorArn`.
    pub fn trust_anchor_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TrustAnchorArn")
    }
}

/// The values CloudFormation documents: `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotificationChannel {
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NotificationChannel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL"]
    }
}
impl ::std::convert::From<NotificationChannel> for ::forma_core::Value<NotificationChannel> {
    fn from(v: NotificationChannel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NotificationChannel {}

/// The values CloudFormation documents: `CA_CERTIFICATE_EXPIRY`, `END_ENTITY_CERTIFICATE_EXPIRY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotificationEvent {
    /// `CA_CERTIFICATE_EXPIRY`
    CaCertificateExpiry,
    /// `END_ENTITY_CERTIFICATE_EXPIRY`
    EndEntityCertificateExpiry,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NotificationEvent {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CaCertificateExpiry => "CA_CERTIFICATE_EXPIRY",
            Self::EndEntityCertificateExpiry => "END_ENTITY_CERTIFICATE_EXPIRY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CA_CERTIFICATE_EXPIRY", "END_ENTITY_CERTIFICATE_EXPIRY"]
    }
}
impl ::std::convert::From<NotificationEvent> for ::forma_core::Value<NotificationEvent> {
    fn from(v: NotificationEvent) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NotificationEvent {}

/// The `NotificationSetting` property type of `AWS::RolesAnywhere::TrustAnchor`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationSetting {
    props: ::forma_core::schema::Props,
}
impl NotificationSetting {
    /// A new value with its required properties: `Enabled`, `Event`.
    pub fn new(
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        event: impl ::forma_core::schema::EnumArg<NotificationEvent>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        props.set(2, event.into_enum_expr());
        Self { props }
    }
    /// `Channel`.
    pub fn channel(mut self, value: impl ::forma_core::schema::EnumArg<NotificationChannel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Threshold`.
    ///
    /// Allowed: 1 to 360.
    pub fn threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NotificationSetting> for ::forma_core::Value<NotificationSetting> {
    fn from(v: NotificationSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_SETTING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_ACM_PCA`, `CERTIFICATE_BUNDLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrustAnchorType {
    /// `AWS_ACM_PCA`
    AwsAcmPca,
    /// `CERTIFICATE_BUNDLE`
    CertificateBundle,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrustAnchorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsAcmPca => "AWS_ACM_PCA",
            Self::CertificateBundle => "CERTIFICATE_BUNDLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_ACM_PCA", "CERTIFICATE_BUNDLE"]
    }
}
impl ::std::convert::From<TrustAnchorType> for ::forma_core::Value<TrustAnchorType> {
    fn from(v: TrustAnchorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrustAnchorType {}

/// The `Source` property type of `AWS::RolesAnywhere::TrustAnchor`.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    props: ::forma_core::schema::Props,
}
impl Source {
    /// A new value with its required properties: `SourceData`, `SourceType`.
    pub fn new(
        source_data: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        source_type: impl ::forma_core::schema::EnumArg<TrustAnchorType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source_data.into().into_expr());
        props.set(1, source_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Source> for ::forma_core::Value<Source> {
    fn from(v: Source) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::RolesAnywhere::TrustAnchor`.
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

/// The schema of `AWS::RolesAnywhere::TrustAnchor`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RolesAnywhere::TrustAnchor",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9-_]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NOTIFICATION_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_TYPE),
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
    ],
    rules: &[],
    attributes: &["TrustAnchorId", "TrustAnchorArn"],
};

static NOTIFICATION_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RolesAnywhere::TrustAnchor.NotificationSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Channel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL"]),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Event",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CA_CERTIFICATE_EXPIRY", "END_ENTITY_CERTIFICATE_EXPIRY"]),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(360.0),
            }),
        },
    ],
    rules: &[],
};

static SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RolesAnywhere::TrustAnchor.Source",
    properties: &[
        ::forma_core::schema::Property {
            name: "SourceData",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_ACM_PCA", "CERTIFICATE_BUNDLE"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RolesAnywhere::TrustAnchor.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9_.:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9_.:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
