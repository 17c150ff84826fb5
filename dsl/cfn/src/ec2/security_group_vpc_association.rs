// @generated from AWS::EC2::SecurityGroupVpcAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::SecurityGroupVpcAssociation` and its property types.

/// Resource type definition for the AWS::EC2::SecurityGroupVpcAssociation resource
///
/// CloudFormation type `AWS::EC2::SecurityGroupVpcAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityGroupVpcAssociation {
    props: ::forma_core::schema::Props,
}
impl SecurityGroupVpcAssociation {
    /// A new resource with its required properties: `GroupId`, `VpcId`.
    #[track_caller]
    pub fn new(
        group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, group_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SecurityGroupVpcAssociation {
    type Attributes = SecurityGroupVpcAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::SecurityGroupVpcAssociation"
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
/// The attributes of a `AWS::EC2::SecurityGroupVpcAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityGroupVpcAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityGroupVpcAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecurityGroupVpcAssociationAttributes {
    /// `Fn::GetAtt` `VpcOwnerId`.
    pub fn vpc_owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcOwnerId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `StateReason`.
    pub fn state_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StateReason")
    }
}

/// The schema of `AWS::EC2::SecurityGroupVpcAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::SecurityGroupVpcAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupId",
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
    attributes: &["VpcOwnerId", "State", "StateReason"],
};
