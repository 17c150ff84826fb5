// @generated from AWS::MediaLive::Node (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaLive::Node` and its property types.

/// Definition of AWS::MediaLive::Node Resource Type
///
/// CloudFormation type `AWS::MediaLive::Node`.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    props: ::forma_core::schema::Props,
}
impl Node {
    /// A new resource with its required properties: `ClusterId`.
    #[track_caller]
    pub fn new(cluster_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The user-specified name of the Node.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of interface mappings for the Node.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn node_interface_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NodeInterfaceMapping>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The role of the Node in the Cluster.
    #[track_caller]
    pub fn role(mut self, value: impl ::forma_core::schema::EnumArg<NodeRole>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of SDI source mappings.
    #[track_caller]
    pub fn sdi_source_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SdiSourceMapping>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of key-value pairs.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Node {
    type Attributes = NodeAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaLive::Node"
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
/// The attributes of a `AWS::MediaLive::Node` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NodeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NodeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NodeAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `ConnectionState`.
    pub fn connection_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectionState")
    }
    /// `Fn::GetAtt` `InstanceArn`.
    pub fn instance_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceArn")
    }
    /// `Fn::GetAtt` `ChannelPlacementGroups`.
    pub fn channel_placement_groups(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ChannelPlacementGroups")
    }
}

/// The values CloudFormation documents: `BACKUP`, `ACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NodeRole {
    /// `BACKUP`
    Backup,
    /// `ACTIVE`
    Active,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NodeRole {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Backup => "BACKUP",
            Self::Active => "ACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BACKUP", "ACTIVE"]
    }
}
impl ::std::convert::From<NodeRole> for ::forma_core::Value<NodeRole> {
    fn from(v: NodeRole) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NodeRole {}

/// The values CloudFormation documents: `NAT`, `BRIDGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkInterfaceMode {
    /// `NAT`
    Nat,
    /// `BRIDGE`
    Bridge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkInterfaceMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nat => "NAT",
            Self::Bridge => "BRIDGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NAT", "BRIDGE"]
    }
}
impl ::std::convert::From<NetworkInterfaceMode> for ::forma_core::Value<NetworkInterfaceMode> {
    fn from(v: NetworkInterfaceMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkInterfaceMode {}

/// Node interface mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeInterfaceMapping {
    props: ::forma_core::schema::Props,
}
impl NodeInterfaceMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The logical name for this interface.
    pub fn logical_interface_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The network interface mode.
    pub fn network_interface_mode(mut self, value: impl ::forma_core::schema::EnumArg<NetworkInterfaceMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The physical interface name.
    pub fn physical_interface_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NodeInterfaceMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NodeInterfaceMapping> for ::forma_core::Value<NodeInterfaceMapping> {
    fn from(v: NodeInterfaceMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_INTERFACE_MAPPING_TYPE.properties))
    }
}

/// SDI source mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct SdiSourceMapping {
    props: ::forma_core::schema::Props,
}
impl SdiSourceMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The card number.
    pub fn card_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The channel number.
    pub fn channel_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The SDI source.
    pub fn sdi_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SdiSourceMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SdiSourceMapping> for ::forma_core::Value<SdiSourceMapping> {
    fn from(v: SdiSourceMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SDI_SOURCE_MAPPING_TYPE.properties))
    }
}

/// A key-value pair to associate with the resource.
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

/// The schema of `AWS::MediaLive::Node`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaLive::Node",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NodeInterfaceMappings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&NODE_INTERFACE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BACKUP", "ACTIVE"]),
        },
        ::forma_core::schema::Property {
            name: "SdiSourceMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SDI_SOURCE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
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
    attributes: &["Arn", "Id", "State", "ConnectionState", "InstanceArn", "ChannelPlacementGroups"],
};

static NODE_INTERFACE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Node.NodeInterfaceMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogicalInterfaceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkInterfaceMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NAT", "BRIDGE"]),
        },
        ::forma_core::schema::Property {
            name: "PhysicalInterfaceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SDI_SOURCE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Node.SdiSourceMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "CardNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ChannelNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SdiSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::Node.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
