// @generated from AWS::SES::MailManagerAddressList (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::MailManagerAddressList` and its property types.

/// Definition of AWS::SES::MailManagerAddressList Resource Type
///
/// CloudFormation type `AWS::SES::MailManagerAddressList`.
#[derive(Debug, Clone, PartialEq)]
pub struct MailManagerAddressList {
    props: ::forma_core::schema::Props,
}
impl MailManagerAddressList {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AddressListName`.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn address_list_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for MailManagerAddressList {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for MailManagerAddressList {
    type Attributes = MailManagerAddressListAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::MailManagerAddressList"
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
/// The attributes of a `AWS::SES::MailManagerAddressList` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MailManagerAddressListAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MailManagerAddressListAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MailManagerAddressListAttributes {
    /// `Fn::GetAtt` `AddressListId`.
    pub fn address_list_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AddressListId")
    }
    /// `Fn::GetAtt` `AddressListArn`.
    pub fn address_list_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AddressListArn")
    }
}

/// The `Tag` property type of `AWS::SES::MailManagerAddressList`.
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

/// The schema of `AWS::SES::MailManagerAddressList`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::MailManagerAddressList",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddressListName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
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
    attributes: &["AddressListId", "AddressListArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::MailManagerAddressList.Tag",
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
