// @generated from AWS::ECR::PullThroughCacheRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECR::PullThroughCacheRule` and its property types.

/// The `AWS::ECR::PullThroughCacheRule` resource creates or updates a pull through cache rule.
///
/// CloudFormation type `AWS::ECR::PullThroughCacheRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PullThroughCacheRule {
    props: ::forma_core::schema::Props,
}
impl PullThroughCacheRule {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the Secrets Manager secret associated with the pull through cache rule.
    ///
    /// Allowed: length 50 to 612.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn credential_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the IAM role associated with the pull through cache rule.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn custom_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon ECR repository prefix associated with the pull through cache rule.
    ///
    /// Allowed: length 2 to 30.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ecr_repository_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the upstream source registry associated with the pull through cache rule.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn upstream_registry(mut self, value: impl ::forma_core::schema::EnumArg<UpstreamRegistry>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The upstream registry URL associated with the pull through cache rule.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn upstream_registry_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The upstream repository prefix associated with the pull through cache rule.
    ///
    /// Allowed: length 2 to 30.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn upstream_repository_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for PullThroughCacheRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for PullThroughCacheRule {
    type Attributes = PullThroughCacheRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECR::PullThroughCacheRule"
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
/// The attributes of a `AWS::ECR::PullThroughCacheRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PullThroughCacheRuleAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PullThroughCacheRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `azure-container-registry`, `chainguard`, `docker-hub`, `ecr`, `ecr-public`, `github-container-registry`, `gitlab-container-registry`, `k8s`, `quay`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpstreamRegistry {
    /// `azure-container-registry`
    AzureContainerRegistry,
    /// `chainguard`
    Chainguard,
    /// `docker-hub`
    DockerHub,
    /// `ecr`
    Ecr,
    /// `ecr-public`
    EcrPublic,
    /// `github-container-registry`
    GithubContainerRegistry,
    /// `gitlab-container-registry`
    GitlabContainerRegistry,
    /// `k8s`
    K8S,
    /// `quay`
    Quay,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UpstreamRegistry {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AzureContainerRegistry => "azure-container-registry",
            Self::Chainguard => "chainguard",
            Self::DockerHub => "docker-hub",
            Self::Ecr => "ecr",
            Self::EcrPublic => "ecr-public",
            Self::GithubContainerRegistry => "github-container-registry",
            Self::GitlabContainerRegistry => "gitlab-container-registry",
            Self::K8S => "k8s",
            Self::Quay => "quay",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "azure-container-registry",
            "chainguard",
            "docker-hub",
            "ecr",
            "ecr-public",
            "github-container-registry",
            "gitlab-container-registry",
            "k8s",
            "quay",
        ]
    }
}
impl ::std::convert::From<UpstreamRegistry> for ::forma_core::Value<UpstreamRegistry> {
    fn from(v: UpstreamRegistry) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UpstreamRegistry {}

/// The schema of `AWS::ECR::PullThroughCacheRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ECR::PullThroughCacheRule",
properties: &[
::forma_core::schema::Property { name: "CredentialArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-zA-Z-]+:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\-pullthroughcache\\/[a-zA-Z0-9\\/_+=.@-]+$"), min_length: Some(50), max_length: Some(612) }) },
::forma_core::schema::Property { name: "CustomRoleArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "EcrRepositoryPrefix", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"), min_length: Some(2), max_length: Some(30) }) },
::forma_core::schema::Property { name: "UpstreamRegistry", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["azure-container-registry", "chainguard", "docker-hub", "ecr", "ecr-public", "github-container-registry", "gitlab-container-registry", "k8s", "quay"]) },
::forma_core::schema::Property { name: "UpstreamRegistryUrl", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "UpstreamRepositoryPrefix", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$"), min_length: Some(2), max_length: Some(30) }) },
],
rules: &[],
attributes: &[],
};
