// @generated from AWS::EventSchemas::RegistryPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EventSchemas::RegistryPolicy` and its property types.

/// Resource Type definition for AWS::EventSchemas::RegistryPolicy
///
/// CloudFormation type `AWS::EventSchemas::RegistryPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryPolicy {
    props: ::forma_core::schema::Props,
}
impl RegistryPolicy {
    /// A new resource with its required properties: `Policy`, `RegistryName`.
    #[track_caller]
    pub fn new(
        policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        registry_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, policy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, registry_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `RevisionId`.
    #[track_caller]
    pub fn revision_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RegistryPolicy {
    type Attributes = RegistryPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::EventSchemas::RegistryPolicy"
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
/// The attributes of a `AWS::EventSchemas::RegistryPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RegistryPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RegistryPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RegistryPolicyAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::EventSchemas::RegistryPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EventSchemas::RegistryPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Policy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RegistryName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RevisionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
