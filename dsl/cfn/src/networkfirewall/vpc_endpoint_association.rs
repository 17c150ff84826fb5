// @generated from AWS::NetworkFirewall::VpcEndpointAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkFirewall::VpcEndpointAssociation` and its property types.

/// Resource type definition for AWS::NetworkFirewall::VpcEndpointAssociation
///
/// CloudFormation type `AWS::NetworkFirewall::VpcEndpointAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcEndpointAssociation {
    props: ::forma_core::schema::Props,
}
impl VpcEndpointAssociation {
    /// A new resource with its required properties: `FirewallArn`, `SubnetMapping`, `VpcId`.
    #[track_caller]
    pub fn new(
        firewall_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnet_mapping: impl ::std::convert::Into<::forma_core::Value<SubnetMapping>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, firewall_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, subnet_mapping.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 512.
    ///
    /// Changing it replaces the resource.
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
impl ::forma_core::CfnResource for VpcEndpointAssociation {
    type Attributes = VpcEndpointAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkFirewall::VpcEndpointAssociation"
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
/// The attributes of a `AWS::NetworkFirewall::VpcEndpointAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcEndpointAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcEndpointAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcEndpointAssociationAttributes {
    /// `Fn::GetAtt` `VpcEndpointAssociationArn`.
    pub fn vpc_endpoint_association_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpointAssociationArn")
    }
    /// `Fn::GetAtt` `VpcEndpointAssociationId`.
    pub fn vpc_endpoint_association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpointAssociationId")
    }
    /// `Fn::GetAtt` `EndpointId`.
    pub fn endpoint_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointId")
    }
}

/// The values CloudFormation documents: `DUALSTACK`, `IPV4`, `IPV6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `DUALSTACK`
    Dualstack,
    /// `IPV4`
    Ipv4,
    /// `IPV6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dualstack => "DUALSTACK",
            Self::Ipv4 => "IPV4",
            Self::Ipv6 => "IPV6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DUALSTACK", "IPV4", "IPV6"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// The `SubnetMapping` property type of `AWS::NetworkFirewall::VpcEndpointAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubnetMapping {
    props: ::forma_core::schema::Props,
}
impl SubnetMapping {
    /// A new value with its required properties: `SubnetId`.
    pub fn new(subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, subnet_id.into().into_expr());
        Self { props }
    }
    /// A IPAddressType
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SubnetMapping> for ::forma_core::Value<SubnetMapping> {
    fn from(v: SubnetMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBNET_MAPPING_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::NetworkFirewall::VpcEndpointAssociation`.
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

/// The schema of `AWS::NetworkFirewall::VpcEndpointAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkFirewall::VpcEndpointAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirewallArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws.*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubnetMapping",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SUBNET_MAPPING_TYPE),
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
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-[0-9a-f]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["VpcEndpointAssociationArn", "VpcEndpointAssociationId", "EndpointId"],
};

static SUBNET_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::VpcEndpointAssociation.SubnetMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "IPAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DUALSTACK", "IPV4", "IPV6"]),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkFirewall::VpcEndpointAssociation.Tag",
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
