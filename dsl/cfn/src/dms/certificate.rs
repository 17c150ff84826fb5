// @generated from AWS::DMS::Certificate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DMS::Certificate` and its property types.

/// Resource Type definition for AWS::DMS::Certificate
///
/// CloudFormation type `AWS::DMS::Certificate`.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    props: ::forma_core::schema::Props,
}
impl Certificate {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The certificate Identifier
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The certificate Pem
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_pem(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The certificate Wallet
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_wallet(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Certificate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Certificate {
    type Attributes = CertificateAttributes;
    fn type_name(&self) -> &str {
        "AWS::DMS::Certificate"
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
/// The attributes of a `AWS::DMS::Certificate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CertificateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CertificateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CertificateAttributes {
    /// `Fn::GetAtt` `CertificateArn`.
    pub fn certificate_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateArn")
    }
}

/// The schema of `AWS::DMS::Certificate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DMS::Certificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificatePem",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificateWallet",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["CertificateArn"],
};
