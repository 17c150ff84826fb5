// @generated from AWS::EVS::Environment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EVS::Environment` and its property types.

/// An environment created within the EVS service
///
/// CloudFormation type `AWS::EVS::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Environment {
    props: ::forma_core::schema::Props,
}
impl Environment {
    /// A new resource with its required properties: `ServiceAccessSubnetId`, `TermsAccepted`, `VcfVersion`, `VpcId`.
    #[track_caller]
    pub fn new(
        service_access_subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        terms_accepted: impl ::std::convert::Into<::forma_core::Value<bool>>,
        vcf_version: impl ::forma_core::schema::EnumArg<VcfVersion>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, service_access_subnet_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, terms_accepted.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, vcf_version.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(13, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ConnectivityInfo`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connectivity_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectivityInfo>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an EVS environment
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn environment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The initial hosts for environment only required upon creation.
    #[track_caller]
    pub fn hosts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HostInfoForCreate>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The initial Vlan configuration only required upon creation.
    #[track_caller]
    pub fn initial_vlans(mut self, value: impl ::std::convert::Into<::forma_core::Value<InitialVlans>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KmsKeyId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The license information for an EVS environment
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn license_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<LicenseInfo>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceAccessSecurityGroups`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_access_security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceAccessSecurityGroups>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SiteId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn site_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VcfHostnames`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vcf_hostnames(mut self, value: impl ::std::convert::Into<::forma_core::Value<VcfHostnames>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Environment {
    type Attributes = EnvironmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::EVS::Environment"
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
/// The attributes of a `AWS::EVS::Environment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EnvironmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EnvironmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EnvironmentAttributes {
    /// `Fn::GetAtt` `EnvironmentId`.
    pub fn environment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentId")
    }
    /// `Fn::GetAtt` `Checks`.
    pub fn checks(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Checks")
    }
    /// `Fn::GetAtt` `EnvironmentArn`.
    pub fn environment_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentArn")
    }
    /// `Fn::GetAtt` `Credentials`.
    pub fn credentials(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Credentials")
    }
    /// `Fn::GetAtt` `EnvironmentState`.
    pub fn environment_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentState")
    }
    /// `Fn::GetAtt` `StateDetails`.
    pub fn state_details(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StateDetails")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
}

/// The values CloudFormation documents: `VCF-5.2.1`, `VCF-5.2.2`, `SELF_DEPLOYED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VcfVersion {
    /// `VCF-5.2.1`
    Vcf521,
    /// `VCF-5.2.2`
    Vcf522,
    /// `SELF_DEPLOYED`
    SelfDeployed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VcfVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vcf521 => "VCF-5.2.1",
            Self::Vcf522 => "VCF-5.2.2",
            Self::SelfDeployed => "SELF_DEPLOYED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VCF-5.2.1", "VCF-5.2.2", "SELF_DEPLOYED"]
    }
}
impl ::std::convert::From<VcfVersion> for ::forma_core::Value<VcfVersion> {
    fn from(v: VcfVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VcfVersion {}

/// The `ConnectivityInfo` property type of `AWS::EVS::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectivityInfo {
    props: ::forma_core::schema::Props,
}
impl ConnectivityInfo {
    /// A new value with its required properties: `PrivateRouteServerPeerings`.
    pub fn new(
        private_route_server_peerings: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<::std::string::String>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, private_route_server_peerings.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectivityInfo> for ::forma_core::Value<ConnectivityInfo> {
    fn from(v: ConnectivityInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTIVITY_INFO_TYPE.properties))
    }
}

/// The values CloudFormation documents: `i4i.metal`, `i7i.metal-24xl`, `i7i.metal-48xl`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceType {
    /// `i4i.metal`
    I4IMetal,
    /// `i7i.metal-24xl`
    I7IMetal24xl,
    /// `i7i.metal-48xl`
    I7IMetal48xl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::I4IMetal => "i4i.metal",
            Self::I7IMetal24xl => "i7i.metal-24xl",
            Self::I7IMetal48xl => "i7i.metal-48xl",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["i4i.metal", "i7i.metal-24xl", "i7i.metal-48xl"]
    }
}
impl ::std::convert::From<InstanceType> for ::forma_core::Value<InstanceType> {
    fn from(v: InstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceType {}

/// The `HostInfoForCreate` property type of `AWS::EVS::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct HostInfoForCreate {
    props: ::forma_core::schema::Props,
}
impl HostInfoForCreate {
    /// A new value with its required properties: `HostName`, `InstanceType`, `KeyName`.
    pub fn new(
        host_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_type: impl ::forma_core::schema::EnumArg<InstanceType>,
        key_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, host_name.into().into_expr());
        props.set(2, instance_type.into_enum_expr());
        props.set(3, key_name.into().into_expr());
        Self { props }
    }
    /// `DedicatedHostId`.
    ///
    /// Allowed: length 1 to 25.
    pub fn dedicated_host_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PlacementGroupId`.
    ///
    /// Allowed: length 1 to 25.
    pub fn placement_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HostInfoForCreate> for ::forma_core::Value<HostInfoForCreate> {
    fn from(v: HostInfoForCreate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOST_INFO_FOR_CREATE_TYPE.properties))
    }
}

/// The initial Vlan configuration only required upon creation.
#[derive(Debug, Clone, PartialEq)]
pub struct InitialVlans {
    props: ::forma_core::schema::Props,
}
impl InitialVlans {
    /// A new value with its required properties: `EdgeVTep`, `ExpansionVlan1`, `ExpansionVlan2`, `Hcx`, `NsxUpLink`, `VMotion`, `VSan`, `VTep`, `VmManagement`, `VmkManagement`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        edge_v_tep: impl ::std::convert::Into<::forma_core::Value<InitialVlanInfo>>,
        expansion_vlan1: impl ::std::convert::Into<::forma_core::Value<InitialVlanInfo>>,
        expansion_vlan2: impl ::std::convert::Into<::forma_core::Value<InitialVlanInfo>>,
        hcx: impl ::std::convert::Into<::forma_core::Value<InitialVlanInfo>>,
        nsx_up_link: impl ::std::convert::Into<::forma_core::Value<InitialVlanInfo>>,
        v_motion: impl ::std::convert::Into<::forma_core::Value<InitialVlanInfo>>,
        v_san: impl ::std::convert::Into<::forma_core::Value<InitialVlanInfo>>,
        v_tep: impl ::std::convert::Into<::forma_core::Value<InitialVlanInfo>>,
        vm_management: impl ::std::convert::Into<::forma_core::Value<InitialVlanInfo>>,
        vmk_management: impl ::std::convert::Into<::forma_core::Value<InitialVlanInfo>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, edge_v_tep.into().into_expr());
        props.set(1, expansion_vlan1.into().into_expr());
        props.set(2, expansion_vlan2.into().into_expr());
        props.set(3, hcx.into().into_expr());
        props.set(6, nsx_up_link.into().into_expr());
        props.set(7, v_motion.into().into_expr());
        props.set(8, v_san.into().into_expr());
        props.set(9, v_tep.into().into_expr());
        props.set(10, vm_management.into().into_expr());
        props.set(11, vmk_management.into().into_expr());
        Self { props }
    }
    /// `HcxNetworkAclId`.
    ///
    /// Allowed: length 4 to 21.
    pub fn hcx_network_acl_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `IsHcxPublic`.
    pub fn is_hcx_public(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InitialVlans> for ::forma_core::Value<InitialVlans> {
    fn from(v: InitialVlans) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INITIAL_VLANS_TYPE.properties))
    }
}

/// The license information for an EVS environment
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseInfo {
    props: ::forma_core::schema::Props,
}
impl LicenseInfo {
    /// A new value with its required properties: `SolutionKey`, `VsanKey`.
    pub fn new(
        solution_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vsan_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, solution_key.into().into_expr());
        props.set(1, vsan_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LicenseInfo> for ::forma_core::Value<LicenseInfo> {
    fn from(v: LicenseInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSE_INFO_TYPE.properties))
    }
}

/// The `ServiceAccessSecurityGroups` property type of `AWS::EVS::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceAccessSecurityGroups {
    props: ::forma_core::schema::Props,
}
impl ServiceAccessSecurityGroups {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SecurityGroups`.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceAccessSecurityGroups {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceAccessSecurityGroups> for ::forma_core::Value<ServiceAccessSecurityGroups> {
    fn from(v: ServiceAccessSecurityGroups) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_ACCESS_SECURITY_GROUPS_TYPE.properties))
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

/// The `VcfHostnames` property type of `AWS::EVS::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct VcfHostnames {
    props: ::forma_core::schema::Props,
}
impl VcfHostnames {
    /// A new value with its required properties: `CloudBuilder`, `Nsx`, `NsxEdge1`, `NsxEdge2`, `NsxManager1`, `NsxManager2`, `NsxManager3`, `SddcManager`, `VCenter`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        cloud_builder: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        nsx: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        nsx_edge1: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        nsx_edge2: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        nsx_manager1: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        nsx_manager2: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        nsx_manager3: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sddc_manager: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        v_center: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cloud_builder.into().into_expr());
        props.set(1, nsx.into().into_expr());
        props.set(2, nsx_edge1.into().into_expr());
        props.set(3, nsx_edge2.into().into_expr());
        props.set(4, nsx_manager1.into().into_expr());
        props.set(5, nsx_manager2.into().into_expr());
        props.set(6, nsx_manager3.into().into_expr());
        props.set(7, sddc_manager.into().into_expr());
        props.set(8, v_center.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VcfHostnames> for ::forma_core::Value<VcfHostnames> {
    fn from(v: VcfHostnames) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VCF_HOSTNAMES_TYPE.properties))
    }
}

/// The `InitialVlanInfo` property type of `AWS::EVS::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct InitialVlanInfo {
    props: ::forma_core::schema::Props,
}
impl InitialVlanInfo {
    /// A new value with its required properties: `Cidr`.
    pub fn new(cidr: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cidr.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InitialVlanInfo> for ::forma_core::Value<InitialVlanInfo> {
    fn from(v: InitialVlanInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INITIAL_VLAN_INFO_TYPE.properties))
    }
}

