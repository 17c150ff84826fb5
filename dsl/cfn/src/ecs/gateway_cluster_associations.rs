// @generated from AWS::ECS::GatewayClusterAssociations (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::GatewayClusterAssociations` and its property types.

/// Resource Type definition for AWS::ECS::GatewayClusterAssociations, which associates an ECS Gateway with an ECS Cluster.
///
/// CloudFormation type `AWS::ECS::GatewayClusterAssociations`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayClusterAssociations {
    props: ::forma_core::schema::Props,
}
impl GatewayClusterAssociations {
    /// A new resource with its required properties: `Cluster`, `Gateway`.
    #[track_caller]
    pub fn new(
        cluster: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        gateway: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, gateway.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for GatewayClusterAssociations {
    type Attributes = GatewayClusterAssociationsAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::GatewayClusterAssociations"
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
/// The attributes of a `AWS::ECS::GatewayClusterAssociations` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GatewayClusterAssociationsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GatewayClusterAssociationsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GatewayClusterAssociationsAttributes {
    /// `Fn::GetAtt` `GatewayArn`.
    pub fn gateway_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GatewayArn")
    }
    /// `Fn::GetAtt` `ClusterArn`.
    pub fn cluster_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The schema of `AWS::ECS::GatewayClusterAssociations`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::GatewayClusterAssociations",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cluster",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Gateway",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["GatewayArn", "ClusterArn", "Status"],
};
