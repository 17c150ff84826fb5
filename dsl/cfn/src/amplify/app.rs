// @generated from AWS::Amplify::App (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Amplify::App` and its property types.

/// The AWS::Amplify::App resource creates Apps in the Amplify Console.
///
/// CloudFormation type `AWS::Amplify::App`.
#[derive(Debug, Clone, PartialEq)]
pub struct App {
    props: ::forma_core::schema::Props,
}
impl App {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(13, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AccessToken`.
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutoBranchCreationConfig`.
    #[track_caller]
    pub fn auto_branch_creation_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoBranchCreationConfig>>,
    ) -> Self {
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
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CacheConfig`.
    #[track_caller]
    pub fn cache_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CacheConfig>>) -> Self {
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
    /// `CustomHeaders`.
    ///
    /// Allowed: length 0 to 25000.
    #[track_caller]
    pub fn custom_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomRules`.
    #[track_caller]
    pub fn custom_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomRule>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnableBranchAutoDeletion`.
    #[track_caller]
    pub fn enable_branch_auto_deletion(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnvironmentVariables`.
    #[track_caller]
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentVariable>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IAMServiceRole`.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn iam_service_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `JobConfig`.
    #[track_caller]
    pub fn job_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<JobConfig>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OauthToken`.
    ///
    /// Allowed: length 0 to 4096.
    #[track_caller]
    pub fn oauth_token(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Platform`.
    #[track_caller]
    pub fn platform(mut self, value: impl ::forma_core::schema::EnumArg<Platform>) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Repository`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn repository(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for App {
    type Attributes = AppAttributes;
    fn type_name(&self) -> &str {
        "AWS::Amplify::App"
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
/// The attributes of a `AWS::Amplify::App` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AppAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AppAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AppAttributes {
    /// `Fn::GetAtt` `AppId`.
    pub fn app_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppId")
    }
    /// `Fn::GetAtt` `AppName`.
    pub fn app_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppName")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DefaultDomain`.
    pub fn default_domain(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DefaultDomain")
    }
}

/// The values CloudFormation documents: `WEB`, `WEB_DYNAMIC`, `WEB_COMPUTE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Platform {
    /// `WEB`
    Web,
    /// `WEB_DYNAMIC`
    WebDynamic,
    /// `WEB_COMPUTE`
    WebCompute,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Platform {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Web => "WEB",
            Self::WebDynamic => "WEB_DYNAMIC",
            Self::WebCompute => "WEB_COMPUTE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WEB", "WEB_DYNAMIC", "WEB_COMPUTE"]
    }
}
impl ::std::convert::From<Platform> for ::forma_core::Value<Platform> {
    fn from(v: Platform) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Platform {}

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

/// The `AutoBranchCreationConfig` property type of `AWS::Amplify::App`.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoBranchCreationConfig {
    props: ::forma_core::schema::Props,
}
impl AutoBranchCreationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutoBranchCreationPatterns`.
    pub fn auto_branch_creation_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BasicAuthConfig`.
    pub fn basic_auth_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<BasicAuthConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BuildSpec`.
    ///
    /// Allowed: length 1 to 25000.
    pub fn build_spec(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EnableAutoBranchCreation`.
    pub fn enable_auto_branch_creation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EnableAutoBuild`.
    pub fn enable_auto_build(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `EnablePerformanceMode`.
    pub fn enable_performance_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `EnablePullRequestPreview`.
    pub fn enable_pull_request_preview(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `EnvironmentVariables`.
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentVariable>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Framework`.
    ///
    /// Allowed: length 0 to 255.
    pub fn framework(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `PullRequestEnvironmentName`.
    ///
    /// Allowed: length 0 to 20.
    pub fn pull_request_environment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Stage`.
    pub fn stage(mut self, value: impl ::forma_core::schema::EnumArg<Stage>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for AutoBranchCreationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoBranchCreationConfig> for ::forma_core::Value<AutoBranchCreationConfig> {
    fn from(v: AutoBranchCreationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_BRANCH_CREATION_CONFIG_TYPE.properties))
    }
}

/// The `BasicAuthConfig` property type of `AWS::Amplify::App`.
#[derive(Debug, Clone, PartialEq)]
pub struct BasicAuthConfig {
    props: ::forma_core::schema::Props,
}
impl BasicAuthConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EnableBasicAuth`.
    pub fn enable_basic_auth(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Password`.
    ///
    /// Allowed: length 1 to 255.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Username`.
    ///
    /// Allowed: length 1 to 255.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BasicAuthConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BasicAuthConfig> for ::forma_core::Value<BasicAuthConfig> {
    fn from(v: BasicAuthConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASIC_AUTH_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AMPLIFY_MANAGED`, `AMPLIFY_MANAGED_NO_COOKIES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `AMPLIFY_MANAGED`
    AmplifyManaged,
    /// `AMPLIFY_MANAGED_NO_COOKIES`
    AmplifyManagedNoCookies,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmplifyManaged => "AMPLIFY_MANAGED",
            Self::AmplifyManagedNoCookies => "AMPLIFY_MANAGED_NO_COOKIES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AMPLIFY_MANAGED", "AMPLIFY_MANAGED_NO_COOKIES"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `CacheConfig` property type of `AWS::Amplify::App`.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheConfig {
    props: ::forma_core::schema::Props,
}
impl CacheConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CacheConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CacheConfig> for ::forma_core::Value<CacheConfig> {
    fn from(v: CacheConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CACHE_CONFIG_TYPE.properties))
    }
}

/// The `CustomRule` property type of `AWS::Amplify::App`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomRule {
    props: ::forma_core::schema::Props,
}
impl CustomRule {
    /// A new value with its required properties: `Source`, `Target`.
    pub fn new(
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, source.into().into_expr());
        props.set(3, target.into().into_expr());
        Self { props }
    }
    /// `Condition`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn condition(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Status`.
    ///
    /// Allowed: length 3 to 7.
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomRule> for ::forma_core::Value<CustomRule> {
    fn from(v: CustomRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_RULE_TYPE.properties))
    }
}

