// @generated from AWS::WAFRegional::WebACLAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAFRegional::WebACLAssociation` and its property types.

/// Resource Type definition for AWS::WAFRegional::WebACLAssociation
///
/// CloudFormation type `AWS::WAFRegional::WebACLAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebAclAssociation {
    props: ::forma_core::schema::Props,
}
impl WebAclAssociation {
    /// A new resource with its required properties: `ResourceArn`, `WebACLId`.
    #[track_caller]
    pub fn new(
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        web_acl_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, resource_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, web_acl_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for WebAclAssociation {
    type Attributes = WebAclAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAFRegional::WebACLAssociation"
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
/// The attributes of a `AWS::WAFRegional::WebACLAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WebAclAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WebAclAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WebAclAssociationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::WAFRegional::WebACLAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAFRegional::WebACLAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WebACLId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
