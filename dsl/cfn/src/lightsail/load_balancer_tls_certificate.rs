// @generated from AWS::Lightsail::LoadBalancerTlsCertificate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lightsail::LoadBalancerTlsCertificate` and its property types.

/// Resource Type definition for AWS::Lightsail::LoadBalancerTlsCertificate
///
/// CloudFormation type `AWS::Lightsail::LoadBalancerTlsCertificate`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadBalancerTlsCertificate {
    props: ::forma_core::schema::Props,
}
impl LoadBalancerTlsCertificate {
    /// A new resource with its required properties: `CertificateDomainName`, `CertificateName`, `LoadBalancerName`.
    #[track_caller]
    pub fn new(
        certificate_domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        certificate_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        load_balancer_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, certificate_domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, certificate_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, load_balancer_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of strings listing alternative domains and subdomains for your SSL/TLS certificate.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn certificate_alternative_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Boolean value that indicates whether HTTPS redirection is enabled for the load balancer.
    #[track_caller]
    pub fn https_redirection_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// When true, the SSL/TLS certificate is attached to the Lightsail load balancer.
    #[track_caller]
    pub fn is_attached(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LoadBalancerTlsCertificate {
    type Attributes = LoadBalancerTlsCertificateAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lightsail::LoadBalancerTlsCertificate"
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
/// The attributes of a `AWS::Lightsail::LoadBalancerTlsCertificate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LoadBalancerTlsCertificateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LoadBalancerTlsCertificateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LoadBalancerTlsCertificateAttributes {
    /// `Fn::GetAtt` `LoadBalancerTlsCertificateArn`.
    pub fn load_balancer_tls_certificate_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LoadBalancerTlsCertificateArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The schema of `AWS::Lightsail::LoadBalancerTlsCertificate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lightsail::LoadBalancerTlsCertificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateAlternativeNames",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CertificateDomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CertificateName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w[\\w\\-]*\\w$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HttpsRedirectionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IsAttached",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LoadBalancerName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\w[\\w\\-]*\\w"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["LoadBalancerTlsCertificateArn", "Status"],
};
