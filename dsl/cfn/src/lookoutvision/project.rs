// @generated from AWS::LookoutVision::Project (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LookoutVision::Project` and its property types.

/// The AWS::LookoutVision::Project type creates an Amazon Lookout for Vision project.
///
/// CloudFormation type `AWS::LookoutVision::Project`.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    props: ::forma_core::schema::Props,
}
impl Project {
    /// A new resource with its required properties: `ProjectName`.
    #[track_caller]
    pub fn new(project_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, project_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Project {
    type Attributes = ProjectAttributes;
    fn type_name(&self) -> &str {
        "AWS::LookoutVision::Project"
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
/// The attributes of a `AWS::LookoutVision::Project` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProjectAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProjectAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProjectAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The schema of `AWS::LookoutVision::Project`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LookoutVision::Project",
    properties: &[::forma_core::schema::Property {
        name: "ProjectName",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("[a-zA-Z0-9][a-zA-Z0-9_\\-]*"),
            min_length: Some(1),
            max_length: Some(255),
        }),
    }],
    rules: &[],
    attributes: &["Arn"],
};
