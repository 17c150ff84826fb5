// @generated from AWS::ACMPCA::CertificateAuthorityActivation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ACMPCA::CertificateAuthorityActivation` and its property types.

/// Used to install the certificate authority certificate and update the certificate authority status.
///
/// CloudFormation type `AWS::ACMPCA::CertificateAuthorityActivation`.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateAuthorityActivation {
    props: ::forma_core::schema::Props,
}
impl CertificateAuthorityActivation {
    /// A new resource with its required properties: `Certificate`, `CertificateAuthorityArn`.
    #[track_caller]
    pub fn new(
        certificate: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        certificate_authority_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, certificate.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, certificate_authority_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Certificate chain for the Certificate Authority certificate.
    #[track_caller]
    pub fn certificate_chain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the Certificate Authority.
    #[track_caller]
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CertificateAuthorityActivation {
    type Attributes = CertificateAuthorityActivationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ACMPCA::CertificateAuthorityActivation"
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
/// The attributes of a `AWS::ACMPCA::CertificateAuthorityActivation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CertificateAuthorityActivationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CertificateAuthorityActivationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CertificateAuthorityActivationAttributes {
    /// `Fn::GetAtt` `CompleteCertificateChain`.
    pub fn complete_certificate_chain(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CompleteCertificateChain")
    }
}

/// The schema of `AWS::ACMPCA::CertificateAuthorityActivation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ACMPCA::CertificateAuthorityActivation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Certificate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificateAuthorityArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificateChain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["CompleteCertificateChain"],
};
