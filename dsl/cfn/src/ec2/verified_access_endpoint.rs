// @generated from AWS::EC2::VerifiedAccessEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VerifiedAccessEndpoint` and its property types.

/// The AWS::EC2::VerifiedAccessEndpoint resource creates an AWS EC2 Verified Access Endpoint.
///
/// CloudFormation type `AWS::EC2::VerifiedAccessEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedAccessEndpoint {
    props: ::forma_core::schema::Props,
}
impl VerifiedAccessEndpoint {
    /// A new resource with its required properties: `AttachmentType`, `EndpointType`, `VerifiedAccessGroupId`.
    #[track_caller]
    pub fn new(
        attachment_type: impl ::forma_core::schema::EnumArg<AttachmentType>,
        endpoint_type: impl ::forma_core::schema::EnumArg<EndpointType>,
        verified_access_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, attachment_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, endpoint_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(15, verified_access_group_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The DNS name for users to reach your application.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn application_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The options for cidr type endpoint.
    #[track_caller]
    pub fn cidr_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<CidrOptions>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the AWS Verified Access endpoint.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of a public TLS/SSL certificate imported into or created with ACM.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A custom identifier that gets prepended to a DNS name that is generated for the endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoint_domain_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The load balancer details if creating the AWS Verified Access endpoint as load-balancer type.
    #[track_caller]
    pub fn load_balancer_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoadBalancerOptions>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The options for network-interface type endpoint.
    #[track_caller]
    pub fn network_interface_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkInterfaceOptions>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS Verified Access policy document.
    #[track_caller]
    pub fn policy_document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the Verified Access policy.
    #[track_caller]
    pub fn policy_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The options for rds type endpoint.
    #[track_caller]
    pub fn rds_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<RdsOptions>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of the security groups for the endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration options for customer provided KMS encryption.
    #[track_caller]
    pub fn sse_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SseSpecification>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VerifiedAccessEndpoint {
    type Attributes = VerifiedAccessEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VerifiedAccessEndpoint"
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
/// The attributes of a `AWS::EC2::VerifiedAccessEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VerifiedAccessEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VerifiedAccessEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VerifiedAccessEndpointAttributes {
    /// `Fn::GetAtt` `VerifiedAccessEndpointId`.
    pub fn verified_access_endpoint_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VerifiedAccessEndpointId")
    }
    /// `Fn::GetAtt` `EndpointDomain`.
    pub fn endpoint_domain(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointDomain")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `DeviceValidationDomain`.
    pub fn device_validation_domain(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeviceValidationDomain")
    }
    /// `Fn::GetAtt` `VerifiedAccessInstanceId`.
    pub fn verified_access_instance_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VerifiedAccessInstanceId")
    }
}

/// The values CloudFormation documents: `vpc`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttachmentType {
    /// `vpc`
    Vpc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttachmentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vpc => "vpc",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["vpc"]
    }
}
impl ::std::convert::From<AttachmentType> for ::forma_core::Value<AttachmentType> {
    fn from(v: AttachmentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttachmentType {}

/// The values CloudFormation documents: `cidr`, `load-balancer`, `network-interface`, `rds`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointType {
    /// `cidr`
    Cidr,
    /// `load-balancer`
    LoadBalancer,
    /// `network-interface`
    NetworkInterface,
    /// `rds`
    Rds,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cidr => "cidr",
            Self::LoadBalancer => "load-balancer",
            Self::NetworkInterface => "network-interface",
            Self::Rds => "rds",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["cidr", "load-balancer", "network-interface", "rds"]
    }
}
impl ::std::convert::From<EndpointType> for ::forma_core::Value<EndpointType> {
    fn from(v: EndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointType {}

/// The values CloudFormation documents: `http`, `https`, `tcp`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `http`
    Http,
    /// `https`
    Https,
    /// `tcp`
    Tcp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "http",
            Self::Https => "https",
            Self::Tcp => "tcp",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["http", "https", "tcp"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The options for cidr type endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct CidrOptions {
    props: ::forma_core::schema::Props,
}
impl CidrOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IP address range, in CIDR notation.
    pub fn cidr(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of port range.
    pub fn port_ranges(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortRange>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The IP protocol.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The IDs of the subnets.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CidrOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CidrOptions> for ::forma_core::Value<CidrOptions> {
    fn from(v: CidrOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CIDR_OPTIONS_TYPE.properties))
    }
}

/// The load balancer details if creating the AWS Verified Access endpoint as load-balancertype.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancerOptions {
    props: ::forma_core::schema::Props,
}
impl LoadBalancerOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the load balancer.
    pub fn load_balancer_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The IP port number.
    ///
    /// Allowed: 1 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The list of port range.
    pub fn port_ranges(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortRange>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The IP protocol.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The IDs of the subnets.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoadBalancerOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoadBalancerOptions> for ::forma_core::Value<LoadBalancerOptions> {
    fn from(v: LoadBalancerOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOAD_BALANCER_OPTIONS_TYPE.properties))
    }
}

/// The options for network-interface type endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterfaceOptions {
    props: ::forma_core::schema::Props,
}
impl NetworkInterfaceOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the network interface.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The IP port number.
    ///
    /// Allowed: 1 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The list of port ranges.
    pub fn port_ranges(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortRange>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The IP protocol.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for NetworkInterfaceOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkInterfaceOptions> for ::forma_core::Value<NetworkInterfaceOptions> {
    fn from(v: NetworkInterfaceOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_INTERFACE_OPTIONS_TYPE.properties))
    }
}

