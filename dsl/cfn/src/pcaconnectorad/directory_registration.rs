// @generated from AWS::PCAConnectorAD::DirectoryRegistration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PCAConnectorAD::DirectoryRegistration` and its property types.

/// Definition of AWS::PCAConnectorAD::DirectoryRegistration Resource Type
///
/// CloudFormation type `AWS::PCAConnectorAD::DirectoryRegistration`.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryRegistration {
    props: ::forma_core::schema::Props,
}
impl DirectoryRegistration {
    /// A new resource with its required properties: `DirectoryId`.
    #[track_caller]
    pub fn new(directory_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, directory_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DirectoryRegistration {
    type Attributes = DirectoryRegistrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::PCAConnectorAD::DirectoryRegistration"
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
/// The attributes of a `AWS::PCAConnectorAD::DirectoryRegistration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DirectoryRegistrationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DirectoryRegistrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DirectoryRegistrationAttributes {
    /// `Fn::GetAtt` `DirectoryRegistrationArn`.
    pub fn directory_registration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DirectoryRegistrationArn")
    }
}

/// The schema of `AWS::PCAConnectorAD::DirectoryRegistration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PCAConnectorAD::DirectoryRegistration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DirectoryId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^d-[0-9a-f]{10}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["DirectoryRegistrationArn"],
};
