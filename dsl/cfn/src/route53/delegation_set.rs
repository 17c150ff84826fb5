// @generated from AWS::Route53::DelegationSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53::DelegationSet` and its property types.

/// Resource Type definition for AWS::Route53::DelegationSet.
///
/// CloudFormation type `AWS::Route53::DelegationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DelegationSet {
    props: ::forma_core::schema::Props,
}
impl DelegationSet {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
}
impl ::std::default::Default for DelegationSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DelegationSet {
    type Attributes = DelegationSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53::DelegationSet"
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
/// The attributes of a `AWS::Route53::DelegationSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DelegationSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DelegationSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DelegationSetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `CallerReference`.
    pub fn caller_reference(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CallerReference")
    }
    /// `Fn::GetAtt` `NameServers`.
    pub fn name_servers(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "NameServers")
    }
}

/// The schema of `AWS::Route53::DelegationSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53::DelegationSet",
    properties: &[],
    rules: &[],
    attributes: &["Arn", "Id", "CallerReference", "NameServers"],
};
