// @generated from AWS::AppMesh::VirtualRouter (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppMesh::VirtualRouter` and its property types.

/// Resource Type definition for AWS::AppMesh::VirtualRouter
///
/// CloudFormation type `AWS::AppMesh::VirtualRouter`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualRouter {
    props: ::forma_core::schema::Props,
}
impl VirtualRouter {
    /// A new resource with its required properties: `MeshName`, `Spec`.
    #[track_caller]
    pub fn new(
        mesh_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        spec: impl ::std::convert::Into<::forma_core::Value<VirtualRouterSpec>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, mesh_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, spec.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `MeshOwner`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn mesh_owner(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VirtualRouterName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn virtual_router_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VirtualRouter {
    type Attributes = VirtualRouterAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppMesh::VirtualRouter"
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
/// The attributes of a `AWS::AppMesh::VirtualRouter` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VirtualRouterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VirtualRouterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VirtualRouterAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ResourceOwner`.
    pub fn resource_owner(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceOwner")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Uid`.
    pub fn uid(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Uid")
    }
}

/// The `VirtualRouterSpec` property type of `AWS::AppMesh::VirtualRouter`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualRouterSpec {
    props: ::forma_core::schema::Props,
}
impl VirtualRouterSpec {
    /// A new value with its required properties: `Listeners`.
    pub fn new(
        listeners: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VirtualRouterListener>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, listeners.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualRouterSpec> for ::forma_core::Value<VirtualRouterSpec> {
    fn from(v: VirtualRouterSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_ROUTER_SPEC_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppMesh::VirtualRouter`.
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

/// The `VirtualRouterListener` property type of `AWS::AppMesh::VirtualRouter`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualRouterListener {
    props: ::forma_core::schema::Props,
}
impl VirtualRouterListener {
    /// A new value with its required properties: `PortMapping`.
    pub fn new(port_mapping: impl ::std::convert::Into<::forma_core::Value<PortMapping>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, port_mapping.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualRouterListener> for ::forma_core::Value<VirtualRouterListener> {
    fn from(v: VirtualRouterListener) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_ROUTER_LISTENER_TYPE.properties))
    }
}

/// The `PortMapping` property type of `AWS::AppMesh::VirtualRouter`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortMapping {
    props: ::forma_core::schema::Props,
}
impl PortMapping {
    /// A new value with its required properties: `Port`, `Protocol`.
    pub fn new(
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, port.into().into_expr());
        props.set(1, protocol.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PortMapping> for ::forma_core::Value<PortMapping> {
    fn from(v: PortMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_MAPPING_TYPE.properties))
    }
}

/// The schema of `AWS::AppMesh::VirtualRouter`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppMesh::VirtualRouter",
    properties: &[
        ::forma_core::schema::Property {
            name: "MeshName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MeshOwner",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Spec",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_ROUTER_SPEC_TYPE),
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
            name: "VirtualRouterName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id", "ResourceOwner", "Arn", "Uid"],
};

static VIRTUAL_ROUTER_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualRouter.VirtualRouterSpec",
    properties: &[::forma_core::schema::Property {
        name: "Listeners",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&VIRTUAL_ROUTER_LISTENER_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualRouter.Tag",
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

static VIRTUAL_ROUTER_LISTENER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualRouter.VirtualRouterListener",
    properties: &[::forma_core::schema::Property {
        name: "PortMapping",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PORT_MAPPING_TYPE),
    }],
    rules: &[],
};

static PORT_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualRouter.PortMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "Port",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
