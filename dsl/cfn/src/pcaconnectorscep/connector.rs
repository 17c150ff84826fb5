// @generated from AWS::PCAConnectorSCEP::Connector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PCAConnectorSCEP::Connector` and its property types.

/// Represents a Connector that allows certificate issuance through Simple Certificate Enrollment Protocol (SCEP)
///
/// CloudFormation type `AWS::PCAConnectorSCEP::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    props: ::forma_core::schema::Props,
}
impl Connector {
    /// A new resource with its required properties: `CertificateAuthorityArn`.
    #[track_caller]
    pub fn new(
        certificate_authority_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, certificate_authority_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `MobileDeviceManagement`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn mobile_device_management(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcEndpointId`.
    ///
    /// Allowed: length 5 to 200.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_endpoint_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connector {
    type Attributes = ConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::PCAConnectorSCEP::Connector"
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
/// The attributes of a `AWS::PCAConnectorSCEP::Connector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectorAttributes {
    /// `Fn::GetAtt` `ConnectorArn`.
    pub fn connector_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorArn")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
    /// `Fn::GetAtt` `OpenIdConfiguration`.
    pub fn open_id_configuration(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "OpenIdConfiguration")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
}

/// The schema of `AWS::PCAConnectorSCEP::Connector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::PCAConnectorSCEP::Connector",
properties: &[
::forma_core::schema::Property { name: "CertificateAuthorityArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(-[a-z]+)*:acm-pca:[a-z]+(-[a-z]+)+-[1-9]\\d*:\\d{12}:certificate-authority\\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"), min_length: Some(5), max_length: Some(200) }) },
::forma_core::schema::Property { name: "MobileDeviceManagement", required: false, create_only: true, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
::forma_core::schema::Property { name: "VpcEndpointId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^vpce-[0-9a-f]{8}([0-9a-f]{9})?$"), min_length: Some(5), max_length: Some(200) }) },
],
rules: &[],
attributes: &["ConnectorArn", "Endpoint", "OpenIdConfiguration", "Type"],
};
