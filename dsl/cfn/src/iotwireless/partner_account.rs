// @generated from AWS::IoTWireless::PartnerAccount (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTWireless::PartnerAccount` and its property types.

/// Create and manage partner account
///
/// CloudFormation type `AWS::IoTWireless::PartnerAccount`.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerAccount {
    props: ::forma_core::schema::Props,
}
impl PartnerAccount {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether the partner account is linked to the AWS account.
    #[track_caller]
    pub fn account_linked(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The partner account ID to disassociate from the AWS account
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn partner_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The partner type
    #[track_caller]
    pub fn partner_type(mut self, value: impl ::forma_core::schema::EnumArg<PartnerType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Sidewalk account credentials.
    #[track_caller]
    pub fn sidewalk(mut self, value: impl ::std::convert::Into<::forma_core::Value<SidewalkAccountInfo>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Sidewalk account credentials.
    #[track_caller]
    pub fn sidewalk_response(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SidewalkAccountInfoWithFingerprint>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Sidewalk account credentials.
    #[track_caller]
    pub fn sidewalk_update(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SidewalkUpdateAccount>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the destination.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for PartnerAccount {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for PartnerAccount {
    type Attributes = PartnerAccountAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTWireless::PartnerAccount"
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
/// The attributes of a `AWS::IoTWireless::PartnerAccount` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PartnerAccountAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PartnerAccountAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PartnerAccountAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Fingerprint`.
    pub fn fingerprint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Fingerprint")
    }
}

/// The values CloudFormation documents: `Sidewalk`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartnerType {
    /// `Sidewalk`
    Sidewalk,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PartnerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sidewalk => "Sidewalk",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Sidewalk"]
    }
}
impl ::std::convert::From<PartnerType> for ::forma_core::Value<PartnerType> {
    fn from(v: PartnerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PartnerType {}

/// The `SidewalkAccountInfo` property type of `AWS::IoTWireless::PartnerAccount`.
#[derive(Debug, Clone, PartialEq)]
pub struct SidewalkAccountInfo {
    props: ::forma_core::schema::Props,
}
impl SidewalkAccountInfo {
    /// A new value with its required properties: `AppServerPrivateKey`.
    pub fn new(app_server_private_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, app_server_private_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SidewalkAccountInfo> for ::forma_core::Value<SidewalkAccountInfo> {
    fn from(v: SidewalkAccountInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIDEWALK_ACCOUNT_INFO_TYPE.properties))
    }
}

/// The `SidewalkAccountInfoWithFingerprint` property type of `AWS::IoTWireless::PartnerAccount`.
#[derive(Debug, Clone, PartialEq)]
pub struct SidewalkAccountInfoWithFingerprint {
    props: ::forma_core::schema::Props,
}
impl SidewalkAccountInfoWithFingerprint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AmazonId`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn amazon_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Fingerprint`.
    ///
    /// Allowed: length 64 to 64.
    pub fn fingerprint(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SidewalkAccountInfoWithFingerprint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SidewalkAccountInfoWithFingerprint>
    for ::forma_core::Value<SidewalkAccountInfoWithFingerprint>
{
    fn from(v: SidewalkAccountInfoWithFingerprint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIDEWALK_ACCOUNT_INFO_WITH_FINGERPRINT_TYPE.properties))
    }
}

/// The `SidewalkUpdateAccount` property type of `AWS::IoTWireless::PartnerAccount`.
#[derive(Debug, Clone, PartialEq)]
pub struct SidewalkUpdateAccount {
    props: ::forma_core::schema::Props,
}
impl SidewalkUpdateAccount {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AppServerPrivateKey`.
    ///
    /// Allowed: length 1 to 4096.
    pub fn app_server_private_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SidewalkUpdateAccount {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SidewalkUpdateAccount> for ::forma_core::Value<SidewalkUpdateAccount> {
    fn from(v: SidewalkUpdateAccount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIDEWALK_UPDATE_ACCOUNT_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTWireless::PartnerAccount`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 127.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 1 to 255.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::IoTWireless::PartnerAccount`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTWireless::PartnerAccount",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountLinked",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PartnerAccountId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PartnerType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Sidewalk"]),
        },
        ::forma_core::schema::Property {
            name: "Sidewalk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIDEWALK_ACCOUNT_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SidewalkResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIDEWALK_ACCOUNT_INFO_WITH_FINGERPRINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SidewalkUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIDEWALK_UPDATE_ACCOUNT_TYPE),
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
    ],
    rules: &[],
    attributes: &["Arn", "Fingerprint"],
};

static SIDEWALK_ACCOUNT_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::PartnerAccount.SidewalkAccountInfo",
    properties: &[::forma_core::schema::Property {
        name: "AppServerPrivateKey",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("[a-fA-F0-9]{64}"),
            min_length: Some(1),
            max_length: Some(4096),
        }),
    }],
    rules: &[],
};

static SIDEWALK_ACCOUNT_INFO_WITH_FINGERPRINT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTWireless::PartnerAccount.SidewalkAccountInfoWithFingerprint",
        properties: &[
            ::forma_core::schema::Property {
                name: "AmazonId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "Arn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Fingerprint",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[a-fA-F0-9]{64}"),
                    min_length: Some(64),
                    max_length: Some(64),
                }),
            },
        ],
        rules: &[],
    };

static SIDEWALK_UPDATE_ACCOUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::PartnerAccount.SidewalkUpdateAccount",
    properties: &[::forma_core::schema::Property {
        name: "AppServerPrivateKey",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("[a-fA-F0-9]{64}"),
            min_length: Some(1),
            max_length: Some(4096),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::PartnerAccount.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
