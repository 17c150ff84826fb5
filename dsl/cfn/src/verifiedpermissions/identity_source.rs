// @generated from AWS::VerifiedPermissions::IdentitySource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VerifiedPermissions::IdentitySource` and its property types.

/// Definition of AWS::VerifiedPermissions::IdentitySource Resource Type
///
/// CloudFormation type `AWS::VerifiedPermissions::IdentitySource`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentitySource {
    props: ::forma_core::schema::Props,
}
impl IdentitySource {
    /// A new resource with its required properties: `Configuration`, `PolicyStoreId`.
    #[track_caller]
    pub fn new(
        configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        policy_store_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy_store_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `PrincipalEntityType`.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn principal_entity_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IdentitySource {
    type Attributes = IdentitySourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::VerifiedPermissions::IdentitySource"
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
/// The attributes of a `AWS::VerifiedPermissions::IdentitySource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IdentitySourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IdentitySourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IdentitySourceAttributes {
    /// `Fn::GetAtt` `Details`.
    pub fn details(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Details")
    }
    /// `Fn::GetAtt` `IdentitySourceId`.
    pub fn identity_source_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentitySourceId")
    }
}

/// The schema of `AWS::VerifiedPermissions::IdentitySource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::VerifiedPermissions::IdentitySource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
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
        ::forma_core::schema::Property {
            name: "PrincipalEntityType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
    attributes: &["Details", "IdentitySourceId"],
};
