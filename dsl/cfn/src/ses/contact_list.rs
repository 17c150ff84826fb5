// @generated from AWS::SES::ContactList (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::ContactList` and its property types.

/// Resource schema for AWS::SES::ContactList.
///
/// CloudFormation type `AWS::SES::ContactList`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactList {
    props: ::forma_core::schema::Props,
}
impl ContactList {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the contact list.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn contact_list_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the contact list.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags (keys and values) associated with the contact list.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The topics associated with the contact list.
    #[track_caller]
    pub fn topics(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Topic>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ContactList {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ContactList {
    type Attributes = ContactListAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::ContactList"
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
/// The attributes of a `AWS::SES::ContactList` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContactListAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContactListAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `Tag` property type of `AWS::SES::ContactList`.
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

/// The `Topic` property type of `AWS::SES::ContactList`.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    props: ::forma_core::schema::Props,
}
impl Topic {
    /// A new value with its required properties: `DefaultSubscriptionStatus`, `DisplayName`, `TopicName`.
    pub fn new(
        default_subscription_status: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        topic_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_subscription_status.into().into_expr());
        props.set(2, display_name.into().into_expr());
        props.set(3, topic_name.into().into_expr());
        Self { props }
    }
    /// The description of the topic.
    ///
    /// Allowed: length 0 to 500.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Topic> for ::forma_core::Value<Topic> {
    fn from(v: Topic) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TOPIC_TYPE.properties))
    }
}

/// The schema of `AWS::SES::ContactList`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::ContactList",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactListName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(500),
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
            name: "Topics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TOPIC_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ContactList.Tag",
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

static TOPIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ContactList.Topic",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultSubscriptionStatus",
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
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TopicName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
