// @generated from AWS::Connect::TaskTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::TaskTemplate` and its property types.

/// Resource Type definition for AWS::Connect::TaskTemplate.
///
/// CloudFormation type `AWS::Connect::TaskTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskTemplate {
    props: ::forma_core::schema::Props,
}
impl TaskTemplate {
    /// A new resource with its required properties: `InstanceArn`.
    #[track_caller]
    pub fn new(instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// the client token string in uuid format
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn client_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The constraints for the task template
    #[track_caller]
    pub fn constraints(mut self, value: impl ::std::convert::Into<::forma_core::Value<Constraints>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the contact flow.
    #[track_caller]
    pub fn contact_flow_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Defaults`.
    #[track_caller]
    pub fn defaults(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DefaultFieldValue>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the task template.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of task template's fields
    #[track_caller]
    pub fn fields(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Field>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the task template.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the contact flow.
    #[track_caller]
    pub fn self_assign_contact_flow_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the task template
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TaskTemplate {
    type Attributes = TaskTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::TaskTemplate"
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
/// The attributes of a `AWS::Connect::TaskTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TaskTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TaskTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TaskTemplateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `ACTIVE`, `INACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE", "INACTIVE"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The constraints for the task template
#[derive(Debug, Clone, PartialEq)]
pub struct Constraints {
    props: ::forma_core::schema::Props,
}
impl Constraints {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of the task template's invisible fields
    pub fn invisible_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InvisibleFieldInfo>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of the task template's read only fields
    pub fn read_only_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReadOnlyFieldInfo>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The list of the task template's required fields
    pub fn required_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RequiredFieldInfo>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Constraints {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Constraints> for ::forma_core::Value<Constraints> {
    fn from(v: Constraints) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONSTRAINTS_TYPE.properties))
    }
}

/// the default value for the task template's field
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultFieldValue {
    props: ::forma_core::schema::Props,
}
impl DefaultFieldValue {
    /// A new value with its required properties: `DefaultValue`, `Id`.
    pub fn new(
        default_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<FieldIdentifier>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_value.into().into_expr());
        props.set(1, id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DefaultFieldValue> for ::forma_core::Value<DefaultFieldValue> {
    fn from(v: DefaultFieldValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_FIELD_VALUE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NAME`, `DESCRIPTION`, `SCHEDULED_TIME`, `QUICK_CONNECT`, `URL`, `NUMBER`, `TEXT`, `TEXT_AREA`, `DATE_TIME`, `BOOLEAN`, `SINGLE_SELECT`, `EMAIL`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldType {
    /// `NAME`
    Name,
    /// `DESCRIPTION`
    Description,
    /// `SCHEDULED_TIME`
    ScheduledTime,
    /// `QUICK_CONNECT`
    QuickConnect,
    /// `URL`
    Url,
    /// `NUMBER`
    Number,
    /// `TEXT`
    Text,
    /// `TEXT_AREA`
    TextArea,
    /// `DATE_TIME`
    DateTime,
    /// `BOOLEAN`
    Boolean,
    /// `SINGLE_SELECT`
    SingleSelect,
    /// `EMAIL`
    Email,
    /// `EXPIRY_DURATION`
    ExpiryDuration,
    /// `SELF_ASSIGN`
    SelfAssign,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FieldType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "NAME",
            Self::Description => "DESCRIPTION",
            Self::ScheduledTime => "SCHEDULED_TIME",
            Self::QuickConnect => "QUICK_CONNECT",
            Self::Url => "URL",
            Self::Number => "NUMBER",
            Self::Text => "TEXT",
            Self::TextArea => "TEXT_AREA",
            Self::DateTime => "DATE_TIME",
            Self::Boolean => "BOOLEAN",
            Self::SingleSelect => "SINGLE_SELECT",
            Self::Email => "EMAIL",
            Self::ExpiryDuration => "EXPIRY_DURATION",
            Self::SelfAssign => "SELF_ASSIGN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "NAME",
            "DESCRIPTION",
            "SCHEDULED_TIME",
            "QUICK_CONNECT",
            "URL",
            "NUMBER",
            "TEXT",
            "TEXT_AREA",
            "DATE_TIME",
            "BOOLEAN",
            "SINGLE_SELECT",
            "EMAIL",
            "EXPIRY_DURATION",
            "SELF_ASSIGN",
        ]
    }
}
impl ::std::convert::From<FieldType> for ::forma_core::Value<FieldType> {
    fn from(v: FieldType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FieldType {}

/// A task template field object.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    props: ::forma_core::schema::Props,
}
impl Field {
    /// A new value with its required properties: `Id`, `Type`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<FieldIdentifier>>,
        type_: impl ::forma_core::schema::EnumArg<FieldType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        props.set(3, type_.into_enum_expr());
        Self { props }
    }
    /// The description of the task template's field
    ///
    /// Allowed: length 0 to 255.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// list of field options to be used with single select
    pub fn single_select_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Field> for ::forma_core::Value<Field> {
    fn from(v: Field) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_TYPE.properties))
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

/// Invisible field info
#[derive(Debug, Clone, PartialEq)]
pub struct InvisibleFieldInfo {
    props: ::forma_core::schema::Props,
}
impl InvisibleFieldInfo {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<FieldIdentifier>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InvisibleFieldInfo> for ::forma_core::Value<InvisibleFieldInfo> {
    fn from(v: InvisibleFieldInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INVISIBLE_FIELD_INFO_TYPE.properties))
    }
}

