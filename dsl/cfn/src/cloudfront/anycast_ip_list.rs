// @generated from AWS::CloudFront::AnycastIpList (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::AnycastIpList` and its property types.

/// An Anycast static IP list.
///
/// CloudFormation type `AWS::CloudFront::AnycastIpList`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnycastIpList {
    props: ::forma_core::schema::Props,
}
impl AnycastIpList {
    /// A new resource with its required properties: `IpCount`, `Name`.
    #[track_caller]
    pub fn new(
        ip_count: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, ip_count.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The IP address type for the Anycast static IP list.
    #[track_caller]
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of IPAM CIDR configurations that define the IP address ranges, IPAM pools, and associated Anycast IP addresses.
    #[track_caller]
    pub fn ipam_cidr_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IpamCidrConfig>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A complex type that contains zero or more `Tag` elements.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<Tags>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AnycastIpList {
    type Attributes = AnycastIpListAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::AnycastIpList"
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
/// The attributes of a `AWS::CloudFront::AnycastIpList` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AnycastIpListAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AnycastIpListAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AnycastIpListAttributes {
    /// `Fn::GetAtt` `AnycastIpList`.
    pub fn anycast_ip_list(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AnycastIpList")
    }
    /// `Fn::GetAtt` `ETag`.
    pub fn e_tag(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ETag")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `IpamCidrConfigResults`.
    pub fn ipam_cidr_config_results(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "IpamCidrConfigResults")
    }
}

/// The values CloudFormation documents: `ipv4`, `dualstack`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `ipv4`
    Ipv4,
    /// `dualstack`
    Dualstack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "ipv4",
            Self::Dualstack => "dualstack",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ipv4", "dualstack"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// Configuration for an IPAM CIDR that defines a specific IP address range, IPAM pool, and associated Anycast IP address.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamCidrConfig {
    props: ::forma_core::schema::Props,
}
impl IpamCidrConfig {
    /// A new value with its required properties: `Cidr`, `IpamPoolArn`.
    pub fn new(
        cidr: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        ipam_pool_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cidr.into().into_expr());
        props.set(1, ipam_pool_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IpamCidrConfig> for ::forma_core::Value<IpamCidrConfig> {
    fn from(v: IpamCidrConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IPAM_CIDR_CONFIG_TYPE.properties))
    }
}

/// A complex type that contains zero or more `Tag` elements.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A complex type that contains `Tag` elements.
    pub fn items(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tags {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// A complex type that contains `Tag` key and `Tag` value.
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
    /// A string that contains an optional `Tag` value.
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

/// The schema of `AWS::CloudFront::AnycastIpList`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::AnycastIpList",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ipv4", "dualstack"]),
        },
        ::forma_core::schema::Property {
            name: "IpCount",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IpamCidrConfigs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IPAM_CIDR_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_]{1,64}$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TAGS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["AnycastIpList", "ETag", "Id", "IpamCidrConfigResults"],
};

static IPAM_CIDR_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::AnycastIpList.IpamCidrConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cidr",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpamPoolArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::AnycastIpList.Tags",
    properties: &[::forma_core::schema::Property {
        name: "Items",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&TAG_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::AnycastIpList.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
