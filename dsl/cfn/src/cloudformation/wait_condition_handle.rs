// @generated from AWS::CloudFormation::WaitConditionHandle (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::WaitConditionHandle` and its property types.

/// Resource Type definition for AWS::CloudFormation::WaitConditionHandle
///
/// CloudFormation type `AWS::CloudFormation::WaitConditionHandle`.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitConditionHandle {
    props: ::forma_core::schema::Props,
}
impl WaitConditionHandle {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
}
impl ::std::default::Default for WaitConditionHandle {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for WaitConditionHandle {
    type Attributes = WaitConditionHandleAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::WaitConditionHandle"
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
/// The attributes of a `AWS::CloudFormation::WaitConditionHandle` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WaitConditionHandleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WaitConditionHandleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WaitConditionHandleAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::CloudFormation::WaitConditionHandle`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::WaitConditionHandle",
    properties: &[],
    rules: &[],
    attributes: &["Id"],
};
