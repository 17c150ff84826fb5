// @generated from AWS::NetworkFirewall::TLSInspectionConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkFirewall::TLSInspectionConfiguration` and its property types.

/// Resource type definition for AWS::NetworkFirewall::TLSInspectionConfiguration
///
/// CloudFormation type `AWS::NetworkFirewall::TLSInspectionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct TlsInspectionConfiguration {
    props: ::forma_core::schema::Props,
}
impl TlsInspectionConfiguration {
    /// A new resource with its required properties: `TLSInspectionConfiguration`, `TLSInspectionConfigurationName`.
    #[track_caller]
    pub fn new(
        tls_inspection_configuration: impl ::std::convert::Into<::forma_core::Value<TlsInspectionConfigurationProperty>>,
        tls_inspection_configuration_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, tls_inspection_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, tls_inspection_configuration_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TlsInspectionConfiguration {
    type Attributes = TlsInspectionConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkFirewall::TLSInspectionConfiguration"
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
/// The attributes of a `AWS::NetworkFirewall::TLSInspectionConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TlsInspectionConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TlsInspectionConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TlsInspectionConfigurationAttributes {
    /// `Fn::GetAtt` `TLSInspectionConfigurationArn`.
    pub fn tls_inspection_configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TLSInspectionConfigurationArn")
    }
    /// `Fn::GetAtt` `TLSInspectionConfigurationId`.
    pub fn tls_inspection_configuration_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TLSInspectionConfigurationId")
    }
}

/// The `TLSInspectionConfiguration` property type of `AWS::NetworkFirewall::TLSInspectionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct TlsInspectionConfigurationProperty {
    props: ::forma_core::schema::Props,
}
impl TlsInspectionConfigurationProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ServerCertificateConfigurations`.
    pub fn server_certificate_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServerCertificateConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TlsInspectionConfigurationProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TlsInspectionConfigurationProperty>
    for ::forma_core::Value<TlsInspectionConfigurationProperty>
{
    fn from(v: TlsInspectionConfigurationProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TLS_INSPECTION_CONFIGURATION_PROPERTY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::NetworkFirewall::TLSInspectionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `ServerCertificateConfiguration` property type of `AWS::NetworkFirewall::TLSInspectionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerCertificateConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServerCertificateConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A resource ARN.
    ///
    /// Allowed: length 1 to 256.
    pub fn certificate_authority_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CheckCertificateRevocationStatus`.
    pub fn check_certificate_revocation_status(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<ServerCertificateConfigurationCheckCertificateRevocationStatus>,
        >,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Scopes`.
    pub fn scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServerCertificateScope>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ServerCertificates`.
    pub fn server_certificates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServerCertificate>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServerCertificateConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServerCertificateConfiguration> for ::forma_core::Value<ServerCertificateConfiguration> {
    fn from(v: ServerCertificateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_CERTIFICATE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PASS`, `DROP`, `REJECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RevokedStatusAction {
    /// `PASS`
    Pass,
    /// `DROP`
    Drop,
    /// `REJECT`
    Reject,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RevokedStatusAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pass => "PASS",
            Self::Drop => "DROP",
            Self::Reject => "REJECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PASS", "DROP", "REJECT"]
    }
}
impl ::std::convert::From<RevokedStatusAction> for ::forma_core::Value<RevokedStatusAction> {
    fn from(v: RevokedStatusAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RevokedStatusAction {}

/// The values CloudFormation documents: `PASS`, `DROP`, `REJECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnknownStatusAction {
    /// `PASS`
    Pass,
    /// `DROP`
    Drop,
    /// `REJECT`
    Reject,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UnknownStatusAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pass => "PASS",
            Self::Drop => "DROP",
            Self::Reject => "REJECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PASS", "DROP", "REJECT"]
    }
}
impl ::std::convert::From<UnknownStatusAction> for ::forma_core::Value<UnknownStatusAction> {
    fn from(v: UnknownStatusAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UnknownStatusAction {}

/// The `ServerCertificateConfigurationCheckCertificateRevocationStatus` property type of `AWS::NetworkFirewall::TLSInspectionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerCertificateConfigurationCheckCertificateRevocationStatus {
    props: ::forma_core::schema::Props,
}
impl ServerCertificateConfigurationCheckCertificateRevocationStatus {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RevokedStatusAction`.
    pub fn revoked_status_action(mut self, value: impl ::forma_core::schema::EnumArg<RevokedStatusAction>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `UnknownStatusAction`.
    pub fn unknown_status_action(mut self, value: impl ::forma_core::schema::EnumArg<UnknownStatusAction>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ServerCertificateConfigurationCheckCertificateRevocationStatus {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServerCertificateConfigurationCheckCertificateRevocationStatus>
    for ::forma_core::Value<ServerCertificateConfigurationCheckCertificateRevocationStatus>
{
    fn from(v: ServerCertificateConfigurationCheckCertificateRevocationStatus) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SERVER_CERTIFICATE_CONFIGURATION_CHECK_CERTIFICATE_REVOCATION_STATUS_TYPE.properties),
        )
    }
}

/// The `ServerCertificateScope` property type of `AWS::NetworkFirewall::TLSInspectionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerCertificateScope {
    props: ::forma_core::schema::Props,
}
impl ServerCertificateScope {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DestinationPorts`.
    pub fn destination_ports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortRange>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Destinations`.
    pub fn destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Address>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Protocols`.
    pub fn protocols(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SourcePorts`.
    pub fn source_ports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PortRange>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Sources`.
    pub fn sources(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Address>>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServerCertificateScope {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServerCertificateScope> for ::forma_core::Value<ServerCertificateScope> {
    fn from(v: ServerCertificateScope) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_CERTIFICATE_SCOPE_TYPE.properties))
    }
}

/// The `ServerCertificate` property type of `AWS::NetworkFirewall::TLSInspectionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerCertificate {
    props: ::forma_core::schema::Props,
}
impl ServerCertificate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A resource ARN.
    ///
    /// Allowed: length 1 to 256.
    pub fn resource_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServerCertificate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServerCertificate> for ::forma_core::Value<ServerCertificate> {
    fn from(v: ServerCertificate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_CERTIFICATE_TYPE.properties))
    }
}

/// The `PortRange` property type of `AWS::NetworkFirewall::TLSInspectionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortRange {
    props: ::forma_core::schema::Props,
}
impl PortRange {
    /// A new value with its required properties: `FromPort`, `ToPort`.
    pub fn new(
        from_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        to_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, from_port.into().into_expr());
        props.set(1, to_port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PortRange> for ::forma_core::Value<PortRange> {
    fn from(v: PortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_RANGE_TYPE.properties))
    }
}