/// The `EnvironmentVariable` property type of `AWS::Amplify::App`.
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

/// The values CloudFormation documents: `STANDARD_8GB`, `LARGE_16GB`, `XLARGE_72GB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BuildComputeType {
    /// `STANDARD_8GB`
    Standard8Gb,
    /// `LARGE_16GB`
    Large16Gb,
    /// `XLARGE_72GB`
    Xlarge72Gb,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BuildComputeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard8Gb => "STANDARD_8GB",
            Self::Large16Gb => "LARGE_16GB",
            Self::Xlarge72Gb => "XLARGE_72GB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD_8GB", "LARGE_16GB", "XLARGE_72GB"]
    }
}
impl ::std::convert::From<BuildComputeType> for ::forma_core::Value<BuildComputeType> {
    fn from(v: BuildComputeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BuildComputeType {}

/// The `JobConfig` property type of `AWS::Amplify::App`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobConfig {
    props: ::forma_core::schema::Props,
}
impl JobConfig {
    /// A new value with its required properties: `BuildComputeType`.
    pub fn new(build_compute_type: impl ::forma_core::schema::EnumArg<BuildComputeType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, build_compute_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<JobConfig> for ::forma_core::Value<JobConfig> {
    fn from(v: JobConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JOB_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Amplify::App`.
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

/// The schema of `AWS::Amplify::App`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Amplify::App",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?s).+$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "AutoBranchCreationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_BRANCH_CREATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BasicAuthConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASIC_AUTH_CONFIG_TYPE),
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
            name: "CacheConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CACHE_CONFIG_TYPE),
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
            name: "CustomHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: Some(0),
                max_length: Some(25000),
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOM_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "EnableBranchAutoDeletion",
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
            name: "IAMServiceRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JOB_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).+"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "OauthToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "Platform",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WEB", "WEB_DYNAMIC", "WEB_COMPUTE"]),
        },
        ::forma_core::schema::Property {
            name: "Repository",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: Some(0),
                max_length: Some(1000),
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
    ],
    rules: &[],
    attributes: &["AppId", "AppName", "Arn", "DefaultDomain"],
};

static AUTO_BRANCH_CREATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::App.AutoBranchCreationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoBranchCreationPatterns",
            required: false,
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
        ::forma_core::schema::Property {
            name: "BasicAuthConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASIC_AUTH_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BuildSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?s).+$"),
                min_length: Some(1),
                max_length: Some(25000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableAutoBranchCreation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
    ],
    rules: &[],
};

static BASIC_AUTH_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::App.BasicAuthConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableBasicAuth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
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

static CACHE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::App.CacheConfig",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["AMPLIFY_MANAGED", "AMPLIFY_MANAGED_NO_COOKIES"]),
    }],
    rules: &[],
};

static CUSTOM_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::App.CustomRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Condition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).+"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".{3,7}"),
                min_length: Some(3),
                max_length: Some(7),
            }),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?s).+"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static ENVIRONMENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::App.EnvironmentVariable",
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

static JOB_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::App.JobConfig",
    properties: &[::forma_core::schema::Property {
        name: "BuildComputeType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["STANDARD_8GB", "LARGE_16GB", "XLARGE_72GB"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Amplify::App.Tag",
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