/// The schema of `AWS::EVS::Environment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EVS::Environment",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectivityInfo",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONNECTIVITY_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Hosts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HOST_INFO_FOR_CREATE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(4), max_items: Some(4) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InitialVlans",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLANS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LicenseInfo",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&LICENSE_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccessSecurityGroups",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_ACCESS_SECURITY_GROUPS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccessSubnetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^subnet-[a-f0-9]{8}([a-f0-9]{9})?$"),
                min_length: Some(15),
                max_length: Some(24),
            }),
        },
        ::forma_core::schema::Property {
            name: "SiteId",
            required: false,
            create_only: true,
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
            name: "TermsAccepted",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VcfHostnames",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VCF_HOSTNAMES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VcfVersion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["VCF-5.2.1", "VCF-5.2.2", "SELF_DEPLOYED"]),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-[a-f0-9]{8}([a-f0-9]{9})?$"),
                min_length: Some(12),
                max_length: Some(21),
            }),
        },
    ],
    rules: &[],
    attributes: &[
        "EnvironmentId",
        "Checks",
        "EnvironmentArn",
        "Credentials",
        "EnvironmentState",
        "StateDetails",
        "CreatedAt",
        "ModifiedAt",
    ],
};

static CONNECTIVITY_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EVS::Environment.ConnectivityInfo",
    properties: &[::forma_core::schema::Property {
        name: "PrivateRouteServerPeerings",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(21),
            }),
            ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(2) },
        ),
    }],
    rules: &[],
};

