// @generated from AWS::RTBFabric::ResponderGateway (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RTBFabric::ResponderGateway` and its property types.

/// Resource Type definition for AWS::RTBFabric::ResponderGateway Resource Type
///
/// CloudFormation type `AWS::RTBFabric::ResponderGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponderGateway {
    props: ::forma_core::schema::Props,
}
impl ResponderGateway {
    /// A new resource with its required properties: `Port`, `Protocol`, `SecurityGroupIds`, `SubnetIds`, `VpcId`.
    #[track_caller]
    pub fn new(
        port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        protocol: impl ::forma_core::schema::EnumArg<Protocol>,
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, port.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, protocol.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(8, security_group_ids.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, subnet_ids.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AcmCertificateArn`.
    #[track_caller]
    pub fn acm_certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainName`.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GatewayType`.
    #[track_caller]
    pub fn gateway_type(mut self, value: impl ::forma_core::schema::EnumArg<GatewayType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ListenerConfig`.
    #[track_caller]
    pub fn listener_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ListenerConfig>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ManagedEndpointConfiguration`.
    #[track_caller]
    pub fn managed_endpoint_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the Responder Gateway.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TrustStoreConfiguration`.
    #[track_caller]
    pub fn trust_store_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrustStoreConfiguration>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ResponderGateway {
    type Attributes = ResponderGatewayAttributes;
    fn type_name(&self) -> &str {
        "AWS::RTBFabric::ResponderGateway"
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
/// The attributes of a `AWS::RTBFabric::ResponderGateway` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResponderGatewayAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResponderGatewayAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResponderGatewayAttributes {
    /// `Fn::GetAtt` `GatewayId`.
    pub fn gateway_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GatewayId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ResponderGatewayStatus`.
    pub fn responder_gateway_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResponderGatewayStatus")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `UpdatedTimestamp`.
    pub fn updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedTimestamp")
    }
    /// `Fn::GetAtt` `ExternalInboundEndpoint`.
    pub fn external_inbound_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ExternalInboundEndpoint")
    }
    /// `Fn::GetAtt` `CertificateAssociationStatus`.
    pub fn certificate_association_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CertificateAssociationStatus")
    }
}

/// The values CloudFormation documents: `EXTERNAL`, `INTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GatewayType {
    /// `EXTERNAL`
    External,
    /// `INTERNAL`
    Internal,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GatewayType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::External => "EXTERNAL",
            Self::Internal => "INTERNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXTERNAL", "INTERNAL"]
    }
}
impl ::std::convert::From<GatewayType> for ::forma_core::Value<GatewayType> {
    fn from(v: GatewayType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GatewayType {}

/// The values CloudFormation documents: `HTTP`, `HTTPS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP", "HTTPS"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The `ListenerConfig` property type of `AWS::RTBFabric::ResponderGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListenerConfig {
    props: ::forma_core::schema::Props,
}
impl ListenerConfig {
    /// A new value with its required properties: `Protocols`.
    pub fn new(protocols: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Protocol>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, protocols.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ListenerConfig> for ::forma_core::Value<ListenerConfig> {
    fn from(v: ListenerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LISTENER_CONFIG_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `TrustStoreConfiguration` property type of `AWS::RTBFabric::ResponderGateway`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrustStoreConfiguration {
    props: ::forma_core::schema::Props,
}
impl TrustStoreConfiguration {
    /// A new value with its required properties: `CertificateAuthorityCertificates`.
    pub fn new(
        certificate_authority_certificates: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<::std::string::String>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_authority_certificates.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrustStoreConfiguration> for ::forma_core::Value<TrustStoreConfiguration> {
    fn from(v: TrustStoreConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRUST_STORE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::RTBFabric::ResponderGateway`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::RTBFabric::ResponderGateway",
properties: &[
::forma_core::schema::Property { name: "AcmCertificateArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:(aws|aws-cn|aws-us-gov):acm:([a-z0-9-]+):[0-9]{12}:certificate/.{1,2048}"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9 ]+$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "DomainName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?))+$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "GatewayType", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["EXTERNAL", "INTERNAL"]) },
::forma_core::schema::Property { name: "ListenerConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LISTENER_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ManagedEndpointConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "Port", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(65535.0) }) },
::forma_core::schema::Property { name: "Protocol", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["HTTP", "HTTPS"]) },
::forma_core::schema::Property { name: "SecurityGroupIds", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^sg-[0-9a-f]{8,40}$"), min_length: Some(11), max_length: Some(43) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
::forma_core::schema::Property { name: "SubnetIds", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^subnet-\\w{8,17}$"), min_length: Some(15), max_length: Some(24) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "TrustStoreConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&TRUST_STORE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "VpcId", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^vpc-[a-f0-9]{8,17}$"), min_length: Some(5), max_length: Some(50) }) },
],
rules: &[],
attributes: &["GatewayId", "Arn", "ResponderGatewayStatus", "CreatedTimestamp", "UpdatedTimestamp", "ExternalInboundEndpoint", "CertificateAssociationStatus"],
};

static LISTENER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RTBFabric::ResponderGateway.ListenerConfig",
    properties: &[::forma_core::schema::Property {
        name: "Protocols",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["HTTP", "HTTPS"]),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RTBFabric::ResponderGateway.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(resourceArn|internalId|[a-zA-Z0-9+\\-=._:/@]+)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TRUST_STORE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RTBFabric::ResponderGateway.TrustStoreConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CertificateAuthorityCertificates",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2097152),
            }),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
        ),
    }],
    rules: &[],
};
