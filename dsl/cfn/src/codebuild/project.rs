// @generated from AWS::CodeBuild::Project (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeBuild::Project` and its property types.

/// Resource Type definition for AWS::CodeBuild::Project
///
/// CloudFormation type `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    props: ::forma_core::schema::Props,
}
impl Project {
    /// A new resource with its required properties: `Artifacts`, `Environment`, `ServiceRole`, `Source`.
    #[track_caller]
    pub fn new(
        artifacts: impl ::std::convert::Into<::forma_core::Value<Artifacts>>,
        environment: impl ::std::convert::Into<::forma_core::Value<Environment>>,
        service_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<Source>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, artifacts.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, environment.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(17, service_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(18, source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AutoRetryLimit`.
    #[track_caller]
    pub fn auto_retry_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BadgeEnabled`.
    #[track_caller]
    pub fn badge_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BuildBatchConfig`.
    #[track_caller]
    pub fn build_batch_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProjectBuildBatchConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Cache`.
    #[track_caller]
    pub fn cache(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProjectCache>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ConcurrentBuildLimit`.
    #[track_caller]
    pub fn concurrent_build_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionKey`.
    #[track_caller]
    pub fn encryption_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FileSystemLocations`.
    #[track_caller]
    pub fn file_system_locations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProjectFileSystemLocation>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogsConfig`.
    #[track_caller]
    pub fn logs_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<LogsConfig>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `QueuedTimeoutInMinutes`.
    ///
    /// Allowed: 5 to 480.
    #[track_caller]
    pub fn queued_timeout_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceAccessRole`.
    #[track_caller]
    pub fn resource_access_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecondaryArtifacts`.
    #[track_caller]
    pub fn secondary_artifacts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Artifacts>>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecondarySourceVersions`.
    #[track_caller]
    pub fn secondary_source_versions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProjectSourceVersion>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecondarySources`.
    #[track_caller]
    pub fn secondary_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Source>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SourceVersion`.
    #[track_caller]
    pub fn source_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TimeoutInMinutes`.
    ///
    /// Allowed: 5 to 2160.
    #[track_caller]
    pub fn timeout_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Triggers`.
    #[track_caller]
    pub fn triggers(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProjectTriggers>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Visibility`.
    #[track_caller]
    pub fn visibility(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcConfig`.
    #[track_caller]
    pub fn vpc_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcConfig>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Project {
    type Attributes = ProjectAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeBuild::Project"
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
/// The attributes of a `AWS::CodeBuild::Project` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProjectAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProjectAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProjectAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `Artifacts` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct Artifacts {
    props: ::forma_core::schema::Props,
}
impl Artifacts {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(8, type_.into().into_expr());
        Self { props }
    }
    /// `ArtifactIdentifier`.
    pub fn artifact_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `EncryptionDisabled`.
    pub fn encryption_disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Location`.
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `NamespaceType`.
    pub fn namespace_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `OverrideArtifactName`.
    pub fn override_artifact_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Packaging`.
    pub fn packaging(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Path`.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Artifacts> for ::forma_core::Value<Artifacts> {
    fn from(v: Artifacts) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARTIFACTS_TYPE.properties))
    }
}

/// The `ProjectBuildBatchConfig` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectBuildBatchConfig {
    props: ::forma_core::schema::Props,
}
impl ProjectBuildBatchConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BatchReportMode`.
    pub fn batch_report_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CombineArtifacts`.
    pub fn combine_artifacts(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Restrictions`.
    pub fn restrictions(mut self, value: impl ::std::convert::Into<::forma_core::Value<BatchRestrictions>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ServiceRole`.
    pub fn service_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TimeoutInMins`.
    pub fn timeout_in_mins(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProjectBuildBatchConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProjectBuildBatchConfig> for ::forma_core::Value<ProjectBuildBatchConfig> {
    fn from(v: ProjectBuildBatchConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROJECT_BUILD_BATCH_CONFIG_TYPE.properties))
    }
}

/// The `ProjectCache` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectCache {
    props: ::forma_core::schema::Props,
}
impl ProjectCache {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, type_.into().into_expr());
        Self { props }
    }
    /// `CacheNamespace`.
    pub fn cache_namespace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Location`.
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Modes`.
    pub fn modes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProjectCache> for ::forma_core::Value<ProjectCache> {
    fn from(v: ProjectCache) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROJECT_CACHE_TYPE.properties))
    }
}

/// The `Environment` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct Environment {
    props: ::forma_core::schema::Props,
}
impl Environment {
    /// A new value with its required properties: `ComputeType`, `Image`, `Type`.
    pub fn new(
        compute_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, compute_type.into().into_expr());
        props.set(6, image.into().into_expr());
        props.set(10, type_.into().into_expr());
        Self { props }
    }
    /// `Certificate`.
    pub fn certificate(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DockerServer`.
    pub fn docker_server(mut self, value: impl ::std::convert::Into<::forma_core::Value<DockerServer>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EnvironmentVariables`.
    pub fn environment_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentVariable>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Fleet`.
    pub fn fleet(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProjectFleet>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `HostKernel`.
    pub fn host_kernel(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ImagePullCredentialsType`.
    pub fn image_pull_credentials_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PrivilegedMode`.
    pub fn privileged_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `RegistryCredential`.
    pub fn registry_credential(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RegistryCredential>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Environment> for ::forma_core::Value<Environment> {
    fn from(v: Environment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_TYPE.properties))
    }
}

/// The `ProjectFileSystemLocation` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectFileSystemLocation {
    props: ::forma_core::schema::Props,
}
impl ProjectFileSystemLocation {
    /// A new value with its required properties: `Identifier`, `Location`, `MountPoint`, `Type`.
    pub fn new(
        identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        mount_point: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identifier.into().into_expr());
        props.set(1, location.into().into_expr());
        props.set(3, mount_point.into().into_expr());
        props.set(4, type_.into().into_expr());
        Self { props }
    }
    /// `MountOptions`.
    pub fn mount_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProjectFileSystemLocation> for ::forma_core::Value<ProjectFileSystemLocation> {
    fn from(v: ProjectFileSystemLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROJECT_FILE_SYSTEM_LOCATION_TYPE.properties))
    }
}

/// The `LogsConfig` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogsConfig {
    props: ::forma_core::schema::Props,
}
impl LogsConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchLogs`.
    pub fn cloud_watch_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3Logs`.
    pub fn s3_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3LogsConfig>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogsConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogsConfig> for ::forma_core::Value<LogsConfig> {
    fn from(v: LogsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGS_CONFIG_TYPE.properties))
    }
}

