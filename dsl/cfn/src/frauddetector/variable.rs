// @generated from AWS::FraudDetector::Variable (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FraudDetector::Variable` and its property types.

/// A resource schema for a Variable in Amazon Fraud Detector.
///
/// CloudFormation type `AWS::FraudDetector::Variable`.
#[derive(Debug, Clone, PartialEq)]
pub struct Variable {
    props: ::forma_core::schema::Props,
}
impl Variable {
    /// A new resource with its required properties: `DataSource`, `DataType`, `DefaultValue`, `Name`.
    #[track_caller]
    pub fn new(
        data_source: impl ::forma_core::schema::EnumArg<DataSource>,
        data_type: impl ::forma_core::schema::EnumArg<DataType>,
        default_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, data_source.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, data_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, default_value.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags associated with this variable.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The variable type.
    #[track_caller]
    pub fn variable_type(mut self, value: impl ::forma_core::schema::EnumArg<VariableType>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Variable {
    type Attributes = VariableAttributes;
    fn type_name(&self) -> &str {
        "AWS::FraudDetector::Variable"
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
/// The attributes of a `AWS::FraudDetector::Variable` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VariableAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VariableAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VariableAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// The values CloudFormation documents: `EVENT`, `EXTERNAL_MODEL_SCORE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSource {
    /// `EVENT`
    Event,
    /// `EXTERNAL_MODEL_SCORE`
    ExternalModelScore,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSource {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Event => "EVENT",
            Self::ExternalModelScore => "EXTERNAL_MODEL_SCORE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EVENT", "EXTERNAL_MODEL_SCORE"]
    }
}
impl ::std::convert::From<DataSource> for ::forma_core::Value<DataSource> {
    fn from(v: DataSource) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSource {}

/// The values CloudFormation documents: `STRING`, `INTEGER`, `FLOAT`, `BOOLEAN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataType {
    /// `STRING`
    String,
    /// `INTEGER`
    Integer,
    /// `FLOAT`
    Float,
    /// `BOOLEAN`
    Boolean,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Integer => "INTEGER",
            Self::Float => "FLOAT",
            Self::Boolean => "BOOLEAN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "INTEGER", "FLOAT", "BOOLEAN"]
    }
}
impl ::std::convert::From<DataType> for ::forma_core::Value<DataType> {
    fn from(v: DataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataType {}

/// The values CloudFormation documents: `AUTH_CODE`, `AVS`, `BILLING_ADDRESS_L1`, `BILLING_ADDRESS_L2`, `BILLING_CITY`, `BILLING_COUNTRY`, `BILLING_NAME`, `BILLING_PHONE`, `BILLING_STATE`, `BILLING_ZIP`, `CARD_BIN`, `CATEGORICAL`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VariableType {
    /// `AUTH_CODE`
    AuthCode,
    /// `AVS`
    Avs,
    /// `BILLING_ADDRESS_L1`
    BillingAddressL1,
    /// `BILLING_ADDRESS_L2`
    BillingAddressL2,
    /// `BILLING_CITY`
    BillingCity,
    /// `BILLING_COUNTRY`
    BillingCountry,
    /// `BILLING_NAME`
    BillingName,
    /// `BILLING_PHONE`
    BillingPhone,
    /// `BILLING_STATE`
    BillingState,
    /// `BILLING_ZIP`
    BillingZip,
    /// `CARD_BIN`
    CardBin,
    /// `CATEGORICAL`
    Categorical,
    /// `CURRENCY_CODE`
    CurrencyCode,
    /// `EMAIL_ADDRESS`
    EmailAddress,
    /// `FINGERPRINT`
    Fingerprint,
    /// `FRAUD_LABEL`
    FraudLabel,
    /// `FREE_FORM_TEXT`
    FreeFormText,
    /// `IP_ADDRESS`
    IpAddress,
    /// `NUMERIC`
    Numeric,
    /// `ORDER_ID`
    OrderId,
    /// `PAYMENT_TYPE`
    PaymentType,
    /// `PHONE_NUMBER`
    PhoneNumber,
    /// `PRICE`
    Price,
    /// `PRODUCT_CATEGORY`
    ProductCategory,
    /// `SHIPPING_ADDRESS_L1`
    ShippingAddressL1,
    /// `SHIPPING_ADDRESS_L2`
    ShippingAddressL2,
    /// `SHIPPING_CITY`
    ShippingCity,
    /// `SHIPPING_COUNTRY`
    ShippingCountry,
    /// `SHIPPING_NAME`
    ShippingName,
    /// `SHIPPING_PHONE`
    ShippingPhone,
    /// `SHIPPING_STATE`
    ShippingState,
    /// `SHIPPING_ZIP`
    ShippingZip,
    /// `USERAGENT`
    Useragent,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VariableType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthCode => "AUTH_CODE",
            Self::Avs => "AVS",
            Self::BillingAddressL1 => "BILLING_ADDRESS_L1",
            Self::BillingAddressL2 => "BILLING_ADDRESS_L2",
            Self::BillingCity => "BILLING_CITY",
            Self::BillingCountry => "BILLING_COUNTRY",
            Self::BillingName => "BILLING_NAME",
            Self::BillingPhone => "BILLING_PHONE",
            Self::BillingState => "BILLING_STATE",
            Self::BillingZip => "BILLING_ZIP",
            Self::CardBin => "CARD_BIN",
            Self::Categorical => "CATEGORICAL",
            Self::CurrencyCode => "CURRENCY_CODE",
            Self::EmailAddress => "EMAIL_ADDRESS",
            Self::Fingerprint => "FINGERPRINT",
            Self::FraudLabel => "FRAUD_LABEL",
            Self::FreeFormText => "FREE_FORM_TEXT",
            Self::IpAddress => "IP_ADDRESS",
            Self::Numeric => "NUMERIC",
            Self::OrderId => "ORDER_ID",
            Self::PaymentType => "PAYMENT_TYPE",
            Self::PhoneNumber => "PHONE_NUMBER",
            Self::Price => "PRICE",
            Self::ProductCategory => "PRODUCT_CATEGORY",
            Self::ShippingAddressL1 => "SHIPPING_ADDRESS_L1",
            Self::ShippingAddressL2 => "SHIPPING_ADDRESS_L2",
            Self::ShippingCity => "SHIPPING_CITY",
            Self::ShippingCountry => "SHIPPING_COUNTRY",
            Self::ShippingName => "SHIPPING_NAME",
            Self::ShippingPhone => "SHIPPING_PHONE",
            Self::ShippingState => "SHIPPING_STATE",
            Self::ShippingZip => "SHIPPING_ZIP",
            Self::Useragent => "USERAGENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AUTH_CODE",
            "AVS",
            "BILLING_ADDRESS_L1",
            "BILLING_ADDRESS_L2",
            "BILLING_CITY",
            "BILLING_COUNTRY",
            "BILLING_NAME",
            "BILLING_PHONE",
            "BILLING_STATE",
            "BILLING_ZIP",
            "CARD_BIN",
            "CATEGORICAL",
            "CURRENCY_CODE",
            "EMAIL_ADDRESS",
            "FINGERPRINT",
            "FRAUD_LABEL",
            "FREE_FORM_TEXT",
            "IP_ADDRESS",
            "NUMERIC",
            "ORDER_ID",
            "PAYMENT_TYPE",
            "PHONE_NUMBER",
            "PRICE",
            "PRODUCT_CATEGORY",
            "SHIPPING_ADDRESS_L1",
            "SHIPPING_ADDRESS_L2",
            "SHIPPING_CITY",
            "SHIPPING_COUNTRY",
            "SHIPPING_NAME",
            "SHIPPING_PHONE",
            "SHIPPING_STATE",
            "SHIPPING_ZIP",
            "USERAGENT",
        ]
    }
}
impl ::std::convert::From<VariableType> for ::forma_core::Value<VariableType> {
    fn from(v: VariableType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VariableType {}

/// The `Tag` property type of `AWS::FraudDetector::Variable`.
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

/// The schema of `AWS::FraudDetector::Variable`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FraudDetector::Variable",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EVENT", "EXTERNAL_MODEL_SCORE"]),
        },
        ::forma_core::schema::Property {
            name: "DataType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "INTEGER", "FLOAT", "BOOLEAN"]),
        },
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z_][a-z0-9_]{0,99}?$"),
                min_length: None,
                max_length: None,
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
        ::forma_core::schema::Property {
            name: "VariableType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AUTH_CODE",
                "AVS",
                "BILLING_ADDRESS_L1",
                "BILLING_ADDRESS_L2",
                "BILLING_CITY",
                "BILLING_COUNTRY",
                "BILLING_NAME",
                "BILLING_PHONE",
                "BILLING_STATE",
                "BILLING_ZIP",
                "CARD_BIN",
                "CATEGORICAL",
                "CURRENCY_CODE",
                "EMAIL_ADDRESS",
                "FINGERPRINT",
                "FRAUD_LABEL",
                "FREE_FORM_TEXT",
                "IP_ADDRESS",
                "NUMERIC",
                "ORDER_ID",
                "PAYMENT_TYPE",
                "PHONE_NUMBER",
                "PRICE",
                "PRODUCT_CATEGORY",
                "SHIPPING_ADDRESS_L1",
                "SHIPPING_ADDRESS_L2",
                "SHIPPING_CITY",
                "SHIPPING_COUNTRY",
                "SHIPPING_NAME",
                "SHIPPING_PHONE",
                "SHIPPING_STATE",
                "SHIPPING_ZIP",
                "USERAGENT",
            ]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedTime", "LastUpdatedTime"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::Variable.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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
