// @generated from AWS::EKS::Cluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EKS::Cluster` and its property types.

/// An object representing an Amazon EKS cluster.
///
/// CloudFormation type `AWS::EKS::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    props: ::forma_core::schema::Props,
}
impl Cluster {
    /// A new resource with its required properties: `ResourcesVpcConfig`, `RoleArn`.
    #[track_caller]
    pub fn new(
        resources_vpc_config: impl ::std::convert::Into<::forma_core::Value<ResourcesVpcConfig>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(17, resources_vpc_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(18, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An object representing the Access Config to use for the cluster.
    #[track_caller]
    pub fn access_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<AccessConfig>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the certificate authority to activate as the cluster's signing CA.
    #[track_caller]
    pub fn active_certificate_authority_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Set this value to false to avoid creating the default networking add-ons when the cluster is created.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bootstrap_self_managed_addons(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The certificate authority information for the cluster, including the trust bundle and the currently active signing certificate authority.
    #[track_caller]
    pub fn certificate_authority(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CertificateAuthority>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Todo: add description
    #[track_caller]
    pub fn compute_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComputeConfig>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for provisioned control plane scaling.
    #[track_caller]
    pub fn control_plane_scaling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ControlPlaneScalingConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Set this value to true to enable deletion protection for the cluster.
    #[track_caller]
    pub fn deletion_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionConfig`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EncryptionConfig>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Force cluster version update
    #[track_caller]
    pub fn force(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for the Kubernetes API server on an Amazon EKS cluster.
    #[track_caller]
    pub fn kube_api_server_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KubeApiServerConfig>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for the Kubernetes controller manager on an Amazon EKS cluster.
    #[track_caller]
    pub fn kube_controller_manager_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KubeControllerManagerConfig>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for the Kubernetes scheduler on an Amazon EKS cluster.
    #[track_caller]
    pub fn kube_scheduler_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KubeSchedulerConfig>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Kubernetes network configuration for the cluster.
    #[track_caller]
    pub fn kubernetes_network_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KubernetesNetworkConfig>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enable exporting the Kubernetes control plane logs for your cluster to CloudWatch Logs based on log types.
    #[track_caller]
    pub fn logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<Logging>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique name to give to your cluster.
    ///
    /// Allowed: length 1 to 100.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object representing the Outpost configuration to use for AWS EKS outpost cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn outpost_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<OutpostConfig>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration fields for specifying on-premises node and pod CIDRs that are external to the VPC passed during cluster creation.
    #[track_caller]
    pub fn remote_network_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RemoteNetworkConfig>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The rollback configuration to use for the cluster version rollback.
    #[track_caller]
    pub fn rollback_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<RollbackConfig>>) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Todo: add description
    #[track_caller]
    pub fn storage_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<StorageConfig>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object representing the Upgrade Policy to use for the cluster.
    #[track_caller]
    pub fn upgrade_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<UpgradePolicy>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The desired Kubernetes version for your cluster.
    #[track_caller]
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The current zonal shift configuration to use for the cluster.
    #[track_caller]
    pub fn zonal_shift_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ZonalShiftConfig>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Cluster {
    type Attributes = ClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::EKS::Cluster"
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
/// The attributes of a `AWS::EKS::Cluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClusterAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
    /// `Fn::GetAtt` `CertificateAuthorityData`.
    pub fn certificate_authority_data(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateAuthorityData")
    }
    /// `Fn::GetAtt` `CertificateAuthority.Data`.
    pub fn certificate_authority_data_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateAuthority.Data")
    }
    /// `Fn::GetAtt` `CertificateAuthority.Active.Id`.
    pub fn certificate_authority_active_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateAuthority.Active.Id")
    }
    /// `Fn::GetAtt` `CertificateAuthority.Active.ActivatedBy`.
    pub fn certificate_authority_active_activated_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateAuthority.Active.ActivatedBy")
    }
    /// `Fn::GetAtt` `ClusterSecurityGroupId`.
    pub fn cluster_security_group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterSecurityGroupId")
    }
    /// `Fn::GetAtt` `EncryptionConfigKeyArn`.
    pub fn encryption_config_key_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EncryptionConfigKeyArn")
    }
    /// `Fn::GetAtt` `OpenIdConnectIssuerUrl`.
    pub fn open_id_connect_issuer_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OpenIdConnectIssuerUrl")
    }
    /// `Fn::GetAtt` `KubernetesNetworkConfig.ServiceIpv6Cidr`.
    pub fn kubernetes_network_config_service_ipv6_cidr(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KubernetesNetworkConfig.ServiceIpv6Cidr")
    }
}

