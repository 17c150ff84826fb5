// @generated from AWS::SupportApp::SlackWorkspaceConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SupportApp::SlackWorkspaceConfiguration` and its property types.

/// An AWS Support App resource that creates, updates, lists, and deletes Slack workspace configurations.
///
/// CloudFormation type `AWS::SupportApp::SlackWorkspaceConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlackWorkspaceConfiguration {
    props: ::forma_core::schema::Props,
}
impl SlackWorkspaceConfiguration {
    /// A new resource with its required properties: `TeamId`.
    #[track_caller]
    pub fn new(team_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, team_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An identifier used to update an existing Slack workspace configuration in AWS CloudFormation.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn version_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SlackWorkspaceConfiguration {
    type Attributes = SlackWorkspaceConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SupportApp::SlackWorkspaceConfiguration"
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
/// The attributes of a `AWS::SupportApp::SlackWorkspaceConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SlackWorkspaceConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SlackWorkspaceConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::SupportApp::SlackWorkspaceConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SupportApp::SlackWorkspaceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "TeamId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
