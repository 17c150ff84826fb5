// @generated from AWS::RAM::PrincipalAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RAM::PrincipalAssociation` and its property types.

/// Associates a specified principal with a resource share.
///
/// CloudFormation type `AWS::RAM::PrincipalAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrincipalAssociation {
    props: ::forma_core::schema::Props,
}
impl PrincipalAssociation {
    /// A new resource with its required properties: `Principal`, `ResourceShareArn`.
    #[track_caller]
    pub fn new(
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_share_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, principal.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, resource_share_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for PrincipalAssociation {
    type Attributes = PrincipalAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::RAM::PrincipalAssociation"
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
/// The attributes of a `AWS::RAM::PrincipalAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PrincipalAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PrincipalAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PrincipalAssociationAttributes {
    /// `Fn::GetAtt` `AssociationType`.
    pub fn association_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationType")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `External`.
    pub fn external(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "External")
    }
}

/// The schema of `AWS::RAM::PrincipalAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RAM::PrincipalAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceShareArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["AssociationType", "Status", "CreationTime", "LastUpdatedTime", "External"],
};