/// The values CloudFormation documents: `CONFIG_MAP`, `API_AND_CONFIG_MAP`, `API`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationMode {
    /// `CONFIG_MAP`
    ConfigMap,
    /// `API_AND_CONFIG_MAP`
    ApiAndConfigMap,
    /// `API`
    Api,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConfigMap => "CONFIG_MAP",
            Self::ApiAndConfigMap => "API_AND_CONFIG_MAP",
            Self::Api => "API",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONFIG_MAP", "API_AND_CONFIG_MAP", "API"]
    }
}
impl ::std::convert::From<AuthenticationMode> for ::forma_core::Value<AuthenticationMode> {
    fn from(v: AuthenticationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationMode {}

/// An object representing the Access Config to use for the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessConfig {
    props: ::forma_core::schema::Props,
}
impl AccessConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specify the authentication mode that should be used to create your cluster.
    pub fn authentication_mode(mut self, value: impl ::forma_core::schema::EnumArg<AuthenticationMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Set this value to false to avoid creating a default cluster admin Access Entry using the IAM principal used to create the cluster.
    pub fn bootstrap_cluster_creator_admin_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessConfig> for ::forma_core::Value<AccessConfig> {
    fn from(v: AccessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONFIG_TYPE.properties))
    }
}

/// The certificate authority information for the cluster, including the trust bundle and the currently active signing certificate authority.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateAuthority {
    props: ::forma_core::schema::Props,
}
impl CertificateAuthority {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Identifies the certificate authority currently signing certificates for the cluster.
    pub fn active(mut self, value: impl ::std::convert::Into<::forma_core::Value<ActiveCertificateAuthority>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The base64-encoded certificate-authority trust bundle for the cluster (all trusted CAs).
    pub fn data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CertificateAuthority {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CertificateAuthority> for ::forma_core::Value<CertificateAuthority> {
    fn from(v: CertificateAuthority) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_AUTHORITY_TYPE.properties))
    }
}

/// Todo: add description
#[derive(Debug, Clone, PartialEq)]
pub struct ComputeConfig {
    props: ::forma_core::schema::Props,
}
impl ComputeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Todo: add description
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Todo: add description
    pub fn node_pools(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Todo: add description
    pub fn node_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComputeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComputeConfig> for ::forma_core::Value<ComputeConfig> {
    fn from(v: ComputeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPUTE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `standard`, `tier-xl`, `tier-2xl`, `tier-4xl`, `tier-8xl`, `tier-ultra`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tier {
    /// `standard`
    Standard,
    /// `tier-xl`
    TierXl,
    /// `tier-2xl`
    Tier2xl,
    /// `tier-4xl`
    Tier4xl,
    /// `tier-8xl`
    Tier8xl,
    /// `tier-ultra`
    TierUltra,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::TierXl => "tier-xl",
            Self::Tier2xl => "tier-2xl",
            Self::Tier4xl => "tier-4xl",
            Self::Tier8xl => "tier-8xl",
            Self::TierUltra => "tier-ultra",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["standard", "tier-xl", "tier-2xl", "tier-4xl", "tier-8xl", "tier-ultra"]
    }
}
impl ::std::convert::From<Tier> for ::forma_core::Value<Tier> {
    fn from(v: Tier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tier {}

/// Configuration for provisioned control plane scaling.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlPlaneScalingConfig {
    props: ::forma_core::schema::Props,
}
impl ControlPlaneScalingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The scaling tier for the provisioned control plane.
    pub fn tier(mut self, value: impl ::forma_core::schema::EnumArg<Tier>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ControlPlaneScalingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ControlPlaneScalingConfig> for ::forma_core::Value<ControlPlaneScalingConfig> {
    fn from(v: ControlPlaneScalingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTROL_PLANE_SCALING_CONFIG_TYPE.properties))
    }
}

/// The encryption configuration for the cluster
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfig {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The encryption provider for the cluster.
    pub fn provider(mut self, value: impl ::std::convert::Into<::forma_core::Value<Provider>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the resources to be encrypted.
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionConfig> for ::forma_core::Value<EncryptionConfig> {
    fn from(v: EncryptionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIG_TYPE.properties))
    }
}

/// The configuration for the Kubernetes API server on an Amazon EKS cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct KubeApiServerConfig {
    props: ::forma_core::schema::Props,
}
impl KubeApiServerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The duration that Kubernetes events are retained (e.g., 30m, 1h).
    pub fn event_ttl(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The port range for Kubernetes NodePort services.
    pub fn service_node_port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceNodePortRange>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KubeApiServerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KubeApiServerConfig> for ::forma_core::Value<KubeApiServerConfig> {
    fn from(v: KubeApiServerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KUBE_API_SERVER_CONFIG_TYPE.properties))
    }
}

