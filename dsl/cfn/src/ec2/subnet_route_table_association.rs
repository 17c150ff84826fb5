// @generated from AWS::EC2::SubnetRouteTableAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::SubnetRouteTableAssociation` and its property types.

/// Associates a subnet with a route table.
///
/// CloudFormation type `AWS::EC2::SubnetRouteTableAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetRouteTableAssociation {
    props: ::forma_core::schema::Props,
}
impl SubnetRouteTableAssociation {
    /// A new resource with its required properties: `RouteTableId`, `SubnetId`.
    #[track_caller]
    pub fn new(
        route_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, route_table_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, subnet_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SubnetRouteTableAssociation {
    type Attributes = SubnetRouteTableAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::SubnetRouteTableAssociation"
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
/// The attributes of a `AWS::EC2::SubnetRouteTableAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubnetRouteTableAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubnetRouteTableAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubnetRouteTableAssociationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::EC2::SubnetRouteTableAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::SubnetRouteTableAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "RouteTableId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
