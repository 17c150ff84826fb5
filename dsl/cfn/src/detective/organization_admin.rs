// @generated from AWS::Detective::OrganizationAdmin (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Detective::OrganizationAdmin` and its property types.

/// Resource schema for AWS::Detective::OrganizationAdmin
///
/// CloudFormation type `AWS::Detective::OrganizationAdmin`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationAdmin {
    props: ::forma_core::schema::Props,
}
impl OrganizationAdmin {
    /// A new resource with its required properties: `AccountId`.
    #[track_caller]
    pub fn new(account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, account_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for OrganizationAdmin {
    type Attributes = OrganizationAdminAttributes;
    fn type_name(&self) -> &str {
        "AWS::Detective::OrganizationAdmin"
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
/// The attributes of a `AWS::Detective::OrganizationAdmin` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OrganizationAdminAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OrganizationAdminAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OrganizationAdminAttributes {
    /// `Fn::GetAtt` `GraphArn`.
    pub fn graph_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GraphArn")
    }
}

/// The schema of `AWS::Detective::OrganizationAdmin`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Detective::OrganizationAdmin",
    properties: &[::forma_core::schema::Property {
        name: "AccountId",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("[0-9]{12}"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
    attributes: &["GraphArn"],
};
