// @generated from AWS::GroundStation::DataflowEndpointGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GroundStation::DataflowEndpointGroup` and its property types.

/// AWS Ground Station DataflowEndpointGroup schema for CloudFormation
///
/// CloudFormation type `AWS::GroundStation::DataflowEndpointGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataflowEndpointGroup {
    props: ::forma_core::schema::Props,
}
impl DataflowEndpointGroup {
    /// A new resource with its required properties: `EndpointDetails`.
    #[track_caller]
    pub fn new(
        endpoint_details: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EndpointDetails>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, endpoint_details.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Amount of time, in seconds, after a contact ends that the Ground Station Dataflow Endpoint Group will be in a POSTPASS state.
    ///
    /// Allowed: 30 to 480.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn contact_post_pass_duration_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Amount of time, in seconds, before a contact starts that the Ground Station Dataflow Endpoint Group will be in a PREPASS state.
    ///
    /// Allowed: 30 to 480.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn contact_pre_pass_duration_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataflowEndpointGroup {
    type Attributes = DataflowEndpointGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::GroundStation::DataflowEndpointGroup"
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
/// The attributes of a `AWS::GroundStation::DataflowEndpointGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataflowEndpointGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataflowEndpointGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataflowEndpointGroupAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `EndpointDetails` property type of `AWS::GroundStation::DataflowEndpointGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointDetails {
    props: ::forma_core::schema::Props,
}
impl EndpointDetails {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of: `Endpoint` and `SecurityDetails`; or `AwsGroundStationAgentEndpoint`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about AwsGroundStationAgentEndpoint.
    pub fn aws_ground_station_agent_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsGroundStationAgentEndpoint>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Endpoint`.
    pub fn endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataflowEndpoint>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SecurityDetails`.
    pub fn security_details(mut self, value: impl ::std::convert::Into<::forma_core::Value<SecurityDetails>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EndpointDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EndpointDetails> for ::forma_core::Value<EndpointDetails> {
    fn from(v: EndpointDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_DETAILS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::GroundStation::DataflowEndpointGroup`.
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

/// The values CloudFormation documents: `SUCCESS`, `FAILED`, `ACTIVE`, `INACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgentStatus {
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AgentStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failed => "FAILED",
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SUCCESS", "FAILED", "ACTIVE", "INACTIVE"]
    }
}
impl ::std::convert::From<AgentStatus> for ::forma_core::Value<AgentStatus> {
    fn from(v: AgentStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AgentStatus {}

/// The values CloudFormation documents: `HEALTHY`, `UNHEALTHY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuditResults {
    /// `HEALTHY`
    Healthy,
    /// `UNHEALTHY`
    Unhealthy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuditResults {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Healthy => "HEALTHY",
            Self::Unhealthy => "UNHEALTHY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HEALTHY", "UNHEALTHY"]
    }
}
impl ::std::convert::From<AuditResults> for ::forma_core::Value<AuditResults> {
    fn from(v: AuditResults) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuditResults {}

/// Information about AwsGroundStationAgentEndpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsGroundStationAgentEndpoint {
    props: ::forma_core::schema::Props,
}
impl AwsGroundStationAgentEndpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The status of AgentEndpoint.
    pub fn agent_status(mut self, value: impl ::forma_core::schema::EnumArg<AgentStatus>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The results of the audit.
    pub fn audit_results(mut self, value: impl ::forma_core::schema::EnumArg<AuditResults>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Egress address of AgentEndpoint with an optional mtu.
    pub fn egress_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectionDetails>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Ingress address of AgentEndpoint with a port range and an optional mtu.
    pub fn ingress_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RangedConnectionDetails>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsGroundStationAgentEndpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsGroundStationAgentEndpoint> for ::forma_core::Value<AwsGroundStationAgentEndpoint> {
    fn from(v: AwsGroundStationAgentEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_GROUND_STATION_AGENT_ENDPOINT_TYPE.properties))
    }
}

/// The `DataflowEndpoint` property type of `AWS::GroundStation::DataflowEndpointGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataflowEndpoint {
    props: ::forma_core::schema::Props,
}
impl DataflowEndpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Address`.
    pub fn address(mut self, value: impl ::std::convert::Into<::forma_core::Value<SocketAddress>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Mtu`.
    pub fn mtu(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataflowEndpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataflowEndpoint> for ::forma_core::Value<DataflowEndpoint> {
    fn from(v: DataflowEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATAFLOW_ENDPOINT_TYPE.properties))
    }
}

/// The `SecurityDetails` property type of `AWS::GroundStation::DataflowEndpointGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityDetails {
    props: ::forma_core::schema::Props,
}
impl SecurityDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 30 to 165.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SecurityDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SecurityDetails> for ::forma_core::Value<SecurityDetails> {
    fn from(v: SecurityDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECURITY_DETAILS_TYPE.properties))
    }
}

