// @generated from AWS::SES::ReceiptRuleSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::ReceiptRuleSet` and its property types.

/// Resource Type definition for AWS::SES::ReceiptRuleSet
///
/// CloudFormation type `AWS::SES::ReceiptRuleSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceiptRuleSet {
    props: ::forma_core::schema::Props,
}
impl ReceiptRuleSet {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the rule set.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn rule_set_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ReceiptRuleSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ReceiptRuleSet {
    type Attributes = ReceiptRuleSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::ReceiptRuleSet"
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
/// The attributes of a `AWS::SES::ReceiptRuleSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReceiptRuleSetAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReceiptRuleSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::SES::ReceiptRuleSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::ReceiptRuleSet",
    properties: &[::forma_core::schema::Property {
        name: "RuleSetName",
        required: false,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
    attributes: &[],
};
