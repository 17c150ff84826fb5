// @generated from AWS::IoTSecureTunneling::Tunnel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTSecureTunneling::Tunnel` and its property types.

/// A connection between a source computer and a destination device using AWS IoT Secure Tunneling.
///
/// CloudFormation type `AWS::IoTSecureTunneling::Tunnel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tunnel {
    props: ::forma_core::schema::Props,
}
impl Tunnel {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A short text description of the tunnel.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The destination configuration for the tunnel.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of tag metadata.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Timeout configuration for the tunnel.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn timeout_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TimeoutConfig>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Tunnel {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Tunnel {
    type Attributes = TunnelAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTSecureTunneling::Tunnel"
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
/// The attributes of a `AWS::IoTSecureTunneling::Tunnel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TunnelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TunnelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TunnelAttributes {
    /// `Fn::GetAtt` `TunnelArn`.
    pub fn tunnel_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TunnelArn")
    }
    /// `Fn::GetAtt` `TunnelId`.
    pub fn tunnel_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TunnelId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The destination configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationConfig {
    props: ::forma_core::schema::Props,
}
impl DestinationConfig {
    /// A new value with its required properties: `Services`.
    pub fn new(
        services: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, services.into().into_expr());
        Self { props }
    }
    /// The name of the IoT thing to which you want to connect.
    ///
    /// Allowed: length 1 to 128.
    pub fn thing_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DestinationConfig> for ::forma_core::Value<DestinationConfig> {
    fn from(v: DestinationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CONFIG_TYPE.properties))
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

/// Tunnel timeout configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeoutConfig {
    props: ::forma_core::schema::Props,
}
impl TimeoutConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum amount of time (in minutes) a tunnel can remain open.
    ///
    /// Allowed: 1 to 720.
    pub fn max_lifetime_timeout_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TimeoutConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TimeoutConfig> for ::forma_core::Value<TimeoutConfig> {
    fn from(v: TimeoutConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMEOUT_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::IoTSecureTunneling::Tunnel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTSecureTunneling::Tunnel",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{C}]{1,2048}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_CONFIG_TYPE),
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
            name: "TimeoutConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TIMEOUT_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["TunnelArn", "TunnelId", "Status"],
};

static DESTINATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSecureTunneling::Tunnel.DestinationConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Services",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9:_-]+$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ThingName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:_-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSecureTunneling::Tunnel.Tag",
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

static TIMEOUT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSecureTunneling::Tunnel.TimeoutConfig",
    properties: &[::forma_core::schema::Property {
        name: "MaxLifetimeTimeoutMinutes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: Some(720.0),
        }),
    }],
    rules: &[],
};
