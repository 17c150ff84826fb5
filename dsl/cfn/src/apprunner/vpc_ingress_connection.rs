// @generated from AWS::AppRunner::VpcIngressConnection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppRunner::VpcIngressConnection` and its property types.

/// The AWS::AppRunner::VpcIngressConnection resource is an App Runner resource that specifies an App Runner VpcIngressConnection.
///
/// CloudFormation type `AWS::AppRunner::VpcIngressConnection`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcIngressConnection {
    props: ::forma_core::schema::Props,
}
impl VpcIngressConnection {
    /// A new resource with its required properties: `IngressVpcConfiguration`, `ServiceArn`.
    #[track_caller]
    pub fn new(
        ingress_vpc_configuration: impl ::std::convert::Into<::forma_core::Value<IngressVpcConfiguration>>,
        service_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, ingress_vpc_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, service_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The customer-provided Vpc Ingress Connection name.
    ///
    /// Allowed: length 4 to 40.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_ingress_connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpcIngressConnection {
    type Attributes = VpcIngressConnectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppRunner::VpcIngressConnection"
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
/// The attributes of a `AWS::AppRunner::VpcIngressConnection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcIngressConnectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcIngressConnectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcIngressConnectionAttributes {
    /// `Fn::GetAtt` `VpcIngressConnectionArn`.
    pub fn vpc_ingress_connection_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcIngressConnectionArn")
    }
    /// `Fn::GetAtt` `DomainName`.
    pub fn domain_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainName")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The configuration of customer’s VPC and related VPC endpoint
#[derive(Debug, Clone, PartialEq)]
pub struct IngressVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl IngressVpcConfiguration {
    /// A new value with its required properties: `VpcEndpointId`, `VpcId`.
    pub fn new(
        vpc_endpoint_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, vpc_endpoint_id.into().into_expr());
        props.set(1, vpc_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IngressVpcConfiguration> for ::forma_core::Value<IngressVpcConfiguration> {
    fn from(v: IngressVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INGRESS_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AppRunner::VpcIngressConnection`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::AppRunner::VpcIngressConnection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppRunner::VpcIngressConnection",
    properties: &[
        ::forma_core::schema::Property {
            name: "IngressVpcConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INGRESS_VPC_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[\\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\\w|/|-){1,1011}"),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcIngressConnectionName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9][A-Za-z0-9\\-_]{3,39}"),
                min_length: Some(4),
                max_length: Some(40),
            }),
        },
    ],
    rules: &[],
    attributes: &["VpcIngressConnectionArn", "DomainName", "Status"],
};

static INGRESS_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::VpcIngressConnection.IngressVpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "VpcEndpointId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(51200),
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(51200),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppRunner::VpcIngressConnection.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:).+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
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
