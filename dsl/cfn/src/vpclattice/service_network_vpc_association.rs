// @generated from AWS::VpcLattice::ServiceNetworkVpcAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VpcLattice::ServiceNetworkVpcAssociation` and its property types.

/// Associates a VPC with a service network.
///
/// CloudFormation type `AWS::VpcLattice::ServiceNetworkVpcAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceNetworkVpcAssociation {
    props: ::forma_core::schema::Props,
}
impl ServiceNetworkVpcAssociation {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DnsOptions`.
    #[track_caller]
    pub fn dns_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<DnsOptions>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PrivateDnsEnabled`.
    #[track_caller]
    pub fn private_dns_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecurityGroupIds`.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceNetworkIdentifier`.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_network_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcIdentifier`.
    ///
    /// Allowed: length 5 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ServiceNetworkVpcAssociation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ServiceNetworkVpcAssociation {
    type Attributes = ServiceNetworkVpcAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::VpcLattice::ServiceNetworkVpcAssociation"
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
/// The attributes of a `AWS::VpcLattice::ServiceNetworkVpcAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceNetworkVpcAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceNetworkVpcAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceNetworkVpcAssociationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ServiceNetworkArn`.
    pub fn service_network_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceNetworkArn")
    }
    /// `Fn::GetAtt` `ServiceNetworkId`.
    pub fn service_network_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceNetworkId")
    }
    /// `Fn::GetAtt` `ServiceNetworkName`.
    pub fn service_network_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceNetworkName")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
}

/// The values CloudFormation documents: `VERIFIED_DOMAINS_ONLY`, `ALL_DOMAINS`, `VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS`, `SPECIFIED_DOMAINS_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrivateDnsPreference {
    /// `VERIFIED_DOMAINS_ONLY`
    VerifiedDomainsOnly,
    /// `ALL_DOMAINS`
    AllDomains,
    /// `VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS`
    VerifiedDomainsAndSpecifiedDomains,
    /// `SPECIFIED_DOMAINS_ONLY`
    SpecifiedDomainsOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PrivateDnsPreference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerifiedDomainsOnly => "VERIFIED_DOMAINS_ONLY",
            Self::AllDomains => "ALL_DOMAINS",
            Self::VerifiedDomainsAndSpecifiedDomains => "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS",
            Self::SpecifiedDomainsOnly => "SPECIFIED_DOMAINS_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VERIFIED_DOMAINS_ONLY", "ALL_DOMAINS", "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS", "SPECIFIED_DOMAINS_ONLY"]
    }
}
impl ::std::convert::From<PrivateDnsPreference> for ::forma_core::Value<PrivateDnsPreference> {
    fn from(v: PrivateDnsPreference) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PrivateDnsPreference {}

/// The `DnsOptions` property type of `AWS::VpcLattice::ServiceNetworkVpcAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct DnsOptions {
    props: ::forma_core::schema::Props,
}
impl DnsOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PrivateDnsPreference`.
    pub fn private_dns_preference(mut self, value: impl ::forma_core::schema::EnumArg<PrivateDnsPreference>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `PrivateDnsSpecifiedDomains`.
    pub fn private_dns_specified_domains(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DnsOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DnsOptions> for ::forma_core::Value<DnsOptions> {
    fn from(v: DnsOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DNS_OPTIONS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::VpcLattice::ServiceNetworkVpcAssociation`.
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

/// The schema of `AWS::VpcLattice::ServiceNetworkVpcAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::VpcLattice::ServiceNetworkVpcAssociation",
properties: &[
::forma_core::schema::Property { name: "DnsOptions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DNS_OPTIONS_TYPE) },
::forma_core::schema::Property { name: "PrivateDnsEnabled", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "SecurityGroupIds", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^sg-(([0-9a-z]{8})|([0-9a-z]{17}))$"), min_length: Some(0), max_length: Some(200) }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "ServiceNetworkIdentifier", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((sn-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:servicenetwork/sn-[0-9a-z]{17}))$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "VpcIdentifier", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^vpc-(([0-9a-z]{8})|([0-9a-z]{17}))$"), min_length: Some(5), max_length: Some(2048) }) },
],
rules: &[],
attributes: &["Arn", "CreatedAt", "Id", "ServiceNetworkArn", "ServiceNetworkId", "ServiceNetworkName", "Status", "VpcId"],
};

static DNS_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::ServiceNetworkVpcAssociation.DnsOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "PrivateDnsPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "VERIFIED_DOMAINS_ONLY",
                "ALL_DOMAINS",
                "VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS",
                "SPECIFIED_DOMAINS_ONLY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PrivateDnsSpecifiedDomains",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::ServiceNetworkVpcAssociation.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
