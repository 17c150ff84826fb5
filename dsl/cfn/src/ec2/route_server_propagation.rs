// @generated from AWS::EC2::RouteServerPropagation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::RouteServerPropagation` and its property types.

/// VPC Route Server Propagation
///
/// CloudFormation type `AWS::EC2::RouteServerPropagation`.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteServerPropagation {
    props: ::forma_core::schema::Props,
}
impl RouteServerPropagation {
    /// A new resource with its required properties: `RouteServerId`, `RouteTableId`.
    #[track_caller]
    pub fn new(
        route_server_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        route_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, route_server_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, route_table_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for RouteServerPropagation {
    type Attributes = RouteServerPropagationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::RouteServerPropagation"
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
/// The attributes of a `AWS::EC2::RouteServerPropagation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RouteServerPropagationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RouteServerPropagationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::EC2::RouteServerPropagation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::RouteServerPropagation",
    properties: &[
        ::forma_core::schema::Property {
            name: "RouteServerId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RouteTableId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