/// The configuration for the Kubernetes controller manager on an Amazon EKS cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct KubeControllerManagerConfig {
    props: ::forma_core::schema::Props,
}
impl KubeControllerManagerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The horizontal pod autoscaler controller configuration.
    pub fn horizontal_pod_autoscaler_controller_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HorizontalPodAutoscalerControllerConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The pod garbage collector controller configuration.
    pub fn pod_gc_controller_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PodGcControllerConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KubeControllerManagerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KubeControllerManagerConfig> for ::forma_core::Value<KubeControllerManagerConfig> {
    fn from(v: KubeControllerManagerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KUBE_CONTROLLER_MANAGER_CONFIG_TYPE.properties))
    }
}

/// The configuration for the Kubernetes scheduler on an Amazon EKS cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct KubeSchedulerConfig {
    props: ::forma_core::schema::Props,
}
impl KubeSchedulerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The NodeResourcesFit plugin configuration for the Kubernetes scheduler.
    pub fn node_resources_fit(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NodeResourcesFitConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KubeSchedulerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KubeSchedulerConfig> for ::forma_core::Value<KubeSchedulerConfig> {
    fn from(v: KubeSchedulerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KUBE_SCHEDULER_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ipv4`, `ipv6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpFamily {
    /// `ipv4`
    Ipv4,
    /// `ipv6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpFamily {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Ipv6 => "ipv6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipv4", "ipv6"]
    }
}
impl ::std::convert::From<IpFamily> for ::forma_core::Value<IpFamily> {
    fn from(v: IpFamily) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpFamily {}

/// The Kubernetes network configuration for the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct KubernetesNetworkConfig {
    props: ::forma_core::schema::Props,
}
impl KubernetesNetworkConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Todo: add description
    pub fn elastic_load_balancing(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElasticLoadBalancing>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Ipv4 or Ipv6.
    pub fn ip_family(mut self, value: impl ::forma_core::schema::EnumArg<IpFamily>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The CIDR block to assign Kubernetes service IP addresses from.
    pub fn service_ipv4_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The CIDR block to assign Kubernetes service IP addresses from.
    pub fn service_ipv6_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for KubernetesNetworkConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<KubernetesNetworkConfig> for ::forma_core::Value<KubernetesNetworkConfig> {
    fn from(v: KubernetesNetworkConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KUBERNETES_NETWORK_CONFIG_TYPE.properties))
    }
}

/// Enable exporting the Kubernetes control plane logs for your cluster to CloudWatch Logs based on log types.
#[derive(Debug, Clone, PartialEq)]
pub struct Logging {
    props: ::forma_core::schema::Props,
}
impl Logging {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The cluster control plane logging configuration for your cluster.
    pub fn cluster_logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<ClusterLogging>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Logging {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Logging> for ::forma_core::Value<Logging> {
    fn from(v: Logging) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_TYPE.properties))
    }
}

/// An object representing the Outpost configuration to use for AWS EKS outpost cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct OutpostConfig {
    props: ::forma_core::schema::Props,
}
impl OutpostConfig {
    /// A new value with its required properties: `ControlPlaneInstanceType`, `OutpostArns`.
    pub fn new(
        control_plane_instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        outpost_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, control_plane_instance_type.into().into_expr());
        props.set(4, outpost_arns.into().into_expr());
        Self { props }
    }
    /// An object representing the placement configuration for all the control plane instances of your local Amazon EKS cluster on an AWS Outpost.
    pub fn control_plane_placement(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ControlPlanePlacement>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The EC2 instance type for etcd instances of your local Amazon EKS cluster on AWS Outposts.
    pub fn etcd_instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// An object representing the placement configuration for the etcd instances of your local Amazon EKS cluster on an AWS Outpost.
    pub fn etcd_placement(mut self, value: impl ::std::convert::Into<::forma_core::Value<EtcdPlacement>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OutpostConfig> for ::forma_core::Value<OutpostConfig> {
    fn from(v: OutpostConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPOST_CONFIG_TYPE.properties))
    }
}

