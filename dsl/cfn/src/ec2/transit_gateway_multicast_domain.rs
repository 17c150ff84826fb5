// @generated from AWS::EC2::TransitGatewayMulticastDomain (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TransitGatewayMulticastDomain` and its property types.

/// The AWS::EC2::TransitGatewayMulticastDomain type
///
/// CloudFormation type `AWS::EC2::TransitGatewayMulticastDomain`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayMulticastDomain {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayMulticastDomain {
    /// A new resource with its required properties: `TransitGatewayId`.
    #[track_caller]
    pub fn new(transit_gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, transit_gateway_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The options for the transit gateway multicast domain.
    #[track_caller]
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<Options>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the transit gateway multicast domain.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TransitGatewayMulticastDomain {
    type Attributes = TransitGatewayMulticastDomainAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TransitGatewayMulticastDomain"
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
/// The attributes of a `AWS::EC2::TransitGatewayMulticastDomain` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayMulticastDomainAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayMulticastDomainAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransitGatewayMulticastDomainAttributes {
    /// `Fn::GetAtt` `TransitGatewayMulticastDomainId`.
    pub fn transit_gateway_multicast_domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TransitGatewayMulticastDomainId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `TransitGatewayMulticastDomainArn`.
    pub fn transit_gateway_multicast_domain_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TransitGatewayMulticastDomainArn")
    }
}

/// The values CloudFormation documents: `disable`, `enable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoAcceptSharedAssociations {
    /// `disable`
    Disable,
    /// `enable`
    Enable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoAcceptSharedAssociations {
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
impl ::std::convert::From<AutoAcceptSharedAssociations> for ::forma_core::Value<AutoAcceptSharedAssociations> {
    fn from(v: AutoAcceptSharedAssociations) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoAcceptSharedAssociations {}

/// The values CloudFormation documents: `disable`, `enable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Igmpv2Support {
    /// `disable`
    Disable,
    /// `enable`
    Enable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Igmpv2Support {
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
impl ::std::convert::From<Igmpv2Support> for ::forma_core::Value<Igmpv2Support> {
    fn from(v: Igmpv2Support) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Igmpv2Support {}

/// The values CloudFormation documents: `disable`, `enable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StaticSourcesSupport {
    /// `disable`
    Disable,
    /// `enable`
    Enable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StaticSourcesSupport {
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
impl ::std::convert::From<StaticSourcesSupport> for ::forma_core::Value<StaticSourcesSupport> {
    fn from(v: StaticSourcesSupport) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StaticSourcesSupport {}

/// The options for the transit gateway multicast domain.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    props: ::forma_core::schema::Props,
}
impl Options {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to automatically cross-account subnet associations that are associated with the transit gateway multicast domain.
    pub fn auto_accept_shared_associations(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AutoAcceptSharedAssociations>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Indicates whether Internet Group Management Protocol (IGMP) version 2 is turned on for the transit gateway multicast domain.
    pub fn igmpv2_support(mut self, value: impl ::forma_core::schema::EnumArg<Igmpv2Support>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Indicates whether support for statically configuring transit gateway multicast group sources is turned on.
    pub fn static_sources_support(mut self, value: impl ::forma_core::schema::EnumArg<StaticSourcesSupport>) -> Self {
        self.props.set(2, value.into_enum_expr());
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

/// The `Tag` property type of `AWS::EC2::TransitGatewayMulticastDomain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key of the tag.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the tag.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::TransitGatewayMulticastDomain`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TransitGatewayMulticastDomain",
    properties: &[
        ::forma_core::schema::Property {
            name: "Options",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OPTIONS_TYPE),
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
    ],
    rules: &[],
    attributes: &["TransitGatewayMulticastDomainId", "State", "CreationTime", "TransitGatewayMulticastDomainArn"],
};

static OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::TransitGatewayMulticastDomain.Options",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoAcceptSharedAssociations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disable", "enable"]),
        },
        ::forma_core::schema::Property {
            name: "Igmpv2Support",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disable", "enable"]),
        },
        ::forma_core::schema::Property {
            name: "StaticSourcesSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disable", "enable"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::TransitGatewayMulticastDomain.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
