// @generated from AWS::B2BI::Partnership (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::B2BI::Partnership` and its property types.

/// Definition of AWS::B2BI::Partnership Resource Type
///
/// CloudFormation type `AWS::B2BI::Partnership`.
#[derive(Debug, Clone, PartialEq)]
pub struct Partnership {
    props: ::forma_core::schema::Props,
}
impl Partnership {
    /// A new resource with its required properties: `Capabilities`, `Email`, `Name`, `ProfileId`.
    #[track_caller]
    pub fn new(
        capabilities: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        email: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        profile_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, capabilities.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, email.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, profile_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CapabilityOptions`.
    #[track_caller]
    pub fn capability_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapabilityOptions>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Phone`.
    ///
    /// Allowed: length 7 to 22.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn phone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Partnership {
    type Attributes = PartnershipAttributes;
    fn type_name(&self) -> &str {
        "AWS::B2BI::Partnership"
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
/// The attributes of a `AWS::B2BI::Partnership` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PartnershipAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PartnershipAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PartnershipAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
    /// `Fn::GetAtt` `PartnershipArn`.
    pub fn partnership_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PartnershipArn")
    }
    /// `Fn::GetAtt` `PartnershipId`.
    pub fn partnership_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PartnershipId")
    }
    /// `Fn::GetAtt` `TradingPartnerId`.
    pub fn trading_partner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TradingPartnerId")
    }
}