/// Configuration fields for specifying on-premises node and pod CIDRs that are external to the VPC passed during cluster creation.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteNetworkConfig {
    props: ::forma_core::schema::Props,
}
impl RemoteNetworkConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Network configuration of nodes run on-premises with EKS Hybrid Nodes.
    pub fn remote_node_networks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RemoteNodeNetwork>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Network configuration of pods run on-premises with EKS Hybrid Nodes.
    pub fn remote_pod_networks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RemotePodNetwork>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RemoteNetworkConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RemoteNetworkConfig> for ::forma_core::Value<RemoteNetworkConfig> {
    fn from(v: RemoteNetworkConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REMOTE_NETWORK_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_MANAGED`, `CUSTOMER_ISOLATED`, `CUSTOMER_ROUTED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ControlPlaneEgressMode {
    /// `AWS_MANAGED`
    AwsManaged,
    /// `CUSTOMER_ISOLATED`
    CustomerIsolated,
    /// `CUSTOMER_ROUTED`
    CustomerRouted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ControlPlaneEgressMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsManaged => "AWS_MANAGED",
            Self::CustomerIsolated => "CUSTOMER_ISOLATED",
            Self::CustomerRouted => "CUSTOMER_ROUTED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_MANAGED", "CUSTOMER_ISOLATED", "CUSTOMER_ROUTED"]
    }
}
impl ::std::convert::From<ControlPlaneEgressMode> for ::forma_core::Value<ControlPlaneEgressMode> {
    fn from(v: ControlPlaneEgressMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ControlPlaneEgressMode {}

/// An object representing the VPC configuration to use for an Amazon EKS cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcesVpcConfig {
    props: ::forma_core::schema::Props,
}
impl ResourcesVpcConfig {
    /// A new value with its required properties: `SubnetIds`.
    pub fn new(
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, subnet_ids.into().into_expr());
        Self { props }
    }
    /// Specify the egress mode for the cluster control plane.
    pub fn control_plane_egress_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ControlPlaneEgressMode>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Set this value to true to enable private access for your cluster's Kubernetes API server endpoint.
    pub fn endpoint_private_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Set this value to false to disable public access to your cluster's Kubernetes API server endpoint.
    pub fn endpoint_public_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The CIDR blocks that are allowed access to your cluster's public Kubernetes API server endpoint.
    pub fn public_access_cidrs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Specify one or more security groups for the cross-account elastic network interfaces that Amazon EKS creates to use to allow communication between your worker nodes and the Kubernetes control plane.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResourcesVpcConfig> for ::forma_core::Value<ResourcesVpcConfig> {
    fn from(v: ResourcesVpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCES_VPC_CONFIG_TYPE.properties))
    }
}

/// The rollback configuration to use for the cluster version rollback.
#[derive(Debug, Clone, PartialEq)]
pub struct RollbackConfig {
    props: ::forma_core::schema::Props,
}
impl RollbackConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The timeout in minutes for the version rollback operation.
    ///
    /// Allowed: 120 to 10080.
    pub fn timeout_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RollbackConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RollbackConfig> for ::forma_core::Value<RollbackConfig> {
    fn from(v: RollbackConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROLLBACK_CONFIG_TYPE.properties))
    }
}

/// Todo: add description
#[derive(Debug, Clone, PartialEq)]
pub struct StorageConfig {
    props: ::forma_core::schema::Props,
}
impl StorageConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Todo: add description
    pub fn block_storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<BlockStorage>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StorageConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StorageConfig> for ::forma_core::Value<StorageConfig> {
    fn from(v: StorageConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_CONFIG_TYPE.properties))
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

/// The values CloudFormation documents: `STANDARD`, `EXTENDED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SupportType {
    /// `STANDARD`
    Standard,
    /// `EXTENDED`
    Extended,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SupportType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Extended => "EXTENDED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "EXTENDED"]
    }
}
impl ::std::convert::From<SupportType> for ::forma_core::Value<SupportType> {
    fn from(v: SupportType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SupportType {}

/// An object representing the Upgrade Policy to use for the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct UpgradePolicy {
    props: ::forma_core::schema::Props,
}
impl UpgradePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specify the support type for your cluster.
    pub fn support_type(mut self, value: impl ::forma_core::schema::EnumArg<SupportType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for UpgradePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UpgradePolicy> for ::forma_core::Value<UpgradePolicy> {
    fn from(v: UpgradePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPGRADE_POLICY_TYPE.properties))
    }
}

