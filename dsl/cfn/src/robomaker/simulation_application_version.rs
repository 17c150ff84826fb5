// @generated from AWS::RoboMaker::SimulationApplicationVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RoboMaker::SimulationApplicationVersion` and its property types.

/// AWS::RoboMaker::SimulationApplicationVersion resource creates an AWS RoboMaker SimulationApplicationVersion.
///
/// CloudFormation type `AWS::RoboMaker::SimulationApplicationVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulationApplicationVersion {
    props: ::forma_core::schema::Props,
}
impl SimulationApplicationVersion {
    /// A new resource with its required properties: `Application`.
    #[track_caller]
    pub fn new(application: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The revision ID of robot application.
    ///
    /// Allowed: length 1 to 40.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn current_revision_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SimulationApplicationVersion {
    type Attributes = SimulationApplicationVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::RoboMaker::SimulationApplicationVersion"
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
/// The attributes of a `AWS::RoboMaker::SimulationApplicationVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SimulationApplicationVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SimulationApplicationVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SimulationApplicationVersionAttributes {
    /// `Fn::GetAtt` `ApplicationVersion`.
    pub fn application_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationVersion")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The schema of `AWS::RoboMaker::SimulationApplicationVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RoboMaker::SimulationApplicationVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "Application",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:[\\w+=/,.@-]*:[0-9]*:[\\w+=,.@-]+(/[\\w+=,.@-]+)*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CurrentRevisionId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_.\\-]*"),
                min_length: Some(1),
                max_length: Some(40),
            }),
        },
    ],
    rules: &[],
    attributes: &["ApplicationVersion", "Arn"],
};