/// ReadOnly field info
#[derive(Debug, Clone, PartialEq)]
pub struct ReadOnlyFieldInfo {
    props: ::forma_core::schema::Props,
}
impl ReadOnlyFieldInfo {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<FieldIdentifier>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReadOnlyFieldInfo> for ::forma_core::Value<ReadOnlyFieldInfo> {
    fn from(v: ReadOnlyFieldInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(READ_ONLY_FIELD_INFO_TYPE.properties))
    }
}

/// Required field info
#[derive(Debug, Clone, PartialEq)]
pub struct RequiredFieldInfo {
    props: ::forma_core::schema::Props,
}
impl RequiredFieldInfo {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<FieldIdentifier>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RequiredFieldInfo> for ::forma_core::Value<RequiredFieldInfo> {
    fn from(v: RequiredFieldInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REQUIRED_FIELD_INFO_TYPE.properties))
    }
}

/// the identifier (name) for the task template field
#[derive(Debug, Clone, PartialEq)]
pub struct FieldIdentifier {
    props: ::forma_core::schema::Props,
}
impl FieldIdentifier {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FieldIdentifier> for ::forma_core::Value<FieldIdentifier> {
    fn from(v: FieldIdentifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIELD_IDENTIFIER_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::TaskTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Connect::TaskTemplate",
properties: &[
::forma_core::schema::Property { name: "ClientToken", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[089ab][0-9a-f]{3}-[0-9a-f]{12}$"), min_length: Some(0), max_length: Some(500) }) },
::forma_core::schema::Property { name: "Constraints", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CONSTRAINTS_TYPE) },
::forma_core::schema::Property { name: "ContactFlowArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Defaults", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&DEFAULT_FIELD_VALUE_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Fields", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&FIELD_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
::forma_core::schema::Property { name: "InstanceArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Name", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "SelfAssignContactFlowArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Status", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ACTIVE", "INACTIVE"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
],
rules: &[],
attributes: &["Arn"],
};

static CONSTRAINTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::TaskTemplate.Constraints",
    properties: &[
        ::forma_core::schema::Property {
            name: "InvisibleFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INVISIBLE_FIELD_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReadOnlyFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&READ_ONLY_FIELD_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RequiredFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REQUIRED_FIELD_INFO_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static DEFAULT_FIELD_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::TaskTemplate.DefaultFieldValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_IDENTIFIER_TYPE),
        },
    ],
    rules: &[],
};

static FIELD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::TaskTemplate.Field",
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
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIELD_IDENTIFIER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SingleSelectOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NAME",
                "DESCRIPTION",
                "SCHEDULED_TIME",
                "QUICK_CONNECT",
                "URL",
                "NUMBER",
                "TEXT",
                "TEXT_AREA",
                "DATE_TIME",
                "BOOLEAN",
                "SINGLE_SELECT",
                "EMAIL",
                "EXPIRY_DURATION",
                "SELF_ASSIGN",
            ]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::TaskTemplate.Tag",
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

static INVISIBLE_FIELD_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::TaskTemplate.InvisibleFieldInfo",
    properties: &[::forma_core::schema::Property {
        name: "Id",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&FIELD_IDENTIFIER_TYPE),
    }],
    rules: &[],
};

static READ_ONLY_FIELD_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::TaskTemplate.ReadOnlyFieldInfo",
    properties: &[::forma_core::schema::Property {
        name: "Id",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&FIELD_IDENTIFIER_TYPE),
    }],
    rules: &[],
};

static REQUIRED_FIELD_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::TaskTemplate.RequiredFieldInfo",
    properties: &[::forma_core::schema::Property {
        name: "Id",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&FIELD_IDENTIFIER_TYPE),
    }],
    rules: &[],
};

static FIELD_IDENTIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::TaskTemplate.FieldIdentifier",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(100),
        }),
    }],
    rules: &[],
};