/// The current zonal shift configuration to use for the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ZonalShiftConfig {
    props: ::forma_core::schema::Props,
}
impl ZonalShiftConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Set this value to true to enable zonal shift for the cluster.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ZonalShiftConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ZonalShiftConfig> for ::forma_core::Value<ZonalShiftConfig> {
    fn from(v: ZonalShiftConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ZONAL_SHIFT_CONFIG_TYPE.properties))
    }
}

/// Identifies the certificate authority currently signing certificates for the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ActiveCertificateAuthority {
    props: ::forma_core::schema::Props,
}
impl ActiveCertificateAuthority {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the active certificate authority was activated by EKS or by the customer.
    pub fn activated_by(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the active (signing) certificate authority.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ActiveCertificateAuthority {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ActiveCertificateAuthority> for ::forma_core::Value<ActiveCertificateAuthority> {
    fn from(v: ActiveCertificateAuthority) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTIVE_CERTIFICATE_AUTHORITY_TYPE.properties))
    }
}

/// The `Provider` property type of `AWS::EKS::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    props: ::forma_core::schema::Props,
}
impl Provider {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Amazon Resource Name (ARN) or alias of the KMS key.
    pub fn key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Provider {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Provider> for ::forma_core::Value<Provider> {
    fn from(v: Provider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVIDER_TYPE.properties))
    }
}

/// The port range for Kubernetes NodePort services.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceNodePortRange {
    props: ::forma_core::schema::Props,
}
impl ServiceNodePortRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum port number in the range.
    pub fn max_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum port number in the range.
    pub fn min_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceNodePortRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceNodePortRange> for ::forma_core::Value<ServiceNodePortRange> {
    fn from(v: ServiceNodePortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_NODE_PORT_RANGE_TYPE.properties))
    }
}

/// The horizontal pod autoscaler controller configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct HorizontalPodAutoscalerControllerConfig {
    props: ::forma_core::schema::Props,
}
impl HorizontalPodAutoscalerControllerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The interval between each sync of the horizontal pod autoscaler (e.g., 15s, 1m).
    pub fn horizontal_pod_autoscaler_sync_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HorizontalPodAutoscalerControllerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HorizontalPodAutoscalerControllerConfig>
    for ::forma_core::Value<HorizontalPodAutoscalerControllerConfig>
{
    fn from(v: HorizontalPodAutoscalerControllerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HORIZONTAL_POD_AUTOSCALER_CONTROLLER_CONFIG_TYPE.properties))
    }
}

/// The pod garbage collector controller configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct PodGcControllerConfig {
    props: ::forma_core::schema::Props,
}
impl PodGcControllerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of terminated pods that can exist before the terminated pod garbage collector starts deleting them.
    ///
    /// Allowed: 1 to 1000000.
    pub fn terminated_pod_gc_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PodGcControllerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PodGcControllerConfig> for ::forma_core::Value<PodGcControllerConfig> {
    fn from(v: PodGcControllerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POD_GC_CONTROLLER_CONFIG_TYPE.properties))
    }
}

/// The NodeResourcesFit plugin configuration for the Kubernetes scheduler.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeResourcesFitConfig {
    props: ::forma_core::schema::Props,
}
impl NodeResourcesFitConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The scoring strategy configuration for the NodeResourcesFit scheduler plugin.
    pub fn scoring_strategy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScoringStrategy>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NodeResourcesFitConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeResourcesFitConfig> for ::forma_core::Value<NodeResourcesFitConfig> {
    fn from(v: NodeResourcesFitConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_RESOURCES_FIT_CONFIG_TYPE.properties))
    }
}

/// Todo: add description
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticLoadBalancing {
    props: ::forma_core::schema::Props,
}
impl ElasticLoadBalancing {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Todo: add description
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ElasticLoadBalancing {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ElasticLoadBalancing> for ::forma_core::Value<ElasticLoadBalancing> {
    fn from(v: ElasticLoadBalancing) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTIC_LOAD_BALANCING_TYPE.properties))
    }
}

