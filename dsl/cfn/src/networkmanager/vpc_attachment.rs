// @generated from AWS::NetworkManager::VpcAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkManager::VpcAttachment` and its property types.

/// AWS::NetworkManager::VpcAttachment Resoruce Type
///
/// CloudFormation type `AWS::NetworkManager::VpcAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcAttachment {
    props: ::forma_core::schema::Props,
}
impl VpcAttachment {
    /// A new resource with its required properties: `CoreNetworkId`, `SubnetArns`, `VpcArn`.
    #[track_caller]
    pub fn new(
        core_network_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnet_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        vpc_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, core_network_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, subnet_arns.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, vpc_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Vpc options of the attachment.
    #[track_caller]
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcOptions>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
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
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags for the attachment.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpcAttachment {
    type Attributes = VpcAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkManager::VpcAttachment"
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
/// The attributes of a `AWS::NetworkManager::VpcAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcAttachmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcAttachmentAttributes {
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
    /// `Fn::GetAtt` `EdgeLocation`.
    pub fn edge_location(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EdgeLocation")
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

/// Vpc options of the attachment.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcOptions {
    props: ::forma_core::schema::Props,
}
impl VpcOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to enable ApplianceModeSupport Support for Vpc Attachment.
    pub fn appliance_mode_support(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether to enable private DNS Support for Vpc Attachment.
    pub fn dns_support(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether to enable Ipv6 Support for Vpc Attachment.
    pub fn ipv6_support(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Indicates whether to enable Security Group Referencing Support for Vpc Attachment.
    pub fn security_group_referencing_support(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcOptions> for ::forma_core::Value<VpcOptions> {
    fn from(v: VpcOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_OPTIONS_TYPE.properties))
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

/// The schema of `AWS::NetworkManager::VpcAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkManager::VpcAttachment",
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
            name: "Options",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_OPTIONS_TYPE),
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
            name: "SubnetArns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:subnet\\/subnet-[0-9a-f]{8,17}$|^$"),
                    min_length: Some(0),
                    max_length: Some(500),
                }),
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
            name: "VpcArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:vpc\\/vpc-[0-9a-f]{8,17}$"),
                min_length: Some(0),
                max_length: Some(500),
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
        "AttachmentId",
        "OwnerAccountId",
        "EdgeLocation",
        "AttachmentPolicyRuleNumber",
        "SegmentName",
        "NetworkFunctionGroupName",
        "ResourceArn",
        "LastModificationErrors",
        "ProposedSegmentChange",
        "ProposedNetworkFunctionGroupChange",
    ],
};

static VPC_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkManager::VpcAttachment.VpcOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplianceModeSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DnsSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Ipv6Support",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupReferencingSupport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkManager::VpcAttachment.Tag",
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
