// @generated from AWS::IoTSiteWise::Portal (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTSiteWise::Portal` and its property types.

/// Resource schema for AWS::IoTSiteWise::Portal
///
/// CloudFormation type `AWS::IoTSiteWise::Portal`.
#[derive(Debug, Clone, PartialEq)]
pub struct Portal {
    props: ::forma_core::schema::Props,
}
impl Portal {
    /// A new resource with its required properties: `PortalContactEmail`, `PortalName`, `RoleArn`.
    #[track_caller]
    pub fn new(
        portal_contact_email: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        portal_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, portal_contact_email.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, portal_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Contains the configuration information of an alarm created in an AWS IoT SiteWise Monitor portal.
    #[track_caller]
    pub fn alarms(mut self, value: impl ::std::convert::Into<::forma_core::Value<Alarms>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The email address that sends alarm notifications.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn notification_sender_email(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The service to use to authenticate users to the portal.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn portal_auth_mode(mut self, value: impl ::forma_core::schema::EnumArg<PortalAuthMode>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the portal.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn portal_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of portal
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn portal_type(mut self, value: impl ::forma_core::schema::EnumArg<PortalType>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Map to associate detail of configuration related with a PortalType.
    #[track_caller]
    pub fn portal_type_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the portal.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Portal {
    type Attributes = PortalAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTSiteWise::Portal"
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
/// The attributes of a `AWS::IoTSiteWise::Portal` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PortalAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PortalAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PortalAttributes {
    /// `Fn::GetAtt` `PortalArn`.
    pub fn portal_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PortalArn")
    }
    /// `Fn::GetAtt` `PortalClientId`.
    pub fn portal_client_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PortalClientId")
    }
    /// `Fn::GetAtt` `PortalId`.
    pub fn portal_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PortalId")
    }
    /// `Fn::GetAtt` `PortalStartUrl`.
    pub fn portal_start_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PortalStartUrl")
    }
}

/// The values CloudFormation documents: `IAM`, `SSO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PortalAuthMode {
    /// `IAM`
    Iam,
    /// `SSO`
    Sso,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PortalAuthMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Iam => "IAM",
            Self::Sso => "SSO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IAM", "SSO"]
    }
}
impl ::std::convert::From<PortalAuthMode> for ::forma_core::Value<PortalAuthMode> {
    fn from(v: PortalAuthMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PortalAuthMode {}

/// The values CloudFormation documents: `SITEWISE_PORTAL_V1`, `SITEWISE_PORTAL_V2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PortalType {
    /// `SITEWISE_PORTAL_V1`
    SitewisePortalV1,
    /// `SITEWISE_PORTAL_V2`
    SitewisePortalV2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PortalType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SitewisePortalV1 => "SITEWISE_PORTAL_V1",
            Self::SitewisePortalV2 => "SITEWISE_PORTAL_V2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SITEWISE_PORTAL_V1", "SITEWISE_PORTAL_V2"]
    }
}
impl ::std::convert::From<PortalType> for ::forma_core::Value<PortalType> {
    fn from(v: PortalType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PortalType {}

/// Contains the configuration information of an alarm created in an AWS IoT SiteWise Monitor portal.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarms {
    props: ::forma_core::schema::Props,
}
impl Alarms {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the IAM role that allows the alarm to perform actions and access AWS resources and services, such as AWS IoT Events.
    ///
    /// Allowed: length 1 to 1600.
    pub fn alarm_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the AWS Lambda function that manages alarm notifications.
    ///
    /// Allowed: length 1 to 1600.
    pub fn notification_lambda_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Alarms {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Alarms> for ::forma_core::Value<Alarms> {
    fn from(v: Alarms) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALARMS_TYPE.properties))
    }
}

/// Container associated a certain PortalType.
#[derive(Debug, Clone, PartialEq)]
pub struct PortalTypeEntry {
    props: ::forma_core::schema::Props,
}
impl PortalTypeEntry {
    /// A new value with its required properties: `PortalTools`.
    pub fn new(
        portal_tools: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, portal_tools.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PortalTypeEntry> for ::forma_core::Value<PortalTypeEntry> {
    fn from(v: PortalTypeEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORTAL_TYPE_ENTRY_TYPE.properties))
    }
}

/// To add or update tag, provide both key and value.
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

/// The schema of `AWS::IoTSiteWise::Portal`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTSiteWise::Portal",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alarms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALARMS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NotificationSenderEmail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-\\.\\+]+@[a-zA-Z0-9_\\-\\.\\+]+\\.[a-zA-Z]{2,}$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortalAuthMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["IAM", "SSO"]),
        },
        ::forma_core::schema::Property {
            name: "PortalContactEmail",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-\\.\\+]+@[a-zA-Z0-9_\\-\\.\\+]+\\.[a-zA-Z]{2,}$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortalDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortalName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortalType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SITEWISE_PORTAL_V1", "SITEWISE_PORTAL_V2"]),
        },
        ::forma_core::schema::Property {
            name: "PortalTypeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PORTAL_TYPE_ENTRY_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.\\+=,@]+$"),
                min_length: Some(1),
                max_length: Some(1600),
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
    attributes: &["PortalArn", "PortalClientId", "PortalId", "PortalStartUrl"],
};

static ALARMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Portal.Alarms",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.\\+=,@]+$"),
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationLambdaArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.]+$"),
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
    ],
    rules: &[],
};

static PORTAL_TYPE_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Portal.PortalTypeEntry",
    properties: &[::forma_core::schema::Property {
        name: "PortalTools",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Portal.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