/// The cluster control plane logging configuration for your cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterLogging {
    props: ::forma_core::schema::Props,
}
impl ClusterLogging {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enable control plane logs for your cluster, all log types will be disabled if the array is empty
    pub fn enabled_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LoggingTypeConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClusterLogging {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClusterLogging> for ::forma_core::Value<ClusterLogging> {
    fn from(v: ClusterLogging) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_LOGGING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `host`, `rack`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpreadLevel {
    /// `host`
    Host,
    /// `rack`
    Rack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SpreadLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::Rack => "rack",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["host", "rack"]
    }
}
impl ::std::convert::From<SpreadLevel> for ::forma_core::Value<SpreadLevel> {
    fn from(v: SpreadLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SpreadLevel {}

/// The placement configuration for all the control plane instances of your local Amazon EKS cluster on an AWS Outpost.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlPlanePlacement {
    props: ::forma_core::schema::Props,
}
impl ControlPlanePlacement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the placement group for the Kubernetes control plane instances.
    pub fn group_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Optional parameter to specify the placement group spread level for control plane instances.
    pub fn spread_level(mut self, value: impl ::forma_core::schema::EnumArg<SpreadLevel>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ControlPlanePlacement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ControlPlanePlacement> for ::forma_core::Value<ControlPlanePlacement> {
    fn from(v: ControlPlanePlacement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTROL_PLANE_PLACEMENT_TYPE.properties))
    }
}

/// The placement configuration for the etcd instances of your local Amazon EKS cluster on an AWS Outpost.
#[derive(Debug, Clone, PartialEq)]
pub struct EtcdPlacement {
    props: ::forma_core::schema::Props,
}
impl EtcdPlacement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Optional parameter to specify the placement group spread level for etcd instances.
    pub fn spread_level(mut self, value: impl ::forma_core::schema::EnumArg<SpreadLevel>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EtcdPlacement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EtcdPlacement> for ::forma_core::Value<EtcdPlacement> {
    fn from(v: EtcdPlacement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ETCD_PLACEMENT_TYPE.properties))
    }
}

/// Network configuration of nodes run on-premises with EKS Hybrid Nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteNodeNetwork {
    props: ::forma_core::schema::Props,
}
impl RemoteNodeNetwork {
    /// A new value with its required properties: `Cidrs`.
    pub fn new(cidrs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cidrs.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RemoteNodeNetwork> for ::forma_core::Value<RemoteNodeNetwork> {
    fn from(v: RemoteNodeNetwork) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REMOTE_NODE_NETWORK_TYPE.properties))
    }
}

/// Network configuration of pods run on-premises with EKS Hybrid Nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct RemotePodNetwork {
    props: ::forma_core::schema::Props,
}
impl RemotePodNetwork {
    /// A new value with its required properties: `Cidrs`.
    pub fn new(cidrs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cidrs.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RemotePodNetwork> for ::forma_core::Value<RemotePodNetwork> {
    fn from(v: RemotePodNetwork) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REMOTE_POD_NETWORK_TYPE.properties))
    }
}

