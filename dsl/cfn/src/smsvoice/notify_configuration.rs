// @generated from AWS::SMSVOICE::NotifyConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SMSVOICE::NotifyConfiguration` and its property types.

/// A notify configuration defines the settings used to send templated messages with AWS End User Messaging SMS managed messaging, including the display name, use case, enabled channels, and enabled countries.
///
/// CloudFormation type `AWS::SMSVOICE::NotifyConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotifyConfiguration {
    props: ::forma_core::schema::Props,
}
impl NotifyConfiguration {
    /// A new resource with its required properties: `DisplayName`, `EnabledChannels`, `UseCase`.
    #[track_caller]
    pub fn new(
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        enabled_channels: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnabledChannels>>>,
        use_case: impl ::forma_core::schema::EnumArg<UseCase>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, enabled_channels.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, use_case.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The default template identifier to associate with the notify configuration.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn default_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// By default this is set to false.
    #[track_caller]
    pub fn deletion_protection_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of two-character ISO country codes, in ISO 3166-1 alpha-2 format, that are enabled for the notify configuration.
    #[track_caller]
    pub fn enabled_countries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the pool to associate with the notify configuration.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn pool_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of tags (key and value pairs) associated with the notify configuration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NotifyConfiguration {
    type Attributes = NotifyConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SMSVOICE::NotifyConfiguration"
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
/// The attributes of a `AWS::SMSVOICE::NotifyConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NotifyConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NotifyConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NotifyConfigurationAttributes {
    /// `Fn::GetAtt` `NotifyConfigurationArn`.
    pub fn notify_configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NotifyConfigurationArn")
    }
    /// `Fn::GetAtt` `NotifyConfigurationId`.
    pub fn notify_configuration_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NotifyConfigurationId")
    }
    /// `Fn::GetAtt` `Tier`.
    pub fn tier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Tier")
    }
    /// `Fn::GetAtt` `TierUpgradeStatus`.
    pub fn tier_upgrade_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TierUpgradeStatus")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
}

/// The values CloudFormation documents: `SMS`, `VOICE`, `MMS`, `RCS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnabledChannels {
    /// `SMS`
    Sms,
    /// `VOICE`
    Voice,
    /// `MMS`
    Mms,
    /// `RCS`
    Rcs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnabledChannels {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sms => "SMS",
            Self::Voice => "VOICE",
            Self::Mms => "MMS",
            Self::Rcs => "RCS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SMS", "VOICE", "MMS", "RCS"]
    }
}
impl ::std::convert::From<EnabledChannels> for ::forma_core::Value<EnabledChannels> {
    fn from(v: EnabledChannels) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnabledChannels {}

/// The values CloudFormation documents: `CODE_VERIFICATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UseCase {
    /// `CODE_VERIFICATION`
    CodeVerification,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UseCase {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CodeVerification => "CODE_VERIFICATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CODE_VERIFICATION"]
    }
}
impl ::std::convert::From<UseCase> for ::forma_core::Value<UseCase> {
    fn from(v: UseCase) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UseCase {}

/// The `Tag` property type of `AWS::SMSVOICE::NotifyConfiguration`.
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

/// The schema of `AWS::SMSVOICE::NotifyConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SMSVOICE::NotifyConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultTemplateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_-]*$"),
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeletionProtectionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_ -]+$"),
                min_length: Some(1),
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnabledChannels",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["SMS", "VOICE", "MMS", "RCS"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnabledCountries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Z]{2}$"),
                    min_length: Some(2),
                    max_length: Some(2),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(300) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PoolId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_:/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UseCase",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CODE_VERIFICATION"]),
        },
    ],
    rules: &[],
    attributes: &[
        "NotifyConfigurationArn",
        "NotifyConfigurationId",
        "Tier",
        "TierUpgradeStatus",
        "Status",
        "CreatedTimestamp",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::NotifyConfiguration.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
