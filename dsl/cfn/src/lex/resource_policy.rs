// @generated from AWS::Lex::ResourcePolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lex::ResourcePolicy` and its property types.

/// Resource Type definition for a resource policy with specified policy statements that attaches to a Lex bot or bot alias.
///
/// CloudFormation type `AWS::Lex::ResourcePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePolicy {
    props: ::forma_core::schema::Props,
}
impl ResourcePolicy {
    /// A new resource with its required properties: `Policy`, `ResourceArn`.
    #[track_caller]
    pub fn new(
        policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, policy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, resource_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ResourcePolicy {
    type Attributes = ResourcePolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lex::ResourcePolicy"
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
/// The attributes of a `AWS::Lex::ResourcePolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourcePolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourcePolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResourcePolicyAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `RevisionId`.
    pub fn revision_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RevisionId")
    }
}

/// The schema of `AWS::Lex::ResourcePolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lex::ResourcePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Policy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
    ],
    rules: &[],
    attributes: &["Id", "RevisionId"],
};
