// @generated from AWS::ElasticLoadBalancingV2::ListenerCertificate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElasticLoadBalancingV2::ListenerCertificate` and its property types.

/// Resource Type definition for AWS::ElasticLoadBalancingV2::ListenerCertificate
///
/// CloudFormation type `AWS::ElasticLoadBalancingV2::ListenerCertificate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerCertificate {
    props: ::forma_core::schema::Props,
}
impl ListenerCertificate {
    /// A new resource with its required properties: `Certificates`, `ListenerArn`.
    #[track_caller]
    pub fn new(
        certificates: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Certificate>>>,
        listener_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, certificates.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, listener_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ListenerCertificate {
    type Attributes = ListenerCertificateAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElasticLoadBalancingV2::ListenerCertificate"
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
/// The attributes of a `AWS::ElasticLoadBalancingV2::ListenerCertificate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ListenerCertificateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ListenerCertificateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ListenerCertificateAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Certificate` property type of `AWS::ElasticLoadBalancingV2::ListenerCertificate`.
#[derive(Debug, Clone, PartialEq)]
pub struct Certificate {
    props: ::forma_core::schema::Props,
}
impl Certificate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CertificateArn`.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Certificate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Certificate> for ::forma_core::Value<Certificate> {
    fn from(v: Certificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_TYPE.properties))
    }
}

/// The schema of `AWS::ElasticLoadBalancingV2::ListenerCertificate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElasticLoadBalancingV2::ListenerCertificate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Certificates",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CERTIFICATE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ListenerArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::ListenerCertificate.Certificate",
    properties: &[::forma_core::schema::Property {
        name: "CertificateArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
