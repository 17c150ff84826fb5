// @generated from AWS::AppMesh::Mesh (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppMesh::Mesh` and its property types.

/// Resource Type definition for AWS::AppMesh::Mesh
///
/// CloudFormation type `AWS::AppMesh::Mesh`.
#[derive(Debug, Clone, PartialEq)]
pub struct Mesh {
    props: ::forma_core::schema::Props,
}
impl Mesh {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MeshName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn mesh_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Spec`.
    #[track_caller]
    pub fn spec(mut self, value: impl ::std::convert::Into<::forma_core::Value<MeshSpec>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Mesh {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Mesh {
    type Attributes = MeshAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppMesh::Mesh"
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
/// The attributes of a `AWS::AppMesh::Mesh` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MeshAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MeshAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MeshAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ResourceOwner`.
    pub fn resource_owner(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceOwner")
    }
    /// `Fn::GetAtt` `MeshOwner`.
    pub fn mesh_owner(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MeshOwner")
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

/// The `MeshSpec` property type of `AWS::AppMesh::Mesh`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeshSpec {
    props: ::forma_core::schema::Props,
}
impl MeshSpec {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EgressFilter`.
    pub fn egress_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<EgressFilter>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ServiceDiscovery`.
    pub fn service_discovery(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MeshServiceDiscovery>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MeshSpec {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MeshSpec> for ::forma_core::Value<MeshSpec> {
    fn from(v: MeshSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MESH_SPEC_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppMesh::Mesh`.
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

/// The `EgressFilter` property type of `AWS::AppMesh::Mesh`.
#[derive(Debug, Clone, PartialEq)]
pub struct EgressFilter {
    props: ::forma_core::schema::Props,
}
impl EgressFilter {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EgressFilter> for ::forma_core::Value<EgressFilter> {
    fn from(v: EgressFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EGRESS_FILTER_TYPE.properties))
    }
}

/// The `MeshServiceDiscovery` property type of `AWS::AppMesh::Mesh`.
#[derive(Debug, Clone, PartialEq)]
pub struct MeshServiceDiscovery {
    props: ::forma_core::schema::Props,
}
impl MeshServiceDiscovery {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IpPreference`.
    pub fn ip_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MeshServiceDiscovery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MeshServiceDiscovery> for ::forma_core::Value<MeshServiceDiscovery> {
    fn from(v: MeshServiceDiscovery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MESH_SERVICE_DISCOVERY_TYPE.properties))
    }
}

/// The schema of `AWS::AppMesh::Mesh`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppMesh::Mesh",
    properties: &[
        ::forma_core::schema::Property {
            name: "MeshName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Spec",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESH_SPEC_TYPE),
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
    attributes: &["Id", "ResourceOwner", "MeshOwner", "Arn", "Uid"],
};

static MESH_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Mesh.MeshSpec",
    properties: &[
        ::forma_core::schema::Property {
            name: "EgressFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EGRESS_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceDiscovery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESH_SERVICE_DISCOVERY_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Mesh.Tag",
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

static EGRESS_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Mesh.EgressFilter",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static MESH_SERVICE_DISCOVERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppMesh::Mesh.MeshServiceDiscovery",
    properties: &[::forma_core::schema::Property {
        name: "IpPreference",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
