// @generated from AWS::GlobalAccelerator::Accelerator (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GlobalAccelerator::Accelerator` and its property types.

/// Resource Type definition for AWS::GlobalAccelerator::Accelerator
///
/// CloudFormation type `AWS::GlobalAccelerator::Accelerator`.
#[derive(Debug, Clone, PartialEq)]
pub struct Accelerator {
    props: ::forma_core::schema::Props,
}
impl Accelerator {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicates whether an accelerator is enabled.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether flow logs are enabled for the accelerator.
    #[track_caller]
    pub fn flow_logs_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the Amazon S3 bucket for the flow logs.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn flow_logs_s3_bucket(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The prefix for the location in the Amazon S3 bucket for the flow logs.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn flow_logs_s3_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// IP Address type.
    #[track_caller]
    pub fn ip_address_type(mut self, value: impl ::forma_core::schema::EnumArg<IpAddressType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IP addresses from BYOIP Prefix pool.
    #[track_caller]
    pub fn ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Accelerator {
    type Attributes = AcceleratorAttributes;
    fn type_name(&self) -> &str {
        "AWS::GlobalAccelerator::Accelerator"
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
/// The attributes of a `AWS::GlobalAccelerator::Accelerator` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AcceleratorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AcceleratorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AcceleratorAttributes {
    /// `Fn::GetAtt` `AcceleratorArn`.
    pub fn accelerator_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AcceleratorArn")
    }
    /// `Fn::GetAtt` `DnsName`.
    pub fn dns_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DnsName")
    }
    /// `Fn::GetAtt` `Ipv4Addresses`.
    pub fn ipv4_addresses(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Ipv4Addresses")
    }
    /// `Fn::GetAtt` `Ipv6Addresses`.
    pub fn ipv6_addresses(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Ipv6Addresses")
    }
    /// `Fn::GetAtt` `DualStackDnsName`.
    pub fn dual_stack_dns_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DualStackDnsName")
    }
}

/// The values CloudFormation documents: `IPV4`, `DUAL_STACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IpAddressType {
    /// `IPV4`
    Ipv4,
    /// `DUAL_STACK`
    DualStack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IpAddressType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::DualStack => "DUAL_STACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "DUAL_STACK"]
    }
}
impl ::std::convert::From<IpAddressType> for ::forma_core::Value<IpAddressType> {
    fn from(v: IpAddressType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IpAddressType {}

/// Tag is a key-value pair associated with accelerator.
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

/// The schema of `AWS::GlobalAccelerator::Accelerator`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GlobalAccelerator::Accelerator",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FlowLogsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FlowLogsS3Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "FlowLogsS3Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "DUAL_STACK"]),
        },
        ::forma_core::schema::Property {
            name: "IpAddresses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{0,64}$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
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
    attributes: &["AcceleratorArn", "DnsName", "Ipv4Addresses", "Ipv6Addresses", "DualStackDnsName"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GlobalAccelerator::Accelerator.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
