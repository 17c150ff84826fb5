// @generated from AWS::Bedrock::KnowledgeBasePolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::KnowledgeBasePolicy` and its property types.

/// Definition of AWS::Bedrock::KnowledgeBasePolicy Resource Type
///
/// CloudFormation type `AWS::Bedrock::KnowledgeBasePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct KnowledgeBasePolicy {
    props: ::forma_core::schema::Props,
}
impl KnowledgeBasePolicy {
    /// A new resource with its required properties: `KnowledgeBaseId`, `PolicyDocument`.
    #[track_caller]
    pub fn new(
        knowledge_base_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_document: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, knowledge_base_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy_document.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for KnowledgeBasePolicy {
    type Attributes = KnowledgeBasePolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::KnowledgeBasePolicy"
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
/// The attributes of a `AWS::Bedrock::KnowledgeBasePolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct KnowledgeBasePolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for KnowledgeBasePolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl KnowledgeBasePolicyAttributes {
    /// `Fn::GetAtt` `RevisionId`.
    pub fn revision_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RevisionId")
    }
}

/// The schema of `AWS::Bedrock::KnowledgeBasePolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::KnowledgeBasePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "KnowledgeBaseId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z]+$"),
                min_length: Some(1),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["RevisionId"],
};
