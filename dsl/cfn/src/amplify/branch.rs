// @generated from AWS::Amplify::Branch (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Amplify::Branch` and its property types.

/// The AWS::Amplify::Branch resource creates a new branch within an app.
///
/// CloudFormation type `AWS::Amplify::Branch`.
#[derive(Debug, Clone, PartialEq)]
pub struct Branch {
    props: ::forma_core::schema::Props,
}
impl Branch {
    /// A new resource with its required properties: `AppId`, `BranchName`.
    #[track_caller]
    pub fn new(
        app_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        branch_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, branch_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Backend`.
    #[track_caller]
    pub fn backend(mut self, value: impl ::std::convert::Into<::forma_core::Value<Backend>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BasicAuthConfig`.
    #[track_caller]
    pub fn basic_auth_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<BasicAuthConfig>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BuildSpec`.
    ///
    /// Allowed: length 1 to 25000.
    #[track_caller]
    pub fn build_spec(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ComputeRoleArn`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn compute_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnableAutoBuild`.
    #[track_caller]
    pub fn enable_auto_build(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnablePerformanceMode`.
    #[track_caller]
    pub fn enable_performance_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnablePullRequestPreview`.
    #[track_caller]
    pub fn enable_pull_request_preview(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnableSkewProtection`.
    #[track_caller]
    pub fn enable_skew_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnvironmentVariables`.
    #[track_caller]
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentVariable>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Framework`.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn framework(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PullRequestEnvironmentName`.
    ///
    /// Allowed: length 0 to 20.
    #[track_caller]
    pub fn pull_request_environment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Stage`.
    #[track_caller]
    pub fn stage(mut self, value: impl ::forma_core::schema::EnumArg<Stage>) -> Self {
        self.props.set_at(14, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Branch {
    type Attributes = BranchAttributes;
    fn type_name(&self) -> &str {
        "AWS::Amplify::Branch"
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
/// The attributes of a `AWS::Amplify::Branch` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BranchAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BranchAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BranchAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `EXPERIMENTAL`, `BETA`, `PULL_REQUEST`, `PRODUCTION`, `DEVELOPMENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stage {
    /// `EXPERIMENTAL`
    Experimental,
    /// `BETA`
    Beta,
    /// `PULL_REQUEST`
    PullRequest,
    /// `PRODUCTION`
    Production,
    /// `DEVELOPMENT`
    Development,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Stage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Experimental => "EXPERIMENTAL",
            Self::Beta => "BETA",
            Self::PullRequest => "PULL_REQUEST",
            Self::Production => "PRODUCTION",
            Self::Development => "DEVELOPMENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXPERIMENTAL", "BETA", "PULL_REQUEST", "PRODUCTION", "DEVELOPMENT"]
    }
}
impl ::std::convert::From<Stage> for ::forma_core::Value<Stage> {
    fn from(v: Stage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Stage {}

/// The `Backend` property type of `AWS::Amplify::Branch`.
#[derive(Debug, Clone, PartialEq)]
pub struct Backend {
    props: ::forma_core::schema::Props,
}
impl Backend {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `StackArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn stack_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Backend {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Backend> for ::forma_core::Value<Backend> {
    fn from(v: Backend) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BACKEND_TYPE.properties))
    }
}

/// The `BasicAuthConfig` property type of `AWS::Amplify::Branch`.
#[derive(Debug, Clone, PartialEq)]
pub struct BasicAuthConfig {
    props: ::forma_core::schema::Props,
}
impl BasicAuthConfig {
    /// A new value with its required properties: `Password`, `Username`.
    pub fn new(
        password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, password.into().into_expr());
        props.set(2, username.into().into_expr());
        Self { props }
    }
    /// `EnableBasicAuth`.
    pub fn enable_basic_auth(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BasicAuthConfig> for ::forma_core::Value<BasicAuthConfig> {
    fn from(v: BasicAuthConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASIC_AUTH_CONFIG_TYPE.properties))
    }
}

/// The `EnvironmentVariable` property type of `AWS::Amplify::Branch`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentVariable {
    props: ::forma_core::schema::Props,
}
impl EnvironmentVariable {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EnvironmentVariable> for ::forma_core::Value<EnvironmentVariable> {
    fn from(v: EnvironmentVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_VARIABLE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Amplify::Branch`.
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

/// The schema of `AWS::Amplify::Branch`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Amplify::Branch",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("d[a-z0-9]+"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "Backend",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BACKEND_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BasicAuthConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASIC_AUTH_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BranchName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).+"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "BuildSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).+"),
                min_length: Some(1),
                max_length: Some(25000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComputeRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableAutoBuild",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnablePerformanceMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnablePullRequestPreview",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableSkewProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnvironmentVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENVIRONMENT_VARIABLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Framework",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PullRequestEnvironmentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: Some(0),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "Stage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "EXPERIMENTAL",
                "BETA",
                "PULL_REQUEST",
                "PRODUCTION",
                "DEVELOPMENT",
            ]),
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
    ],
    rules: &[],
    attributes: &["Arn"],
};

static BACKEND_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::Branch.Backend",
    properties: &[::forma_core::schema::Property {
        name: "StackArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws:cloudformation:[a-z0-9-]+:\\d{12}:stack/.+/.+$"),
            min_length: Some(20),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static BASIC_AUTH_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::Branch.BasicAuthConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableBasicAuth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static ENVIRONMENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::Branch.EnvironmentVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: None,
                max_length: Some(5500),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::Branch.Tag",
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
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
