// @generated from AWS::CloudFormation::ModuleDefaultVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::ModuleDefaultVersion` and its property types.

/// A module that has been registered in the CloudFormation registry as the default version
///
/// CloudFormation type `AWS::CloudFormation::ModuleDefaultVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleDefaultVersion {
    props: ::forma_core::schema::Props,
}
impl ModuleDefaultVersion {
    /// A new resource.
    ///
    /// CloudFormation also needs exactly one of: `Arn`; or `ModuleName` and `VersionId`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the module version to set as the default version.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of a module existing in the registry.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn module_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of an existing version of the named module to set as the default.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn version_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ModuleDefaultVersion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ModuleDefaultVersion {
    type Attributes = ModuleDefaultVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::ModuleDefaultVersion"
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
/// The attributes of a `AWS::CloudFormation::ModuleDefaultVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ModuleDefaultVersionAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ModuleDefaultVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::CloudFormation::ModuleDefaultVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::CloudFormation::ModuleDefaultVersion",
properties: &[
::forma_core::schema::Property { name: "Arn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/module/.+/[0-9]{8}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ModuleName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::MODULE"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "VersionId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9]{8}$"), min_length: None, max_length: None }) },
],
rules: &[::forma_core::schema::Combination::OneOf(&[&["Arn"], &["ModuleName", "VersionId"]])],
attributes: &[],
};
