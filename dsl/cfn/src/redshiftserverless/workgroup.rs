// @generated from AWS::RedshiftServerless::Workgroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RedshiftServerless::Workgroup` and its property types.

/// Definition of AWS::RedshiftServerless::Workgroup Resource Type
///
/// CloudFormation type `AWS::RedshiftServerless::Workgroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workgroup {
    props: ::forma_core::schema::Props,
}
impl Workgroup {
    /// A new resource with its required properties: `WorkgroupName`.
    #[track_caller]
    pub fn new(workgroup_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(17, workgroup_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The base compute capacity of the workgroup in Redshift Processing Units (RPUs).
    #[track_caller]
    pub fn base_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of parameters to set for finer control over a database.
    #[track_caller]
    pub fn config_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfigParameter>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The value that specifies whether to enable enhanced virtual private cloud (VPC) routing, which forces Amazon Redshift Serverless to route traffic through your VPC.
    #[track_caller]
    pub fn enhanced_vpc_routing(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The max compute capacity of the workgroup in Redshift Processing Units (RPUs).
    #[track_caller]
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The namespace the workgroup is associated with.
    ///
    /// Allowed: length 3 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn namespace_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The custom port to use when connecting to a workgroup.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A property that represents the price performance target settings for the workgroup.
    #[track_caller]
    pub fn price_performance_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PerformanceTarget>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that specifies whether the workgroup can be accessible from a public network.
    #[track_caller]
    pub fn publicly_accessible(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the recovery point to restore the namespace from.
    #[track_caller]
    pub fn recovery_point_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of security group IDs to associate with the workgroup.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the snapshot to restore the namespace from.
    #[track_caller]
    pub fn snapshot_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the snapshot to restore the namespace from.
    #[track_caller]
    pub fn snapshot_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS account ID that owns the snapshot.
    #[track_caller]
    pub fn snapshot_owner_account(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of subnet IDs the workgroup is associated with.
    #[track_caller]
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The map of the key-value pairs used to tag the workgroup.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TrackName`.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn track_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Definition for workgroup resource
    #[track_caller]
    pub fn workgroup(mut self, value: impl ::std::convert::Into<::forma_core::Value<WorkgroupProperty>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Workgroup {
    type Attributes = WorkgroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::RedshiftServerless::Workgroup"
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
/// The attributes of a `AWS::RedshiftServerless::Workgroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkgroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkgroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkgroupAttributes {
    /// `Fn::GetAtt` `Workgroup.WorkgroupId`.
    pub fn workgroup_workgroup_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.WorkgroupId")
    }
    /// `Fn::GetAtt` `Workgroup.WorkgroupArn`.
    pub fn workgroup_workgroup_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.WorkgroupArn")
    }
    /// `Fn::GetAtt` `Workgroup.WorkgroupName`.
    pub fn workgroup_workgroup_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.WorkgroupName")
    }
    /// `Fn::GetAtt` `Workgroup.NamespaceName`.
    pub fn workgroup_namespace_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.NamespaceName")
    }
    /// `Fn::GetAtt` `Workgroup.BaseCapacity`.
    pub fn workgroup_base_capacity(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.BaseCapacity")
    }
    /// `Fn::GetAtt` `Workgroup.MaxCapacity`.
    pub fn workgroup_max_capacity(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.MaxCapacity")
    }
    /// `Fn::GetAtt` `Workgroup.EnhancedVpcRouting`.
    pub fn workgroup_enhanced_vpc_routing(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.EnhancedVpcRouting")
    }
    /// `Fn::GetAtt` `Workgroup.ConfigParameters`.
    pub fn workgroup_config_parameters(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.ConfigParameters")
    }
    /// `Fn::GetAtt` `Workgroup.SecurityGroupIds`.
    pub fn workgroup_security_group_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.SecurityGroupIds")
    }
    /// `Fn::GetAtt` `Workgroup.SubnetIds`.
    pub fn workgroup_subnet_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.SubnetIds")
    }
    /// `Fn::GetAtt` `Workgroup.TrackName`.
    pub fn workgroup_track_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.TrackName")
    }
    /// `Fn::GetAtt` `Workgroup.Status`.
    pub fn workgroup_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.Status")
    }
    /// `Fn::GetAtt` `Workgroup.Endpoint.Address`.
    pub fn workgroup_endpoint_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.Endpoint.Address")
    }
    /// `Fn::GetAtt` `Workgroup.Endpoint.Port`.
    pub fn workgroup_endpoint_port(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.Endpoint.Port")
    }
    /// `Fn::GetAtt` `Workgroup.Endpoint.VpcEndpoints.*.VpcEndpointId`.
    pub fn workgroup_endpoint_vpc_endpoints_vpc_endpoint_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.Endpoint.VpcEndpoints.*.VpcEndpointId")
    }
    /// `Fn::GetAtt` `Workgroup.Endpoint.VpcEndpoints.*.VpcId`.
    pub fn workgroup_endpoint_vpc_endpoints_vpc_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.Endpoint.VpcEndpoints.*.VpcId")
    }
    /// `Fn::GetAtt` `Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.NetworkInterfaceId`.
    pub fn workgroup_endpoint_vpc_endpoints_network_interfaces_network_interface_id(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(
            &self.node,
            "Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.NetworkInterfaceId",
        )
    }
    /// `Fn::GetAtt` `Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.SubnetId`.
    pub fn workgroup_endpoint_vpc_endpoints_network_interfaces_subnet_id(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.SubnetId")
    }
    /// `Fn::GetAtt` `Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.PrivateIpAddress`.
    pub fn workgroup_endpoint_vpc_endpoints_network_interfaces_private_ip_address(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(
            &self.node,
            "Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.PrivateIpAddress",
        )
    }
    /// `Fn::GetAtt` `Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.AvailabilityZone`.
    pub fn workgroup_endpoint_vpc_endpoints_network_interfaces_availability_zone(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(
            &self.node,
            "Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.AvailabilityZone",
        )
    }
    /// `Fn::GetAtt` `Workgroup.PubliclyAccessible`.
    pub fn workgroup_publicly_accessible(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.PubliclyAccessible")
    }
    /// `Fn::GetAtt` `Workgroup.CreationDate`.
    pub fn workgroup_creation_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Workgroup.CreationDate")
    }
}

