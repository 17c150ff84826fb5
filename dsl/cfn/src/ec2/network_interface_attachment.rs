// @generated from AWS::EC2::NetworkInterfaceAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::NetworkInterfaceAttachment` and its property types.

/// Attaches an elastic network interface (ENI) to an Amazon EC2 instance.
///
/// CloudFormation type `AWS::EC2::NetworkInterfaceAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInterfaceAttachment {
    props: ::forma_core::schema::Props,
}
impl NetworkInterfaceAttachment {
    /// A new resource with its required properties: `DeviceIndex`, `InstanceId`, `NetworkInterfaceId`.
    #[track_caller]
    pub fn new(
        device_index: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        network_interface_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, device_index.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, instance_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, network_interface_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether to delete the network interface when the instance terminates.
    #[track_caller]
    pub fn delete_on_termination(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of ENA queues created with the instance.
    #[track_caller]
    pub fn ena_queue_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configures ENA Express for the network interface that this action attaches to the instance.
    #[track_caller]
    pub fn ena_srd_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnaSrdSpecification>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NetworkInterfaceAttachment {
    type Attributes = NetworkInterfaceAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::NetworkInterfaceAttachment"
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
/// The attributes of a `AWS::EC2::NetworkInterfaceAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkInterfaceAttachmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkInterfaceAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkInterfaceAttachmentAttributes {
    /// `Fn::GetAtt` `AttachmentId`.
    pub fn attachment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AttachmentId")
    }
}

/// ENA Express uses AWS Scalable Reliable Datagram (SRD) technology to increase the maximum bandwidth used per stream and minimize tail latency of network traffic between EC2 instances.
#[derive(Debug, Clone, PartialEq)]
pub struct EnaSrdSpecification {
    props: ::forma_core::schema::Props,
}
impl EnaSrdSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether ENA Express is enabled for the network interface.
    pub fn ena_srd_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configures ENA Express for UDP network traffic.
    pub fn ena_srd_udp_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnaSrdSpecificationEnaSrdUdpSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnaSrdSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnaSrdSpecification> for ::forma_core::Value<EnaSrdSpecification> {
    fn from(v: EnaSrdSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENA_SRD_SPECIFICATION_TYPE.properties))
    }
}

/// Configures ENA Express for UDP network traffic.
#[derive(Debug, Clone, PartialEq)]
pub struct EnaSrdSpecificationEnaSrdUdpSpecification {
    props: ::forma_core::schema::Props,
}
impl EnaSrdSpecificationEnaSrdUdpSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EnaSrdUdpEnabled`.
    pub fn ena_srd_udp_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnaSrdSpecificationEnaSrdUdpSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnaSrdSpecificationEnaSrdUdpSpecification>
    for ::forma_core::Value<EnaSrdSpecificationEnaSrdUdpSpecification>
{
    fn from(v: EnaSrdSpecificationEnaSrdUdpSpecification) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(ENA_SRD_SPECIFICATION_ENA_SRD_UDP_SPECIFICATION_TYPE.properties),
        )
    }
}

/// The schema of `AWS::EC2::NetworkInterfaceAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::NetworkInterfaceAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteOnTermination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeviceIndex",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnaQueueCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnaSrdSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENA_SRD_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["AttachmentId"],
};

static ENA_SRD_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInterfaceAttachment.EnaSrdSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnaSrdEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnaSrdUdpSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENA_SRD_SPECIFICATION_ENA_SRD_UDP_SPECIFICATION_TYPE),
        },
    ],
    rules: &[],
};

static ENA_SRD_SPECIFICATION_ENA_SRD_UDP_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::NetworkInterfaceAttachment.EnaSrdSpecificationEnaSrdUdpSpecification",
        properties: &[::forma_core::schema::Property {
            name: "EnaSrdUdpEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        }],
        rules: &[],
    };