/// The `ProjectSourceVersion` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectSourceVersion {
    props: ::forma_core::schema::Props,
}
impl ProjectSourceVersion {
    /// A new value with its required properties: `SourceIdentifier`.
    pub fn new(source_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source_identifier.into().into_expr());
        Self { props }
    }
    /// `SourceVersion`.
    pub fn source_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProjectSourceVersion> for ::forma_core::Value<ProjectSourceVersion> {
    fn from(v: ProjectSourceVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROJECT_SOURCE_VERSION_TYPE.properties))
    }
}

/// The `Source` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    props: ::forma_core::schema::Props,
}
impl Source {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(9, type_.into().into_expr());
        Self { props }
    }
    /// `Auth`.
    pub fn auth(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourceAuth>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `BuildSpec`.
    pub fn build_spec(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `BuildStatusConfig`.
    pub fn build_status_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BuildStatusConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `GitCloneDepth`.
    pub fn git_clone_depth(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `GitSubmodulesConfig`.
    pub fn git_submodules_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GitSubmodulesConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InsecureSsl`.
    pub fn insecure_ssl(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Location`.
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ReportBuildStatus`.
    pub fn report_build_status(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `SourceIdentifier`.
    pub fn source_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Source> for ::forma_core::Value<Source> {
    fn from(v: Source) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CodeBuild::Project`.
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

/// The `ProjectTriggers` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectTriggers {
    props: ::forma_core::schema::Props,
}
impl ProjectTriggers {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BuildType`.
    pub fn build_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `FilterGroups`.
    pub fn filter_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::vec::Vec<::forma_core::Json>>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PullRequestBuildPolicy`.
    pub fn pull_request_build_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PullRequestBuildPolicy>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ScopeConfiguration`.
    pub fn scope_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScopeConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Webhook`.
    pub fn webhook(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProjectTriggers {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProjectTriggers> for ::forma_core::Value<ProjectTriggers> {
    fn from(v: ProjectTriggers) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROJECT_TRIGGERS_TYPE.properties))
    }
}

/// The `VpcConfig` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Subnets`.
    pub fn subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// The `BatchRestrictions` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchRestrictions {
    props: ::forma_core::schema::Props,
}
impl BatchRestrictions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ComputeTypesAllowed`.
    pub fn compute_types_allowed(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumBuildsAllowed`.
    pub fn maximum_builds_allowed(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BatchRestrictions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BatchRestrictions> for ::forma_core::Value<BatchRestrictions> {
    fn from(v: BatchRestrictions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BATCH_RESTRICTIONS_TYPE.properties))
    }
}

