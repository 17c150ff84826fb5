// @generated from AWS::NetworkManager::DirectConnectGatewayAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkManager::DirectConnectGatewayAttachment` and its property types.

/// AWS::NetworkManager::DirectConnectGatewayAttachment Resource Type
///
/// CloudFormation type `AWS::NetworkManager::DirectConnectGatewayAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectConnectGatewayAttachment {
    props: ::forma_core::schema::Props,
}
impl DirectConnectGatewayAttachment {
    /// A new resource with its required properties: `CoreNetworkId`, `DirectConnectGatewayArn`, `EdgeLocations`.
    #[track_caller]
    pub fn new(
        core_network_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        direct_connect_gateway_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        edge_locations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, core_network_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, direct_connect_gateway_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, edge_locations.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Routing policy label
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn routing_policy_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags for the attachment.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DirectConnectGatewayAttachment {
    type Attributes = DirectConnectGatewayAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkManager::DirectConnectGatewayAttachment"
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
/// The attributes of a `AWS::NetworkManager::DirectConnectGatewayAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DirectConnectGatewayAttachmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DirectConnectGatewayAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DirectConnectGatewayAttachmentAttributes {
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
    /// `Fn::GetAtt` `NetworkFunctionGroupName`.
    pub fn network_function_group_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkFunctionGroupName")
    }
    /// `Fn::GetAtt` `ResourceArn`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceArn")
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

/// The schema of `AWS::NetworkManager::DirectConnectGatewayAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkManager::DirectConnectGatewayAttachment",
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
            name: "DirectConnectGatewayArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[^:]{1,63}:directconnect::[^:]{0,63}:dx-gateway\\/[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$",
                ),
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "EdgeLocations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\s\\S]*$"),
                    min_length: Some(1),
                    max_length: Some(63),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    ],
    rules: &[],
    attributes: &[
        "CoreNetworkArn",
        "CreatedAt",
        "UpdatedAt",
        "AttachmentType",
        "State",
        "AttachmentId",
        "OwnerAccountId",
        "AttachmentPolicyRuleNumber",
        "SegmentName",
        "NetworkFunctionGroupName",
        "ResourceArn",
        "LastModificationErrors",
        "ProposedSegmentChange",
        "ProposedNetworkFunctionGroupChange",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkManager::DirectConnectGatewayAttachment.Tag",
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
