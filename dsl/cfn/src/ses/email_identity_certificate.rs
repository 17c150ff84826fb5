// @generated from AWS::SES::EmailIdentityCertificate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::EmailIdentityCertificate` and its property types.

/// Associates an AWS Certificate Manager certificate with a sender under an SES email identity, so that SES signs the sender's mail with S/MIME.
///
/// CloudFormation type `AWS::SES::EmailIdentityCertificate`.
#[derive(Debug, Clone, PartialEq)]
pub struct EmailIdentityCertificate {
    props: ::forma_core::schema::Props,
}
impl EmailIdentityCertificate {
    /// A new resource with its required properties: `CertificateArn`, `EmailIdentity`, `FromAddress`.
    #[track_caller]
    pub fn new(
        certificate_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        email_identity: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        from_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, certificate_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, email_identity.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, from_address.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for EmailIdentityCertificate {
    type Attributes = EmailIdentityCertificateAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::EmailIdentityCertificate"
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
/// The attributes of a `AWS::SES::EmailIdentityCertificate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EmailIdentityCertificateAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EmailIdentityCertificateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::SES::EmailIdentityCertificate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::EmailIdentityCertificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z0-9-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[^\\s]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "EmailIdentity",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(320),
            }),
        },
        ::forma_core::schema::Property {
            name: "FromAddress",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(320),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