/// The `DockerServer` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct DockerServer {
    props: ::forma_core::schema::Props,
}
impl DockerServer {
    /// A new value with its required properties: `ComputeType`.
    pub fn new(compute_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, compute_type.into().into_expr());
        Self { props }
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DockerServer> for ::forma_core::Value<DockerServer> {
    fn from(v: DockerServer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCKER_SERVER_TYPE.properties))
    }
}

/// The `EnvironmentVariable` property type of `AWS::CodeBuild::Project`.
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
        props.set(2, value.into().into_expr());
        Self { props }
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EnvironmentVariable> for ::forma_core::Value<EnvironmentVariable> {
    fn from(v: EnvironmentVariable) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_VARIABLE_TYPE.properties))
    }
}

/// The `ProjectFleet` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectFleet {
    props: ::forma_core::schema::Props,
}
impl ProjectFleet {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FleetArn`.
    pub fn fleet_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProjectFleet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProjectFleet> for ::forma_core::Value<ProjectFleet> {
    fn from(v: ProjectFleet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROJECT_FLEET_TYPE.properties))
    }
}

/// The `RegistryCredential` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryCredential {
    props: ::forma_core::schema::Props,
}
impl RegistryCredential {
    /// A new value with its required properties: `Credential`, `CredentialProvider`.
    pub fn new(
        credential: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        credential_provider: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, credential.into().into_expr());
        props.set(1, credential_provider.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RegistryCredential> for ::forma_core::Value<RegistryCredential> {
    fn from(v: RegistryCredential) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGISTRY_CREDENTIAL_TYPE.properties))
    }
}

/// The `CloudWatchLogsConfig` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsConfig {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsConfig {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, status.into().into_expr());
        Self { props }
    }
    /// `GroupName`.
    pub fn group_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StreamName`.
    pub fn stream_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CloudWatchLogsConfig> for ::forma_core::Value<CloudWatchLogsConfig> {
    fn from(v: CloudWatchLogsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_CONFIG_TYPE.properties))
    }
}

