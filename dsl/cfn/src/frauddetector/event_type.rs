// @generated from AWS::FraudDetector::EventType (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FraudDetector::EventType` and its property types.

/// A resource schema for an EventType in Amazon Fraud Detector.
///
/// CloudFormation type `AWS::FraudDetector::EventType`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventType {
    props: ::forma_core::schema::Props,
}
impl EventType {
    /// A new resource with its required properties: `EntityTypes`, `EventVariables`, `Labels`, `Name`.
    #[track_caller]
    pub fn new(
        entity_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EntityType>>>,
        event_variables: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventVariable>>>,
        labels: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Label>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, entity_types.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, event_variables.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, labels.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the event type.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags associated with this event type.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventType {
    type Attributes = EventTypeAttributes;
    fn type_name(&self) -> &str {
        "AWS::FraudDetector::EventType"
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
/// The attributes of a `AWS::FraudDetector::EventType` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventTypeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventTypeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventTypeAttributes {
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
    /// `Fn::GetAtt` `EventVariables.*.Arn`.
    pub fn event_variables_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventVariables.*.Arn")
    }
    /// `Fn::GetAtt` `EventVariables.*.CreatedTime`.
    pub fn event_variables_created_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventVariables.*.CreatedTime")
    }
    /// `Fn::GetAtt` `EventVariables.*.LastUpdatedTime`.
    pub fn event_variables_last_updated_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EventVariables.*.LastUpdatedTime")
    }
    /// `Fn::GetAtt` `Labels.*.Arn`.
    pub fn labels_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Labels.*.Arn")
    }
    /// `Fn::GetAtt` `Labels.*.CreatedTime`.
    pub fn labels_created_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Labels.*.CreatedTime")
    }
    /// `Fn::GetAtt` `Labels.*.LastUpdatedTime`.
    pub fn labels_last_updated_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Labels.*.LastUpdatedTime")
    }
    /// `Fn::GetAtt` `EntityTypes.*.Arn`.
    pub fn entity_types_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EntityTypes.*.Arn")
    }
    /// `Fn::GetAtt` `EntityTypes.*.CreatedTime`.
    pub fn entity_types_created_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EntityTypes.*.CreatedTime")
    }
    /// `Fn::GetAtt` `EntityTypes.*.LastUpdatedTime`.
    pub fn entity_types_last_updated_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EntityTypes.*.LastUpdatedTime")
    }
}

/// The `EntityType` property type of `AWS::FraudDetector::EventType`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityType {
    props: ::forma_core::schema::Props,
}
impl EntityType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when the event type was created.
    pub fn created_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The description.
    ///
    /// Allowed: length 1 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Inline`.
    pub fn inline(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The time when the event type was last updated.
    pub fn last_updated_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Tags associated with this event type.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EntityType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EntityType> for ::forma_core::Value<EntityType> {
    fn from(v: EntityType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITY_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EVENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSource {
    /// `EVENT`
    Event,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSource {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Event => "EVENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EVENT"]
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

/// The `EventVariable` property type of `AWS::FraudDetector::EventType`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventVariable {
    props: ::forma_core::schema::Props,
}
impl EventVariable {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when the event type was created.
    pub fn created_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DataSource`.
    pub fn data_source(mut self, value: impl ::forma_core::schema::EnumArg<DataSource>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `DataType`.
    pub fn data_type(mut self, value: impl ::forma_core::schema::EnumArg<DataType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `DefaultValue`.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The description.
    ///
    /// Allowed: length 1 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Inline`.
    pub fn inline(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The time when the event type was last updated.
    pub fn last_updated_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Tags associated with this event type.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `VariableType`.
    pub fn variable_type(mut self, value: impl ::forma_core::schema::EnumArg<VariableType>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EventVariable {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EventVariable> for ::forma_core::Value<EventVariable> {
    fn from(v: EventVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_VARIABLE_TYPE.properties))
    }
}

/// The `Label` property type of `AWS::FraudDetector::EventType`.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    props: ::forma_core::schema::Props,
}
impl Label {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time when the event type was created.
    pub fn created_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The description.
    ///
    /// Allowed: length 1 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Inline`.
    pub fn inline(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The time when the event type was last updated.
    pub fn last_updated_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Tags associated with this event type.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Label {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Label> for ::forma_core::Value<Label> {
    fn from(v: Label) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LABEL_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::FraudDetector::EventType`.
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

/// The schema of `AWS::FraudDetector::EventType`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FraudDetector::EventType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "EntityTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENTITY_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EventVariables",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVENT_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Labels",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LABEL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-z_-]+$"),
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
    attributes: &[
        "Arn",
        "CreatedTime",
        "LastUpdatedTime",
        "EventVariables.*.Arn",
        "EventVariables.*.CreatedTime",
        "EventVariables.*.LastUpdatedTime",
        "Labels.*.Arn",
        "Labels.*.CreatedTime",
        "Labels.*.LastUpdatedTime",
        "EntityTypes.*.Arn",
        "EntityTypes.*.CreatedTime",
        "EntityTypes.*.LastUpdatedTime",
    ],
};

static ENTITY_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::EventType.EntityType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CreatedTime",
            required: false,
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
            name: "Inline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LastUpdatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
};

static EVENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::EventType.EventVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CreatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EVENT"]),
        },
        ::forma_core::schema::Property {
            name: "DataType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "INTEGER", "FLOAT", "BOOLEAN"]),
        },
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
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
            name: "Inline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LastUpdatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
};

static LABEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::EventType.Label",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CreatedTime",
            required: false,
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
            name: "Inline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LastUpdatedTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FraudDetector::EventType.Tag",
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
