// @generated from AWS::SMSVOICE::PhoneNumber (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SMSVOICE::PhoneNumber` and its property types.

/// Resource Type definition for AWS::SMSVOICE::PhoneNumber
///
/// CloudFormation type `AWS::SMSVOICE::PhoneNumber`.
#[derive(Debug, Clone, PartialEq)]
pub struct PhoneNumber {
    props: ::forma_core::schema::Props,
}
impl PhoneNumber {
    /// A new resource with its required properties: `IsoCountryCode`, `MandatoryKeywords`, `NumberCapabilities`, `NumberType`.
    #[track_caller]
    pub fn new(
        iso_country_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        mandatory_keywords: impl ::std::convert::Into<::forma_core::Value<MandatoryKeywords>>,
        number_capabilities: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NumberCapabilities>>>,
        number_type: impl ::forma_core::schema::EnumArg<NumberType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, iso_country_code.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, mandatory_keywords.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, number_capabilities.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, number_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// When set to true the sender ID can't be deleted.
    #[track_caller]
    pub fn deletion_protection_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the OptOutList to associate with the phone number.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn opt_out_list_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A keyword is a word that you can search for on a particular phone number or pool.
    #[track_caller]
    pub fn optional_keywords(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OptionalKeyword>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// By default this is set to false.
    #[track_caller]
    pub fn self_managed_opt_outs_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When you set up two-way SMS, you can receive incoming messages from your customers.
    #[track_caller]
    pub fn two_way(mut self, value: impl ::std::convert::Into<::forma_core::Value<TwoWay>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PhoneNumber {
    type Attributes = PhoneNumberAttributes;
    fn type_name(&self) -> &str {
        "AWS::SMSVOICE::PhoneNumber"
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
/// The attributes of a `AWS::SMSVOICE::PhoneNumber` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PhoneNumberAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PhoneNumberAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PhoneNumberAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `PhoneNumberId`.
    pub fn phone_number_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PhoneNumberId")
    }
    /// `Fn::GetAtt` `PhoneNumber`.
    pub fn phone_number(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PhoneNumber")
    }
}

/// The values CloudFormation documents: `SMS`, `VOICE`, `MMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumberCapabilities {
    /// `SMS`
    Sms,
    /// `VOICE`
    Voice,
    /// `MMS`
    Mms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NumberCapabilities {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sms => "SMS",
            Self::Voice => "VOICE",
            Self::Mms => "MMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SMS", "VOICE", "MMS"]
    }
}
impl ::std::convert::From<NumberCapabilities> for ::forma_core::Value<NumberCapabilities> {
    fn from(v: NumberCapabilities) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NumberCapabilities {}

/// The values CloudFormation documents: `LONG_CODE`, `TOLL_FREE`, `TEN_DLC`, `SIMULATOR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumberType {
    /// `LONG_CODE`
    LongCode,
    /// `TOLL_FREE`
    TollFree,
    /// `TEN_DLC`
    TenDlc,
    /// `SIMULATOR`
    Simulator,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NumberType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LongCode => "LONG_CODE",
            Self::TollFree => "TOLL_FREE",
            Self::TenDlc => "TEN_DLC",
            Self::Simulator => "SIMULATOR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LONG_CODE", "TOLL_FREE", "TEN_DLC", "SIMULATOR"]
    }
}
impl ::std::convert::From<NumberType> for ::forma_core::Value<NumberType> {
    fn from(v: NumberType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NumberType {}

/// A keyword is a word that you can search for on a particular phone number or pool.
#[derive(Debug, Clone, PartialEq)]
pub struct MandatoryKeywords {
    props: ::forma_core::schema::Props,
}
impl MandatoryKeywords {
    /// A new value with its required properties: `HELP`, `STOP`.
    pub fn new(
        help: impl ::std::convert::Into<::forma_core::Value<MandatoryKeyword>>,
        stop: impl ::std::convert::Into<::forma_core::Value<MandatoryKeyword>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, help.into().into_expr());
        props.set(1, stop.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MandatoryKeywords> for ::forma_core::Value<MandatoryKeywords> {
    fn from(v: MandatoryKeywords) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANDATORY_KEYWORDS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTOMATIC_RESPONSE`, `OPT_OUT`, `OPT_IN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `AUTOMATIC_RESPONSE`
    AutomaticResponse,
    /// `OPT_OUT`
    OptOut,
    /// `OPT_IN`
    OptIn,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutomaticResponse => "AUTOMATIC_RESPONSE",
            Self::OptOut => "OPT_OUT",
            Self::OptIn => "OPT_IN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC_RESPONSE", "OPT_OUT", "OPT_IN"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// A keyword is a word that you can search for on a particular phone number or pool.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionalKeyword {
    props: ::forma_core::schema::Props,
}
impl OptionalKeyword {
    /// A new value with its required properties: `Action`, `Keyword`, `Message`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<Action>,
        keyword: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        message: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(1, keyword.into().into_expr());
        props.set(2, message.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<OptionalKeyword> for ::forma_core::Value<OptionalKeyword> {
    fn from(v: OptionalKeyword) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPTIONAL_KEYWORD_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// When you set up two-way SMS, you can receive incoming messages from your customers.
#[derive(Debug, Clone, PartialEq)]
pub struct TwoWay {
    props: ::forma_core::schema::Props,
}
impl TwoWay {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, enabled.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the two way channel.
    pub fn channel_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An optional IAM Role Arn for a service to assume, to be able to post inbound SMS messages.
    pub fn channel_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TwoWay> for ::forma_core::Value<TwoWay> {
    fn from(v: TwoWay) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TWO_WAY_TYPE.properties))
    }
}

/// A keyword is a word that you can search for on a particular phone number or pool.
#[derive(Debug, Clone, PartialEq)]
pub struct MandatoryKeyword {
    props: ::forma_core::schema::Props,
}
impl MandatoryKeyword {
    /// A new value with its required properties: `Message`.
    pub fn new(message: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, message.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MandatoryKeyword> for ::forma_core::Value<MandatoryKeyword> {
    fn from(v: MandatoryKeyword) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANDATORY_KEYWORD_TYPE.properties))
    }
}

/// The schema of `AWS::SMSVOICE::PhoneNumber`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SMSVOICE::PhoneNumber",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeletionProtectionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsoCountryCode",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Z]{2}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MandatoryKeywords",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANDATORY_KEYWORDS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NumberCapabilities",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["SMS", "VOICE", "MMS"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NumberType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["LONG_CODE", "TOLL_FREE", "TEN_DLC", "SIMULATOR"]),
        },
        ::forma_core::schema::Property {
            name: "OptOutListName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_:/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "OptionalKeywords",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OPTIONAL_KEYWORD_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SelfManagedOptOutsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
        ::forma_core::schema::Property {
            name: "TwoWay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TWO_WAY_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "PhoneNumberId", "PhoneNumber"],
};

static MANDATORY_KEYWORDS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::PhoneNumber.MandatoryKeywords",
    properties: &[
        ::forma_core::schema::Property {
            name: "HELP",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANDATORY_KEYWORD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "STOP",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANDATORY_KEYWORD_TYPE),
        },
    ],
    rules: &[],
};

static OPTIONAL_KEYWORD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::PhoneNumber.OptionalKeyword",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC_RESPONSE", "OPT_OUT", "OPT_IN"]),
        },
        ::forma_core::schema::Property {
            name: "Keyword",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!(?i)(stop|help)$)[ \\S]+"),
                min_length: None,
                max_length: Some(30),
            }),
        },
        ::forma_core::schema::Property {
            name: "Message",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$)[\\s\\S]+$"),
                min_length: None,
                max_length: Some(1600),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::PhoneNumber.Tag",
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

static TWO_WAY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::PhoneNumber.TwoWay",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:\\S+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ChannelRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:\\S+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static MANDATORY_KEYWORD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SMSVOICE::PhoneNumber.MandatoryKeyword",
    properties: &[::forma_core::schema::Property {
        name: "Message",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(?!\\s*$)[\\s\\S]+$"),
            min_length: None,
            max_length: Some(1600),
        }),
    }],
    rules: &[],
};
