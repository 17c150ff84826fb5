// @generated from AWS::MediaConvert::CertificateAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConvert::CertificateAssociation` and its property types.

/// Associates an AWS Certificate Manager (ACM) certificate with AWS Elemental MediaConvert to enable encryption for content delivery.
///
/// CloudFormation type `AWS::MediaConvert::CertificateAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateAssociation {
    props: ::forma_core::schema::Props,
}
impl CertificateAssociation {
    /// A new resource with its required properties: `Arn`.
    #[track_caller]
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for CertificateAssociation {
    type Attributes = CertificateAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConvert::CertificateAssociation"
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
/// The attributes of a `AWS::MediaConvert::CertificateAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CertificateAssociationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CertificateAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::MediaConvert::CertificateAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConvert::CertificateAssociation",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(-[a-z]+)*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[a-f0-9-]+$"),
            min_length: Some(20),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
    attributes: &[],
};
