// @generated from AWS::EC2::IpPoolRouteTableAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IpPoolRouteTableAssociation` and its property types.

/// Resource Type definition for AWS::EC2::IpPoolRouteTableAssociation
///
/// CloudFormation type `AWS::EC2::IpPoolRouteTableAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpPoolRouteTableAssociation {
    props: ::forma_core::schema::Props,
}
impl IpPoolRouteTableAssociation {
    /// A new resource with its required properties: `PublicIpv4Pool`, `RouteTableId`.
    #[track_caller]
    pub fn new(
        public_ipv4_pool: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        route_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, public_ipv4_pool.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, route_table_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for IpPoolRouteTableAssociation {
    type Attributes = IpPoolRouteTableAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IpPoolRouteTableAssociation"
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
/// The attributes of a `AWS::EC2::IpPoolRouteTableAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpPoolRouteTableAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpPoolRouteTableAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpPoolRouteTableAssociationAttributes {
    /// `Fn::GetAtt` `AssociationId`.
    pub fn association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationId")
    }
}

/// The schema of `AWS::EC2::IpPoolRouteTableAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IpPoolRouteTableAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "PublicIpv4Pool",
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
    attributes: &["AssociationId"],
};
