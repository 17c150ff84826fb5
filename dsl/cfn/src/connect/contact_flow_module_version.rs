// @generated from AWS::Connect::ContactFlowModuleVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::ContactFlowModuleVersion` and its property types.

/// Resource Type definition for ContactFlowModuleVersion
///
/// CloudFormation type `AWS::Connect::ContactFlowModuleVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactFlowModuleVersion {
    props: ::forma_core::schema::Props,
}
impl ContactFlowModuleVersion {
    /// A new resource with its required properties: `ContactFlowModuleId`.
    #[track_caller]
    pub fn new(contact_flow_module_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, contact_flow_module_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the version.
    ///
    /// Allowed: length 0 to 500.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ContactFlowModuleVersion {
    type Attributes = ContactFlowModuleVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::ContactFlowModuleVersion"
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
/// The attributes of a `AWS::Connect::ContactFlowModuleVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContactFlowModuleVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContactFlowModuleVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContactFlowModuleVersionAttributes {
    /// `Fn::GetAtt` `ContactFlowModuleVersionARN`.
    pub fn contact_flow_module_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ContactFlowModuleVersionARN")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `FlowModuleContentSha256`.
    pub fn flow_module_content_sha256(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FlowModuleContentSha256")
    }
}

/// The schema of `AWS::Connect::ContactFlowModuleVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::ContactFlowModuleVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactFlowModuleId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]+:[0-9]{12}:instance/[-a-zA-Z0-9]+/flow-module/[-a-zA-Z0-9]+$",
                ),
                min_length: Some(1),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
    ],
    rules: &[],
    attributes: &["ContactFlowModuleVersionARN", "Version", "FlowModuleContentSha256"],
};