/// Todo: add description
#[derive(Debug, Clone, PartialEq)]
pub struct BlockStorage {
    props: ::forma_core::schema::Props,
}
impl BlockStorage {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Todo: add description
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BlockStorage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BlockStorage> for ::forma_core::Value<BlockStorage> {
    fn from(v: BlockStorage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLOCK_STORAGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LeastAllocated`, `MostAllocated`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `LeastAllocated`
    LeastAllocated,
    /// `MostAllocated`
    MostAllocated,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LeastAllocated => "LeastAllocated",
            Self::MostAllocated => "MostAllocated",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LeastAllocated", "MostAllocated"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The scoring strategy configuration for the NodeResourcesFit scheduler plugin.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoringStrategy {
    props: ::forma_core::schema::Props,
}
impl ScoringStrategy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The resource weights used for scoring nodes.
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceWeight>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The scoring strategy type (LeastAllocated or MostAllocated).
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ScoringStrategy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScoringStrategy> for ::forma_core::Value<ScoringStrategy> {
    fn from(v: ScoringStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCORING_STRATEGY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `api`, `audit`, `authenticator`, `controllerManager`, `scheduler`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoggingTypeConfigType {
    /// `api`
    Api,
    /// `audit`
    Audit,
    /// `authenticator`
    Authenticator,
    /// `controllerManager`
    ControllerManager,
    /// `scheduler`
    Scheduler,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LoggingTypeConfigType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Api => "api",
            Self::Audit => "audit",
            Self::Authenticator => "authenticator",
            Self::ControllerManager => "controllerManager",
            Self::Scheduler => "scheduler",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["api", "audit", "authenticator", "controllerManager", "scheduler"]
    }
}
impl ::std::convert::From<LoggingTypeConfigType> for ::forma_core::Value<LoggingTypeConfigType> {
    fn from(v: LoggingTypeConfigType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LoggingTypeConfigType {}

/// Enabled Logging Type
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingTypeConfig {
    props: ::forma_core::schema::Props,
}
impl LoggingTypeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// name of the log type
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<LoggingTypeConfigType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for LoggingTypeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoggingTypeConfig> for ::forma_core::Value<LoggingTypeConfig> {
    fn from(v: LoggingTypeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_TYPE_CONFIG_TYPE.properties))
    }
}

/// A resource weight entry for the scheduler scoring strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceWeight {
    props: ::forma_core::schema::Props,
}
impl ResourceWeight {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the resource (for example, cpu or memory).
    ///
    /// Allowed: length 1 to 253.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The weight assigned to the resource for scoring.
    ///
    /// Allowed: 1 to 100.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceWeight {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceWeight> for ::forma_core::Value<ResourceWeight> {
    fn from(v: ResourceWeight) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_WEIGHT_TYPE.properties))
    }
}

/// The schema of `AWS::EKS::Cluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EKS::Cluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ActiveCertificateAuthorityId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BootstrapSelfManagedAddons",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CertificateAuthority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CERTIFICATE_AUTHORITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ComputeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPUTE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ControlPlaneScalingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTROL_PLANE_SCALING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeletionProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Force",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KubeApiServerConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KUBE_API_SERVER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KubeControllerManagerConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KUBE_CONTROLLER_MANAGER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KubeSchedulerConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KUBE_SCHEDULER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KubernetesNetworkConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KUBERNETES_NETWORK_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Logging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z][A-Za-z0-9\\-_]*"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutpostConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&OUTPOST_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RemoteNetworkConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REMOTE_NETWORK_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourcesVpcConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCES_VPC_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RollbackConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROLLBACK_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_CONFIG_TYPE),
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
            name: "UpgradePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPGRADE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("1\\.\\d\\d"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ZonalShiftConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ZONAL_SHIFT_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Id",
        "Arn",
        "Endpoint",
        "CertificateAuthorityData",
        "CertificateAuthority.Data",
        "CertificateAuthority.Active.Id",
        "CertificateAuthority.Active.ActivatedBy",
        "ClusterSecurityGroupId",
        "EncryptionConfigKeyArn",
        "OpenIdConnectIssuerUrl",
        "KubernetesNetworkConfig.ServiceIpv6Cidr",
    ],
};

static ACCESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.AccessConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CONFIG_MAP", "API_AND_CONFIG_MAP", "API"]),
        },
        ::forma_core::schema::Property {
            name: "BootstrapClusterCreatorAdminPermissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CERTIFICATE_AUTHORITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.CertificateAuthority",
    properties: &[
        ::forma_core::schema::Property {
            name: "Active",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTIVE_CERTIFICATE_AUTHORITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Data",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COMPUTE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ComputeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NodePools",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NodeRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CONTROL_PLANE_SCALING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ControlPlaneScalingConfig",
    properties: &[::forma_core::schema::Property {
        name: "Tier",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&[
            "standard",
            "tier-xl",
            "tier-2xl",
            "tier-4xl",
            "tier-8xl",
            "tier-ultra",
        ]),
    }],
    rules: &[],
};

static ENCRYPTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.EncryptionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Provider",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVIDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Resources",
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

static KUBE_API_SERVER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.KubeApiServerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventTtl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceNodePortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_NODE_PORT_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static KUBE_CONTROLLER_MANAGER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.KubeControllerManagerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "HorizontalPodAutoscalerControllerConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HORIZONTAL_POD_AUTOSCALER_CONTROLLER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PodGcControllerConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POD_GC_CONTROLLER_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static KUBE_SCHEDULER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.KubeSchedulerConfig",
    properties: &[::forma_core::schema::Property {
        name: "NodeResourcesFit",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&NODE_RESOURCES_FIT_CONFIG_TYPE),
    }],
    rules: &[],
};

