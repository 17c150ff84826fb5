// @generated from AWS::EC2::TransitGatewayAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TransitGatewayAttachment` and its property types.

/// Resource Type definition for AWS::EC2::TransitGatewayAttachment
///
/// CloudFormation type `AWS::EC2::TransitGatewayAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayAttachment {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayAttachment {
    /// A new resource with its required properties: `SubnetIds`, `TransitGatewayId`, `VpcId`.
    #[track_caller]
    pub fn new(
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        transit_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, subnet_ids.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, transit_gateway_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The options for the transit gateway vpc attachment.
    #[track_caller]
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<Options>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TransitGatewayAttachment {
    type Attributes = TransitGatewayAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TransitGatewayAttachment"
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
/// The attributes of a `AWS::EC2::TransitGatewayAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayAttachmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransitGatewayAttachmentAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `disable`, `enable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplianceModeSupport {
    /// `disable`
    Disable,
    /// `enable`
    Enable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplianceModeSupport {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disable => "disable",
            Self::Enable => "enable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["disable", "enable"]
    }
}
impl ::std::convert::From<ApplianceModeSupport> for ::forma_core::Value<ApplianceModeSupport> {
    fn from(v: ApplianceModeSupport) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplianceModeSupport {}

/// The values CloudFormation documents: `disable`, `enable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DnsSupport {
    /// `disable`
    Disable,
    /// `enable`
    Enable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DnsSupport {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disable => "disable",
            Self::Enable => "enable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["disable", "enable"]
    }
}
impl ::std::convert::From<DnsSupport> for ::forma_core::Value<DnsSupport> {
    fn from(v: DnsSupport) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DnsSupport {}

/// The values CloudFormation documents: `disable`, `enable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Ipv6Support {
    /// `disable`
    Disable,
    /// `enable`
    Enable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Ipv6Support {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disable => "disable",
            Self::Enable => "enable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["disable", "enable"]
    }
}
impl ::std::convert::From<Ipv6Support> for ::forma_core::Value<Ipv6Support> {
    fn from(v: Ipv6Support) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Ipv6Support {}

/// The values CloudFormation documents: `disable`, `enable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SecurityGroupReferencingSupport {
    /// `disable`
    Disable,
    /// `enable`
    Enable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SecurityGroupReferencingSupport {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disable => "disable",
            Self::Enable => "enable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["disable", "enable"]
    }
}
impl ::std::convert::From<SecurityGroupReferencingSupport> for ::forma_core::Value<SecurityGroupReferencingSupport> {
    fn from(v: SecurityGroupReferencingSupport) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SecurityGroupReferencingSupport {}

/// The options for the transit gateway vpc attachment.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    props: ::forma_core::schema::Props,
}
impl Options {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to enable Ipv6 Support for Vpc Attachment.
    pub fn appliance_mode_support(mut self, value: impl ::forma_core::schema::EnumArg<ApplianceModeSupport>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Indicates whether to enable DNS Support for Vpc Attachment.
    pub fn dns_support(mut self, value: impl ::forma_core::schema::EnumArg<DnsSupport>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Indicates whether to enable Ipv6 Support for Vpc Attachment.
    pub fn ipv6_support(mut self, value: impl ::forma_core::schema::EnumArg<Ipv6Support>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Indicates whether to enable Security Group referencing support for Vpc Attachment.
    pub fn security_group_referencing_support(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SecurityGroupReferencingSupport>,
    ) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Options {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Options> for ::forma_core::Value<Options> {
    fn from(v: Options) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPTIONS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::TransitGatewayAttachment`.
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

/// The schema of `AWS::EC2::TransitGatewayAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TransitGatewayAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Options",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
        ::forma_core::schema::Property {
            name: "TransitGatewayId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::TransitGatewayAttachment.Options",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplianceModeSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disable", "enable"]),
        },
        ::forma_core::schema::Property {
            name: "DnsSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disable", "enable"]),
        },
        ::forma_core::schema::Property {
            name: "Ipv6Support",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disable", "enable"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupReferencingSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disable", "enable"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::TransitGatewayAttachment.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
