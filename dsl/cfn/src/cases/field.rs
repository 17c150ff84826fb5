// @generated from AWS::Cases::Field (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cases::Field` and its property types.

/// A field in the Cases domain.
///
/// CloudFormation type `AWS::Cases::Field`.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    props: ::forma_core::schema::Props,
}
impl Field {
    /// A new resource with its required properties: `Name`, `Type`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<FieldType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Field-type specific attributes that control rendering and validation behavior
    #[track_caller]
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<FieldAttributes2>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description explaining the purpose and usage of this field in cases.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier of the Cases domain.
    ///
    /// Allowed: length 1 to 500.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags that you attach to this field.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Field {
    type Attributes = FieldAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cases::Field"
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
/// The attributes of a `AWS::Cases::Field` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FieldAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FieldAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FieldAttributes {
    /// `Fn::GetAtt` `FieldArn`.
    pub fn field_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FieldArn")
    }
    /// `Fn::GetAtt` `FieldId`.
    pub fn field_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FieldId")
    }
    /// `Fn::GetAtt` `Namespace`.
    pub fn namespace(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Namespace")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The values CloudFormation documents: `Text`, `Number`, `Boolean`, `DateTime`, `SingleSelect`, `Url`, `User`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldType {
    /// `Text`
    Text,
    /// `Number`
    Number,
    /// `Boolean`
    Boolean,
    /// `DateTime`
    DateTime,
    /// `SingleSelect`
    SingleSelect,
    /// `Url`
    Url,
    /// `User`
    User,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FieldType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "Text",
            Self::Number => "Number",
            Self::Boolean => "Boolean",
            Self::DateTime => "DateTime",
            Self::SingleSelect => "SingleSelect",
            Self::Url => "Url",
            Self::User => "User",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Text", "Number", "Boolean", "DateTime", "SingleSelect", "Url", "User"]
    }
}
impl ::std::convert::From<FieldType> for ::forma_core::Value<FieldType> {
    fn from(v: FieldType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FieldType {}

/// Union of field attributes
#[derive(Debug, Clone, PartialEq)]
pub struct FieldAttributes2 {
    props: ::forma_core::schema::Props,
}
impl FieldAttributes2 {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Field attributes for Text field type
    pub fn text(mut self, value: impl ::std::convert::Into<::forma_core::Value<TextAttributes>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FieldAttributes2 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FieldAttributes2> for ::forma_core::Value<FieldAttributes2> {
    fn from(v: FieldAttributes2) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_ATTRIBUTES2_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Cases::Field`.
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

/// Field attributes for Text field type
#[derive(Debug, Clone, PartialEq)]
pub struct TextAttributes {
    props: ::forma_core::schema::Props,
}
impl TextAttributes {
    /// A new value with its required properties: `IsMultiline`.
    pub fn new(is_multiline: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_multiline.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TextAttributes> for ::forma_core::Value<TextAttributes> {
    fn from(v: TextAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TEXT_ATTRIBUTES_TYPE.properties))
    }
}

/// The schema of `AWS::Cases::Field`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cases::Field",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_ATTRIBUTES2_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*[\\S]$"),
                min_length: Some(1),
                max_length: Some(100),
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
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Text",
                "Number",
                "Boolean",
                "DateTime",
                "SingleSelect",
                "Url",
                "User",
            ]),
        },
    ],
    rules: &[],
    attributes: &["FieldArn", "FieldId", "Namespace", "CreatedTime", "LastModifiedTime"],
};

static FIELD_ATTRIBUTES2_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::Field.FieldAttributes",
    properties: &[::forma_core::schema::Property {
        name: "Text",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&TEXT_ATTRIBUTES_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::Field.Tag",
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

static TEXT_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cases::Field.TextAttributes",
    properties: &[::forma_core::schema::Property {
        name: "IsMultiline",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};
