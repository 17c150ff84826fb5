// @generated from AWS::IoT::PolicyPrincipalAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::PolicyPrincipalAttachment` and its property types.

/// Resource Type definition for AWS::IoT::PolicyPrincipalAttachment
///
/// CloudFormation type `AWS::IoT::PolicyPrincipalAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyPrincipalAttachment {
    props: ::forma_core::schema::Props,
}
impl PolicyPrincipalAttachment {
    /// A new resource with its required properties: `PolicyName`, `Principal`.
    #[track_caller]
    pub fn new(
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, policy_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, principal.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for PolicyPrincipalAttachment {
    type Attributes = PolicyPrincipalAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::PolicyPrincipalAttachment"
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
/// The attributes of a `AWS::IoT::PolicyPrincipalAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyPrincipalAttachmentAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyPrincipalAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::IoT::PolicyPrincipalAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::PolicyPrincipalAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
