// @generated from AWS::CustomerProfiles::ObjectType (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CustomerProfiles::ObjectType` and its property types.

/// An ObjectType resource of Amazon Connect Customer Profiles
///
/// CloudFormation type `AWS::CustomerProfiles::ObjectType`.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectType {
    props: ::forma_core::schema::Props,
}
impl ObjectType {
    /// A new resource with its required properties: `Description`, `DomainName`, `ObjectTypeName`.
    #[track_caller]
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        object_type_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, object_type_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicates whether a profile should be created when data is received.
    #[track_caller]
    pub fn allow_profile_creation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default encryption key
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn encryption_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default number of days until the data within the domain expires.
    ///
    /// Allowed: 1 to 1098.
    #[track_caller]
    pub fn expiration_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of the name and ObjectType field.
    #[track_caller]
    pub fn fields(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FieldMap>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of unique keys that can be used to map data to the profile.
    #[track_caller]
    pub fn keys(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<KeyMap>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of profile objects for this object type
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn max_profile_object_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The format of your sourceLastUpdatedTimestamp that was previously set up.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn source_last_updated_timestamp_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines the priority order of object types.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn source_priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags (keys and values) associated with the integration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A unique identifier for the object template.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn template_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ObjectType {
    type Attributes = ObjectTypeAttributes;
    fn type_name(&self) -> &str {
        "AWS::CustomerProfiles::ObjectType"
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
/// The attributes of a `AWS::CustomerProfiles::ObjectType` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ObjectTypeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ObjectTypeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ObjectTypeAttributes {
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `MaxAvailableProfileObjectCount`.
    pub fn max_available_profile_object_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MaxAvailableProfileObjectCount")
    }
}

/// The `FieldMap` property type of `AWS::CustomerProfiles::ObjectType`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldMap {
    props: ::forma_core::schema::Props,
}
impl FieldMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 64.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents a field in a ProfileObjectType.
    pub fn object_type_field(mut self, value: impl ::std::convert::Into<::forma_core::Value<ObjectTypeField>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FieldMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FieldMap> for ::forma_core::Value<FieldMap> {
    fn from(v: FieldMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_MAP_TYPE.properties))
    }
}

/// The `KeyMap` property type of `AWS::CustomerProfiles::ObjectType`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyMap {
    props: ::forma_core::schema::Props,
}
impl KeyMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 64.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ObjectTypeKeyList`.
    pub fn object_type_key_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ObjectTypeKey>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KeyMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KeyMap> for ::forma_core::Value<KeyMap> {
    fn from(v: KeyMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KEY_MAP_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CustomerProfiles::ObjectType`.
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

