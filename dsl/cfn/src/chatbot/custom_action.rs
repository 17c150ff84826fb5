// @generated from AWS::Chatbot::CustomAction (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Chatbot::CustomAction` and its property types.

/// Definition of AWS::Chatbot::CustomAction Resource Type
///
/// CloudFormation type `AWS::Chatbot::CustomAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomAction {
    props: ::forma_core::schema::Props,
}
impl CustomAction {
    /// A new resource with its required properties: `ActionName`, `Definition`.
    #[track_caller]
    pub fn new(
        action_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        definition: impl ::std::convert::Into<::forma_core::Value<CustomActionDefinition>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, definition.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AliasName`.
    ///
    /// Allowed: length 1 to 30.
    #[track_caller]
    pub fn alias_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Attachments`.
    #[track_caller]
    pub fn attachments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomActionAttachment>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CustomAction {
    type Attributes = CustomActionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Chatbot::CustomAction"
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
/// The attributes of a `AWS::Chatbot::CustomAction` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CustomActionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CustomActionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CustomActionAttributes {
    /// `Fn::GetAtt` `CustomActionArn`.
    pub fn custom_action_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CustomActionArn")
    }
}

/// The `CustomActionAttachment` property type of `AWS::Chatbot::CustomAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomActionAttachment {
    props: ::forma_core::schema::Props,
}
impl CustomActionAttachment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ButtonText`.
    ///
    /// Allowed: length 1 to 50.
    pub fn button_text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Criteria`.
    pub fn criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomActionAttachmentCriteria>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `NotificationType`.
    ///
    /// Allowed: length 1 to 100.
    pub fn notification_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Variables`.
    pub fn variables(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomActionAttachment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomActionAttachment> for ::forma_core::Value<CustomActionAttachment> {
    fn from(v: CustomActionAttachment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_ACTION_ATTACHMENT_TYPE.properties))
    }
}

/// The `CustomActionDefinition` property type of `AWS::Chatbot::CustomAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomActionDefinition {
    props: ::forma_core::schema::Props,
}
impl CustomActionDefinition {
    /// A new value with its required properties: `CommandText`.
    pub fn new(command_text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, command_text.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomActionDefinition> for ::forma_core::Value<CustomActionDefinition> {
    fn from(v: CustomActionDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_ACTION_DEFINITION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Chatbot::CustomAction`.
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

/// The values CloudFormation documents: `HAS_VALUE`, `EQUALS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CustomActionAttachmentCriteriaOperator {
    /// `HAS_VALUE`
    HasValue,
    /// `EQUALS`
    Equals,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CustomActionAttachmentCriteriaOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HasValue => "HAS_VALUE",
            Self::Equals => "EQUALS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HAS_VALUE", "EQUALS"]
    }
}
impl ::std::convert::From<CustomActionAttachmentCriteriaOperator>
    for ::forma_core::Value<CustomActionAttachmentCriteriaOperator>
{
    fn from(v: CustomActionAttachmentCriteriaOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CustomActionAttachmentCriteriaOperator {}

/// The `CustomActionAttachmentCriteria` property type of `AWS::Chatbot::CustomAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomActionAttachmentCriteria {
    props: ::forma_core::schema::Props,
}
impl CustomActionAttachmentCriteria {
    /// A new value with its required properties: `Operator`, `VariableName`.
    pub fn new(
        operator: impl ::forma_core::schema::EnumArg<CustomActionAttachmentCriteriaOperator>,
        variable_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, operator.into_enum_expr());
        props.set(2, variable_name.into().into_expr());
        Self { props }
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomActionAttachmentCriteria> for ::forma_core::Value<CustomActionAttachmentCriteria> {
    fn from(v: CustomActionAttachmentCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_ACTION_ATTACHMENT_CRITERIA_TYPE.properties))
    }
}

/// The schema of `AWS::Chatbot::CustomAction`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Chatbot::CustomAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,64}$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "AliasName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-_]+$"),
                min_length: Some(1),
                max_length: Some(30),
            }),
        },
        ::forma_core::schema::Property {
            name: "Attachments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_ACTION_ATTACHMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_ACTION_DEFINITION_TYPE),
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
    attributes: &["CustomActionArn"],
};

static CUSTOM_ACTION_ATTACHMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chatbot::CustomAction.CustomActionAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "ButtonText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]+$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Criteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_ACTION_ATTACHMENT_CRITERIA_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "NotificationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Variables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static CUSTOM_ACTION_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chatbot::CustomAction.CustomActionDefinition",
    properties: &[::forma_core::schema::Property {
        name: "CommandText",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(5000),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chatbot::CustomAction.Tag",
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

static CUSTOM_ACTION_ATTACHMENT_CRITERIA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Chatbot::CustomAction.CustomActionAttachmentCriteria",
        properties: &[
            ::forma_core::schema::Property {
                name: "Operator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["HAS_VALUE", "EQUALS"]),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "VariableName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
