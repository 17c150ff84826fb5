// @generated from AWS::EC2::TransitGatewayConnect (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TransitGatewayConnect` and its property types.

/// The AWS::EC2::TransitGatewayConnect type
///
/// CloudFormation type `AWS::EC2::TransitGatewayConnect`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayConnect {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayConnect {
    /// A new resource with its required properties: `Options`, `TransportTransitGatewayAttachmentId`.
    #[track_caller]
    pub fn new(
        options: impl ::std::convert::Into<::forma_core::Value<TransitGatewayConnectOptions>>,
        transport_transit_gateway_attachment_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, options.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, transport_transit_gateway_attachment_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags for the attachment.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TransitGatewayConnect {
    type Attributes = TransitGatewayConnectAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TransitGatewayConnect"
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
/// The attributes of a `AWS::EC2::TransitGatewayConnect` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayConnectAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayConnectAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransitGatewayConnectAttributes {
    /// `Fn::GetAtt` `TransitGatewayAttachmentId`.
    pub fn transit_gateway_attachment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TransitGatewayAttachmentId")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `TransitGatewayId`.
    pub fn transit_gateway_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TransitGatewayId")
    }
}

/// The values CloudFormation documents: `gre`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `gre`
    Gre,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gre => "gre",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["gre"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The `TransitGatewayConnectOptions` property type of `AWS::EC2::TransitGatewayConnect`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayConnectOptions {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayConnectOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The tunnel protocol.
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TransitGatewayConnectOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TransitGatewayConnectOptions> for ::forma_core::Value<TransitGatewayConnectOptions> {
    fn from(v: TransitGatewayConnectOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSIT_GATEWAY_CONNECT_OPTIONS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::TransitGatewayConnect`.
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

/// The schema of `AWS::EC2::TransitGatewayConnect`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TransitGatewayConnect",
    properties: &[
        ::forma_core::schema::Property {
            name: "Options",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TRANSIT_GATEWAY_CONNECT_OPTIONS_TYPE),
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
            name: "TransportTransitGatewayAttachmentId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["TransitGatewayAttachmentId", "State", "CreationTime", "TransitGatewayId"],
};

static TRANSIT_GATEWAY_CONNECT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::TransitGatewayConnect.TransitGatewayConnectOptions",
    properties: &[::forma_core::schema::Property {
        name: "Protocol",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["gre"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::TransitGatewayConnect.Tag",
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
