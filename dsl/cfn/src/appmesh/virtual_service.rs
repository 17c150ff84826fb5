// @generated from AWS::AppMesh::VirtualService (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppMesh::VirtualService` and its property types.

/// Resource Type definition for AWS::AppMesh::VirtualService
///
/// CloudFormation type `AWS::AppMesh::VirtualService`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualService {
    props: ::forma_core::schema::Props,
}
impl VirtualService {
    /// A new resource with its required properties: `MeshName`, `Spec`, `VirtualServiceName`.
    #[track_caller]
    pub fn new(
        mesh_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        spec: impl ::std::convert::Into<::forma_core::Value<VirtualServiceSpec>>,
        virtual_service_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, mesh_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, spec.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, virtual_service_name.into().into_expr(), ::std::panic::Location::caller());
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
}
impl ::forma_core::CfnResource for VirtualService {
    type Attributes = VirtualServiceAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppMesh::VirtualService"
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
/// The attributes of a `AWS::AppMesh::VirtualService` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VirtualServiceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VirtualServiceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VirtualServiceAttributes {
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

/// The `VirtualServiceSpec` property type of `AWS::AppMesh::VirtualService`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualServiceSpec {
    props: ::forma_core::schema::Props,
}
impl VirtualServiceSpec {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Provider`.
    pub fn provider(mut self, value: impl ::std::convert::Into<::forma_core::Value<VirtualServiceProvider>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualServiceSpec {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualServiceSpec> for ::forma_core::Value<VirtualServiceSpec> {
    fn from(v: VirtualServiceSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_SERVICE_SPEC_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppMesh::VirtualService`.
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

/// The `VirtualServiceProvider` property type of `AWS::AppMesh::VirtualService`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualServiceProvider {
    props: ::forma_core::schema::Props,
}
impl VirtualServiceProvider {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `VirtualNode`.
    pub fn virtual_node(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualNodeServiceProvider>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `VirtualRouter`.
    pub fn virtual_router(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VirtualRouterServiceProvider>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VirtualServiceProvider {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VirtualServiceProvider> for ::forma_core::Value<VirtualServiceProvider> {
    fn from(v: VirtualServiceProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_SERVICE_PROVIDER_TYPE.properties))
    }
}

/// The `VirtualNodeServiceProvider` property type of `AWS::AppMesh::VirtualService`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualNodeServiceProvider {
    props: ::forma_core::schema::Props,
}
impl VirtualNodeServiceProvider {
    /// A new value with its required properties: `VirtualNodeName`.
    pub fn new(virtual_node_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, virtual_node_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualNodeServiceProvider> for ::forma_core::Value<VirtualNodeServiceProvider> {
    fn from(v: VirtualNodeServiceProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_NODE_SERVICE_PROVIDER_TYPE.properties))
    }
}

/// The `VirtualRouterServiceProvider` property type of `AWS::AppMesh::VirtualService`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualRouterServiceProvider {
    props: ::forma_core::schema::Props,
}
impl VirtualRouterServiceProvider {
    /// A new value with its required properties: `VirtualRouterName`.
    pub fn new(virtual_router_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, virtual_router_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VirtualRouterServiceProvider> for ::forma_core::Value<VirtualRouterServiceProvider> {
    fn from(v: VirtualRouterServiceProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIRTUAL_ROUTER_SERVICE_PROVIDER_TYPE.properties))
    }
}

/// The schema of `AWS::AppMesh::VirtualService`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppMesh::VirtualService",
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
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_SERVICE_SPEC_TYPE),
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
            name: "VirtualServiceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id", "ResourceOwner", "Arn", "Uid"],
};

static VIRTUAL_SERVICE_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualService.VirtualServiceSpec",
    properties: &[::forma_core::schema::Property {
        name: "Provider",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&VIRTUAL_SERVICE_PROVIDER_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualService.Tag",
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

static VIRTUAL_SERVICE_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualService.VirtualServiceProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "VirtualNode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_NODE_SERVICE_PROVIDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VirtualRouter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIRTUAL_ROUTER_SERVICE_PROVIDER_TYPE),
        },
    ],
    rules: &[],
};

static VIRTUAL_NODE_SERVICE_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualService.VirtualNodeServiceProvider",
    properties: &[::forma_core::schema::Property {
        name: "VirtualNodeName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static VIRTUAL_ROUTER_SERVICE_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::VirtualService.VirtualRouterServiceProvider",
    properties: &[::forma_core::schema::Property {
        name: "VirtualRouterName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
