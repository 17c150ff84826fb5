// @generated from AWS::MediaLive::Cluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaLive::Cluster` and its property types.

/// Definition of AWS::MediaLive::Cluster Resource Type
///
/// CloudFormation type `AWS::MediaLive::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    props: ::forma_core::schema::Props,
}
impl Cluster {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The hardware type for the cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_type(mut self, value: impl ::forma_core::schema::EnumArg<ClusterType>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IAM role your nodes will use.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user-specified name of the Cluster to be created.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// On premises settings which will have the interface network mappings and default Output logical interface
    #[track_caller]
    pub fn network_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClusterNetworkSettings>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of key-value pairs.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Cluster {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Cluster {
    type Attributes = ClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaLive::Cluster"
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
/// The attributes of a `AWS::MediaLive::Cluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClusterAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ChannelIds`.
    pub fn channel_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ChannelIds")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The values CloudFormation documents: `ON_PREMISES`, `OUTPOSTS_RACK`, `OUTPOSTS_SERVER`, `EC2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClusterType {
    /// `ON_PREMISES`
    OnPremises,
    /// `OUTPOSTS_RACK`
    OutpostsRack,
    /// `OUTPOSTS_SERVER`
    OutpostsServer,
    /// `EC2`
    Ec2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClusterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnPremises => "ON_PREMISES",
            Self::OutpostsRack => "OUTPOSTS_RACK",
            Self::OutpostsServer => "OUTPOSTS_SERVER",
            Self::Ec2 => "EC2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ON_PREMISES", "OUTPOSTS_RACK", "OUTPOSTS_SERVER", "EC2"]
    }
}
impl ::std::convert::From<ClusterType> for ::forma_core::Value<ClusterType> {
    fn from(v: ClusterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClusterType {}

/// On premises settings which will have the interface network mappings and default Output logical interface
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterNetworkSettings {
    props: ::forma_core::schema::Props,
}
impl ClusterNetworkSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Default value if the customer does not define it in channel Output API
    pub fn default_route(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Network mappings for the cluster
    pub fn interface_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InterfaceMapping>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClusterNetworkSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClusterNetworkSettings> for ::forma_core::Value<ClusterNetworkSettings> {
    fn from(v: ClusterNetworkSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_NETWORK_SETTINGS_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tags {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// Network mappings for the cluster
#[derive(Debug, Clone, PartialEq)]
pub struct InterfaceMapping {
    props: ::forma_core::schema::Props,
}
impl InterfaceMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// logical interface name, unique in the list
    pub fn logical_interface_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Network Id to be associated with the logical interface name, can be duplicated in list
    pub fn network_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InterfaceMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InterfaceMapping> for ::forma_core::Value<InterfaceMapping> {
    fn from(v: InterfaceMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERFACE_MAPPING_TYPE.properties))
    }
}

/// The schema of `AWS::MediaLive::Cluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaLive::Cluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ON_PREMISES", "OUTPOSTS_RACK", "OUTPOSTS_SERVER", "EC2"]),
        },
        ::forma_core::schema::Property {
            name: "InstanceRoleArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.+:iam:.+:role/.+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLUSTER_NETWORK_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "ChannelIds", "Id", "State"],
};

static CLUSTER_NETWORK_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Cluster.ClusterNetworkSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultRoute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InterfaceMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INTERFACE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Cluster.Tags",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INTERFACE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Cluster.InterfaceMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogicalInterfaceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
