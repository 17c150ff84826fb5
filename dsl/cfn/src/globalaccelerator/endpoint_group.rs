// @generated from AWS::GlobalAccelerator::EndpointGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GlobalAccelerator::EndpointGroup` and its property types.

/// Resource Type definition for AWS::GlobalAccelerator::EndpointGroup
///
/// CloudFormation type `AWS::GlobalAccelerator::EndpointGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointGroup {
    props: ::forma_core::schema::Props,
}
impl EndpointGroup {
    /// A new resource with its required properties: `EndpointGroupRegion`, `ListenerArn`.
    #[track_caller]
    pub fn new(
        endpoint_group_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        listener_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, endpoint_group_region.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, listener_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The list of endpoint objects.
    #[track_caller]
    pub fn endpoint_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EndpointConfiguration>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The time in seconds between each health check for an endpoint.
    ///
    /// Allowed: 10 to 30.
    #[track_caller]
    pub fn health_check_interval_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `HealthCheckPath`.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn health_check_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port that AWS Global Accelerator uses to check the health of endpoints in this endpoint group.
    ///
    /// Allowed: -1 to 65535.
    #[track_caller]
    pub fn health_check_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The protocol that AWS Global Accelerator uses to check the health of endpoints in this endpoint group.
    #[track_caller]
    pub fn health_check_protocol(mut self, value: impl ::forma_core::schema::EnumArg<HealthCheckProtocol>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PortOverrides`.
    #[track_caller]
    pub fn port_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortOverride>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of consecutive health checks required to set the state of the endpoint to unhealthy.
    ///
    /// Allowed: 1 to 10.
    #[track_caller]
    pub fn threshold_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The percentage of traffic to sent to an AWS Region
    ///
    /// Allowed: 0 to 100.
    #[track_caller]
    pub fn traffic_dial_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EndpointGroup {
    type Attributes = EndpointGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::GlobalAccelerator::EndpointGroup"
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
/// The attributes of a `AWS::GlobalAccelerator::EndpointGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EndpointGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EndpointGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EndpointGroupAttributes {
    /// `Fn::GetAtt` `EndpointGroupArn`.
    pub fn endpoint_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointGroupArn")
    }
}

/// The values CloudFormation documents: `TCP`, `HTTP`, `HTTPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthCheckProtocol {
    /// `TCP`
    Tcp,
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HealthCheckProtocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tcp => "TCP",
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TCP", "HTTP", "HTTPS"]
    }
}
impl ::std::convert::From<HealthCheckProtocol> for ::forma_core::Value<HealthCheckProtocol> {
    fn from(v: HealthCheckProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HealthCheckProtocol {}

/// The configuration for a given endpoint
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointConfiguration {
    props: ::forma_core::schema::Props,
}
impl EndpointConfiguration {
    /// A new value with its required properties: `EndpointId`.
    pub fn new(endpoint_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, endpoint_id.into().into_expr());
        Self { props }
    }
    /// Attachment ARN that provides access control to the cross account endpoint.
    ///
    /// Allowed: length 0 to 255.
    pub fn attachment_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// true if client ip should be preserved
    pub fn client_ip_preservation_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The weight for the endpoint.
    ///
    /// Allowed: 0 to 255.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EndpointConfiguration> for ::forma_core::Value<EndpointConfiguration> {
    fn from(v: EndpointConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_CONFIGURATION_TYPE.properties))
    }
}

/// listener to endpoint port mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct PortOverride {
    props: ::forma_core::schema::Props,
}
impl PortOverride {
    /// A new value with its required properties: `EndpointPort`, `ListenerPort`.
    pub fn new(
        endpoint_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        listener_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, endpoint_port.into().into_expr());
        props.set(1, listener_port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PortOverride> for ::forma_core::Value<PortOverride> {
    fn from(v: PortOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_OVERRIDE_TYPE.properties))
    }
}

/// The schema of `AWS::GlobalAccelerator::EndpointGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GlobalAccelerator::EndpointGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndpointConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENDPOINT_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EndpointGroupRegion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckIntervalSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(10.0),
                maximum: Some(30.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/[-a-zA-Z0-9@:%_\\\\+.~#?&/=]*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HealthCheckProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TCP", "HTTP", "HTTPS"]),
        },
        ::forma_core::schema::Property {
            name: "ListenerArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortOverrides",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_OVERRIDE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThresholdCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TrafficDialPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
    attributes: &["EndpointGroupArn"],
};

static ENDPOINT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GlobalAccelerator::EndpointGroup.EndpointConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttachmentArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientIPPreservationEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EndpointId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(255.0),
            }),
        },
    ],
    rules: &[],
};

static PORT_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GlobalAccelerator::EndpointGroup.PortOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndpointPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ListenerPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};
