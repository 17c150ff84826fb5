// @generated from AWS::MSK::ServerlessCluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MSK::ServerlessCluster` and its property types.

/// Resource Type definition for AWS::MSK::ServerlessCluster
///
/// CloudFormation type `AWS::MSK::ServerlessCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerlessCluster {
    props: ::forma_core::schema::Props,
}
impl ServerlessCluster {
    /// A new resource with its required properties: `ClientAuthentication`, `ClusterName`, `VpcConfigs`.
    #[track_caller]
    pub fn new(
        client_authentication: impl ::std::convert::Into<::forma_core::Value<ClientAuthentication>>,
        cluster_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_configs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VpcConfig>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, client_authentication.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, cluster_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, vpc_configs.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A key-value pair to associate with a resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ServerlessCluster {
    type Attributes = ServerlessClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::MSK::ServerlessCluster"
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
/// The attributes of a `AWS::MSK::ServerlessCluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServerlessClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServerlessClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServerlessClusterAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `ClientAuthentication` property type of `AWS::MSK::ServerlessCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientAuthentication {
    props: ::forma_core::schema::Props,
}
impl ClientAuthentication {
    /// A new value with its required properties: `Sasl`.
    pub fn new(sasl: impl ::std::convert::Into<::forma_core::Value<Sasl>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, sasl.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ClientAuthentication> for ::forma_core::Value<ClientAuthentication> {
    fn from(v: ClientAuthentication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLIENT_AUTHENTICATION_TYPE.properties))
    }
}

/// The `VpcConfig` property type of `AWS::MSK::ServerlessCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value with its required properties: `SubnetIds`.
    pub fn new(
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, subnet_ids.into().into_expr());
        Self { props }
    }
    /// `SecurityGroups`.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// The `Sasl` property type of `AWS::MSK::ServerlessCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Sasl {
    props: ::forma_core::schema::Props,
}
impl Sasl {
    /// A new value with its required properties: `Iam`.
    pub fn new(iam: impl ::std::convert::Into<::forma_core::Value<Iam>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, iam.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Sasl> for ::forma_core::Value<Sasl> {
    fn from(v: Sasl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SASL_TYPE.properties))
    }
}

/// The `Iam` property type of `AWS::MSK::ServerlessCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Iam {
    props: ::forma_core::schema::Props,
}
impl Iam {
    /// A new value with its required properties: `Enabled`.
    pub fn new(enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Iam> for ::forma_core::Value<Iam> {
    fn from(v: Iam) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_TYPE.properties))
    }
}

/// The schema of `AWS::MSK::ServerlessCluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MSK::ServerlessCluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientAuthentication",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CLIENT_AUTHENTICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "VpcConfigs",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static CLIENT_AUTHENTICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::ServerlessCluster.ClientAuthentication",
    properties: &[::forma_core::schema::Property {
        name: "Sasl",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SASL_TYPE),
    }],
    rules: &[],
};

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::ServerlessCluster.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SASL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::ServerlessCluster.Sasl",
    properties: &[::forma_core::schema::Property {
        name: "Iam",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&IAM_TYPE),
    }],
    rules: &[],
};

static IAM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MSK::ServerlessCluster.Iam",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};
