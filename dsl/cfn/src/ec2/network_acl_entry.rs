// @generated from AWS::EC2::NetworkAclEntry (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::NetworkAclEntry` and its property types.

/// Resource Type definition for AWS::EC2::NetworkAclEntry
///
/// CloudFormation type `AWS::EC2::NetworkAclEntry`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAclEntry {
    props: ::forma_core::schema::Props,
}
impl NetworkAclEntry {
    /// A new resource with its required properties: `NetworkAclId`, `Protocol`, `RuleAction`, `RuleNumber`.
    #[track_caller]
    pub fn new(
        network_acl_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        protocol: impl ::std::convert::Into<::forma_core::Value<i64>>,
        rule_action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rule_number: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, network_acl_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, protocol.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, rule_action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, rule_number.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The IPv4 CIDR range to allow or deny, in CIDR notation (for example, 172.16.0.0/24).
    #[track_caller]
    pub fn cidr_block(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether this is an egress rule (rule is applied to traffic leaving the subnet)
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn egress(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Internet Control Message Protocol (ICMP) code and type.
    #[track_caller]
    pub fn icmp(mut self, value: impl ::std::convert::Into<::forma_core::Value<Icmp>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPv6 network range to allow or deny, in CIDR notation (for example 2001:db8:1234:1a00::/64)
    #[track_caller]
    pub fn ipv6_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IPv4 network range to allow or deny, in CIDR notation (for example 172.16.0.0/24).
    #[track_caller]
    pub fn port_range(mut self, value: impl ::std::convert::Into<::forma_core::Value<PortRange>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NetworkAclEntry {
    type Attributes = NetworkAclEntryAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::NetworkAclEntry"
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
/// The attributes of a `AWS::EC2::NetworkAclEntry` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkAclEntryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkAclEntryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkAclEntryAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Icmp` property type of `AWS::EC2::NetworkAclEntry`.
#[derive(Debug, Clone, PartialEq)]
pub struct Icmp {
    props: ::forma_core::schema::Props,
}
impl Icmp {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Code`.
    pub fn code(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Icmp {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Icmp> for ::forma_core::Value<Icmp> {
    fn from(v: Icmp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICMP_TYPE.properties))
    }
}

/// The `PortRange` property type of `AWS::EC2::NetworkAclEntry`.
#[derive(Debug, Clone, PartialEq)]
pub struct PortRange {
    props: ::forma_core::schema::Props,
}
impl PortRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `From`.
    pub fn from(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `To`.
    pub fn to(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PortRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PortRange> for ::forma_core::Value<PortRange> {
    fn from(v: PortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::NetworkAclEntry`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::NetworkAclEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "CidrBlock",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Egress",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Icmp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICMP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Ipv6CidrBlock",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkAclId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PORT_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RuleNumber",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["Ipv6CidrBlock"], &["CidrBlock"]])],
    attributes: &["Id"],
};

static ICMP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkAclEntry.Icmp",
    properties: &[
        ::forma_core::schema::Property {
            name: "Code",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkAclEntry.PortRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "From",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "To",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