/// The values CloudFormation documents: `STRING`, `NUMBER`, `PHONE_NUMBER`, `EMAIL_ADDRESS`, `NAME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentType {
    /// `STRING`
    String,
    /// `NUMBER`
    Number,
    /// `PHONE_NUMBER`
    PhoneNumber,
    /// `EMAIL_ADDRESS`
    EmailAddress,
    /// `NAME`
    Name,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Number => "NUMBER",
            Self::PhoneNumber => "PHONE_NUMBER",
            Self::EmailAddress => "EMAIL_ADDRESS",
            Self::Name => "NAME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS", "NAME"]
    }
}
impl ::std::convert::From<ContentType> for ::forma_core::Value<ContentType> {
    fn from(v: ContentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContentType {}

/// Represents a field in a ProfileObjectType.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectTypeField {
    props: ::forma_core::schema::Props,
}
impl ObjectTypeField {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The content type of the field.
    pub fn content_type(mut self, value: impl ::forma_core::schema::EnumArg<ContentType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// A field of a ProfileObject.
    ///
    /// Allowed: length 1 to 1000.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The location of the data in the standard ProfileObject model.
    ///
    /// Allowed: length 1 to 1000.
    pub fn target(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ObjectTypeField {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ObjectTypeField> for ::forma_core::Value<ObjectTypeField> {
    fn from(v: ObjectTypeField) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECT_TYPE_FIELD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PROFILE`, `UNIQUE`, `SECONDARY`, `LOOKUP_ONLY`, `NEW_ONLY`, `ASSET`, `CASE`, `ORDER`, `AIR_PREFERENCE`, `AIR_BOOKING`, `AIR_SEGMENT`, `HOTEL_PREFERENCE`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StandardIdentifiers {
    /// `PROFILE`
    Profile,
    /// `UNIQUE`
    Unique,
    /// `SECONDARY`
    Secondary,
    /// `LOOKUP_ONLY`
    LookupOnly,
    /// `NEW_ONLY`
    NewOnly,
    /// `ASSET`
    Asset,
    /// `CASE`
    Case,
    /// `ORDER`
    Order,
    /// `AIR_PREFERENCE`
    AirPreference,
    /// `AIR_BOOKING`
    AirBooking,
    /// `AIR_SEGMENT`
    AirSegment,
    /// `HOTEL_PREFERENCE`
    HotelPreference,
    /// `HOTEL_STAY_REVENUE`
    HotelStayRevenue,
    /// `HOTEL_RESERVATION`
    HotelReservation,
    /// `LOYALTY`
    Loyalty,
    /// `LOYALTY_TRANSACTION`
    LoyaltyTransaction,
    /// `LOYALTY_PROMOTION`
    LoyaltyPromotion,
    /// `WEB_ANALYTICS`
    WebAnalytics,
    /// `DEVICE`
    Device,
    /// `COMMUNICATION_RECORD`
    CommunicationRecord,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StandardIdentifiers {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Profile => "PROFILE",
            Self::Unique => "UNIQUE",
            Self::Secondary => "SECONDARY",
            Self::LookupOnly => "LOOKUP_ONLY",
            Self::NewOnly => "NEW_ONLY",
            Self::Asset => "ASSET",
            Self::Case => "CASE",
            Self::Order => "ORDER",
            Self::AirPreference => "AIR_PREFERENCE",
            Self::AirBooking => "AIR_BOOKING",
            Self::AirSegment => "AIR_SEGMENT",
            Self::HotelPreference => "HOTEL_PREFERENCE",
            Self::HotelStayRevenue => "HOTEL_STAY_REVENUE",
            Self::HotelReservation => "HOTEL_RESERVATION",
            Self::Loyalty => "LOYALTY",
            Self::LoyaltyTransaction => "LOYALTY_TRANSACTION",
            Self::LoyaltyPromotion => "LOYALTY_PROMOTION",
            Self::WebAnalytics => "WEB_ANALYTICS",
            Self::Device => "DEVICE",
            Self::CommunicationRecord => "COMMUNICATION_RECORD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "PROFILE",
            "UNIQUE",
            "SECONDARY",
            "LOOKUP_ONLY",
            "NEW_ONLY",
            "ASSET",
            "CASE",
            "ORDER",
            "AIR_PREFERENCE",
            "AIR_BOOKING",
            "AIR_SEGMENT",
            "HOTEL_PREFERENCE",
            "HOTEL_STAY_REVENUE",
            "HOTEL_RESERVATION",
            "LOYALTY",
            "LOYALTY_TRANSACTION",
            "LOYALTY_PROMOTION",
            "WEB_ANALYTICS",
            "DEVICE",
            "COMMUNICATION_RECORD",
        ]
    }
}
impl ::std::convert::From<StandardIdentifiers> for ::forma_core::Value<StandardIdentifiers> {
    fn from(v: StandardIdentifiers) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StandardIdentifiers {}

/// An object that defines the Key element of a ProfileObject.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectTypeKey {
    props: ::forma_core::schema::Props,
}
impl ObjectTypeKey {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The reference for the key name of the fields map.
    pub fn field_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The types of keys that a ProfileObject can have.
    pub fn standard_identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StandardIdentifiers>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ObjectTypeKey {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ObjectTypeKey> for ::forma_core::Value<ObjectTypeKey> {
    fn from(v: ObjectTypeKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OBJECT_TYPE_KEY_TYPE.properties))
    }
}

/// The schema of `AWS::CustomerProfiles::ObjectType`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CustomerProfiles::ObjectType",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowProfileCreation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(10000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExpirationDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1098.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Fields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FIELD_MAP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Keys",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&KEY_MAP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxProfileObjectCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectTypeName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_][a-zA-Z_0-9-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceLastUpdatedTimestampFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourcePriority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TemplateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["LastUpdatedAt", "CreatedAt", "MaxAvailableProfileObjectCount"],
};

static FIELD_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::ObjectType.FieldMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectTypeField",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OBJECT_TYPE_FIELD_TYPE),
        },
    ],
    rules: &[],
};

static KEY_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::ObjectType.KeyMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectTypeKeyList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OBJECT_TYPE_KEY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::ObjectType.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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

static OBJECT_TYPE_FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::ObjectType.ObjectTypeField",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS", "NAME"]),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
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

static OBJECT_TYPE_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::ObjectType.ObjectTypeKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldNames",
            required: false,
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
            name: "StandardIdentifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "PROFILE",
                    "UNIQUE",
                    "SECONDARY",
                    "LOOKUP_ONLY",
                    "NEW_ONLY",
                    "ASSET",
                    "CASE",
                    "ORDER",
                    "AIR_PREFERENCE",
                    "AIR_BOOKING",
                    "AIR_SEGMENT",
                    "HOTEL_PREFERENCE",
                    "HOTEL_STAY_REVENUE",
                    "HOTEL_RESERVATION",
                    "LOYALTY",
                    "LOYALTY_TRANSACTION",
                    "LOYALTY_PROMOTION",
                    "WEB_ANALYTICS",
                    "DEVICE",
                    "COMMUNICATION_RECORD",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
