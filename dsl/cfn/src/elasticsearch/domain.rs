// @generated from AWS::Elasticsearch::Domain (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Elasticsearch::Domain` and its property types.

/// Resource Type definition for AWS::Elasticsearch::Domain
///
/// CloudFormation type `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Domain {
    props: ::forma_core::schema::Props,
}
impl Domain {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessPolicies`.
    #[track_caller]
    pub fn access_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AdvancedOptions`.
    #[track_caller]
    pub fn advanced_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AdvancedSecurityOptions`.
    #[track_caller]
    pub fn advanced_security_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdvancedSecurityOptionsInput>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CognitoOptions`.
    #[track_caller]
    pub fn cognito_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<CognitoOptions>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainEndpointOptions`.
    #[track_caller]
    pub fn domain_endpoint_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DomainEndpointOptions>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EBSOptions`.
    #[track_caller]
    pub fn ebs_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<EbsOptions>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ElasticsearchClusterConfig`.
    #[track_caller]
    pub fn elasticsearch_cluster_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElasticsearchClusterConfig>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ElasticsearchVersion`.
    #[track_caller]
    pub fn elasticsearch_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionAtRestOptions`.
    #[track_caller]
    pub fn encryption_at_rest_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionAtRestOptions>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogPublishingOptions`.
    #[track_caller]
    pub fn log_publishing_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NodeToNodeEncryptionOptions`.
    #[track_caller]
    pub fn node_to_node_encryption_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NodeToNodeEncryptionOptions>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SnapshotOptions`.
    #[track_caller]
    pub fn snapshot_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SnapshotOptions>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VPCOptions`.
    #[track_caller]
    pub fn vpc_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcOptions>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Domain {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Domain {
    type Attributes = DomainAttributes;
    fn type_name(&self) -> &str {
        "AWS::Elasticsearch::Domain"
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
/// The attributes of a `AWS::Elasticsearch::Domain` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DomainAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DomainAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DomainAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `DomainArn`.
    pub fn domain_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainArn")
    }
    /// `Fn::GetAtt` `DomainEndpoint`.
    pub fn domain_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainEndpoint")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `AdvancedSecurityOptionsInput` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedSecurityOptionsInput {
    props: ::forma_core::schema::Props,
}
impl AdvancedSecurityOptionsInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AnonymousAuthEnabled`.
    pub fn anonymous_auth_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `InternalUserDatabaseEnabled`.
    pub fn internal_user_database_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `MasterUserOptions`.
    pub fn master_user_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MasterUserOptions>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdvancedSecurityOptionsInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdvancedSecurityOptionsInput> for ::forma_core::Value<AdvancedSecurityOptionsInput> {
    fn from(v: AdvancedSecurityOptionsInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_SECURITY_OPTIONS_INPUT_TYPE.properties))
    }
}

/// The `CognitoOptions` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct CognitoOptions {
    props: ::forma_core::schema::Props,
}
impl CognitoOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IdentityPoolId`.
    pub fn identity_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RoleArn`.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UserPoolId`.
    pub fn user_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CognitoOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CognitoOptions> for ::forma_core::Value<CognitoOptions> {
    fn from(v: CognitoOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COGNITO_OPTIONS_TYPE.properties))
    }
}

/// The `DomainEndpointOptions` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainEndpointOptions {
    props: ::forma_core::schema::Props,
}
impl DomainEndpointOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomEndpoint`.
    pub fn custom_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CustomEndpointCertificateArn`.
    pub fn custom_endpoint_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CustomEndpointEnabled`.
    pub fn custom_endpoint_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EnforceHTTPS`.
    pub fn enforce_https(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TLSSecurityPolicy`.
    pub fn tls_security_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DomainEndpointOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DomainEndpointOptions> for ::forma_core::Value<DomainEndpointOptions> {
    fn from(v: DomainEndpointOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOMAIN_ENDPOINT_OPTIONS_TYPE.properties))
    }
}

/// The `EBSOptions` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsOptions {
    props: ::forma_core::schema::Props,
}
impl EbsOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EBSEnabled`.
    pub fn ebs_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Iops`.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VolumeSize`.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `VolumeType`.
    pub fn volume_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EbsOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EbsOptions> for ::forma_core::Value<EbsOptions> {
    fn from(v: EbsOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_OPTIONS_TYPE.properties))
    }
}

/// The `ElasticsearchClusterConfig` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticsearchClusterConfig {
    props: ::forma_core::schema::Props,
}
impl ElasticsearchClusterConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ColdStorageOptions`.
    pub fn cold_storage_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ColdStorageOptions>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DedicatedMasterCount`.
    pub fn dedicated_master_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DedicatedMasterEnabled`.
    pub fn dedicated_master_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DedicatedMasterType`.
    pub fn dedicated_master_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `InstanceCount`.
    pub fn instance_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `WarmCount`.
    pub fn warm_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `WarmEnabled`.
    pub fn warm_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `WarmType`.
    pub fn warm_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ZoneAwarenessConfig`.
    pub fn zone_awareness_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ZoneAwarenessConfig>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `ZoneAwarenessEnabled`.
    pub fn zone_awareness_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ElasticsearchClusterConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ElasticsearchClusterConfig> for ::forma_core::Value<ElasticsearchClusterConfig> {
    fn from(v: ElasticsearchClusterConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTICSEARCH_CLUSTER_CONFIG_TYPE.properties))
    }
}

