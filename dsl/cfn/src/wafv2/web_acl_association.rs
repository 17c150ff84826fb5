// @generated from AWS::WAFv2::WebACLAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAFv2::WebACLAssociation` and its property types.

/// Associates WebACL to Application Load Balancer, CloudFront or API Gateway.
///
/// CloudFormation type `AWS::WAFv2::WebACLAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebAclAssociation {
    props: ::forma_core::schema::Props,
}
impl WebAclAssociation {
    /// A new resource with its required properties: `ResourceArn`, `WebACLArn`.
    #[track_caller]
    pub fn new(
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        web_acl_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, resource_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, web_acl_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for WebAclAssociation {
    type Attributes = WebAclAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAFv2::WebACLAssociation"
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
/// The attributes of a `AWS::WAFv2::WebACLAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WebAclAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WebAclAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::WAFv2::WebACLAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAFv2::WebACLAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "WebACLArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
