// @generated from AWS::EC2::EnclaveCertificateIamRoleAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::EnclaveCertificateIamRoleAssociation` and its property types.

/// Associates an AWS Identity and Access Management (IAM) role with an AWS Certificate Manager (ACM) certificate.
///
/// CloudFormation type `AWS::EC2::EnclaveCertificateIamRoleAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnclaveCertificateIamRoleAssociation {
    props: ::forma_core::schema::Props,
}
impl EnclaveCertificateIamRoleAssociation {
    /// A new resource with its required properties: `CertificateArn`, `RoleArn`.
    #[track_caller]
    pub fn new(
        certificate_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, certificate_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for EnclaveCertificateIamRoleAssociation {
    type Attributes = EnclaveCertificateIamRoleAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::EnclaveCertificateIamRoleAssociation"
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
/// The attributes of a `AWS::EC2::EnclaveCertificateIamRoleAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EnclaveCertificateIamRoleAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EnclaveCertificateIamRoleAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EnclaveCertificateIamRoleAssociationAttributes {
    /// `Fn::GetAtt` `CertificateS3BucketName`.
    pub fn certificate_s3_bucket_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateS3BucketName")
    }
    /// `Fn::GetAtt` `CertificateS3ObjectKey`.
    pub fn certificate_s3_object_key(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateS3ObjectKey")
    }
    /// `Fn::GetAtt` `EncryptionKmsKeyId`.
    pub fn encryption_kms_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EncryptionKmsKeyId")
    }
}

/// The schema of `AWS::EC2::EnclaveCertificateIamRoleAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::EnclaveCertificateIamRoleAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[A-Za-z0-9-]{0,64}:acm:[A-Za-z0-9-]{1,64}:([0-9]{12})?:certificate/.+$"),
                min_length: Some(1),
                max_length: Some(1283),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[A-Za-z0-9-]{0,64}:iam:.*:([0-9]{12})?:role/.+$"),
                min_length: Some(1),
                max_length: Some(1283),
            }),
        },
    ],
    rules: &[],
    attributes: &["CertificateS3BucketName", "CertificateS3ObjectKey", "EncryptionKmsKeyId"],
};
