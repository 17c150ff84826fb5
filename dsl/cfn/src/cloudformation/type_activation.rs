// @generated from AWS::CloudFormation::TypeActivation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::TypeActivation` and its property types.

/// Enable a resource that has been published in the CloudFormation Registry.
///
/// CloudFormation type `AWS::CloudFormation::TypeActivation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeActivation {
    props: ::forma_core::schema::Props,
}
impl TypeActivation {
    /// A new resource.
    ///
    /// CloudFormation also needs exactly one of: `TypeName`, `PublisherId` and `Type`; or `PublicTypeArn`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to automatically update the extension in this account and region when a new minor version is published by the extension publisher.
    #[track_caller]
    pub fn auto_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM execution role to use to register the type.
    #[track_caller]
    pub fn execution_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies logging configuration information for a type.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn logging_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoggingConfig>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Major Version of the type you want to enable
    ///
    /// Allowed: length 1 to 100000.
    #[track_caller]
    pub fn major_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Number (ARN) assigned to the public extension upon publication
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn public_type_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The reserved publisher id for this type, or the publisher id assigned by CloudFormation for publishing in this region.
    ///
    /// Allowed: length 1 to 40.
    #[track_caller]
    pub fn publisher_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The kind of extension
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the type being registered.
    #[track_caller]
    pub fn type_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An alias to assign to the public extension in this account and region.
    ///
    /// Allowed: length 10 to 204.
    #[track_caller]
    pub fn type_name_alias(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Manually updates a previously-enabled type to a new major or minor version, if available.
    #[track_caller]
    pub fn version_bump(mut self, value: impl ::forma_core::schema::EnumArg<VersionBump>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for TypeActivation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for TypeActivation {
    type Attributes = TypeActivationAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::TypeActivation"
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
/// The attributes of a `AWS::CloudFormation::TypeActivation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TypeActivationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TypeActivationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TypeActivationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `RESOURCE`, `MODULE`, `HOOK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `RESOURCE`
    Resource,
    /// `MODULE`
    Module,
    /// `HOOK`
    Hook,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Resource => "RESOURCE",
            Self::Module => "MODULE",
            Self::Hook => "HOOK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RESOURCE", "MODULE", "HOOK"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The values CloudFormation documents: `MAJOR`, `MINOR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VersionBump {
    /// `MAJOR`
    Major,
    /// `MINOR`
    Minor,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VersionBump {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Major => "MAJOR",
            Self::Minor => "MINOR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MAJOR", "MINOR"]
    }
}
impl ::std::convert::From<VersionBump> for ::forma_core::Value<VersionBump> {
    fn from(v: VersionBump) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VersionBump {}

/// The `LoggingConfig` property type of `AWS::CloudFormation::TypeActivation`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfig {
    props: ::forma_core::schema::Props,
}
impl LoggingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon CloudWatch log group to which CloudFormation sends error logging information when invoking the type's handlers.
    ///
    /// Allowed: length 1 to 512.
    pub fn log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the role that CloudFormation should assume when sending log entries to CloudWatch logs.
    ///
    /// Allowed: length 1 to 256.
    pub fn log_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoggingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingConfig> for ::forma_core::Value<LoggingConfig> {
    fn from(v: LoggingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFormation::TypeActivation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::TypeActivation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LoggingConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MajorVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100000),
            }),
        },
        ::forma_core::schema::Property {
            name: "PublicTypeArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/.+"),
                min_length: None,
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PublisherId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9a-zA-Z-]{1,40}"),
                min_length: Some(1),
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RESOURCE", "MODULE", "HOOK"]),
        },
        ::forma_core::schema::Property {
            name: "TypeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(::MODULE){0,1}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TypeNameAlias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(::MODULE){0,1}"),
                min_length: Some(10),
                max_length: Some(204),
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionBump",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MAJOR", "MINOR"]),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["TypeName", "PublisherId", "Type"], &["PublicTypeArn"]])],
    attributes: &["Arn"],
};

static LOGGING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::TypeActivation.LoggingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_/#A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogRoleArn",
            required: false,
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
