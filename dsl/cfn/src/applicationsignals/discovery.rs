// @generated from AWS::ApplicationSignals::Discovery (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApplicationSignals::Discovery` and its property types.

/// Resource Type definition for AWS::ApplicationSignals::Discovery
///
/// CloudFormation type `AWS::ApplicationSignals::Discovery`.
#[derive(Debug, Clone, PartialEq)]
pub struct Discovery {
    props: ::forma_core::schema::Props,
}
impl Discovery {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
}
impl ::std::default::Default for Discovery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Discovery {
    type Attributes = DiscoveryAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApplicationSignals::Discovery"
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
/// The attributes of a `AWS::ApplicationSignals::Discovery` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DiscoveryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DiscoveryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DiscoveryAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
}

/// The schema of `AWS::ApplicationSignals::Discovery`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApplicationSignals::Discovery",
    properties: &[],
    rules: &[],
    attributes: &["AccountId"],
};
