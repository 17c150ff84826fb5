// @generated from AWS::VerifiedPermissions::Policy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VerifiedPermissions::Policy` and its property types.

/// Definition of AWS::VerifiedPermissions::Policy Resource Type
///
/// CloudFormation type `AWS::VerifiedPermissions::Policy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    props: ::forma_core::schema::Props,
}
impl Policy {
    /// A new resource with its required properties: `Definition`, `PolicyStoreId`.
    #[track_caller]
    pub fn new(
        definition: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        policy_store_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, definition.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, policy_store_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Name`.
    ///
    /// Allowed: length 0 to 150.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Policy {
    type Attributes = PolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::VerifiedPermissions::Policy"
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
/// The attributes of a `AWS::VerifiedPermissions::Policy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PolicyAttributes {
    /// `Fn::GetAtt` `PolicyId`.
    pub fn policy_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyId")
    }
    /// `Fn::GetAtt` `PolicyType`.
    pub fn policy_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyType")
    }
}

/// The schema of `AWS::VerifiedPermissions::Policy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::VerifiedPermissions::Policy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Definition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-/_]*$"),
                min_length: Some(0),
                max_length: Some(150),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyStoreId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]*$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
    attributes: &["PolicyId", "PolicyType"],
};
