// @generated from AWS::Glue::Session (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Session` and its property types.

/// Resource Type definition for AWS::Glue::Session.
///
/// CloudFormation type `AWS::Glue::Session`.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    props: ::forma_core::schema::Props,
}
impl Session {
    /// A new resource with its required properties: `Command`, `Id`, `Role`.
    #[track_caller]
    pub fn new(
        command: impl ::std::convert::Into<::forma_core::Value<SessionCommand>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, command.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, role.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies the connections used by the session.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connections(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectionsList>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map array of key-value pairs.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn default_arguments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the session.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Glue version determines the versions of Apache Spark and Python that Glue supports.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn glue_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of minutes when idle before session times out.
    ///
    /// Allowed: at least 1.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn idle_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of Glue data processing units (DPUs) that can be allocated when the job runs.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of workers of a defined WorkerType to use for the session.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn number_of_workers(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The origin of the request.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn request_origin(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the SecurityConfiguration structure to be used with the session.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags belonging to the session.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of minutes before session times out.
    ///
    /// Allowed: at least 1.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of predefined worker that is allocated when a session runs.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn worker_type(mut self, value: impl ::forma_core::schema::EnumArg<WorkerType>) -> Self {
        self.props.set_at(14, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Session {
    type Attributes = SessionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Session"
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
/// The attributes of a `AWS::Glue::Session` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SessionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SessionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SessionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedOn`.
    pub fn created_on(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedOn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Progress`.
    pub fn progress(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "Progress")
    }
}

/// The values CloudFormation documents: `Standard`, `G.1X`, `G.2X`, `G.025X`, `G.4X`, `G.8X`, `Z.2X`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkerType {
    /// `Standard`
    Standard,
    /// `G.1X`
    G1X,
    /// `G.2X`
    G2X,
    /// `G.025X`
    G025X,
    /// `G.4X`
    G4X,
    /// `G.8X`
    G8X,
    /// `Z.2X`
    Z2X,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "Standard",
            Self::G1X => "G.1X",
            Self::G2X => "G.2X",
            Self::G025X => "G.025X",
            Self::G4X => "G.4X",
            Self::G8X => "G.8X",
            Self::Z2X => "Z.2X",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Standard", "G.1X", "G.2X", "G.025X", "G.4X", "G.8X", "Z.2X"]
    }
}
impl ::std::convert::From<WorkerType> for ::forma_core::Value<WorkerType> {
    fn from(v: WorkerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkerType {}

/// The SessionCommand that runs the job.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionCommand {
    props: ::forma_core::schema::Props,
}
impl SessionCommand {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the name of the SessionCommand.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the Python version.
    pub fn python_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SessionCommand {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SessionCommand> for ::forma_core::Value<SessionCommand> {
    fn from(v: SessionCommand) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SESSION_COMMAND_TYPE.properties))
    }
}

/// Specifies the connections used by the session.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionsList {
    props: ::forma_core::schema::Props,
}
impl ConnectionsList {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of connection names used by the session.
    pub fn connections(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectionsList {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectionsList> for ::forma_core::Value<ConnectionsList> {
    fn from(v: ConnectionsList) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTIONS_LIST_TYPE.properties))
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

/// The schema of `AWS::Glue::Session`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Session",
    properties: &[
        ::forma_core::schema::Property {
            name: "Command",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SESSION_COMMAND_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Connections",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONNECTIONS_LIST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultArguments",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*$"),
                    min_length: Some(0),
                    max_length: Some(4096),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "GlueVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\w+\\.)+\\w+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdleTimeout",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NumberOfWorkers",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RequestOrigin",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[.\\-_A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[^:]*:iam::[0-9]*:role/.+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$"),
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkerType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Standard", "G.1X", "G.2X", "G.025X", "G.4X", "G.8X", "Z.2X"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedOn", "Status", "Progress"],
};

static SESSION_COMMAND_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Session.SessionCommand",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PythonVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([2-3]|3[.]9)$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static CONNECTIONS_LIST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Session.ConnectionsList",
    properties: &[::forma_core::schema::Property {
        name: "Connections",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Session.Tag",
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
