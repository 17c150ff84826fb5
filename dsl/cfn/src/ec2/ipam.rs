// @generated from AWS::EC2::IPAM (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IPAM` and its property types.

/// Resource Schema of AWS::EC2::IPAM Type
///
/// CloudFormation type `AWS::EC2::IPAM`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ipam {
    props: ::forma_core::schema::Props,
}
impl Ipam {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A set of organizational unit (OU) exclusions for the default resource discovery, created with this IPAM.
    #[track_caller]
    pub fn default_resource_discovery_organizational_unit_exclusions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpamOrganizationalUnitExclusion>>>,
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
    /// Enable provisioning of GUA space in private pools.
    #[track_caller]
    pub fn enable_private_gua(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A metered account is an account that is charged for active IP addresses managed in IPAM
    #[track_caller]
    pub fn metered_account(mut self, value: impl ::forma_core::schema::EnumArg<MeteredAccount>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The regions IPAM is enabled for.
    #[track_caller]
    pub fn operating_regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpamOperatingRegion>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tier of the IPAM.
    #[track_caller]
    pub fn tier(mut self, value: impl ::forma_core::schema::EnumArg<Tier>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Ipam {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Ipam {
    type Attributes = IpamAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IPAM"
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
/// The attributes of a `AWS::EC2::IPAM` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamAttributes {
    /// `Fn::GetAtt` `IpamId`.
    pub fn ipam_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `PublicDefaultScopeId`.
    pub fn public_default_scope_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PublicDefaultScopeId")
    }
    /// `Fn::GetAtt` `PrivateDefaultScopeId`.
    pub fn private_default_scope_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrivateDefaultScopeId")
    }
    /// `Fn::GetAtt` `ScopeCount`.
    pub fn scope_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ScopeCount")
    }
    /// `Fn::GetAtt` `ResourceDiscoveryAssociationCount`.
    pub fn resource_discovery_association_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ResourceDiscoveryAssociationCount")
    }
    /// `Fn::GetAtt` `DefaultResourceDiscoveryId`.
    pub fn default_resource_discovery_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DefaultResourceDiscoveryId")
    }
    /// `Fn::GetAtt` `DefaultResourceDiscoveryAssociationId`.
    pub fn default_resource_discovery_association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DefaultResourceDiscoveryAssociationId")
    }
}

/// The values CloudFormation documents: `ipam-owner`, `resource-owner`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MeteredAccount {
    /// `ipam-owner`
    IpamOwner,
    /// `resource-owner`
    ResourceOwner,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MeteredAccount {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IpamOwner => "ipam-owner",
            Self::ResourceOwner => "resource-owner",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipam-owner", "resource-owner"]
    }
}
impl ::std::convert::From<MeteredAccount> for ::forma_core::Value<MeteredAccount> {
    fn from(v: MeteredAccount) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MeteredAccount {}

/// The values CloudFormation documents: `free`, `advanced`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tier {
    /// `free`
    Free,
    /// `advanced`
    Advanced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Free => "free",
            Self::Advanced => "advanced",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["free", "advanced"]
    }
}
impl ::std::convert::From<Tier> for ::forma_core::Value<Tier> {
    fn from(v: Tier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tier {}

/// If your IPAM is integrated with AWS Organizations and you add an organizational unit (OU) exclusion, IPAM will not manage the IP addresses in accounts in that OU exclusion.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamOrganizationalUnitExclusion {
    props: ::forma_core::schema::Props,
}
impl IpamOrganizationalUnitExclusion {
    /// A new value with its required properties: `OrganizationsEntityPath`.
    pub fn new(
        organizations_entity_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, organizations_entity_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IpamOrganizationalUnitExclusion> for ::forma_core::Value<IpamOrganizationalUnitExclusion> {
    fn from(v: IpamOrganizationalUnitExclusion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPAM_ORGANIZATIONAL_UNIT_EXCLUSION_TYPE.properties))
    }
}

/// The regions IPAM is enabled for.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamOperatingRegion {
    props: ::forma_core::schema::Props,
}
impl IpamOperatingRegion {
    /// A new value with its required properties: `RegionName`.
    pub fn new(region_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, region_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IpamOperatingRegion> for ::forma_core::Value<IpamOperatingRegion> {
    fn from(v: IpamOperatingRegion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPAM_OPERATING_REGION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::EC2::IPAM`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IPAM",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultResourceDiscoveryOrganizationalUnitExclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IPAM_ORGANIZATIONAL_UNIT_EXCLUSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnablePrivateGua",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MeteredAccount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ipam-owner", "resource-owner"]),
        },
        ::forma_core::schema::Property {
            name: "OperatingRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IPAM_OPERATING_REGION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["free", "advanced"]),
        },
    ],
    rules: &[],
    attributes: &[
        "IpamId",
        "Arn",
        "PublicDefaultScopeId",
        "PrivateDefaultScopeId",
        "ScopeCount",
        "ResourceDiscoveryAssociationCount",
        "DefaultResourceDiscoveryId",
        "DefaultResourceDiscoveryAssociationId",
    ],
};

static IPAM_ORGANIZATIONAL_UNIT_EXCLUSION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::IPAM.IpamOrganizationalUnitExclusion",
        properties: &[::forma_core::schema::Property {
            name: "OrganizationsEntityPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        }],
        rules: &[],
    };

static IPAM_OPERATING_REGION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAM.IpamOperatingRegion",
    properties: &[::forma_core::schema::Property {
        name: "RegionName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAM.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