/// The `CapabilityOptions` property type of `AWS::B2BI::Partnership`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapabilityOptions {
    props: ::forma_core::schema::Props,
}
impl CapabilityOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InboundEdi`.
    pub fn inbound_edi(mut self, value: impl ::std::convert::Into<::forma_core::Value<InboundEdiOptions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OutboundEdi`.
    pub fn outbound_edi(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapabilityOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapabilityOptions> for ::forma_core::Value<CapabilityOptions> {
    fn from(v: CapabilityOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPABILITY_OPTIONS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::B2BI::Partnership`.
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

/// The `InboundEdiOptions` property type of `AWS::B2BI::Partnership`.
#[derive(Debug, Clone, PartialEq)]
pub struct InboundEdiOptions {
    props: ::forma_core::schema::Props,
}
impl InboundEdiOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `X12`.
    pub fn x12(mut self, value: impl ::std::convert::Into<::forma_core::Value<X12InboundEdiOptions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InboundEdiOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InboundEdiOptions> for ::forma_core::Value<InboundEdiOptions> {
    fn from(v: InboundEdiOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INBOUND_EDI_OPTIONS_TYPE.properties))
    }
}

/// The `X12InboundEdiOptions` property type of `AWS::B2BI::Partnership`.
#[derive(Debug, Clone, PartialEq)]
pub struct X12InboundEdiOptions {
    props: ::forma_core::schema::Props,
}
impl X12InboundEdiOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AcknowledgmentOptions`.
    pub fn acknowledgment_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<X12AcknowledgmentOptions>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for X12InboundEdiOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<X12InboundEdiOptions> for ::forma_core::Value<X12InboundEdiOptions> {
    fn from(v: X12InboundEdiOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(X12_INBOUND_EDI_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DO_NOT_GENERATE`, `GENERATE_ALL_SEGMENTS`, `GENERATE_WITHOUT_TRANSACTION_SET_RESPONSE_LOOP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum X12FunctionalAcknowledgment {
    /// `DO_NOT_GENERATE`
    DoNotGenerate,
    /// `GENERATE_ALL_SEGMENTS`
    GenerateAllSegments,
    /// `GENERATE_WITHOUT_TRANSACTION_SET_RESPONSE_LOOP`
    GenerateWithoutTransactionSetResponseLoop,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl X12FunctionalAcknowledgment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DoNotGenerate => "DO_NOT_GENERATE",
            Self::GenerateAllSegments => "GENERATE_ALL_SEGMENTS",
            Self::GenerateWithoutTransactionSetResponseLoop => "GENERATE_WITHOUT_TRANSACTION_SET_RESPONSE_LOOP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DO_NOT_GENERATE", "GENERATE_ALL_SEGMENTS", "GENERATE_WITHOUT_TRANSACTION_SET_RESPONSE_LOOP"]
    }
}
impl ::std::convert::From<X12FunctionalAcknowledgment> for ::forma_core::Value<X12FunctionalAcknowledgment> {
    fn from(v: X12FunctionalAcknowledgment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for X12FunctionalAcknowledgment {}

/// The values CloudFormation documents: `DO_NOT_GENERATE`, `GENERATE_ALL_SEGMENTS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum X12TechnicalAcknowledgment {
    /// `DO_NOT_GENERATE`
    DoNotGenerate,
    /// `GENERATE_ALL_SEGMENTS`
    GenerateAllSegments,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl X12TechnicalAcknowledgment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DoNotGenerate => "DO_NOT_GENERATE",
            Self::GenerateAllSegments => "GENERATE_ALL_SEGMENTS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DO_NOT_GENERATE", "GENERATE_ALL_SEGMENTS"]
    }
}
impl ::std::convert::From<X12TechnicalAcknowledgment> for ::forma_core::Value<X12TechnicalAcknowledgment> {
    fn from(v: X12TechnicalAcknowledgment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for X12TechnicalAcknowledgment {}

/// The `X12AcknowledgmentOptions` property type of `AWS::B2BI::Partnership`.
#[derive(Debug, Clone, PartialEq)]
pub struct X12AcknowledgmentOptions {
    props: ::forma_core::schema::Props,
}
impl X12AcknowledgmentOptions {
    /// A new value with its required properties: `FunctionalAcknowledgment`, `TechnicalAcknowledgment`.
    pub fn new(
        functional_acknowledgment: impl ::forma_core::schema::EnumArg<X12FunctionalAcknowledgment>,
        technical_acknowledgment: impl ::forma_core::schema::EnumArg<X12TechnicalAcknowledgment>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, functional_acknowledgment.into_enum_expr());
        props.set(1, technical_acknowledgment.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<X12AcknowledgmentOptions> for ::forma_core::Value<X12AcknowledgmentOptions> {
    fn from(v: X12AcknowledgmentOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(X12_ACKNOWLEDGMENT_OPTIONS_TYPE.properties))
    }
}

/// The schema of `AWS::B2BI::Partnership`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::B2BI::Partnership",
    properties: &[
        ::forma_core::schema::Property {
            name: "Capabilities",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9_-]+$"),
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CapabilityOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPABILITY_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Email",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\.\\-]+@[\\w\\.\\-]+$"),
                min_length: Some(5),
                max_length: Some(254),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(254),
            }),
        },
        ::forma_core::schema::Property {
            name: "Phone",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\+?([0-9 \\t\\-()\\/]{7,})(?:\\s*(?:#|x\\.?|ext\\.?|extension) \\t*(\\d+))?$"),
                min_length: Some(7),
                max_length: Some(22),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProfileId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
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
    attributes: &["CreatedAt", "ModifiedAt", "PartnershipArn", "PartnershipId", "TradingPartnerId"],
};

static CAPABILITY_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Partnership.CapabilityOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "InboundEdi",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INBOUND_EDI_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutboundEdi",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Partnership.Tag",
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

static INBOUND_EDI_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Partnership.InboundEdiOptions",
    properties: &[::forma_core::schema::Property {
        name: "X12",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&X12_INBOUND_EDI_OPTIONS_TYPE),
    }],
    rules: &[],
};

static X12_INBOUND_EDI_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Partnership.X12InboundEdiOptions",
    properties: &[::forma_core::schema::Property {
        name: "AcknowledgmentOptions",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&X12_ACKNOWLEDGMENT_OPTIONS_TYPE),
    }],
    rules: &[],
};

static X12_ACKNOWLEDGMENT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::B2BI::Partnership.X12AcknowledgmentOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "FunctionalAcknowledgment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DO_NOT_GENERATE",
                "GENERATE_ALL_SEGMENTS",
                "GENERATE_WITHOUT_TRANSACTION_SET_RESPONSE_LOOP",
            ]),
        },
        ::forma_core::schema::Property {
            name: "TechnicalAcknowledgment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DO_NOT_GENERATE", "GENERATE_ALL_SEGMENTS"]),
        },
    ],
    rules: &[],
};
