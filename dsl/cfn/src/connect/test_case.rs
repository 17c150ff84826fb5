// @generated from AWS::Connect::TestCase (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::TestCase` and its property types.

/// Resource Type definition for AWS::Connect::TestCase
///
/// CloudFormation type `AWS::Connect::TestCase`.
#[derive(Debug, Clone, PartialEq)]
pub struct TestCase {
    props: ::forma_core::schema::Props,
}
impl TestCase {
    /// A new resource with its required properties: `Content`, `InstanceArn`, `Name`.
    #[track_caller]
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the test case.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Entry point for Testcase.
    #[track_caller]
    pub fn entry_point(mut self, value: impl ::std::convert::Into<::forma_core::Value<EntryPoint>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The initialization data of the test case.
    ///
    /// Allowed: length 1 to 256000.
    #[track_caller]
    pub fn initialization_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the test case.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TestCase {
    type Attributes = TestCaseAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::TestCase"
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
/// The attributes of a `AWS::Connect::TestCase` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TestCaseAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TestCaseAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TestCaseAttributes {
    /// `Fn::GetAtt` `TestCaseArn`.
    pub fn test_case_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TestCaseArn")
    }
    /// `Fn::GetAtt` `LastModifiedRegion`.
    pub fn last_modified_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedRegion")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The values CloudFormation documents: `SAVED`, `PUBLISHED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `SAVED`
    Saved,
    /// `PUBLISHED`
    Published,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saved => "SAVED",
            Self::Published => "PUBLISHED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAVED", "PUBLISHED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The values CloudFormation documents: `VOICE_CALL`, `CHAT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `VOICE_CALL`
    VoiceCall,
    /// `CHAT`
    Chat,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VoiceCall => "VOICE_CALL",
            Self::Chat => "CHAT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VOICE_CALL", "CHAT"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The Entry Point associated with the test case
#[derive(Debug, Clone, PartialEq)]
pub struct EntryPoint {
    props: ::forma_core::schema::Props,
}
impl EntryPoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The chat entry point parameters for the test case
    pub fn chat_entry_point_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EntryPointChatEntryPointParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of the Entry Point
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The voice call entry point parameters for the test case
    pub fn voice_call_entry_point_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EntryPointVoiceCallEntryPointParameters>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EntryPoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EntryPoint> for ::forma_core::Value<EntryPoint> {
    fn from(v: EntryPoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTRY_POINT_TYPE.properties))
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

/// The chat entry point parameters for the test case
#[derive(Debug, Clone, PartialEq)]
pub struct EntryPointChatEntryPointParameters {
    props: ::forma_core::schema::Props,
}
impl EntryPointChatEntryPointParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The flow id used for the TestCase
    ///
    /// Allowed: length 1 to 256.
    pub fn flow_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EntryPointChatEntryPointParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EntryPointChatEntryPointParameters>
    for ::forma_core::Value<EntryPointChatEntryPointParameters>
{
    fn from(v: EntryPointChatEntryPointParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTRY_POINT_CHAT_ENTRY_POINT_PARAMETERS_TYPE.properties))
    }
}

/// The voice call entry point parameters for the test case
#[derive(Debug, Clone, PartialEq)]
pub struct EntryPointVoiceCallEntryPointParameters {
    props: ::forma_core::schema::Props,
}
impl EntryPointVoiceCallEntryPointParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The destination phonenumber of the EntryPoint
    pub fn destination_phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The flow id used for the TestCase
    ///
    /// Allowed: length 0 to 500.
    pub fn flow_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The source phonenumber of the EntryPoint
    pub fn source_phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EntryPointVoiceCallEntryPointParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EntryPointVoiceCallEntryPointParameters>
    for ::forma_core::Value<EntryPointVoiceCallEntryPointParameters>
{
    fn from(v: EntryPointVoiceCallEntryPointParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTRY_POINT_VOICE_CALL_ENTRY_POINT_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::TestCase`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::TestCase",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: None,
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "EntryPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENTRY_POINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InitializationData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256000),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SAVED", "PUBLISHED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["TestCaseArn", "LastModifiedRegion", "LastModifiedTime"],
};

static ENTRY_POINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::TestCase.EntryPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChatEntryPointParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENTRY_POINT_CHAT_ENTRY_POINT_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VOICE_CALL", "CHAT"]),
        },
        ::forma_core::schema::Property {
            name: "VoiceCallEntryPointParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENTRY_POINT_VOICE_CALL_ENTRY_POINT_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::TestCase.Tag",
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ENTRY_POINT_CHAT_ENTRY_POINT_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::TestCase.EntryPointChatEntryPointParameters",
        properties: &[::forma_core::schema::Property {
            name: "FlowId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        }],
        rules: &[],
    };

static ENTRY_POINT_VOICE_CALL_ENTRY_POINT_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::TestCase.EntryPointVoiceCallEntryPointParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "DestinationPhoneNumber",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\\\+[1-9]\\\\d{1,14}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "FlowId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(500),
                }),
            },
            ::forma_core::schema::Property {
                name: "SourcePhoneNumber",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\\\+[1-9]\\\\d{1,14}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
        ],
        rules: &[],
    };
