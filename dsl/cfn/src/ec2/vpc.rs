// @generated from AWS::EC2::VPC (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPC` and its property types.

/// Specifies a virtual private cloud (VPC).
///
/// CloudFormation type `AWS::EC2::VPC`.
#[derive(Debug, Clone, PartialEq)]
pub struct Vpc {
    props: ::forma_core::schema::Props,
}
impl Vpc {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IPv4 network range for the VPC, in CIDR notation.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cidr_block(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the instances launched in the VPC get DNS hostnames.
    #[track_caller]
    pub fn enable_dns_hostnames(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the DNS resolution is supported for the VPC.
    #[track_caller]
    pub fn enable_dns_support(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The allowed tenancy of instances launched into the VPC.
    #[track_caller]
    pub fn instance_tenancy(mut self, value: impl ::forma_core::schema::EnumArg<InstanceTenancy>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of an IPv4 IPAM pool you want to use for allocating this VPC's CIDR.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv4_ipam_pool_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The netmask length of the IPv4 CIDR you want to allocate to this VPC from an Amazon VPC IP Address Manager (IPAM) pool.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ipv4_netmask_length(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the VPC.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes the configuration and state of VPC encryption controls.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_encryption_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcEncryptionControl>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Vpc {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Vpc {
    type Attributes = VpcAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPC"
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
/// The attributes of a `AWS::EC2::VPC` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcAttributes {
    /// `Fn::GetAtt` `CidrBlockAssociations`.
    pub fn cidr_block_associations(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "CidrBlockAssociations")
    }
    /// `Fn::GetAtt` `DefaultNetworkAcl`.
    pub fn default_network_acl(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DefaultNetworkAcl")
    }
    /// `Fn::GetAtt` `DefaultSecurityGroup`.
    pub fn default_security_group(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DefaultSecurityGroup")
    }
    /// `Fn::GetAtt` `Ipv6CidrBlocks`.
    pub fn ipv6_cidr_blocks(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Ipv6CidrBlocks")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.VpcId`.
    pub fn vpc_encryption_control_vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.VpcId")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.VpcEncryptionControlId`.
    pub fn vpc_encryption_control_vpc_encryption_control_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.VpcEncryptionControlId")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.State`.
    pub fn vpc_encryption_control_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.StateMessage`.
    pub fn vpc_encryption_control_state_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions`.
    pub fn vpc_encryption_control_resource_exclusions(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.InternetGateway`.
    pub fn vpc_encryption_control_resource_exclusions_internet_gateway(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.InternetGateway")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.InternetGateway.State`.
    pub fn vpc_encryption_control_resource_exclusions_internet_gateway_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.InternetGateway.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage`.
    pub fn vpc_encryption_control_resource_exclusions_internet_gateway_state_message(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage",
        )
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway`.
    pub fn vpc_encryption_control_resource_exclusions_egress_only_internet_gateway(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State`.
    pub fn vpc_encryption_control_resource_exclusions_egress_only_internet_gateway_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State",
        )
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage`.
    pub fn vpc_encryption_control_resource_exclusions_egress_only_internet_gateway_state_message(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage",
        )
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.NatGateway`.
    pub fn vpc_encryption_control_resource_exclusions_nat_gateway(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.NatGateway")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.NatGateway.State`.
    pub fn vpc_encryption_control_resource_exclusions_nat_gateway_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.NatGateway.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage`.
    pub fn vpc_encryption_control_resource_exclusions_nat_gateway_state_message(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway`.
    pub fn vpc_encryption_control_resource_exclusions_virtual_private_gateway(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State`.
    pub fn vpc_encryption_control_resource_exclusions_virtual_private_gateway_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage`.
    pub fn vpc_encryption_control_resource_exclusions_virtual_private_gateway_state_message(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage",
        )
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VpcPeering`.
    pub fn vpc_encryption_control_resource_exclusions_vpc_peering(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.VpcPeering")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VpcPeering.State`.
    pub fn vpc_encryption_control_resource_exclusions_vpc_peering_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.VpcPeering.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage`.
    pub fn vpc_encryption_control_resource_exclusions_vpc_peering_state_message(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.Lambda`.
    pub fn vpc_encryption_control_resource_exclusions_lambda(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.Lambda")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.Lambda.State`.
    pub fn vpc_encryption_control_resource_exclusions_lambda_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.Lambda.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage`.
    pub fn vpc_encryption_control_resource_exclusions_lambda_state_message(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VpcLattice`.
    pub fn vpc_encryption_control_resource_exclusions_vpc_lattice(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.VpcLattice")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VpcLattice.State`.
    pub fn vpc_encryption_control_resource_exclusions_vpc_lattice_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.VpcLattice.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage`.
    pub fn vpc_encryption_control_resource_exclusions_vpc_lattice_state_message(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.ElasticFileSystem`.
    pub fn vpc_encryption_control_resource_exclusions_elastic_file_system(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State`.
    pub fn vpc_encryption_control_resource_exclusions_elastic_file_system_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage`.
    pub fn vpc_encryption_control_resource_exclusions_elastic_file_system_state_message(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage",
        )
    }
    /// `Fn::GetAtt` `CidrBlock`.
    pub fn cidr_block(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CidrBlock")
    }
    /// `Fn::GetAtt` `EnableDnsHostnames`.
    pub fn enable_dns_hostnames(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "EnableDnsHostnames")
    }
    /// `Fn::GetAtt` `EnableDnsSupport`.
    pub fn enable_dns_support(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "EnableDnsSupport")
    }
    /// `Fn::GetAtt` `InstanceTenancy`.
    pub fn instance_tenancy(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceTenancy")
    }
    /// `Fn::GetAtt` `Ipv4IpamPoolId`.
    pub fn ipv4_ipam_pool_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Ipv4IpamPoolId")
    }
    /// `Fn::GetAtt` `Ipv4NetmaskLength`.
    pub fn ipv4_netmask_length(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Ipv4NetmaskLength")
    }
    /// `Fn::GetAtt` `VpcEncryptionControl`.
    pub fn vpc_encryption_control(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControl")
    }
}

/// The values CloudFormation documents: `dedicated`, `default`, `host`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceTenancy {
    /// `dedicated`
    Dedicated,
    /// `default`
    Default,
    /// `host`
    Host,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceTenancy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dedicated => "dedicated",
            Self::Default => "default",
            Self::Host => "host",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["dedicated", "default", "host"]
    }
}
impl ::std::convert::From<InstanceTenancy> for ::forma_core::Value<InstanceTenancy> {
    fn from(v: InstanceTenancy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceTenancy {}

/// Specifies a tag.
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

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EgressOnlyInternetGatewayExclusion {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EgressOnlyInternetGatewayExclusion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "enable",
            Self::Disable => "disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enable", "disable"]
    }
}
impl ::std::convert::From<EgressOnlyInternetGatewayExclusion>
    for ::forma_core::Value<EgressOnlyInternetGatewayExclusion>
{
    fn from(v: EgressOnlyInternetGatewayExclusion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EgressOnlyInternetGatewayExclusion {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ElasticFileSystemExclusion {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ElasticFileSystemExclusion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "enable",
            Self::Disable => "disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enable", "disable"]
    }
}
impl ::std::convert::From<ElasticFileSystemExclusion> for ::forma_core::Value<ElasticFileSystemExclusion> {
    fn from(v: ElasticFileSystemExclusion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ElasticFileSystemExclusion {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InternetGatewayExclusion {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InternetGatewayExclusion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "enable",
            Self::Disable => "disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enable", "disable"]
    }
}
impl ::std::convert::From<InternetGatewayExclusion> for ::forma_core::Value<InternetGatewayExclusion> {
    fn from(v: InternetGatewayExclusion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InternetGatewayExclusion {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LambdaExclusion {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LambdaExclusion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "enable",
            Self::Disable => "disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enable", "disable"]
    }
}
impl ::std::convert::From<LambdaExclusion> for ::forma_core::Value<LambdaExclusion> {
    fn from(v: LambdaExclusion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LambdaExclusion {}

/// The values CloudFormation documents: `monitor`, `enforce`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `monitor`
    Monitor,
    /// `enforce`
    Enforce,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monitor => "monitor",
            Self::Enforce => "enforce",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["monitor", "enforce"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NatGatewayExclusion {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NatGatewayExclusion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "enable",
            Self::Disable => "disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enable", "disable"]
    }
}
impl ::std::convert::From<NatGatewayExclusion> for ::forma_core::Value<NatGatewayExclusion> {
    fn from(v: NatGatewayExclusion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NatGatewayExclusion {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VirtualPrivateGatewayExclusion {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VirtualPrivateGatewayExclusion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "enable",
            Self::Disable => "disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enable", "disable"]
    }
}
impl ::std::convert::From<VirtualPrivateGatewayExclusion> for ::forma_core::Value<VirtualPrivateGatewayExclusion> {
    fn from(v: VirtualPrivateGatewayExclusion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VirtualPrivateGatewayExclusion {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VpcLatticeExclusion {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VpcLatticeExclusion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "enable",
            Self::Disable => "disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enable", "disable"]
    }
}
impl ::std::convert::From<VpcLatticeExclusion> for ::forma_core::Value<VpcLatticeExclusion> {
    fn from(v: VpcLatticeExclusion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VpcLatticeExclusion {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VpcPeeringExclusion {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VpcPeeringExclusion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "enable",
            Self::Disable => "disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["enable", "disable"]
    }
}
impl ::std::convert::From<VpcPeeringExclusion> for ::forma_core::Value<VpcPeeringExclusion> {
    fn from(v: VpcPeeringExclusion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VpcPeeringExclusion {}

/// Describes the configuration and state of VPC encryption controls.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEncryptionControl {
    props: ::forma_core::schema::Props,
}
impl VpcEncryptionControl {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EgressOnlyInternetGatewayExclusion`.
    pub fn egress_only_internet_gateway_exclusion(
        mut self,
        value: impl ::forma_core::schema::EnumArg<EgressOnlyInternetGatewayExclusion>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ElasticFileSystemExclusion`.
    pub fn elastic_file_system_exclusion(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ElasticFileSystemExclusion>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `InternetGatewayExclusion`.
    pub fn internet_gateway_exclusion(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InternetGatewayExclusion>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `LambdaExclusion`.
    pub fn lambda_exclusion(mut self, value: impl ::forma_core::schema::EnumArg<LambdaExclusion>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The encryption mode for the VPC Encryption Control configuration.
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `NatGatewayExclusion`.
    pub fn nat_gateway_exclusion(mut self, value: impl ::forma_core::schema::EnumArg<NatGatewayExclusion>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// Information about resource exclusions for the VPC Encryption Control configuration.
    pub fn resource_exclusions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcEncryptionControlExclusions>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The current state of the VPC Encryption Control configuration.
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A message providing additional information about the encryption control state.
    pub fn state_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `VirtualPrivateGatewayExclusion`.
    pub fn virtual_private_gateway_exclusion(
        mut self,
        value: impl ::forma_core::schema::EnumArg<VirtualPrivateGatewayExclusion>,
    ) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// The ID of the VPC Encryption Control configuration.
    pub fn vpc_encryption_control_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The ID of the VPC associated with the encryption control configuration.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `VpcLatticeExclusion`.
    pub fn vpc_lattice_exclusion(mut self, value: impl ::forma_core::schema::EnumArg<VpcLatticeExclusion>) -> Self {
        self.props.set(12, value.into_enum_expr());
        self
    }
    /// `VpcPeeringExclusion`.
    pub fn vpc_peering_exclusion(mut self, value: impl ::forma_core::schema::EnumArg<VpcPeeringExclusion>) -> Self {
        self.props.set(13, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for VpcEncryptionControl {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcEncryptionControl> for ::forma_core::Value<VpcEncryptionControl> {
    fn from(v: VpcEncryptionControl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_ENCRYPTION_CONTROL_TYPE.properties))
    }
}

/// Describes the exclusion configurations for various resource types in VPC Encryption Control.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEncryptionControlExclusions {
    props: ::forma_core::schema::Props,
}
impl VpcEncryptionControlExclusions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The exclusion configuration for egress-only internet gateway traffic.
    pub fn egress_only_internet_gateway(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcEncryptionControlExclusion>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The exclusion configuration for Elastic File System traffic.
    pub fn elastic_file_system(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcEncryptionControlExclusion>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The exclusion configuration for internet gateway traffic.
    pub fn internet_gateway(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcEncryptionControlExclusion>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The exclusion configuration for Lambda function traffic.
    pub fn lambda(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcEncryptionControlExclusion>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The exclusion configuration for NAT gateway traffic.
    pub fn nat_gateway(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcEncryptionControlExclusion>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The exclusion configuration for virtual private gateway traffic.
    pub fn virtual_private_gateway(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcEncryptionControlExclusion>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The exclusion configuration for VPC Lattice traffic.
    pub fn vpc_lattice(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcEncryptionControlExclusion>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The exclusion configuration for VPC peering connection traffic.
    pub fn vpc_peering(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcEncryptionControlExclusion>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcEncryptionControlExclusions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcEncryptionControlExclusions> for ::forma_core::Value<VpcEncryptionControlExclusions> {
    fn from(v: VpcEncryptionControlExclusions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_ENCRYPTION_CONTROL_EXCLUSIONS_TYPE.properties))
    }
}

/// Describes an exclusion configuration for VPC Encryption Control.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEncryptionControlExclusion {
    props: ::forma_core::schema::Props,
}
impl VpcEncryptionControlExclusion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The current state of the exclusion configuration.
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A message providing additional information about the exclusion state.
    pub fn state_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcEncryptionControlExclusion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcEncryptionControlExclusion> for ::forma_core::Value<VpcEncryptionControlExclusion> {
    fn from(v: VpcEncryptionControlExclusion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_ENCRYPTION_CONTROL_EXCLUSION_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::VPC`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPC",
    properties: &[
        ::forma_core::schema::Property {
            name: "CidrBlock",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnableDnsHostnames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableDnsSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InstanceTenancy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["dedicated", "default", "host"]),
        },
        ::forma_core::schema::Property {
            name: "Ipv4IpamPoolId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Ipv4NetmaskLength",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
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
        ::forma_core::schema::Property {
            name: "VpcEncryptionControl",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VPC_ENCRYPTION_CONTROL_TYPE),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::OneOf(&[&["CidrBlock"], &["Ipv4IpamPoolId"]]),
        ::forma_core::schema::Combination::Requires("Ipv4IpamPoolId", &["Ipv4NetmaskLength"]),
        ::forma_core::schema::Combination::Requires("Ipv4NetmaskLength", &["Ipv4IpamPoolId"]),
    ],
    attributes: &[
        "CidrBlockAssociations",
        "DefaultNetworkAcl",
        "DefaultSecurityGroup",
        "Ipv6CidrBlocks",
        "VpcId",
        "VpcEncryptionControl.VpcId",
        "VpcEncryptionControl.VpcEncryptionControlId",
        "VpcEncryptionControl.State",
        "VpcEncryptionControl.StateMessage",
        "VpcEncryptionControl.ResourceExclusions",
        "VpcEncryptionControl.ResourceExclusions.InternetGateway",
        "VpcEncryptionControl.ResourceExclusions.InternetGateway.State",
        "VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway",
        "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State",
        "VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.NatGateway",
        "VpcEncryptionControl.ResourceExclusions.NatGateway.State",
        "VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway",
        "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State",
        "VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.VpcPeering",
        "VpcEncryptionControl.ResourceExclusions.VpcPeering.State",
        "VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.Lambda",
        "VpcEncryptionControl.ResourceExclusions.Lambda.State",
        "VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.VpcLattice",
        "VpcEncryptionControl.ResourceExclusions.VpcLattice.State",
        "VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage",
        "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem",
        "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State",
        "VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage",
        "CidrBlock",
        "EnableDnsHostnames",
        "EnableDnsSupport",
        "InstanceTenancy",
        "Ipv4IpamPoolId",
        "Ipv4NetmaskLength",
        "VpcEncryptionControl",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VPC.Tag",
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

static VPC_ENCRYPTION_CONTROL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VPC.VpcEncryptionControl",
    properties: &[
        ::forma_core::schema::Property {
            name: "EgressOnlyInternetGatewayExclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "ElasticFileSystemExclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "InternetGatewayExclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "LambdaExclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["monitor", "enforce"]),
        },
        ::forma_core::schema::Property {
            name: "NatGatewayExclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceExclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_ENCRYPTION_CONTROL_EXCLUSIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StateMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VirtualPrivateGatewayExclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "VpcEncryptionControlId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcLatticeExclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "VpcPeeringExclusion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
    ],
    rules: &[],
};

static VPC_ENCRYPTION_CONTROL_EXCLUSIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VPC.VpcEncryptionControlExclusions",
        properties: &[
            ::forma_core::schema::Property {
                name: "EgressOnlyInternetGateway",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_ENCRYPTION_CONTROL_EXCLUSION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ElasticFileSystem",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_ENCRYPTION_CONTROL_EXCLUSION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "InternetGateway",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_ENCRYPTION_CONTROL_EXCLUSION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Lambda",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_ENCRYPTION_CONTROL_EXCLUSION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "NatGateway",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_ENCRYPTION_CONTROL_EXCLUSION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "VirtualPrivateGateway",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_ENCRYPTION_CONTROL_EXCLUSION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "VpcLattice",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_ENCRYPTION_CONTROL_EXCLUSION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "VpcPeering",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&VPC_ENCRYPTION_CONTROL_EXCLUSION_TYPE),
            },
        ],
        rules: &[],
    };

static VPC_ENCRYPTION_CONTROL_EXCLUSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VPC.VpcEncryptionControlExclusion",
    properties: &[
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StateMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
