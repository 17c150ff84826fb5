// @generated from AWS::SupportApp::AccountAlias (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SupportApp::AccountAlias` and its property types.

/// An AWS Support App resource that creates, updates, reads, and deletes a customer's account alias.
///
/// CloudFormation type `AWS::SupportApp::AccountAlias`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountAlias {
    props: ::forma_core::schema::Props,
}
impl AccountAlias {
    /// A new resource with its required properties: `AccountAlias`.
    #[track_caller]
    pub fn new(account_alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, account_alias.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for AccountAlias {
    type Attributes = AccountAliasAttributes;
    fn type_name(&self) -> &str {
        "AWS::SupportApp::AccountAlias"
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
/// The attributes of a `AWS::SupportApp::AccountAlias` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccountAliasAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccountAliasAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccountAliasAttributes {
    /// `Fn::GetAtt` `AccountAliasResourceId`.
    pub fn account_alias_resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountAliasResourceId")
    }
}

/// The schema of `AWS::SupportApp::AccountAlias`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SupportApp::AccountAlias",
    properties: &[::forma_core::schema::Property {
        name: "AccountAlias",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[\\w\\- ]+$"),
            min_length: Some(1),
            max_length: Some(30),
        }),
    }],
    rules: &[],
    attributes: &["AccountAliasResourceId"],
};