/// The `S3LogsConfig` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3LogsConfig {
    props: ::forma_core::schema::Props,
}
impl S3LogsConfig {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, status.into().into_expr());
        Self { props }
    }
    /// `EncryptionDisabled`.
    pub fn encryption_disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Location`.
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3LogsConfig> for ::forma_core::Value<S3LogsConfig> {
    fn from(v: S3LogsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOGS_CONFIG_TYPE.properties))
    }
}

/// The `SourceAuth` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceAuth {
    props: ::forma_core::schema::Props,
}
impl SourceAuth {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into().into_expr());
        Self { props }
    }
    /// `Resource`.
    pub fn resource(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SourceAuth> for ::forma_core::Value<SourceAuth> {
    fn from(v: SourceAuth) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_AUTH_TYPE.properties))
    }
}

/// The `BuildStatusConfig` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildStatusConfig {
    props: ::forma_core::schema::Props,
}
impl BuildStatusConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Context`.
    pub fn context(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TargetUrl`.
    pub fn target_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BuildStatusConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BuildStatusConfig> for ::forma_core::Value<BuildStatusConfig> {
    fn from(v: BuildStatusConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUILD_STATUS_CONFIG_TYPE.properties))
    }
}

/// The `GitSubmodulesConfig` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct GitSubmodulesConfig {
    props: ::forma_core::schema::Props,
}
impl GitSubmodulesConfig {
    /// A new value with its required properties: `FetchSubmodules`.
    pub fn new(fetch_submodules: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, fetch_submodules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GitSubmodulesConfig> for ::forma_core::Value<GitSubmodulesConfig> {
    fn from(v: GitSubmodulesConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_SUBMODULES_CONFIG_TYPE.properties))
    }
}

/// The `PullRequestBuildPolicy` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct PullRequestBuildPolicy {
    props: ::forma_core::schema::Props,
}
impl PullRequestBuildPolicy {
    /// A new value with its required properties: `RequiresCommentApproval`.
    pub fn new(
        requires_comment_approval: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, requires_comment_approval.into().into_expr());
        Self { props }
    }
    /// `ApproverRoles`.
    pub fn approver_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PullRequestBuildPolicy> for ::forma_core::Value<PullRequestBuildPolicy> {
    fn from(v: PullRequestBuildPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PULL_REQUEST_BUILD_POLICY_TYPE.properties))
    }
}

/// The `ScopeConfiguration` property type of `AWS::CodeBuild::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScopeConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScopeConfiguration {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// `Domain`.
    pub fn domain(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Scope`.
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScopeConfiguration> for ::forma_core::Value<ScopeConfiguration> {
    fn from(v: ScopeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCOPE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::CodeBuild::Project`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeBuild::Project",
    properties: &[
        ::forma_core::schema::Property {
            name: "Artifacts",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARTIFACTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AutoRetryLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BadgeEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "BuildBatchConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECT_BUILD_BATCH_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Cache",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECT_CACHE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConcurrentBuildLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENVIRONMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FileSystemLocations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROJECT_FILE_SYSTEM_LOCATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LogsConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QueuedTimeoutInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(480.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceAccessRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecondaryArtifacts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ARTIFACTS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecondarySourceVersions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROJECT_SOURCE_VERSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecondarySources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServiceRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
        ::forma_core::schema::Property {
            name: "TimeoutInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(2160.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Triggers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECT_TRIGGERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Visibility",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static ARTIFACTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.Artifacts",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArtifactIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionDisabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NamespaceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OverrideArtifactName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Packaging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROJECT_BUILD_BATCH_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.ProjectBuildBatchConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchReportMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CombineArtifacts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Restrictions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BATCH_RESTRICTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInMins",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static PROJECT_CACHE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.ProjectCache",
    properties: &[
        ::forma_core::schema::Property {
            name: "CacheNamespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Modes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.Environment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Certificate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ComputeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DockerServer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCKER_SERVER_TYPE),
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
            name: "Fleet",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECT_FLEET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HostKernel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImagePullCredentialsType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrivilegedMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RegistryCredential",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REGISTRY_CREDENTIAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROJECT_FILE_SYSTEM_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.ProjectFileSystemLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Identifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MountOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MountPoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOGS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.LogsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Logs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOGS_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static PROJECT_SOURCE_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.ProjectSourceVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "SourceIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.Source",
    properties: &[
        ::forma_core::schema::Property {
            name: "Auth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_AUTH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BuildSpec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BuildStatusConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BUILD_STATUS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GitCloneDepth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GitSubmodulesConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_SUBMODULES_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InsecureSsl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReportBuildStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SourceIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROJECT_TRIGGERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.ProjectTriggers",
    properties: &[
        ::forma_core::schema::Property {
            name: "BuildType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FilterGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Json,
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PullRequestBuildPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PULL_REQUEST_BUILD_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScopeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCOPE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Webhook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subnets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BATCH_RESTRICTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.BatchRestrictions",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeTypesAllowed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaximumBuildsAllowed",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static DOCKER_SERVER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.DockerServer",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComputeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ENVIRONMENT_VARIABLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.EnvironmentVariable",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROJECT_FLEET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.ProjectFleet",
    properties: &[::forma_core::schema::Property {
        name: "FleetArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static REGISTRY_CREDENTIAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.RegistryCredential",
    properties: &[
        ::forma_core::schema::Property {
            name: "Credential",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CredentialProvider",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOGS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.CloudWatchLogsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StreamName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_LOGS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.S3LogsConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionDisabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SOURCE_AUTH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.SourceAuth",
    properties: &[
        ::forma_core::schema::Property {
            name: "Resource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BUILD_STATUS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.BuildStatusConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Context",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GIT_SUBMODULES_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.GitSubmodulesConfig",
    properties: &[::forma_core::schema::Property {
        name: "FetchSubmodules",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static PULL_REQUEST_BUILD_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.PullRequestBuildPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApproverRoles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RequiresCommentApproval",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SCOPE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::Project.ScopeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Domain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
