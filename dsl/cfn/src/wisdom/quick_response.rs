// @generated from AWS::Wisdom::QuickResponse (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wisdom::QuickResponse` and its property types.

/// Definition of AWS::Wisdom::QuickResponse Resource Type.
///
/// CloudFormation type `AWS::Wisdom::QuickResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickResponse {
    props: ::forma_core::schema::Props,
}
impl QuickResponse {
    /// A new resource with its required properties: `Content`, `KnowledgeBaseArn`, `Name`.
    #[track_caller]
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<QuickResponseContentProvider>>,
        knowledge_base_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, knowledge_base_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Connect contact channels this quick response applies to.
    #[track_caller]
    pub fn channels(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ChannelType>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The media type of the quick response content.
    #[track_caller]
    pub fn content_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the quick response.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration information of the user groups that the quick response is accessible to.
    #[track_caller]
    pub fn grouping_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GroupingConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the quick response is active.
    #[track_caller]
    pub fn is_active(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The language code value for the language in which the quick response is written.
    ///
    /// Allowed: length 2 to 5.
    #[track_caller]
    pub fn language(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The shortcut key of the quick response.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn shortcut_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for QuickResponse {
    type Attributes = QuickResponseAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wisdom::QuickResponse"
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
/// The attributes of a `AWS::Wisdom::QuickResponse` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QuickResponseAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QuickResponseAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl QuickResponseAttributes {
    /// `Fn::GetAtt` `QuickResponseId`.
    pub fn quick_response_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QuickResponseId")
    }
    /// `Fn::GetAtt` `QuickResponseArn`.
    pub fn quick_response_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QuickResponseArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Contents`.
    pub fn contents(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Contents")
    }
}

/// The values CloudFormation documents: `Chat`, `Email`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChannelType {
    /// `Chat`
    Chat,
    /// `Email`
    Email,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ChannelType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Chat => "Chat",
            Self::Email => "Email",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Chat", "Email"]
    }
}
impl ::std::convert::From<ChannelType> for ::forma_core::Value<ChannelType> {
    fn from(v: ChannelType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ChannelType {}

/// The container of quick response content.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickResponseContentProvider {
    props: ::forma_core::schema::Props,
}
impl QuickResponseContentProvider {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The content of the quick response.
    ///
    /// Allowed: length 1 to 4000.
    pub fn content(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for QuickResponseContentProvider {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<QuickResponseContentProvider> for ::forma_core::Value<QuickResponseContentProvider> {
    fn from(v: QuickResponseContentProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUICK_RESPONSE_CONTENT_PROVIDER_TYPE.properties))
    }
}

/// The configuration information of the user groups that the quick response is accessible to.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupingConfiguration {
    props: ::forma_core::schema::Props,
}
impl GroupingConfiguration {
    /// A new value with its required properties: `Criteria`, `Values`.
    pub fn new(
        criteria: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, criteria.into().into_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GroupingConfiguration> for ::forma_core::Value<GroupingConfiguration> {
    fn from(v: GroupingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROUPING_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::Wisdom::QuickResponse`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Wisdom::QuickResponse",
properties: &[
::forma_core::schema::Property { name: "Channels", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["Chat", "Email"]), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Content", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&QUICK_RESPONSE_CONTENT_PROVIDER_TYPE) },
::forma_core::schema::Property { name: "ContentType", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(application/x\\.quickresponse;format=(plain|markdown))$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "GroupingConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&GROUPING_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "IsActive", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "KnowledgeBaseArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}){0,2}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Language", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(2), max_length: Some(5) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "ShortcutKey", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["QuickResponseId", "QuickResponseArn", "Status", "Contents"],
};

static QUICK_RESPONSE_CONTENT_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::QuickResponse.QuickResponseContentProvider",
    properties: &[::forma_core::schema::Property {
        name: "Content",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(4000),
        }),
    }],
    rules: &[],
};

static GROUPING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::QuickResponse.GroupingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Criteria",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::QuickResponse.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
