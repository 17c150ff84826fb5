// @generated from AWS::EC2::VPCEncryptionControl (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPCEncryptionControl` and its property types.

/// Resource Type definition for AWS::EC2::VPCEncryptionControl
///
/// CloudFormation type `AWS::EC2::VPCEncryptionControl`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEncryptionControl {
    props: ::forma_core::schema::Props,
}
impl VpcEncryptionControl {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Used to enable or disable EIGW exclusion
    #[track_caller]
    pub fn egress_only_internet_gateway_exclusion_input(
        mut self,
        value: impl ::forma_core::schema::EnumArg<EgressOnlyInternetGatewayExclusionInput>,
    ) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to enable or disable EFS exclusion
    #[track_caller]
    pub fn elastic_file_system_exclusion_input(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ElasticFileSystemExclusionInput>,
    ) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to enable or disable IGW exclusion
    #[track_caller]
    pub fn internet_gateway_exclusion_input(
        mut self,
        value: impl ::forma_core::schema::EnumArg<InternetGatewayExclusionInput>,
    ) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to enable or disable Lambda exclusion
    #[track_caller]
    pub fn lambda_exclusion_input(mut self, value: impl ::forma_core::schema::EnumArg<LambdaExclusionInput>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The VPC encryption control mode, either monitor or enforce.
    #[track_caller]
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to enable or disable Nat gateway exclusion
    #[track_caller]
    pub fn nat_gateway_exclusion_input(
        mut self,
        value: impl ::forma_core::schema::EnumArg<NatGatewayExclusionInput>,
    ) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to assign to the VPC encryption control.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to enable or disable VGW exclusion
    #[track_caller]
    pub fn virtual_private_gateway_exclusion_input(
        mut self,
        value: impl ::forma_core::schema::EnumArg<VirtualPrivateGatewayExclusionInput>,
    ) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The VPC on which this VPC encryption control is applied.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to enable or disable Vpc Lattice exclusion
    #[track_caller]
    pub fn vpc_lattice_exclusion_input(
        mut self,
        value: impl ::forma_core::schema::EnumArg<VpcLatticeExclusionInput>,
    ) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to enable or disable VPC peering exclusion
    #[track_caller]
    pub fn vpc_peering_exclusion_input(
        mut self,
        value: impl ::forma_core::schema::EnumArg<VpcPeeringExclusionInput>,
    ) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for VpcEncryptionControl {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for VpcEncryptionControl {
    type Attributes = VpcEncryptionControlAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPCEncryptionControl"
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
/// The attributes of a `AWS::EC2::VPCEncryptionControl` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcEncryptionControlAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcEncryptionControlAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcEncryptionControlAttributes {
    /// `Fn::GetAtt` `VpcEncryptionControlId`.
    pub fn vpc_encryption_control_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEncryptionControlId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `StateMessage`.
    pub fn state_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StateMessage")
    }
    /// `Fn::GetAtt` `ResourceExclusions`.
    pub fn resource_exclusions(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions")
    }
    /// `Fn::GetAtt` `ResourceExclusions.InternetGateway`.
    pub fn resource_exclusions_internet_gateway(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.InternetGateway")
    }
    /// `Fn::GetAtt` `ResourceExclusions.InternetGateway.State`.
    pub fn resource_exclusions_internet_gateway_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.InternetGateway.State")
    }
    /// `Fn::GetAtt` `ResourceExclusions.InternetGateway.StateMessage`.
    pub fn resource_exclusions_internet_gateway_state_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.InternetGateway.StateMessage")
    }
    /// `Fn::GetAtt` `ResourceExclusions.EgressOnlyInternetGateway`.
    pub fn resource_exclusions_egress_only_internet_gateway(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.EgressOnlyInternetGateway")
    }
    /// `Fn::GetAtt` `ResourceExclusions.EgressOnlyInternetGateway.State`.
    pub fn resource_exclusions_egress_only_internet_gateway_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.EgressOnlyInternetGateway.State")
    }
    /// `Fn::GetAtt` `ResourceExclusions.EgressOnlyInternetGateway.StateMessage`.
    pub fn resource_exclusions_egress_only_internet_gateway_state_message(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.EgressOnlyInternetGateway.StateMessage")
    }
    /// `Fn::GetAtt` `ResourceExclusions.NatGateway`.
    pub fn resource_exclusions_nat_gateway(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.NatGateway")
    }
    /// `Fn::GetAtt` `ResourceExclusions.NatGateway.State`.
    pub fn resource_exclusions_nat_gateway_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.NatGateway.State")
    }
    /// `Fn::GetAtt` `ResourceExclusions.NatGateway.StateMessage`.
    pub fn resource_exclusions_nat_gateway_state_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.NatGateway.StateMessage")
    }
    /// `Fn::GetAtt` `ResourceExclusions.VirtualPrivateGateway`.
    pub fn resource_exclusions_virtual_private_gateway(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.VirtualPrivateGateway")
    }
    /// `Fn::GetAtt` `ResourceExclusions.VirtualPrivateGateway.State`.
    pub fn resource_exclusions_virtual_private_gateway_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.VirtualPrivateGateway.State")
    }
    /// `Fn::GetAtt` `ResourceExclusions.VirtualPrivateGateway.StateMessage`.
    pub fn resource_exclusions_virtual_private_gateway_state_message(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.VirtualPrivateGateway.StateMessage")
    }
    /// `Fn::GetAtt` `ResourceExclusions.VpcPeering`.
    pub fn resource_exclusions_vpc_peering(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.VpcPeering")
    }
    /// `Fn::GetAtt` `ResourceExclusions.VpcPeering.State`.
    pub fn resource_exclusions_vpc_peering_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.VpcPeering.State")
    }
    /// `Fn::GetAtt` `ResourceExclusions.VpcPeering.StateMessage`.
    pub fn resource_exclusions_vpc_peering_state_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.VpcPeering.StateMessage")
    }
    /// `Fn::GetAtt` `ResourceExclusions.VpcLattice`.
    pub fn resource_exclusions_vpc_lattice(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.VpcLattice")
    }
    /// `Fn::GetAtt` `ResourceExclusions.VpcLattice.State`.
    pub fn resource_exclusions_vpc_lattice_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.VpcLattice.State")
    }
    /// `Fn::GetAtt` `ResourceExclusions.VpcLattice.StateMessage`.
    pub fn resource_exclusions_vpc_lattice_state_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.VpcLattice.StateMessage")
    }
    /// `Fn::GetAtt` `ResourceExclusions.ElasticFileSystem`.
    pub fn resource_exclusions_elastic_file_system(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.ElasticFileSystem")
    }
    /// `Fn::GetAtt` `ResourceExclusions.ElasticFileSystem.State`.
    pub fn resource_exclusions_elastic_file_system_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.ElasticFileSystem.State")
    }
    /// `Fn::GetAtt` `ResourceExclusions.ElasticFileSystem.StateMessage`.
    pub fn resource_exclusions_elastic_file_system_state_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.ElasticFileSystem.StateMessage")
    }
    /// `Fn::GetAtt` `ResourceExclusions.Lambda`.
    pub fn resource_exclusions_lambda(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.Lambda")
    }
    /// `Fn::GetAtt` `ResourceExclusions.Lambda.State`.
    pub fn resource_exclusions_lambda_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.Lambda.State")
    }
    /// `Fn::GetAtt` `ResourceExclusions.Lambda.StateMessage`.
    pub fn resource_exclusions_lambda_state_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceExclusions.Lambda.StateMessage")
    }
}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EgressOnlyInternetGatewayExclusionInput {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EgressOnlyInternetGatewayExclusionInput {
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
impl ::std::convert::From<EgressOnlyInternetGatewayExclusionInput>
    for ::forma_core::Value<EgressOnlyInternetGatewayExclusionInput>
{
    fn from(v: EgressOnlyInternetGatewayExclusionInput) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EgressOnlyInternetGatewayExclusionInput {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ElasticFileSystemExclusionInput {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ElasticFileSystemExclusionInput {
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
impl ::std::convert::From<ElasticFileSystemExclusionInput> for ::forma_core::Value<ElasticFileSystemExclusionInput> {
    fn from(v: ElasticFileSystemExclusionInput) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ElasticFileSystemExclusionInput {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InternetGatewayExclusionInput {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InternetGatewayExclusionInput {
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
impl ::std::convert::From<InternetGatewayExclusionInput> for ::forma_core::Value<InternetGatewayExclusionInput> {
    fn from(v: InternetGatewayExclusionInput) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InternetGatewayExclusionInput {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LambdaExclusionInput {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LambdaExclusionInput {
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
impl ::std::convert::From<LambdaExclusionInput> for ::forma_core::Value<LambdaExclusionInput> {
    fn from(v: LambdaExclusionInput) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LambdaExclusionInput {}

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
pub enum NatGatewayExclusionInput {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NatGatewayExclusionInput {
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
impl ::std::convert::From<NatGatewayExclusionInput> for ::forma_core::Value<NatGatewayExclusionInput> {
    fn from(v: NatGatewayExclusionInput) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NatGatewayExclusionInput {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VirtualPrivateGatewayExclusionInput {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VirtualPrivateGatewayExclusionInput {
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
impl ::std::convert::From<VirtualPrivateGatewayExclusionInput>
    for ::forma_core::Value<VirtualPrivateGatewayExclusionInput>
{
    fn from(v: VirtualPrivateGatewayExclusionInput) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VirtualPrivateGatewayExclusionInput {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VpcLatticeExclusionInput {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VpcLatticeExclusionInput {
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
impl ::std::convert::From<VpcLatticeExclusionInput> for ::forma_core::Value<VpcLatticeExclusionInput> {
    fn from(v: VpcLatticeExclusionInput) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VpcLatticeExclusionInput {}

/// The values CloudFormation documents: `enable`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VpcPeeringExclusionInput {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VpcPeeringExclusionInput {
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
impl ::std::convert::From<VpcPeeringExclusionInput> for ::forma_core::Value<VpcPeeringExclusionInput> {
    fn from(v: VpcPeeringExclusionInput) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VpcPeeringExclusionInput {}

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

/// The schema of `AWS::EC2::VPCEncryptionControl`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPCEncryptionControl",
    properties: &[
        ::forma_core::schema::Property {
            name: "EgressOnlyInternetGatewayExclusionInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "ElasticFileSystemExclusionInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "InternetGatewayExclusionInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "LambdaExclusionInput",
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
            name: "NatGatewayExclusionInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
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
            name: "VirtualPrivateGatewayExclusionInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcLatticeExclusionInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "VpcPeeringExclusionInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["enable", "disable"]),
        },
    ],
    rules: &[],
    attributes: &[
        "VpcEncryptionControlId",
        "State",
        "StateMessage",
        "ResourceExclusions",
        "ResourceExclusions.InternetGateway",
        "ResourceExclusions.InternetGateway.State",
        "ResourceExclusions.InternetGateway.StateMessage",
        "ResourceExclusions.EgressOnlyInternetGateway",
        "ResourceExclusions.EgressOnlyInternetGateway.State",
        "ResourceExclusions.EgressOnlyInternetGateway.StateMessage",
        "ResourceExclusions.NatGateway",
        "ResourceExclusions.NatGateway.State",
        "ResourceExclusions.NatGateway.StateMessage",
        "ResourceExclusions.VirtualPrivateGateway",
        "ResourceExclusions.VirtualPrivateGateway.State",
        "ResourceExclusions.VirtualPrivateGateway.StateMessage",
        "ResourceExclusions.VpcPeering",
        "ResourceExclusions.VpcPeering.State",
        "ResourceExclusions.VpcPeering.StateMessage",
        "ResourceExclusions.VpcLattice",
        "ResourceExclusions.VpcLattice.State",
        "ResourceExclusions.VpcLattice.StateMessage",
        "ResourceExclusions.ElasticFileSystem",
        "ResourceExclusions.ElasticFileSystem.State",
        "ResourceExclusions.ElasticFileSystem.StateMessage",
        "ResourceExclusions.Lambda",
        "ResourceExclusions.Lambda.State",
        "ResourceExclusions.Lambda.StateMessage",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VPCEncryptionControl.Tag",
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
