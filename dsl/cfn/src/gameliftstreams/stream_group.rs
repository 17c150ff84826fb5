// @generated from AWS::GameLiftStreams::StreamGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GameLiftStreams::StreamGroup` and its property types.

/// Definition of AWS::GameLiftStreams::StreamGroup Resource Type
///
/// CloudFormation type `AWS::GameLiftStreams::StreamGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamGroup {
    props: ::forma_core::schema::Props,
}
impl StreamGroup {
    /// A new resource with its required properties: `Description`, `LocationConfigurations`, `StreamClass`.
    #[track_caller]
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        location_configurations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LocationConfiguration>>>,
        stream_class: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, location_configurations.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, stream_class.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DefaultApplication`.
    #[track_caller]
    pub fn default_application(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultApplication>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StreamGroup {
    type Attributes = StreamGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::GameLiftStreams::StreamGroup"
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
/// The attributes of a `AWS::GameLiftStreams::StreamGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StreamGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StreamGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StreamGroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `DefaultApplication` property type of `AWS::GameLiftStreams::StreamGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultApplication {
    props: ::forma_core::schema::Props,
}
impl DefaultApplication {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Arn`.
    ///
    /// Allowed: length 1 to 128.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Id`.
    ///
    /// Allowed: length 1 to 32.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultApplication {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultApplication> for ::forma_core::Value<DefaultApplication> {
    fn from(v: DefaultApplication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_APPLICATION_TYPE.properties))
    }
}

/// The `LocationConfiguration` property type of `AWS::GameLiftStreams::StreamGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationConfiguration {
    props: ::forma_core::schema::Props,
}
impl LocationConfiguration {
    /// A new value with its required properties: `LocationName`.
    pub fn new(location_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, location_name.into().into_expr());
        Self { props }
    }
    /// `AlwaysOnCapacity`.
    ///
    /// Allowed: at least 0.
    pub fn always_on_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumCapacity`.
    ///
    /// Allowed: at least 0.
    pub fn maximum_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// This shape is deprecated.
    ///
    /// Allowed: at least 0.
    pub fn on_demand_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `TargetIdleCapacity`.
    ///
    /// Allowed: at least 0.
    pub fn target_idle_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `VpcTransitConfiguration`.
    pub fn vpc_transit_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcTransitConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LocationConfiguration> for ::forma_core::Value<LocationConfiguration> {
    fn from(v: LocationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `VpcTransitConfiguration` property type of `AWS::GameLiftStreams::StreamGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcTransitConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcTransitConfiguration {
    /// A new value with its required properties: `Ipv4CidrBlocks`, `VpcId`.
    pub fn new(
        ipv4_cidr_blocks: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ipv4_cidr_blocks.into().into_expr());
        props.set(1, vpc_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcTransitConfiguration> for ::forma_core::Value<VpcTransitConfiguration> {
    fn from(v: VpcTransitConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_TRANSIT_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::GameLiftStreams::StreamGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GameLiftStreams::StreamGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultApplication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_APPLICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_.!+@/][a-zA-Z0-9-_.!+@/ ]*$"),
                min_length: Some(1),
                max_length: Some(80),
            }),
        },
        ::forma_core::schema::Property {
            name: "LocationConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOCATION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "StreamClass",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id"],
};

static DEFAULT_APPLICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLiftStreams::StreamGroup.DefaultApplication",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws:gameliftstreams:([^:\n]*):([0-9]{12}):([^:\n]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
    ],
    rules: &[],
};

static LOCATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLiftStreams::StreamGroup.LocationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlwaysOnCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LocationName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OnDemandCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetIdleCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcTransitConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_TRANSIT_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static VPC_TRANSIT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::GameLiftStreams::StreamGroup.VpcTransitConfiguration",
properties: &[
::forma_core::schema::Property { name: "Ipv4CidrBlocks", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])/([0-9]|[1-2][0-9]|3[0-2])$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) }) },
::forma_core::schema::Property { name: "VpcId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(32) }) },
],
rules: &[],
};
