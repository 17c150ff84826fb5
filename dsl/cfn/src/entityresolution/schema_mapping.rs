// @generated from AWS::EntityResolution::SchemaMapping (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EntityResolution::SchemaMapping` and its property types.

/// SchemaMapping defined in AWS Entity Resolution service
///
/// CloudFormation type `AWS::EntityResolution::SchemaMapping`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaMapping {
    props: ::forma_core::schema::Props,
}
impl SchemaMapping {
    /// A new resource with its required properties: `MappedInputFields`, `SchemaName`.
    #[track_caller]
    pub fn new(
        mapped_input_fields: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SchemaInputAttribute>>>,
        schema_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, mapped_input_fields.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, schema_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the SchemaMapping
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SchemaMapping {
    type Attributes = SchemaMappingAttributes;
    fn type_name(&self) -> &str {
        "AWS::EntityResolution::SchemaMapping"
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
/// The attributes of a `AWS::EntityResolution::SchemaMapping` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SchemaMappingAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SchemaMappingAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SchemaMappingAttributes {
    /// `Fn::GetAtt` `SchemaArn`.
    pub fn schema_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SchemaArn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `HasWorkflows`.
    pub fn has_workflows(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "HasWorkflows")
    }
}

/// The values CloudFormation documents: `NAME`, `NAME_FIRST`, `NAME_MIDDLE`, `NAME_LAST`, `ADDRESS`, `ADDRESS_STREET1`, `ADDRESS_STREET2`, `ADDRESS_STREET3`, `ADDRESS_CITY`, `ADDRESS_STATE`, `ADDRESS_COUNTRY`, `ADDRESS_POSTALCODE`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SchemaAttributeType {
    /// `NAME`
    Name,
    /// `NAME_FIRST`
    NameFirst,
    /// `NAME_MIDDLE`
    NameMiddle,
    /// `NAME_LAST`
    NameLast,
    /// `ADDRESS`
    Address,
    /// `ADDRESS_STREET1`
    AddressStreet1,
    /// `ADDRESS_STREET2`
    AddressStreet2,
    /// `ADDRESS_STREET3`
    AddressStreet3,
    /// `ADDRESS_CITY`
    AddressCity,
    /// `ADDRESS_STATE`
    AddressState,
    /// `ADDRESS_COUNTRY`
    AddressCountry,
    /// `ADDRESS_POSTALCODE`
    AddressPostalcode,
    /// `PHONE`
    Phone,
    /// `PHONE_NUMBER`
    PhoneNumber,
    /// `PHONE_COUNTRYCODE`
    PhoneCountrycode,
    /// `EMAIL_ADDRESS`
    EmailAddress,
    /// `UNIQUE_ID`
    UniqueId,
    /// `DATE`
    Date,
    /// `STRING`
    String,
    /// `PROVIDER_ID`
    ProviderId,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SchemaAttributeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "NAME",
            Self::NameFirst => "NAME_FIRST",
            Self::NameMiddle => "NAME_MIDDLE",
            Self::NameLast => "NAME_LAST",
            Self::Address => "ADDRESS",
            Self::AddressStreet1 => "ADDRESS_STREET1",
            Self::AddressStreet2 => "ADDRESS_STREET2",
            Self::AddressStreet3 => "ADDRESS_STREET3",
            Self::AddressCity => "ADDRESS_CITY",
            Self::AddressState => "ADDRESS_STATE",
            Self::AddressCountry => "ADDRESS_COUNTRY",
            Self::AddressPostalcode => "ADDRESS_POSTALCODE",
            Self::Phone => "PHONE",
            Self::PhoneNumber => "PHONE_NUMBER",
            Self::PhoneCountrycode => "PHONE_COUNTRYCODE",
            Self::EmailAddress => "EMAIL_ADDRESS",
            Self::UniqueId => "UNIQUE_ID",
            Self::Date => "DATE",
            Self::String => "STRING",
            Self::ProviderId => "PROVIDER_ID",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "NAME",
            "NAME_FIRST",
            "NAME_MIDDLE",
            "NAME_LAST",
            "ADDRESS",
            "ADDRESS_STREET1",
            "ADDRESS_STREET2",
            "ADDRESS_STREET3",
            "ADDRESS_CITY",
            "ADDRESS_STATE",
            "ADDRESS_COUNTRY",
            "ADDRESS_POSTALCODE",
            "PHONE",
            "PHONE_NUMBER",
            "PHONE_COUNTRYCODE",
            "EMAIL_ADDRESS",
            "UNIQUE_ID",
            "DATE",
            "STRING",
            "PROVIDER_ID",
        ]
    }
}
impl ::std::convert::From<SchemaAttributeType> for ::forma_core::Value<SchemaAttributeType> {
    fn from(v: SchemaAttributeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SchemaAttributeType {}

/// The `SchemaInputAttribute` property type of `AWS::EntityResolution::SchemaMapping`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaInputAttribute {
    props: ::forma_core::schema::Props,
}
impl SchemaInputAttribute {
    /// A new value with its required properties: `FieldName`, `Type`.
    pub fn new(
        field_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<SchemaAttributeType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, field_name.into().into_expr());
        props.set(5, type_.into_enum_expr());
        Self { props }
    }
    /// `GroupName`.
    ///
    /// Allowed: length 0 to 255.
    pub fn group_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Hashed`.
    pub fn hashed(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MatchKey`.
    ///
    /// Allowed: length 0 to 255.
    pub fn match_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The subtype of the Attribute.
    ///
    /// Allowed: length 0 to 255.
    pub fn sub_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SchemaInputAttribute> for ::forma_core::Value<SchemaInputAttribute> {
    fn from(v: SchemaInputAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_INPUT_ATTRIBUTE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource
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

/// The schema of `AWS::EntityResolution::SchemaMapping`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EntityResolution::SchemaMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MappedInputFields",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCHEMA_INPUT_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(35) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SchemaName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9-]*$"),
                min_length: Some(0),
                max_length: Some(255),
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
    attributes: &["SchemaArn", "CreatedAt", "UpdatedAt", "HasWorkflows"],
};

static SCHEMA_INPUT_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::SchemaMapping.SchemaInputAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "FieldName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9- \\t]*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9- \\t]*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Hashed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MatchKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9- \\t]*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_0-9- ]*$"),
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NAME",
                "NAME_FIRST",
                "NAME_MIDDLE",
                "NAME_LAST",
                "ADDRESS",
                "ADDRESS_STREET1",
                "ADDRESS_STREET2",
                "ADDRESS_STREET3",
                "ADDRESS_CITY",
                "ADDRESS_STATE",
                "ADDRESS_COUNTRY",
                "ADDRESS_POSTALCODE",
                "PHONE",
                "PHONE_NUMBER",
                "PHONE_COUNTRYCODE",
                "EMAIL_ADDRESS",
                "UNIQUE_ID",
                "DATE",
                "STRING",
                "PROVIDER_ID",
            ]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EntityResolution::SchemaMapping.Tag",
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