/// Egress address of AgentEndpoint with an optional mtu.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionDetails {
    props: ::forma_core::schema::Props,
}
impl ConnectionDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Maximum transmission unit (MTU) size in bytes of a dataflow endpoint.
    pub fn mtu(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SocketAddress`.
    pub fn socket_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<SocketAddress>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectionDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectionDetails> for ::forma_core::Value<ConnectionDetails> {
    fn from(v: ConnectionDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_DETAILS_TYPE.properties))
    }
}

/// Ingress address of AgentEndpoint with a port range and an optional mtu.
#[derive(Debug, Clone, PartialEq)]
pub struct RangedConnectionDetails {
    props: ::forma_core::schema::Props,
}
impl RangedConnectionDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Maximum transmission unit (MTU) size in bytes of a dataflow endpoint.
    pub fn mtu(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A socket address with a port range.
    pub fn socket_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RangedSocketAddress>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RangedConnectionDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RangedConnectionDetails> for ::forma_core::Value<RangedConnectionDetails> {
    fn from(v: RangedConnectionDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RANGED_CONNECTION_DETAILS_TYPE.properties))
    }
}

/// The `SocketAddress` property type of `AWS::GroundStation::DataflowEndpointGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct SocketAddress {
    props: ::forma_core::schema::Props,
}
impl SocketAddress {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Port`.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SocketAddress {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SocketAddress> for ::forma_core::Value<SocketAddress> {
    fn from(v: SocketAddress) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOCKET_ADDRESS_TYPE.properties))
    }
}

/// A socket address with a port range.
#[derive(Debug, Clone, PartialEq)]
pub struct RangedSocketAddress {
    props: ::forma_core::schema::Props,
}
impl RangedSocketAddress {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// IPv4 socket address.
    ///
    /// Allowed: length 7 to 16.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Port range of a socket address.
    pub fn port_range(mut self, value: impl ::std::convert::Into<::forma_core::Value<IntegerRange>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RangedSocketAddress {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RangedSocketAddress> for ::forma_core::Value<RangedSocketAddress> {
    fn from(v: RangedSocketAddress) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RANGED_SOCKET_ADDRESS_TYPE.properties))
    }
}

/// An integer range that has a minimum and maximum value.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegerRange {
    props: ::forma_core::schema::Props,
}
impl IntegerRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A maximum value.
    pub fn maximum(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A minimum value.
    pub fn minimum(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IntegerRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IntegerRange> for ::forma_core::Value<IntegerRange> {
    fn from(v: IntegerRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGER_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::GroundStation::DataflowEndpointGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GroundStation::DataflowEndpointGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactPostPassDurationSeconds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(30.0),
                maximum: Some(480.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContactPrePassDurationSeconds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(30.0),
                maximum: Some(480.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndpointDetails",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENDPOINT_DETAILS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(500) },
            ),
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
    attributes: &["Id", "Arn"],
};

static ENDPOINT_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroup.EndpointDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsGroundStationAgentEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_GROUND_STATION_AGENT_ENDPOINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATAFLOW_ENDPOINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecurityDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECURITY_DETAILS_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["Endpoint", "SecurityDetails"],
        &["AwsGroundStationAgentEndpoint"],
    ])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroup.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9\\+\\-=._:/@]{1,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9\\+\\-=._:/@]{1,256}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static AWS_GROUND_STATION_AGENT_ENDPOINT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GroundStation::DataflowEndpointGroup.AwsGroundStationAgentEndpoint",
        properties: &[
            ::forma_core::schema::Property {
                name: "AgentStatus",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["SUCCESS", "FAILED", "ACTIVE", "INACTIVE"]),
            },
            ::forma_core::schema::Property {
                name: "AuditResults",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["HEALTHY", "UNHEALTHY"]),
            },
            ::forma_core::schema::Property {
                name: "EgressAddress",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONNECTION_DETAILS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "IngressAddress",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RANGED_CONNECTION_DETAILS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[ a-zA-Z0-9_:-]{1,256}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
        ],
        rules: &[],
    };

static DATAFLOW_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroup.DataflowEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Address",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOCKET_ADDRESS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Mtu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ a-zA-Z0-9_:-]{1,256}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SECURITY_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroup.SecurityDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()$"),
                min_length: Some(30),
                max_length: Some(165),
            }),
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

static CONNECTION_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroup.ConnectionDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mtu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SocketAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOCKET_ADDRESS_TYPE),
        },
    ],
    rules: &[],
};

static RANGED_CONNECTION_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroup.RangedConnectionDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mtu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SocketAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RANGED_SOCKET_ADDRESS_TYPE),
        },
    ],
    rules: &[],
};

static SOCKET_ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroup.SocketAddress",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
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
    ],
    rules: &[],
};

static RANGED_SOCKET_ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroup.RangedSocketAddress",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"),
                min_length: Some(7),
                max_length: Some(16),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTEGER_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static INTEGER_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroup.IntegerRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "Maximum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Minimum",
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