/// The `ConfigParameter` property type of `AWS::RedshiftServerless::Workgroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigParameter {
    props: ::forma_core::schema::Props,
}
impl ConfigParameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ParameterKey`.
    ///
    /// Allowed: length 0 to 255.
    pub fn parameter_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ParameterValue`.
    ///
    /// Allowed: length 0 to 15000.
    pub fn parameter_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfigParameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfigParameter> for ::forma_core::Value<ConfigParameter> {
    fn from(v: ConfigParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIG_PARAMETER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PerformanceTargetStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PerformanceTargetStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<PerformanceTargetStatus> for ::forma_core::Value<PerformanceTargetStatus> {
    fn from(v: PerformanceTargetStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PerformanceTargetStatus {}

/// The `PerformanceTarget` property type of `AWS::RedshiftServerless::Workgroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct PerformanceTarget {
    props: ::forma_core::schema::Props,
}
impl PerformanceTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Level`.
    ///
    /// Allowed: 1 to 100.
    pub fn level(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Status`.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<PerformanceTargetStatus>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PerformanceTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PerformanceTarget> for ::forma_core::Value<PerformanceTarget> {
    fn from(v: PerformanceTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERFORMANCE_TARGET_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::RedshiftServerless::Workgroup`.
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

/// The values CloudFormation documents: `CREATING`, `AVAILABLE`, `MODIFYING`, `DELETING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkgroupStatus {
    /// `CREATING`
    Creating,
    /// `AVAILABLE`
    Available,
    /// `MODIFYING`
    Modifying,
    /// `DELETING`
    Deleting,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkgroupStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "CREATING",
            Self::Available => "AVAILABLE",
            Self::Modifying => "MODIFYING",
            Self::Deleting => "DELETING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CREATING", "AVAILABLE", "MODIFYING", "DELETING"]
    }
}
impl ::std::convert::From<WorkgroupStatus> for ::forma_core::Value<WorkgroupStatus> {
    fn from(v: WorkgroupStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkgroupStatus {}

/// The `Workgroup` property type of `AWS::RedshiftServerless::Workgroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkgroupProperty {
    props: ::forma_core::schema::Props,
}
impl WorkgroupProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BaseCapacity`.
    pub fn base_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConfigParameters`.
    pub fn config_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfigParameter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CreationDate`.
    pub fn creation_date(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Endpoint`.
    pub fn endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<Endpoint>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `EnhancedVpcRouting`.
    pub fn enhanced_vpc_routing(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `MaxCapacity`.
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `NamespaceName`.
    ///
    /// Allowed: length 3 to 64.
    pub fn namespace_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `PricePerformanceTarget`.
    pub fn price_performance_target(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PerformanceTarget>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `PubliclyAccessible`.
    pub fn publicly_accessible(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `Status`.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<WorkgroupStatus>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
    /// `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// `TrackName`.
    ///
    /// Allowed: length 1 to 256.
    pub fn track_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// `WorkgroupArn`.
    pub fn workgroup_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// `WorkgroupId`.
    pub fn workgroup_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// `WorkgroupName`.
    ///
    /// Allowed: length 3 to 64.
    pub fn workgroup_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WorkgroupProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WorkgroupProperty> for ::forma_core::Value<WorkgroupProperty> {
    fn from(v: WorkgroupProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKGROUP_PROPERTY_TYPE.properties))
    }
}

/// The `Endpoint` property type of `AWS::RedshiftServerless::Workgroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    props: ::forma_core::schema::Props,
}
impl Endpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Address`.
    pub fn address(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VpcEndpoints`.
    pub fn vpc_endpoints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VpcEndpoint>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Endpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Endpoint> for ::forma_core::Value<Endpoint> {
    fn from(v: Endpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_TYPE.properties))
    }
}

/// The `VpcEndpoint` property type of `AWS::RedshiftServerless::Workgroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEndpoint {
    props: ::forma_core::schema::Props,
}
impl VpcEndpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `NetworkInterfaces`.
    pub fn network_interfaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NetworkInterface>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `VpcEndpointId`.
    pub fn vpc_endpoint_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
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
impl ::std::default::Default for VpcEndpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcEndpoint> for ::forma_core::Value<VpcEndpoint> {
    fn from(v: VpcEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_ENDPOINT_TYPE.properties))
    }
}