static KUBERNETES_NETWORK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.KubernetesNetworkConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ElasticLoadBalancing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ELASTIC_LOAD_BALANCING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IpFamily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ipv4", "ipv6"]),
        },
        ::forma_core::schema::Property {
            name: "ServiceIpv4Cidr",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServiceIpv6Cidr",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOGGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.Logging",
    properties: &[::forma_core::schema::Property {
        name: "ClusterLogging",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLUSTER_LOGGING_TYPE),
    }],
    rules: &[],
};

static OUTPOST_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.OutpostConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ControlPlaneInstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ControlPlanePlacement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTROL_PLANE_PLACEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EtcdInstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EtcdPlacement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ETCD_PLACEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OutpostArns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static REMOTE_NETWORK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.RemoteNetworkConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "RemoteNodeNetworks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REMOTE_NODE_NETWORK_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RemotePodNetworks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REMOTE_POD_NETWORK_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static RESOURCES_VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ResourcesVpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ControlPlaneEgressMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_MANAGED", "CUSTOMER_ISOLATED", "CUSTOMER_ROUTED"]),
        },
        ::forma_core::schema::Property {
            name: "EndpointPrivateAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EndpointPublicAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PublicAccessCidrs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ROLLBACK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.RollbackConfig",
    properties: &[::forma_core::schema::Property {
        name: "TimeoutMinutes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(120.0),
            maximum: Some(10080.0),
        }),
    }],
    rules: &[],
};

static STORAGE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.StorageConfig",
    properties: &[::forma_core::schema::Property {
        name: "BlockStorage",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&BLOCK_STORAGE_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.Tag",
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

static UPGRADE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.UpgradePolicy",
    properties: &[::forma_core::schema::Property {
        name: "SupportType",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "EXTENDED"]),
    }],
    rules: &[],
};

static ZONAL_SHIFT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ZonalShiftConfig",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static ACTIVE_CERTIFICATE_AUTHORITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ActiveCertificateAuthority",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActivatedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.Provider",
    properties: &[::forma_core::schema::Property {
        name: "KeyArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SERVICE_NODE_PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ServiceNodePortRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinPort",
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

static HORIZONTAL_POD_AUTOSCALER_CONTROLLER_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EKS::Cluster.HorizontalPodAutoscalerControllerConfig",
        properties: &[::forma_core::schema::Property {
            name: "HorizontalPodAutoscalerSyncPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static POD_GC_CONTROLLER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.PodGcControllerConfig",
    properties: &[::forma_core::schema::Property {
        name: "TerminatedPodGcThreshold",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(1000000.0),
        }),
    }],
    rules: &[],
};

static NODE_RESOURCES_FIT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.NodeResourcesFitConfig",
    properties: &[::forma_core::schema::Property {
        name: "ScoringStrategy",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SCORING_STRATEGY_TYPE),
    }],
    rules: &[],
};

static ELASTIC_LOAD_BALANCING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ElasticLoadBalancing",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static CLUSTER_LOGGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ClusterLogging",
    properties: &[::forma_core::schema::Property {
        name: "EnabledTypes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&LOGGING_TYPE_CONFIG_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static CONTROL_PLANE_PLACEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ControlPlanePlacement",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SpreadLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["host", "rack"]),
        },
    ],
    rules: &[],
};

static ETCD_PLACEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.EtcdPlacement",
    properties: &[::forma_core::schema::Property {
        name: "SpreadLevel",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["host", "rack"]),
    }],
    rules: &[],
};

static REMOTE_NODE_NETWORK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.RemoteNodeNetwork",
    properties: &[::forma_core::schema::Property {
        name: "Cidrs",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static REMOTE_POD_NETWORK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.RemotePodNetwork",
    properties: &[::forma_core::schema::Property {
        name: "Cidrs",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static BLOCK_STORAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.BlockStorage",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static SCORING_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ScoringStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Resources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_WEIGHT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LeastAllocated", "MostAllocated"]),
        },
    ],
    rules: &[],
};

static LOGGING_TYPE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.LoggingTypeConfig",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["api", "audit", "authenticator", "controllerManager", "scheduler"]),
    }],
    rules: &[],
};

static RESOURCE_WEIGHT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EKS::Cluster.ResourceWeight",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(253),
            }),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};
