// @generated from AWS::ManagedBlockchain::Node (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ManagedBlockchain::Node` and its property types.

/// Resource Type definition for AWS::ManagedBlockchain::Node
///
/// CloudFormation type `AWS::ManagedBlockchain::Node`.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    props: ::forma_core::schema::Props,
}
impl Node {
    /// A new resource with its required properties: `NetworkId`, `NodeConfiguration`.
    #[track_caller]
    pub fn new(
        network_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        node_configuration: impl ::std::convert::Into<::forma_core::Value<NodeConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, network_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, node_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `MemberId`.
    #[track_caller]
    pub fn member_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Node {
    type Attributes = NodeAttributes;
    fn type_name(&self) -> &str {
        "AWS::ManagedBlockchain::Node"
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
/// The attributes of a `AWS::ManagedBlockchain::Node` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `NodeId`.
    pub fn node_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NodeId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `NodeConfiguration` property type of `AWS::ManagedBlockchain::Node`.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeConfiguration {
    props: ::forma_core::schema::Props,
}
impl NodeConfiguration {
    /// A new value with its required properties: `AvailabilityZone`, `InstanceType`.
    pub fn new(
        availability_zone: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, availability_zone.into().into_expr());
        props.set(1, instance_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NodeConfiguration> for ::forma_core::Value<NodeConfiguration> {
    fn from(v: NodeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NODE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::ManagedBlockchain::Node`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ManagedBlockchain::Node",
    properties: &[
        ::forma_core::schema::Property {
            name: "MemberId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NodeConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NODE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["NodeId", "Arn"],
};

static NODE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ManagedBlockchain::Node.NodeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