/// The `NetworkInterface` property type of `AWS::RedshiftServerless::Workgroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterface {
    props: ::forma_core::schema::Props,
}
impl NetworkInterface {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AvailabilityZone`.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NetworkInterfaceId`.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PrivateIpAddress`.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkInterface {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkInterface> for ::forma_core::Value<NetworkInterface> {
    fn from(v: NetworkInterface) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_INTERFACE_TYPE.properties))
    }
}

/// The schema of `AWS::RedshiftServerless::Workgroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RedshiftServerless::Workgroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "BaseCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ConfigParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIG_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnhancedVpcRouting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NamespaceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=^[a-z0-9-]+$).{3,64}$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PricePerformanceTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PERFORMANCE_TARGET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PubliclyAccessible",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RecoveryPointId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-fA-F]{8,}$"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(32) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SnapshotArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotOwnerAccount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-fA-F]{8,}$"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(32) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrackName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Workgroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKGROUP_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WorkgroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=^[a-z0-9-]+$).{3,64}$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &[
        "Workgroup.WorkgroupId",
        "Workgroup.WorkgroupArn",
        "Workgroup.WorkgroupName",
        "Workgroup.NamespaceName",
        "Workgroup.BaseCapacity",
        "Workgroup.MaxCapacity",
        "Workgroup.EnhancedVpcRouting",
        "Workgroup.ConfigParameters",
        "Workgroup.SecurityGroupIds",
        "Workgroup.SubnetIds",
        "Workgroup.TrackName",
        "Workgroup.Status",
        "Workgroup.Endpoint.Address",
        "Workgroup.Endpoint.Port",
        "Workgroup.Endpoint.VpcEndpoints.*.VpcEndpointId",
        "Workgroup.Endpoint.VpcEndpoints.*.VpcId",
        "Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.NetworkInterfaceId",
        "Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.SubnetId",
        "Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.PrivateIpAddress",
        "Workgroup.Endpoint.VpcEndpoints.*.NetworkInterfaces.*.AvailabilityZone",
        "Workgroup.PubliclyAccessible",
        "Workgroup.CreationDate",
    ],
};

static CONFIG_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RedshiftServerless::Workgroup.ConfigParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ParameterValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(15000),
            }),
        },
    ],
    rules: &[],
};

static PERFORMANCE_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RedshiftServerless::Workgroup.PerformanceTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RedshiftServerless::Workgroup.Tag",
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

static WORKGROUP_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RedshiftServerless::Workgroup.Workgroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "BaseCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ConfigParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIG_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CreationDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENDPOINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnhancedVpcRouting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NamespaceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9-]+$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "PricePerformanceTarget",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PERFORMANCE_TARGET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PubliclyAccessible",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-fA-F]{8,}$"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATING", "AVAILABLE", "MODIFYING", "DELETING"]),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-fA-F]{8,}$"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrackName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "WorkgroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WorkgroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WorkgroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9-]*$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RedshiftServerless::Workgroup.Endpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Address",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcEndpoints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VPC_ENDPOINT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static VPC_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RedshiftServerless::Workgroup.VpcEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkInterfaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NETWORK_INTERFACE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcEndpointId",
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
    ],
    rules: &[],
};

static NETWORK_INTERFACE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RedshiftServerless::Workgroup.NetworkInterface",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrivateIpAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