static HOST_INFO_FOR_CREATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EVS::Environment.HostInfoForCreate",
    properties: &[
        ::forma_core::schema::Property {
            name: "DedicatedHostId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^h-[a-f0-9]{8}([a-f0-9]{9})?$"),
                min_length: Some(1),
                max_length: Some(25),
            }),
        },
        ::forma_core::schema::Property {
            name: "HostName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9\\-]*)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["i4i.metal", "i7i.metal-24xl", "i7i.metal-48xl"]),
        },
        ::forma_core::schema::Property {
            name: "KeyName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PlacementGroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^pg-[a-f0-9]{8}([a-f0-9]{9})?$"),
                min_length: Some(1),
                max_length: Some(25),
            }),
        },
    ],
    rules: &[],
};

static INITIAL_VLANS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EVS::Environment.InitialVlans",
    properties: &[
        ::forma_core::schema::Property {
            name: "EdgeVTep",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLAN_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExpansionVlan1",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLAN_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExpansionVlan2",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLAN_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Hcx",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLAN_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HcxNetworkAclId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^acl-[a-zA-Z0-9_-]+$"),
                min_length: Some(4),
                max_length: Some(21),
            }),
        },
        ::forma_core::schema::Property {
            name: "IsHcxPublic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NsxUpLink",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLAN_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VMotion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLAN_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VSan",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLAN_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VTep",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLAN_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VmManagement",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLAN_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VmkManagement",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INITIAL_VLAN_INFO_TYPE),
        },
    ],
    rules: &[],
};

static LICENSE_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EVS::Environment.LicenseInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "SolutionKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VsanKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SERVICE_ACCESS_SECURITY_GROUPS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EVS::Environment.ServiceAccessSecurityGroups",
    properties: &[::forma_core::schema::Property {
        name: "SecurityGroups",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^sg-[0-9a-zA-Z]*$"),
                min_length: Some(3),
                max_length: Some(25),
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: Some(2) },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EVS::Environment.Tag",
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

static VCF_HOSTNAMES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EVS::Environment.VcfHostnames",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudBuilder",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9\\-]*)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Nsx",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9\\-]*)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NsxEdge1",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9\\-]*)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NsxEdge2",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9\\-]*)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NsxManager1",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9\\-]*)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NsxManager2",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9\\-]*)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NsxManager3",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9\\-]*)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SddcManager",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9\\-]*)$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VCenter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9\\-]*)$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static INITIAL_VLAN_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::EVS::Environment.InitialVlanInfo",
properties: &[
::forma_core::schema::Property { name: "Cidr", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)/(3[0-2]|[1-2][0-9]|[0-9])$"), min_length: None, max_length: None }) },
],
rules: &[],
};
