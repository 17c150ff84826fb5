// @generated from AWS::NetworkManager::ConnectAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkManager::ConnectAttachment` and its property types.

/// AWS::NetworkManager::ConnectAttachment Resource Type Definition
///
/// CloudFormation type `AWS::NetworkManager::ConnectAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectAttachment {
    props: ::forma_core::schema::Props,
}
impl ConnectAttachment {
    /// A new resource with its required properties: `CoreNetworkId`, `EdgeLocation`, `Options`, `TransportAttachmentId`.
    #[track_caller]
    pub fn new(
        core_network_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        edge_location: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        options: impl ::std::convert::Into<::forma_core::Value<ConnectAttachmentOptions>>,
        transport_attachment_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, core_network_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, edge_location.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, options.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, transport_attachment_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the network function group attachment.
    #[track_caller]
    pub fn network_function_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Routing policy label
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn routing_policy_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags for the attachment.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConnectAttachment {
    type Attributes = ConnectAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkManager::ConnectAttachment"
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
/// The attributes of a `AWS::NetworkManager::ConnectAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectAttachmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectAttachmentAttributes {
    /// `Fn::GetAtt` `CoreNetworkArn`.
    pub fn core_network_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CoreNetworkArn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `AttachmentType`.
    pub fn attachment_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AttachmentType")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `ResourceArn`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceArn")
    }
    /// `Fn::GetAtt` `AttachmentId`.
    pub fn attachment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AttachmentId")
    }
    /// `Fn::GetAtt` `OwnerAccountId`.
    pub fn owner_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerAccountId")
    }
    /// `Fn::GetAtt` `AttachmentPolicyRuleNumber`.
    pub fn attachment_policy_rule_number(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AttachmentPolicyRuleNumber")
    }
    /// `Fn::GetAtt` `SegmentName`.
    pub fn segment_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SegmentName")
    }
    /// `Fn::GetAtt` `LastModificationErrors`.
    pub fn last_modification_errors(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "LastModificationErrors")
    }
    /// `Fn::GetAtt` `ProposedSegmentChange`.
    pub fn proposed_segment_change(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ProposedSegmentChange")
    }
    /// `Fn::GetAtt` `ProposedNetworkFunctionGroupChange`.
    pub fn proposed_network_function_group_change(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ProposedNetworkFunctionGroupChange")
    }
}

/// The values CloudFormation documents: `GRE`, `NO_ENCAP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `GRE`
    Gre,
    /// `NO_ENCAP`
    NoEncap,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gre => "GRE",
            Self::NoEncap => "NO_ENCAP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GRE", "NO_ENCAP"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// Connect attachment options for protocol
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectAttachmentOptions {
    props: ::forma_core::schema::Props,
}
impl ConnectAttachmentOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Tunnel protocol for connect attachment
    pub fn protocol(mut self, value: impl ::forma_core::schema::EnumArg<Protocol>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ConnectAttachmentOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectAttachmentOptions> for ::forma_core::Value<ConnectAttachmentOptions> {
    fn from(v: ConnectAttachmentOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECT_ATTACHMENT_OPTIONS_TYPE.properties))
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

/// The schema of `AWS::NetworkManager::ConnectAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkManager::ConnectAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "CoreNetworkId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^core-network-([0-9a-f]{8,17})$"),
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "EdgeLocation",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "NetworkFunctionGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Options",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONNECT_ATTACHMENT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoutingPolicyLabel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(256),
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
        ::forma_core::schema::Property {
            name: "TransportAttachmentId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^attachment-([0-9a-f]{8,17})$"),
                min_length: Some(0),
                max_length: Some(50),
            }),
        },
    ],
    rules: &[],
    attributes: &[
        "CoreNetworkArn",
        "CreatedAt",
        "UpdatedAt",
        "AttachmentType",
        "State",
        "ResourceArn",
        "AttachmentId",
        "OwnerAccountId",
        "AttachmentPolicyRuleNumber",
        "SegmentName",
        "LastModificationErrors",
        "ProposedSegmentChange",
        "ProposedNetworkFunctionGroupChange",
    ],
};

static CONNECT_ATTACHMENT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkManager::ConnectAttachment.ConnectAttachmentOptions",
    properties: &[::forma_core::schema::Property {
        name: "Protocol",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["GRE", "NO_ENCAP"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkManager::ConnectAttachment.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(10000000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(10000000),
            }),
        },
    ],
    rules: &[],
};
