// @generated from AWS::EMR::SecurityConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMR::SecurityConfiguration` and its property types.

/// Use a SecurityConfiguration resource to configure data encryption, Kerberos authentication, and Amazon S3 authorization for EMRFS.
///
/// CloudFormation type `AWS::EMR::SecurityConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityConfiguration {
    props: ::forma_core::schema::Props,
}
impl SecurityConfiguration {
    /// A new resource with its required properties: `SecurityConfiguration`.
    #[track_caller]
    pub fn new(security_configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, security_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the security configuration.
    ///
    /// Allowed: length 0 to 10280.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SecurityConfiguration {
    type Attributes = SecurityConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMR::SecurityConfiguration"
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
/// The attributes of a `AWS::EMR::SecurityConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::EMR::SecurityConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EMR::SecurityConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(10280),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &[],
};
