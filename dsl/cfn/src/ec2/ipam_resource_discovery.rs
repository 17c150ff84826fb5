// @generated from AWS::EC2::IPAMResourceDiscovery (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IPAMResourceDiscovery` and its property types.

/// Resource Schema of AWS::EC2::IPAMResourceDiscovery Type
///
/// CloudFormation type `AWS::EC2::IPAMResourceDiscovery`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamResourceDiscovery {
    props: ::forma_core::schema::Props,
}
impl IpamResourceDiscovery {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The regions Resource Discovery is enabled for.
    #[track_caller]
    pub fn operating_regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpamOperatingRegion>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of organizational unit (OU) exclusions for this resource.
    #[track_caller]
    pub fn organizational_unit_exclusions(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<IpamResourceDiscoveryOrganizationalUnitExclusion>>,
        >,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for IpamResourceDiscovery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for IpamResourceDiscovery {
    type Attributes = IpamResourceDiscoveryAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IPAMResourceDiscovery"
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
/// The attributes of a `AWS::EC2::IPAMResourceDiscovery` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamResourceDiscoveryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamResourceDiscoveryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamResourceDiscoveryAttributes {
    /// `Fn::GetAtt` `IpamResourceDiscoveryId`.
    pub fn ipam_resource_discovery_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamResourceDiscoveryId")
    }
    /// `Fn::GetAtt` `IpamResourceDiscoveryArn`.
    pub fn ipam_resource_discovery_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamResourceDiscoveryArn")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `IpamResourceDiscoveryRegion`.
    pub fn ipam_resource_discovery_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamResourceDiscoveryRegion")
    }
    /// `Fn::GetAtt` `IsDefault`.
    pub fn is_default(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsDefault")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The regions IPAM Resource Discovery is enabled for.
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

/// If your IPAM is integrated with AWS Organizations and you add an organizational unit (OU) exclusion, IPAM will not manage the IP addresses in accounts in that OU exclusion.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamResourceDiscoveryOrganizationalUnitExclusion {
    props: ::forma_core::schema::Props,
}
impl IpamResourceDiscoveryOrganizationalUnitExclusion {
    /// A new value with its required properties: `OrganizationsEntityPath`.
    pub fn new(
        organizations_entity_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, organizations_entity_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IpamResourceDiscoveryOrganizationalUnitExclusion>
    for ::forma_core::Value<IpamResourceDiscoveryOrganizationalUnitExclusion>
{
    fn from(v: IpamResourceDiscoveryOrganizationalUnitExclusion) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(IPAM_RESOURCE_DISCOVERY_ORGANIZATIONAL_UNIT_EXCLUSION_TYPE.properties),
        )
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

/// The schema of `AWS::EC2::IPAMResourceDiscovery`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IPAMResourceDiscovery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "OrganizationalUnitExclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IPAM_RESOURCE_DISCOVERY_ORGANIZATIONAL_UNIT_EXCLUSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
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
    ],
    rules: &[],
    attributes: &[
        "IpamResourceDiscoveryId",
        "IpamResourceDiscoveryArn",
        "OwnerId",
        "IpamResourceDiscoveryRegion",
        "IsDefault",
        "State",
    ],
};

static IPAM_OPERATING_REGION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAMResourceDiscovery.IpamOperatingRegion",
    properties: &[::forma_core::schema::Property {
        name: "RegionName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static IPAM_RESOURCE_DISCOVERY_ORGANIZATIONAL_UNIT_EXCLUSION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::IPAMResourceDiscovery.IpamResourceDiscoveryOrganizationalUnitExclusion",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IPAMResourceDiscovery.Tag",
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