/// The `EncryptionAtRestOptions` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionAtRestOptions {
    props: ::forma_core::schema::Props,
}
impl EncryptionAtRestOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `KmsKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionAtRestOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionAtRestOptions> for ::forma_core::Value<EncryptionAtRestOptions> {
    fn from(v: EncryptionAtRestOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_AT_REST_OPTIONS_TYPE.properties))
    }
}

/// The `LogPublishingOption` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogPublishingOption {
    props: ::forma_core::schema::Props,
}
impl LogPublishingOption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchLogsLogGroupArn`.
    pub fn cloud_watch_logs_log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogPublishingOption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogPublishingOption> for ::forma_core::Value<LogPublishingOption> {
    fn from(v: LogPublishingOption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_PUBLISHING_OPTION_TYPE.properties))
    }
}

/// The `NodeToNodeEncryptionOptions` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeToNodeEncryptionOptions {
    props: ::forma_core::schema::Props,
}
impl NodeToNodeEncryptionOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NodeToNodeEncryptionOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeToNodeEncryptionOptions> for ::forma_core::Value<NodeToNodeEncryptionOptions> {
    fn from(v: NodeToNodeEncryptionOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_TO_NODE_ENCRYPTION_OPTIONS_TYPE.properties))
    }
}

/// The `SnapshotOptions` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotOptions {
    props: ::forma_core::schema::Props,
}
impl SnapshotOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AutomatedSnapshotStartHour`.
    pub fn automated_snapshot_start_hour(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SnapshotOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SnapshotOptions> for ::forma_core::Value<SnapshotOptions> {
    fn from(v: SnapshotOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNAPSHOT_OPTIONS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Elasticsearch::Domain`.
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

/// The `VPCOptions` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcOptions {
    props: ::forma_core::schema::Props,
}
impl VpcOptions {
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
    /// `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcOptions> for ::forma_core::Value<VpcOptions> {
    fn from(v: VpcOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_OPTIONS_TYPE.properties))
    }
}

/// The `MasterUserOptions` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct MasterUserOptions {
    props: ::forma_core::schema::Props,
}
impl MasterUserOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MasterUserARN`.
    pub fn master_user_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MasterUserName`.
    pub fn master_user_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MasterUserPassword`.
    pub fn master_user_password(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MasterUserOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MasterUserOptions> for ::forma_core::Value<MasterUserOptions> {
    fn from(v: MasterUserOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MASTER_USER_OPTIONS_TYPE.properties))
    }
}

/// The `ColdStorageOptions` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColdStorageOptions {
    props: ::forma_core::schema::Props,
}
impl ColdStorageOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Enabled`.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColdStorageOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColdStorageOptions> for ::forma_core::Value<ColdStorageOptions> {
    fn from(v: ColdStorageOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLD_STORAGE_OPTIONS_TYPE.properties))
    }
}

/// The `ZoneAwarenessConfig` property type of `AWS::Elasticsearch::Domain`.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneAwarenessConfig {
    props: ::forma_core::schema::Props,
}
impl ZoneAwarenessConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AvailabilityZoneCount`.
    pub fn availability_zone_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ZoneAwarenessConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ZoneAwarenessConfig> for ::forma_core::Value<ZoneAwarenessConfig> {
    fn from(v: ZoneAwarenessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZONE_AWARENESS_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Elasticsearch::Domain`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Elasticsearch::Domain",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPolicies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "AdvancedOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "AdvancedSecurityOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADVANCED_SECURITY_OPTIONS_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CognitoOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COGNITO_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DomainEndpointOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOMAIN_ENDPOINT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EBSOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EBS_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ElasticsearchClusterConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ELASTICSEARCH_CLUSTER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ElasticsearchVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionAtRestOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_AT_REST_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogPublishingOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&LOG_PUBLISHING_OPTION_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "NodeToNodeEncryptionOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NODE_TO_NODE_ENCRYPTION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SnapshotOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNAPSHOT_OPTIONS_TYPE),
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
            name: "VPCOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_OPTIONS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id", "DomainArn", "DomainEndpoint", "Arn"],
};

static ADVANCED_SECURITY_OPTIONS_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.AdvancedSecurityOptionsInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnonymousAuthEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InternalUserDatabaseEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MasterUserOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MASTER_USER_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static COGNITO_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.CognitoOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IdentityPoolId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DOMAIN_ENDPOINT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.DomainEndpointOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomEndpointCertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomEndpointEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnforceHTTPS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TLSSecurityPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EBS_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.EBSOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "EBSEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Iops",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ELASTICSEARCH_CLUSTER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.ElasticsearchClusterConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColdStorageOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLD_STORAGE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DedicatedMasterCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DedicatedMasterEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DedicatedMasterType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WarmCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "WarmEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "WarmType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ZoneAwarenessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ZONE_AWARENESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ZoneAwarenessEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static ENCRYPTION_AT_REST_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.EncryptionAtRestOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOG_PUBLISHING_OPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.LogPublishingOption",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogsLogGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static NODE_TO_NODE_ENCRYPTION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.NodeToNodeEncryptionOptions",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static SNAPSHOT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.SnapshotOptions",
    properties: &[::forma_core::schema::Property {
        name: "AutomatedSnapshotStartHour",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.Tag",
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

static VPC_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.VPCOptions",
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
            name: "SubnetIds",
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

static MASTER_USER_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.MasterUserOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "MasterUserARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MasterUserName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MasterUserPassword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COLD_STORAGE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.ColdStorageOptions",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static ZONE_AWARENESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Elasticsearch::Domain.ZoneAwarenessConfig",
    properties: &[::forma_core::schema::Property {
        name: "AvailabilityZoneCount",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};
