// @generated from AWS::PCAConnectorAD::ServicePrincipalName (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PCAConnectorAD::ServicePrincipalName` and its property types.

/// Definition of AWS::PCAConnectorAD::ServicePrincipalName Resource Type
///
/// CloudFormation type `AWS::PCAConnectorAD::ServicePrincipalName`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServicePrincipalName {
    props: ::forma_core::schema::Props,
}
impl ServicePrincipalName {
    /// A new resource with its required properties: `ConnectorArn`, `DirectoryRegistrationArn`.
    #[track_caller]
    pub fn new(
        connector_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        directory_registration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connector_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, directory_registration_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ServicePrincipalName {
    type Attributes = ServicePrincipalNameAttributes;
    fn type_name(&self) -> &str {
        "AWS::PCAConnectorAD::ServicePrincipalName"
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
/// The attributes of a `AWS::PCAConnectorAD::ServicePrincipalName` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServicePrincipalNameAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServicePrincipalNameAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::PCAConnectorAD::ServicePrincipalName`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PCAConnectorAD::ServicePrincipalName",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:pca-connector-ad:[\\w-]+:[0-9]+:connector(\\/[\\w-]+)$"),
                min_length: Some(5),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "DirectoryRegistrationArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:pca-connector-ad:[\\w-]+:[0-9]+:directory-registration(\\/[\\w-]+)$"),
                min_length: Some(5),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
