// @generated from AWS::MediaConnect::Gateway (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConnect::Gateway` and its property types.

/// Resource schema for AWS::MediaConnect::Gateway
///
/// CloudFormation type `AWS::MediaConnect::Gateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct Gateway {
    props: ::forma_core::schema::Props,
}
impl Gateway {
    /// A new resource with its required properties: `EgressCidrBlocks`, `Name`, `Networks`.
    #[track_caller]
    pub fn new(
        egress_cidr_blocks: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        networks: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GatewayNetwork>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, egress_cidr_blocks.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, networks.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Gateway {
    type Attributes = GatewayAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConnect::Gateway"
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
/// The attributes of a `AWS::MediaConnect::Gateway` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GatewayAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GatewayAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GatewayAttributes {
    /// `Fn::GetAtt` `GatewayArn`.
    pub fn gateway_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GatewayArn")
    }
    /// `Fn::GetAtt` `GatewayState`.
    pub fn gateway_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GatewayState")
    }
}

/// The network settings for a gateway.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayNetwork {
    props: ::forma_core::schema::Props,
}
impl GatewayNetwork {
    /// A new value with its required properties: `CidrBlock`, `Name`.
    pub fn new(
        cidr_block: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cidr_block.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GatewayNetwork> for ::forma_core::Value<GatewayNetwork> {
    fn from(v: GatewayNetwork) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GATEWAY_NETWORK_TYPE.properties))
    }
}

/// The schema of `AWS::MediaConnect::Gateway`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConnect::Gateway",
    properties: &[
        ::forma_core::schema::Property {
            name: "EgressCidrBlocks",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Networks",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GATEWAY_NETWORK_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(4) },
            ),
        },
    ],
    rules: &[],
    attributes: &["GatewayArn", "GatewayState"],
};

static GATEWAY_NETWORK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::Gateway.GatewayNetwork",
    properties: &[
        ::forma_core::schema::Property {
            name: "CidrBlock",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
