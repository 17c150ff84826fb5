// @generated from AWS::Deadline::Worker (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Deadline::Worker` and its property types.

/// Definition of AWS::Deadline::Worker Resource Type
///
/// CloudFormation type `AWS::Deadline::Worker`.
#[derive(Debug, Clone, PartialEq)]
pub struct Worker {
    props: ::forma_core::schema::Props,
}
impl Worker {
    /// A new resource with its required properties: `FarmId`, `FleetId`.
    #[track_caller]
    pub fn new(
        farm_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        fleet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, farm_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, fleet_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The IP address and host name of the worker.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn host_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HostPropertiesRequest>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Worker {
    type Attributes = WorkerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Deadline::Worker"
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
/// The attributes of a `AWS::Deadline::Worker` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkerAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `WorkerId`.
    pub fn worker_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkerId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
}

/// The host property details.
#[derive(Debug, Clone, PartialEq)]
pub struct HostPropertiesRequest {
    props: ::forma_core::schema::Props,
}
impl HostPropertiesRequest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The host name.
    pub fn host_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The IP addresses for a host.
    pub fn ip_addresses(mut self, value: impl ::std::convert::Into<::forma_core::Value<IpAddresses>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HostPropertiesRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HostPropertiesRequest> for ::forma_core::Value<HostPropertiesRequest> {
    fn from(v: HostPropertiesRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOST_PROPERTIES_REQUEST_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::Deadline::Worker`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The IP addresses for a host.
#[derive(Debug, Clone, PartialEq)]
pub struct IpAddresses {
    props: ::forma_core::schema::Props,
}
impl IpAddresses {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IpV4 address of the network.
    pub fn ip_v4_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The IpV6 address for the network and node component.
    pub fn ip_v6_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IpAddresses {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IpAddresses> for ::forma_core::Value<IpAddresses> {
    fn from(v: IpAddresses) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IP_ADDRESSES_TYPE.properties))
    }
}

/// The schema of `AWS::Deadline::Worker`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Deadline::Worker",
    properties: &[
        ::forma_core::schema::Property {
            name: "FarmId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^farm-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FleetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^fleet-[0-9a-f]{32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HostProperties",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&HOST_PROPERTIES_REQUEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "WorkerId", "Status", "CreatedAt", "CreatedBy"],
};

static HOST_PROPERTIES_REQUEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Worker.HostPropertiesRequest",
    properties: &[
        ::forma_core::schema::Property {
            name: "HostName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\.\\-]{0,255}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IpAddresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IP_ADDRESSES_TYPE),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Worker.Tags",
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

static IP_ADDRESSES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Deadline::Worker.IpAddresses",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpV4Addresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IpV6Addresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?:[A-F0-9]{1,4}:){7}[A-F0-9]{1,4}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
