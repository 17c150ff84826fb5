// @generated from AWS::Connect::Instance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::Instance` and its property types.

/// Resource Type definition for AWS::Connect::Instance
///
/// CloudFormation type `AWS::Connect::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    props: ::forma_core::schema::Props,
}
impl Instance {
    /// A new resource with its required properties: `Attributes`, `IdentityManagementType`.
    #[track_caller]
    pub fn new(
        attributes: impl ::std::convert::Into<::forma_core::Value<Attributes>>,
        identity_management_type: impl ::forma_core::schema::EnumArg<IdentityManagementType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, attributes.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, identity_management_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Existing directoryId user wants to map to the new Connect instance.
    ///
    /// Allowed: length 12 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn directory_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Alias of the new directory created as part of new instance creation.
    ///
    /// Allowed: length 1 to 45.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_alias(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Instance {
    type Attributes = InstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::Instance"
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
/// The attributes of a `AWS::Connect::Instance` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InstanceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InstanceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InstanceAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ServiceRole`.
    pub fn service_role(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceRole")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `InstanceStatus`.
    pub fn instance_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceStatus")
    }
}

/// The values CloudFormation documents: `SAML`, `CONNECT_MANAGED`, `EXISTING_DIRECTORY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdentityManagementType {
    /// `SAML`
    Saml,
    /// `CONNECT_MANAGED`
    ConnectManaged,
    /// `EXISTING_DIRECTORY`
    ExistingDirectory,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IdentityManagementType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saml => "SAML",
            Self::ConnectManaged => "CONNECT_MANAGED",
            Self::ExistingDirectory => "EXISTING_DIRECTORY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAML", "CONNECT_MANAGED", "EXISTING_DIRECTORY"]
    }
}
impl ::std::convert::From<IdentityManagementType> for ::forma_core::Value<IdentityManagementType> {
    fn from(v: IdentityManagementType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IdentityManagementType {}

/// The `Attributes` property type of `AWS::Connect::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct Attributes {
    props: ::forma_core::schema::Props,
}
impl Attributes {
    /// A new value with its required properties: `InboundCalls`, `OutboundCalls`.
    pub fn new(
        inbound_calls: impl ::std::convert::Into<::forma_core::Value<bool>>,
        outbound_calls: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(8, inbound_calls.into().into_expr());
        props.set(12, outbound_calls.into().into_expr());
        Self { props }
    }
    /// Boolean flag which enables AUTO_MUTE_AGENT_ON_HOLD on an instance.
    pub fn auto_mute_agent_on_hold(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Boolean flag which enables AUTO_RESOLVE_BEST_VOICES on an instance.
    pub fn auto_resolve_best_voices(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Boolean flag which enables CONTACT_LENS on an instance.
    pub fn contact_lens(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Boolean flag which enables CONTACTFLOW_LOGS on an instance.
    pub fn contactflow_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Boolean flag which enables EARLY_MEDIA on an instance.
    pub fn early_media(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Boolean flag which enables ENHANCED_CHAT_MONITORING on an instance.
    pub fn enhanced_chat_monitoring(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Boolean flag which enables ENHANCED_CONTACT_MONITORING on an instance.
    pub fn enhanced_contact_monitoring(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Boolean flag which enables HIGH_VOLUME_OUTBOUND on an instance.
    pub fn high_volume_out_bound(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Boolean flag which enables MESSAGE_STREAMING on an instance.
    pub fn message_streaming(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Boolean flag which enables MULTI_PARTY_CHAT_CONFERENCE on an instance.
    pub fn multi_party_chat_conference(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Boolean flag which enables MULTI_PARTY_CONFERENCE on an instance.
    pub fn multi_party_conference(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Boolean flag which enables USE_CUSTOM_TTS_VOICES on an instance.
    pub fn use_custom_tts_voices(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Attributes> for ::forma_core::Value<Attributes> {
    fn from(v: Attributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTES_TYPE.properties))
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

/// The schema of `AWS::Connect::Instance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::Instance",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DirectoryId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^d-[0-9a-f]{10}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdentityManagementType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SAML", "CONNECT_MANAGED", "EXISTING_DIRECTORY"]),
        },
        ::forma_core::schema::Property {
            name: "InstanceAlias",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*$"),
                min_length: Some(1),
                max_length: Some(45),
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
    attributes: &["Id", "Arn", "ServiceRole", "CreatedTime", "InstanceStatus"],
};

static ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Instance.Attributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoMuteAgentOnHold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AutoResolveBestVoices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ContactLens",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ContactflowLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EarlyMedia",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnhancedChatMonitoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnhancedContactMonitoring",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "HighVolumeOutBound",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InboundCalls",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MessageStreaming",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MultiPartyChatConference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MultiPartyConference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OutboundCalls",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UseCustomTTSVoices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::Instance.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
