// @generated from AWS::EMRContainers::VirtualCluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMRContainers::VirtualCluster` and its property types.

/// Resource Schema of AWS::EMRContainers::VirtualCluster Type
///
/// CloudFormation type `AWS::EMRContainers::VirtualCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct VirtualCluster {
    props: ::forma_core::schema::Props,
}
impl VirtualCluster {
    /// A new resource with its required properties: `ContainerProvider`, `Name`.
    #[track_caller]
    pub fn new(
        container_provider: impl ::std::convert::Into<::forma_core::Value<ContainerProvider>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, container_provider.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the security configuration.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_configuration_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the virtual cluster is session-enabled for Spark Connect.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn session_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this virtual cluster.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VirtualCluster {
    type Attributes = VirtualClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMRContainers::VirtualCluster"
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
/// The attributes of a `AWS::EMRContainers::VirtualCluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VirtualClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VirtualClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VirtualClusterAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `EKS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `EKS`
    Eks,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Eks => "EKS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EKS"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `ContainerProvider` property type of `AWS::EMRContainers::VirtualCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerProvider {
    props: ::forma_core::schema::Props,
}
impl ContainerProvider {
    /// A new value with its required properties: `Id`, `Info`, `Type`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        info: impl ::std::convert::Into<::forma_core::Value<ContainerInfo>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, info.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContainerProvider> for ::forma_core::Value<ContainerProvider> {
    fn from(v: ContainerProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_PROVIDER_TYPE.properties))
    }
}

/// An arbitrary set of tags (key-value pairs) for this virtual cluster.
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

/// The `ContainerInfo` property type of `AWS::EMRContainers::VirtualCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerInfo {
    props: ::forma_core::schema::Props,
}
impl ContainerInfo {
    /// A new value with its required properties: `EksInfo`.
    pub fn new(eks_info: impl ::std::convert::Into<::forma_core::Value<EksInfo>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, eks_info.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContainerInfo> for ::forma_core::Value<ContainerInfo> {
    fn from(v: ContainerInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_INFO_TYPE.properties))
    }
}

/// The `EksInfo` property type of `AWS::EMRContainers::VirtualCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct EksInfo {
    props: ::forma_core::schema::Props,
}
impl EksInfo {
    /// A new value with its required properties: `Namespace`.
    pub fn new(namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, namespace.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EksInfo> for ::forma_core::Value<EksInfo> {
    fn from(v: EksInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EKS_INFO_TYPE.properties))
    }
}

/// The schema of `AWS::EMRContainers::VirtualCluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMRContainers::VirtualCluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerProvider",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_PROVIDER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\.\\-_/#A-Za-z0-9]+"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityConfigurationId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9a-z]+"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SessionEnabled",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
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
    attributes: &["Arn", "Id"],
};

static CONTAINER_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::VirtualCluster.ContainerProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z][A-Za-z0-9\\-_]*"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Info",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EKS"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::VirtualCluster.Tag",
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

static CONTAINER_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::VirtualCluster.ContainerInfo",
    properties: &[::forma_core::schema::Property {
        name: "EksInfo",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EKS_INFO_TYPE),
    }],
    rules: &[],
};

static EKS_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::VirtualCluster.EksInfo",
    properties: &[::forma_core::schema::Property {
        name: "Namespace",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("[a-z0-9]([-a-z0-9]*[a-z0-9])?"),
            min_length: Some(1),
            max_length: Some(63),
        }),
    }],
    rules: &[],
};
