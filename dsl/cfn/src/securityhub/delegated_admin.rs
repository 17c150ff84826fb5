// @generated from AWS::SecurityHub::DelegatedAdmin (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::DelegatedAdmin` and its property types.

/// The `AWS::SecurityHub::DelegatedAdmin` resource designates the delegated ASHlong administrator account for an organization.
///
/// CloudFormation type `AWS::SecurityHub::DelegatedAdmin`.
#[derive(Debug, Clone, PartialEq)]
pub struct DelegatedAdmin {
    props: ::forma_core::schema::Props,
}
impl DelegatedAdmin {
    /// A new resource with its required properties: `AdminAccountId`.
    #[track_caller]
    pub fn new(admin_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, admin_account_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for DelegatedAdmin {
    type Attributes = DelegatedAdminAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::DelegatedAdmin"
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
/// The attributes of a `AWS::SecurityHub::DelegatedAdmin` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DelegatedAdminAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DelegatedAdminAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DelegatedAdminAttributes {
    /// `Fn::GetAtt` `DelegatedAdminIdentifier`.
    pub fn delegated_admin_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DelegatedAdminIdentifier")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The schema of `AWS::SecurityHub::DelegatedAdmin`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::DelegatedAdmin",
    properties: &[::forma_core::schema::Property {
        name: "AdminAccountId",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[0-9]{12}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
    attributes: &["DelegatedAdminIdentifier", "Status"],
};
