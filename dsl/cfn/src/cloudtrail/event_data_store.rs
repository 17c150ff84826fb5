// @generated from AWS::CloudTrail::EventDataStore (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudTrail::EventDataStore` and its property types.

/// A storage lake of event data against which you can run complex SQL-based queries.
///
/// CloudFormation type `AWS::CloudTrail::EventDataStore`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDataStore {
    props: ::forma_core::schema::Props,
}
impl EventDataStore {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The advanced event selectors that were used to select events for the data store.
    #[track_caller]
    pub fn advanced_event_selectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdvancedEventSelector>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The mode that the event data store will use to charge for event storage.
    #[track_caller]
    pub fn billing_mode(mut self, value: impl ::forma_core::schema::EnumArg<BillingMode>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array that enriches event records in an existing event data store by including additional information specified in individual ContexKeySelector entries.
    #[track_caller]
    pub fn context_key_selectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContextKeySelector>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether federation is enabled on an event data store.
    #[track_caller]
    pub fn federation_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the role used for event data store federation.
    #[track_caller]
    pub fn federation_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the event data store is ingesting events.
    #[track_caller]
    pub fn ingestion_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Lets you enable Insights event logging by specifying the Insights selectors that you want to enable on an existing event data store.
    #[track_caller]
    pub fn insight_selectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InsightSelector>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the ARN of the event data store that will collect Insights events.
    ///
    /// Allowed: length 3 to 256.
    #[track_caller]
    pub fn insights_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the KMS key ID to use to encrypt the events delivered by CloudTrail.
    ///
    /// Allowed: length 1 to 350.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the maximum size allowed for the event.
    #[track_caller]
    pub fn max_event_size(mut self, value: impl ::forma_core::schema::EnumArg<MaxEventSize>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the event data store includes events from all regions, or only from the region in which it was created.
    #[track_caller]
    pub fn multi_region_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the event data store.
    ///
    /// Allowed: length 3 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates that an event data store is collecting logged events for an organization.
    #[track_caller]
    pub fn organization_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The retention period, in days.
    ///
    /// Allowed: 7 to 3653.
    #[track_caller]
    pub fn retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the event data store is protected from termination.
    #[track_caller]
    pub fn termination_protection_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for EventDataStore {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for EventDataStore {
    type Attributes = EventDataStoreAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudTrail::EventDataStore"
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
/// The attributes of a `AWS::CloudTrail::EventDataStore` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventDataStoreAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventDataStoreAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventDataStoreAttributes {
    /// `Fn::GetAtt` `EventDataStoreArn`.
    pub fn event_data_store_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EventDataStoreArn")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `UpdatedTimestamp`.
    pub fn updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedTimestamp")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `EXTENDABLE_RETENTION_PRICING`, `FIXED_RETENTION_PRICING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BillingMode {
    /// `EXTENDABLE_RETENTION_PRICING`
    ExtendableRetentionPricing,
    /// `FIXED_RETENTION_PRICING`
    FixedRetentionPricing,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BillingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ExtendableRetentionPricing => "EXTENDABLE_RETENTION_PRICING",
            Self::FixedRetentionPricing => "FIXED_RETENTION_PRICING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXTENDABLE_RETENTION_PRICING", "FIXED_RETENTION_PRICING"]
    }
}
impl ::std::convert::From<BillingMode> for ::forma_core::Value<BillingMode> {
    fn from(v: BillingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BillingMode {}

/// The values CloudFormation documents: `Standard`, `Large`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MaxEventSize {
    /// `Standard`
    Standard,
    /// `Large`
    Large,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MaxEventSize {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::Large => "Large",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Standard", "Large"]
    }
}
impl ::std::convert::From<MaxEventSize> for ::forma_core::Value<MaxEventSize> {
    fn from(v: MaxEventSize) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MaxEventSize {}

/// Advanced event selectors let you create fine-grained selectors for the following AWS CloudTrail event record ﬁelds.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedEventSelector {
    props: ::forma_core::schema::Props,
}
impl AdvancedEventSelector {
    /// A new value with its required properties: `FieldSelectors`.
    pub fn new(
        field_selectors: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdvancedFieldSelector>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_selectors.into().into_expr());
        Self { props }
    }
    /// An optional, descriptive name for an advanced event selector, such as "Log data events for only two S3 buckets".
    ///
    /// Allowed: length 1 to 1000.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AdvancedEventSelector> for ::forma_core::Value<AdvancedEventSelector> {
    fn from(v: AdvancedEventSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_EVENT_SELECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RequestContext`, `TagContext`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `RequestContext`
    RequestContext,
    /// `TagContext`
    TagContext,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequestContext => "RequestContext",
            Self::TagContext => "TagContext",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RequestContext", "TagContext"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// An object that contains information types to be included in CloudTrail enriched events.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextKeySelector {
    props: ::forma_core::schema::Props,
}
impl ContextKeySelector {
    /// A new value with its required properties: `Equals`, `Type`.
    pub fn new(
        equals: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, equals.into().into_expr());
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContextKeySelector> for ::forma_core::Value<ContextKeySelector> {
    fn from(v: ContextKeySelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTEXT_KEY_SELECTOR_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ApiCallRateInsight`, `ApiErrorRateInsight`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InsightType {
    /// `ApiCallRateInsight`
    ApiCallRateInsight,
    /// `ApiErrorRateInsight`
    ApiErrorRateInsight,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InsightType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiCallRateInsight => "ApiCallRateInsight",
            Self::ApiErrorRateInsight => "ApiErrorRateInsight",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ApiCallRateInsight", "ApiErrorRateInsight"]
    }
}
impl ::std::convert::From<InsightType> for ::forma_core::Value<InsightType> {
    fn from(v: InsightType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InsightType {}

/// A string that contains Insights types that are logged on an event data store.
#[derive(Debug, Clone, PartialEq)]
pub struct InsightSelector {
    props: ::forma_core::schema::Props,
}
impl InsightSelector {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The type of Insights to log on an event data store.
    pub fn insight_type(mut self, value: impl ::forma_core::schema::EnumArg<InsightType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for InsightSelector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InsightSelector> for ::forma_core::Value<InsightSelector> {
    fn from(v: InsightSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSIGHT_SELECTOR_TYPE.properties))
    }
}

/// An arbitrary set of tags (key-value pairs) for this event data store.
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

/// A single selector statement in an advanced event selector.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedFieldSelector {
    props: ::forma_core::schema::Props,
}
impl AdvancedFieldSelector {
    /// A new value with its required properties: `Field`.
    pub fn new(field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, field.into().into_expr());
        Self { props }
    }
    /// An operator that includes events that match the last few characters of the event record field specified as the value of Field.
    pub fn ends_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An operator that includes events that match the exact value of the event record field specified as the value of Field.
    pub fn equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// An operator that excludes events that match the last few characters of the event record field specified as the value of Field.
    pub fn not_ends_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An operator that excludes events that match the exact value of the event record field specified as the value of Field.
    pub fn not_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// An operator that excludes events that match the first few characters of the event record field specified as the value of Field.
    pub fn not_starts_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// An operator that includes events that match the first few characters of the event record field specified as the value of Field.
    pub fn starts_with(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AdvancedFieldSelector> for ::forma_core::Value<AdvancedFieldSelector> {
    fn from(v: AdvancedFieldSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_FIELD_SELECTOR_TYPE.properties))
    }
}

/// The schema of `AWS::CloudTrail::EventDataStore`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudTrail::EventDataStore",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvancedEventSelectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADVANCED_EVENT_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BillingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EXTENDABLE_RETENTION_PRICING", "FIXED_RETENTION_PRICING"]),
        },
        ::forma_core::schema::Property {
            name: "ContextKeySelectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTEXT_KEY_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FederationEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FederationRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IngestionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InsightSelectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSIGHT_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InsightsDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._/\\-:]+$"),
                min_length: Some(3),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._/\\-:]+$"),
                min_length: Some(1),
                max_length: Some(350),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxEventSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Standard", "Large"]),
        },
        ::forma_core::schema::Property {
            name: "MultiRegionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._\\-]+$"),
                min_length: Some(3),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "OrganizationEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(7.0),
                maximum: Some(3653.0),
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
        ::forma_core::schema::Property {
            name: "TerminationProtectionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["EventDataStoreArn", "CreatedTimestamp", "UpdatedTimestamp", "Status"],
};

static ADVANCED_EVENT_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::EventDataStore.AdvancedEventSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldSelectors",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADVANCED_FIELD_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
};

static CONTEXT_KEY_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::EventDataStore.ContextKeySelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Equals",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RequestContext", "TagContext"]),
        },
    ],
    rules: &[],
};

static INSIGHT_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::EventDataStore.InsightSelector",
    properties: &[::forma_core::schema::Property {
        name: "InsightType",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ApiCallRateInsight", "ApiErrorRateInsight"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::EventDataStore.Tag",
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

static ADVANCED_FIELD_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudTrail::EventDataStore.AdvancedFieldSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Equals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Field",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([\\w|\\d|\\.|_]+)"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotEndsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotStartsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StartsWith",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(.+)"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};
