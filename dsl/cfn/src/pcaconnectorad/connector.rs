// @generated from AWS::PCAConnectorAD::Connector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PCAConnectorAD::Connector` and its property types.

/// Represents a Connector that connects AWS PrivateCA and your directory
///
/// CloudFormation type `AWS::PCAConnectorAD::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    props: ::forma_core::schema::Props,
}
impl Connector {
    /// A new resource with its required properties: `CertificateAuthorityArn`, `DirectoryId`, `VpcInformation`.
    #[track_caller]
    pub fn new(
        certificate_authority_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        directory_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_information: impl ::std::convert::Into<::forma_core::Value<VpcInformation>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, certificate_authority_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, directory_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, vpc_information.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connector {
    type Attributes = ConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::PCAConnectorAD::Connector"
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
/// The attributes of a `AWS::PCAConnectorAD::Connector` (`Fn::GetAtt`), on the handle `add` returns.
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
}

/// The values CloudFormation documents: `IPV4`, `DUALSTACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `IPV4`
    Ipv4,
    /// `DUALSTACK`
    Dualstack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Dualstack => "DUALSTACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "DUALSTACK"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The `VpcInformation` property type of `AWS::PCAConnectorAD::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcInformation {
    props: ::forma_core::schema::Props,
}
impl VpcInformation {
    /// A new value with its required properties: `SecurityGroupIds`.
    pub fn new(
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, security_group_ids.into().into_expr());
        Self { props }
    }
    /// `IpAddressType`.
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<VpcInformation> for ::forma_core::Value<VpcInformation> {
    fn from(v: VpcInformation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_INFORMATION_TYPE.properties))
    }
}

/// The schema of `AWS::PCAConnectorAD::Connector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::PCAConnectorAD::Connector",
properties: &[
::forma_core::schema::Property { name: "CertificateAuthorityArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w-]+:acm-pca:[\\w-]+:[0-9]+:certificate-authority\\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"), min_length: Some(5), max_length: Some(200) }) },
::forma_core::schema::Property { name: "DirectoryId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^d-[0-9a-f]{10}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING)) },
::forma_core::schema::Property { name: "VpcInformation", required: true, create_only: true, shape: ::forma_core::schema::Shape::Object(&VPC_INFORMATION_TYPE) },
],
rules: &[],
attributes: &["ConnectorArn"],
};

static VPC_INFORMATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCAConnectorAD::Connector.VpcInformation",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "DUALSTACK"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?:sg-[0-9a-f]{8}|sg-[0-9a-f]{17})$"),
                    min_length: Some(11),
                    max_length: Some(20),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
    ],
    rules: &[],
};