/// The `Address` property type of `AWS::NetworkFirewall::TLSInspectionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    props: ::forma_core::schema::Props,
}
impl Address {
    /// A new value with its required properties: `AddressDefinition`.
    pub fn new(address_definition: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, address_definition.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Address> for ::forma_core::Value<Address> {
    fn from(v: Address) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADDRESS_TYPE.properties))
    }
}

/// The schema of `AWS::NetworkFirewall::TLSInspectionConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkFirewall::TLSInspectionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "TLSInspectionConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TLS_INSPECTION_CONFIGURATION_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TLSInspectionConfigurationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["TLSInspectionConfigurationArn", "TLSInspectionConfigurationId"],
};

static TLS_INSPECTION_CONFIGURATION_PROPERTY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::NetworkFirewall::TLSInspectionConfiguration.TLSInspectionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "ServerCertificateConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVER_CERTIFICATE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::TLSInspectionConfiguration.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static SERVER_CERTIFICATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::TLSInspectionConfiguration.ServerCertificateConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateAuthorityArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws.*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "CheckCertificateRevocationStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &SERVER_CERTIFICATE_CONFIGURATION_CHECK_CERTIFICATE_REVOCATION_STATUS_TYPE,
            ),
        },
        ::forma_core::schema::Property {
            name: "Scopes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVER_CERTIFICATE_SCOPE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServerCertificates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVER_CERTIFICATE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SERVER_CERTIFICATE_CONFIGURATION_CHECK_CERTIFICATE_REVOCATION_STATUS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::NetworkFirewall::TLSInspectionConfiguration.ServerCertificateConfigurationCheckCertificateRevocationStatus",
properties: &[
::forma_core::schema::Property { name: "RevokedStatusAction", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["PASS", "DROP", "REJECT"]) },
::forma_core::schema::Property { name: "UnknownStatusAction", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["PASS", "DROP", "REJECT"]) },
],
rules: &[],
};

static SERVER_CERTIFICATE_SCOPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::TLSInspectionConfiguration.ServerCertificateScope",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationPorts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Destinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADDRESS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Protocols",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(255.0),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourcePorts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_RANGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Sources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADDRESS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SERVER_CERTIFICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::TLSInspectionConfiguration.ServerCertificate",
    properties: &[::forma_core::schema::Property {
        name: "ResourceArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^(arn:aws.*)$"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::TLSInspectionConfiguration.PortRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "FromPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ToPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(65535.0),
            }),
        },
    ],
    rules: &[],
};

static ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::TLSInspectionConfiguration.Address",
    properties: &[::forma_core::schema::Property {
        name: "AddressDefinition",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^([a-fA-F\\d:\\.]+/\\d{1,3})$"),
            min_length: Some(1),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};
