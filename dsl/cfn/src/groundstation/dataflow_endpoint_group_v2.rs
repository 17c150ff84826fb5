// @generated from AWS::GroundStation::DataflowEndpointGroupV2 (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GroundStation::DataflowEndpointGroupV2` and its property types.

/// Resource Type definition for AWS Ground Station DataflowEndpointGroupV2
///
/// CloudFormation type `AWS::GroundStation::DataflowEndpointGroupV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataflowEndpointGroupV2 {
    props: ::forma_core::schema::Props,
}
impl DataflowEndpointGroupV2 {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
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
    /// `Endpoints`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CreateEndpointDetails>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DataflowEndpointGroupV2 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DataflowEndpointGroupV2 {
    type Attributes = DataflowEndpointGroupV2Attributes;
    fn type_name(&self) -> &str {
        "AWS::GroundStation::DataflowEndpointGroupV2"
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
/// The attributes of a `AWS::GroundStation::DataflowEndpointGroupV2` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataflowEndpointGroupV2Attributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataflowEndpointGroupV2Attributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataflowEndpointGroupV2Attributes {
    /// `Fn::GetAtt` `EndpointDetails`.
    pub fn endpoint_details(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EndpointDetails")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `CreateEndpointDetails` property type of `AWS::GroundStation::DataflowEndpointGroupV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEndpointDetails {
    props: ::forma_core::schema::Props,
}
impl CreateEndpointDetails {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `UplinkAwsGroundStationAgentEndpoint` or `DownlinkAwsGroundStationAgentEndpoint`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about DownlinkAwsGroundStationAgentEndpoint used for create
    pub fn downlink_aws_ground_station_agent_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DownlinkAwsGroundStationAgentEndpoint>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Information about UplinkAwsGroundStationAgentEndpoint used for create
    pub fn uplink_aws_ground_station_agent_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UplinkAwsGroundStationAgentEndpoint>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CreateEndpointDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CreateEndpointDetails> for ::forma_core::Value<CreateEndpointDetails> {
    fn from(v: CreateEndpointDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREATE_ENDPOINT_DETAILS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::GroundStation::DataflowEndpointGroupV2`.
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

/// Information about DownlinkAwsGroundStationAgentEndpoint used for create
#[derive(Debug, Clone, PartialEq)]
pub struct DownlinkAwsGroundStationAgentEndpoint {
    props: ::forma_core::schema::Props,
}
impl DownlinkAwsGroundStationAgentEndpoint {
    /// A new value with its required properties: `DataflowDetails`, `Name`.
    pub fn new(
        dataflow_details: impl ::std::convert::Into<::forma_core::Value<DownlinkDataflowDetails>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dataflow_details.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DownlinkAwsGroundStationAgentEndpoint>
    for ::forma_core::Value<DownlinkAwsGroundStationAgentEndpoint>
{
    fn from(v: DownlinkAwsGroundStationAgentEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOWNLINK_AWS_GROUND_STATION_AGENT_ENDPOINT_TYPE.properties))
    }
}

/// Information about UplinkAwsGroundStationAgentEndpoint used for create
#[derive(Debug, Clone, PartialEq)]
pub struct UplinkAwsGroundStationAgentEndpoint {
    props: ::forma_core::schema::Props,
}
impl UplinkAwsGroundStationAgentEndpoint {
    /// A new value with its required properties: `DataflowDetails`, `Name`.
    pub fn new(
        dataflow_details: impl ::std::convert::Into<::forma_core::Value<UplinkDataflowDetails>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dataflow_details.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UplinkAwsGroundStationAgentEndpoint>
    for ::forma_core::Value<UplinkAwsGroundStationAgentEndpoint>
{
    fn from(v: UplinkAwsGroundStationAgentEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPLINK_AWS_GROUND_STATION_AGENT_ENDPOINT_TYPE.properties))
    }
}

/// Dataflow details for downlink
#[derive(Debug, Clone, PartialEq)]
pub struct DownlinkDataflowDetails {
    props: ::forma_core::schema::Props,
}
impl DownlinkDataflowDetails {
    /// A new value with its required properties: `AgentConnectionDetails`.
    pub fn new(
        agent_connection_details: impl ::std::convert::Into<::forma_core::Value<DownlinkConnectionDetails>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, agent_connection_details.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DownlinkDataflowDetails> for ::forma_core::Value<DownlinkDataflowDetails> {
    fn from(v: DownlinkDataflowDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOWNLINK_DATAFLOW_DETAILS_TYPE.properties))
    }
}

/// Dataflow details for uplink
#[derive(Debug, Clone, PartialEq)]
pub struct UplinkDataflowDetails {
    props: ::forma_core::schema::Props,
}
impl UplinkDataflowDetails {
    /// A new value with its required properties: `AgentConnectionDetails`.
    pub fn new(
        agent_connection_details: impl ::std::convert::Into<::forma_core::Value<UplinkConnectionDetails>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, agent_connection_details.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UplinkDataflowDetails> for ::forma_core::Value<UplinkDataflowDetails> {
    fn from(v: UplinkDataflowDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPLINK_DATAFLOW_DETAILS_TYPE.properties))
    }
}

/// Connection details for downlink, from ground station to agent, and customer to agent
#[derive(Debug, Clone, PartialEq)]
pub struct DownlinkConnectionDetails {
    props: ::forma_core::schema::Props,
}
impl DownlinkConnectionDetails {
    /// A new value with its required properties: `AgentIpAndPortAddress`, `EgressAddressAndPort`.
    pub fn new(
        agent_ip_and_port_address: impl ::std::convert::Into<::forma_core::Value<RangedConnectionDetails>>,
        egress_address_and_port: impl ::std::convert::Into<::forma_core::Value<ConnectionDetails>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, agent_ip_and_port_address.into().into_expr());
        props.set(1, egress_address_and_port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DownlinkConnectionDetails> for ::forma_core::Value<DownlinkConnectionDetails> {
    fn from(v: DownlinkConnectionDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOWNLINK_CONNECTION_DETAILS_TYPE.properties))
    }
}

/// Connection details for uplink, from ground station to agent, and customer to agent
#[derive(Debug, Clone, PartialEq)]
pub struct UplinkConnectionDetails {
    props: ::forma_core::schema::Props,
}
impl UplinkConnectionDetails {
    /// A new value with its required properties: `AgentIpAndPortAddress`, `IngressAddressAndPort`.
    pub fn new(
        agent_ip_and_port_address: impl ::std::convert::Into<::forma_core::Value<RangedConnectionDetails>>,
        ingress_address_and_port: impl ::std::convert::Into<::forma_core::Value<ConnectionDetails>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, agent_ip_and_port_address.into().into_expr());
        props.set(1, ingress_address_and_port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UplinkConnectionDetails> for ::forma_core::Value<UplinkConnectionDetails> {
    fn from(v: UplinkConnectionDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPLINK_CONNECTION_DETAILS_TYPE.properties))
    }
}

/// Socket address of an uplink or downlink agent endpoint with a port range and an optional mtu.
#[derive(Debug, Clone, PartialEq)]
pub struct RangedConnectionDetails {
    props: ::forma_core::schema::Props,
}
impl RangedConnectionDetails {
    /// A new value with its required properties: `SocketAddress`.
    pub fn new(socket_address: impl ::std::convert::Into<::forma_core::Value<RangedSocketAddress>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, socket_address.into().into_expr());
        Self { props }
    }
    /// Maximum transmission unit (MTU) size in bytes of a dataflow endpoint.
    ///
    /// Allowed: 1400 to 1500.
    pub fn mtu(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RangedConnectionDetails> for ::forma_core::Value<RangedConnectionDetails> {
    fn from(v: RangedConnectionDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RANGED_CONNECTION_DETAILS_TYPE.properties))
    }
}

/// Socket address of an uplink or downlink agent endpoint with an optional mtu.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionDetails {
    props: ::forma_core::schema::Props,
}
impl ConnectionDetails {
    /// A new value with its required properties: `SocketAddress`.
    pub fn new(socket_address: impl ::std::convert::Into<::forma_core::Value<SocketAddress>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, socket_address.into().into_expr());
        Self { props }
    }
    /// Maximum transmission unit (MTU) size in bytes of a dataflow endpoint.
    ///
    /// Allowed: 1400 to 1500.
    pub fn mtu(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConnectionDetails> for ::forma_core::Value<ConnectionDetails> {
    fn from(v: ConnectionDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_DETAILS_TYPE.properties))
    }
}

/// A socket address with a port range.
#[derive(Debug, Clone, PartialEq)]
pub struct RangedSocketAddress {
    props: ::forma_core::schema::Props,
}
impl RangedSocketAddress {
    /// A new value with its required properties: `Name`, `PortRange`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port_range: impl ::std::convert::Into<::forma_core::Value<IntegerRange>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, port_range.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RangedSocketAddress> for ::forma_core::Value<RangedSocketAddress> {
    fn from(v: RangedSocketAddress) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RANGED_SOCKET_ADDRESS_TYPE.properties))
    }
}

/// The `SocketAddress` property type of `AWS::GroundStation::DataflowEndpointGroupV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct SocketAddress {
    props: ::forma_core::schema::Props,
}
impl SocketAddress {
    /// A new value with its required properties: `Name`, `Port`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SocketAddress> for ::forma_core::Value<SocketAddress> {
    fn from(v: SocketAddress) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOCKET_ADDRESS_TYPE.properties))
    }
}

/// An integer range that has a minimum and maximum value.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegerRange {
    props: ::forma_core::schema::Props,
}
impl IntegerRange {
    /// A new value with its required properties: `Maximum`, `Minimum`.
    pub fn new(
        maximum: impl ::std::convert::Into<::forma_core::Value<i64>>,
        minimum: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, maximum.into().into_expr());
        props.set(1, minimum.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IntegerRange> for ::forma_core::Value<IntegerRange> {
    fn from(v: IntegerRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGER_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::GroundStation::DataflowEndpointGroupV2`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GroundStation::DataflowEndpointGroupV2",
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
            name: "Endpoints",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CREATE_ENDPOINT_DETAILS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(12) },
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
    attributes: &["EndpointDetails", "Id", "Arn"],
};

static CREATE_ENDPOINT_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.CreateEndpointDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "DownlinkAwsGroundStationAgentEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOWNLINK_AWS_GROUND_STATION_AGENT_ENDPOINT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UplinkAwsGroundStationAgentEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPLINK_AWS_GROUND_STATION_AGENT_ENDPOINT_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["UplinkAwsGroundStationAgentEndpoint"],
        &["DownlinkAwsGroundStationAgentEndpoint"],
    ])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.Tag",
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

static DOWNLINK_AWS_GROUND_STATION_AGENT_ENDPOINT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GroundStation::DataflowEndpointGroupV2.DownlinkAwsGroundStationAgentEndpoint",
        properties: &[
            ::forma_core::schema::Property {
                name: "DataflowDetails",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOWNLINK_DATAFLOW_DETAILS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
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

static UPLINK_AWS_GROUND_STATION_AGENT_ENDPOINT_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::GroundStation::DataflowEndpointGroupV2.UplinkAwsGroundStationAgentEndpoint",
        properties: &[
            ::forma_core::schema::Property {
                name: "DataflowDetails",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&UPLINK_DATAFLOW_DETAILS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
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

static DOWNLINK_DATAFLOW_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.DownlinkDataflowDetails",
    properties: &[::forma_core::schema::Property {
        name: "AgentConnectionDetails",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&DOWNLINK_CONNECTION_DETAILS_TYPE),
    }],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["AgentConnectionDetails"]])],
};

static UPLINK_DATAFLOW_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.UplinkDataflowDetails",
    properties: &[::forma_core::schema::Property {
        name: "AgentConnectionDetails",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&UPLINK_CONNECTION_DETAILS_TYPE),
    }],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["AgentConnectionDetails"]])],
};

static DOWNLINK_CONNECTION_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.DownlinkConnectionDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentIpAndPortAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RANGED_CONNECTION_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EgressAddressAndPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_DETAILS_TYPE),
        },
    ],
    rules: &[],
};

static UPLINK_CONNECTION_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.UplinkConnectionDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentIpAndPortAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RANGED_CONNECTION_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IngressAddressAndPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_DETAILS_TYPE),
        },
    ],
    rules: &[],
};

static RANGED_CONNECTION_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.RangedConnectionDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mtu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1400.0),
                maximum: Some(1500.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SocketAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RANGED_SOCKET_ADDRESS_TYPE),
        },
    ],
    rules: &[],
};

static CONNECTION_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.ConnectionDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mtu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1400.0),
                maximum: Some(1500.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SocketAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOCKET_ADDRESS_TYPE),
        },
    ],
    rules: &[],
};

static RANGED_SOCKET_ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.RangedSocketAddress",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PortRange",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTEGER_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static SOCKET_ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.SocketAddress",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static INTEGER_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GroundStation::DataflowEndpointGroupV2.IntegerRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "Maximum",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Minimum",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