/// The options for rds type endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct RdsOptions {
    props: ::forma_core::schema::Props,
}
impl RdsOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IP port number.
    ///
    /// Allowed: 1 to 65535.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The IP protocol.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The ARN of the RDS DB cluster.
    pub fn rds_db_cluster_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The ARN of the RDS DB instance.
    pub fn rds_db_instance_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The ARN of the RDS DB proxy.
    pub fn rds_db_proxy_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The RDS endpoint.
    pub fn rds_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The IDs of the subnets.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RdsOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RdsOptions> for ::forma_core::Value<RdsOptions> {
    fn from(v: RdsOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RDS_OPTIONS_TYPE.properties))
    }
}

/// The configuration options for customer provided KMS encryption.
#[derive(Debug, Clone, PartialEq)]
pub struct SseSpecification {
    props: ::forma_core::schema::Props,
}
impl SseSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to encrypt the policy with the provided key or disable encryption
    pub fn customer_managed_key_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// KMS Key Arn used to encrypt the group policy
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SseSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SseSpecification> for ::forma_core::Value<SseSpecification> {
    fn from(v: SseSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSE_SPECIFICATION_TYPE.properties))
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

/// The IP port range.
#[derive(Debug, Clone, PartialEq)]
pub struct PortRange {
    props: ::forma_core::schema::Props,
}
impl PortRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The first port in the range.
    ///
    /// Allowed: 1 to 65535.
    pub fn from_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The last port in the range.
    ///
    /// Allowed: 1 to 65535.
    pub fn to_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PortRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PortRange> for ::forma_core::Value<PortRange> {
    fn from(v: PortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::VerifiedAccessEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VerifiedAccessEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationDomain",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AttachmentType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["vpc"]),
        },
        ::forma_core::schema::Property {
            name: "CidrOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CIDR_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DomainCertificateArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndpointDomainPrefix",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndpointType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["cidr", "load-balancer", "network-interface", "rds"]),
        },
        ::forma_core::schema::Property {
            name: "LoadBalancerOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOAD_BALANCER_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_INTERFACE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PolicyEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RdsOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RDS_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SseSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SSE_SPECIFICATION_TYPE),
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
            name: "VerifiedAccessGroupId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "VerifiedAccessEndpointId",
        "EndpointDomain",
        "CreationTime",
        "LastUpdatedTime",
        "Status",
        "DeviceValidationDomain",
        "VerifiedAccessInstanceId",
    ],
};

static CIDR_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessEndpoint.CidrOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cidr",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PortRanges",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http", "https", "tcp"]),
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

static LOAD_BALANCER_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessEndpoint.LoadBalancerOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "LoadBalancerArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortRanges",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http", "https", "tcp"]),
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

static NETWORK_INTERFACE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessEndpoint.NetworkInterfaceOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkInterfaceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortRanges",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http", "https", "tcp"]),
        },
    ],
    rules: &[],
};

static RDS_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessEndpoint.RdsOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["http", "https", "tcp"]),
        },
        ::forma_core::schema::Property {
            name: "RdsDbClusterArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RdsDbInstanceArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RdsDbProxyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RdsEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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

static SSE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessEndpoint.SseSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerManagedKeyEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessEndpoint.Tag",
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

static PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessEndpoint.PortRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "FromPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ToPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};
