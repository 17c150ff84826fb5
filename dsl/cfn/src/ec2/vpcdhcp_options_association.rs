// @generated from AWS::EC2::VPCDHCPOptionsAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VPCDHCPOptionsAssociation` and its property types.

/// Associates a set of DHCP options with a VPC, or associates no DHCP options with the VPC.
///
/// CloudFormation type `AWS::EC2::VPCDHCPOptionsAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcdhcpOptionsAssociation {
    props: ::forma_core::schema::Props,
}
impl VpcdhcpOptionsAssociation {
    /// A new resource with its required properties: `DhcpOptionsId`, `VpcId`.
    #[track_caller]
    pub fn new(
        dhcp_options_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, dhcp_options_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for VpcdhcpOptionsAssociation {
    type Attributes = VpcdhcpOptionsAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VPCDHCPOptionsAssociation"
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
/// The attributes of a `AWS::EC2::VPCDHCPOptionsAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcdhcpOptionsAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcdhcpOptionsAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::EC2::VPCDHCPOptionsAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VPCDHCPOptionsAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "DhcpOptionsId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
