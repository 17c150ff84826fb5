// @generated from AWS::AIOps::InvestigationGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AIOps::InvestigationGroup` and its property types.

/// Definition of AWS::AIOps::InvestigationGroup Resource Type
///
/// CloudFormation type `AWS::AIOps::InvestigationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct InvestigationGroup {
    props: ::forma_core::schema::Props,
}
impl InvestigationGroup {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs of notification channels to apply to this resource.
    #[track_caller]
    pub fn chatbot_notification_channels(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ChatbotNotificationChannel>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of cross account configurations.
    #[track_caller]
    pub fn cross_account_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CrossAccountConfiguration>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionConfig`.
    #[track_caller]
    pub fn encryption_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfigMap>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Investigation Group policy
    #[track_caller]
    pub fn investigation_group_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Flag to enable cloud trail history
    #[track_caller]
    pub fn is_cloud_trail_event_history_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days to retain the investigation group
    ///
    /// Allowed: 7 to 90.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn retention_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Investigation Role's ARN.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TagKeyBoundaries`.
    #[track_caller]
    pub fn tag_key_boundaries(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InvestigationGroup {
    type Attributes = InvestigationGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::AIOps::InvestigationGroup"
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
/// The attributes of a `AWS::AIOps::InvestigationGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InvestigationGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InvestigationGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InvestigationGroupAttributes {
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastModifiedBy`.
    pub fn last_modified_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedBy")
    }
    /// `Fn::GetAtt` `LastModifiedAt`.
    pub fn last_modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedAt")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `ChatbotNotificationChannel` property type of `AWS::AIOps::InvestigationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatbotNotificationChannel {
    props: ::forma_core::schema::Props,
}
impl ChatbotNotificationChannel {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ChatConfigurationArns`.
    pub fn chat_configuration_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SNSTopicArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn sns_topic_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ChatbotNotificationChannel {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ChatbotNotificationChannel> for ::forma_core::Value<ChatbotNotificationChannel> {
    fn from(v: ChatbotNotificationChannel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHATBOT_NOTIFICATION_CHANNEL_TYPE.properties))
    }
}

/// The `CrossAccountConfiguration` property type of `AWS::AIOps::InvestigationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossAccountConfiguration {
    props: ::forma_core::schema::Props,
}
impl CrossAccountConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Investigation Role's ARN.
    ///
    /// Allowed: length 20 to 2048.
    pub fn source_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CrossAccountConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CrossAccountConfiguration> for ::forma_core::Value<CrossAccountConfiguration> {
    fn from(v: CrossAccountConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CROSS_ACCOUNT_CONFIGURATION_TYPE.properties))
    }
}

/// The `EncryptionConfigMap` property type of `AWS::AIOps::InvestigationGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfigMap {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfigMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EncryptionConfigurationType`.
    ///
    /// Allowed: length 1 to 128.
    pub fn encryption_configuration_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 1 to 256.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionConfigMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionConfigMap> for ::forma_core::Value<EncryptionConfigMap> {
    fn from(v: EncryptionConfigMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIG_MAP_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::AIOps::InvestigationGroup`.
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

/// The schema of `AWS::AIOps::InvestigationGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AIOps::InvestigationGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChatbotNotificationChannels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CHATBOT_NOTIFICATION_CHANNEL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CrossAccountConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CROSS_ACCOUNT_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIG_MAP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InvestigationGroupPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IsCloudTrailEventHistoryEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\-_A-Za-z0-9\\[\\]\\(\\)\\{\\}\\.: ]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetentionInDays",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(7.0),
                maximum: Some(90.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagKeyBoundaries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$"),
                    min_length: Some(1),
                    max_length: Some(200),
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
    ],
    rules: &[],
    attributes: &["CreatedBy", "CreatedAt", "LastModifiedBy", "LastModifiedAt", "Arn"],
};

static CHATBOT_NOTIFICATION_CHANNEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AIOps::InvestigationGroup.ChatbotNotificationChannel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChatConfigurationArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SNSTopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static CROSS_ACCOUNT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AIOps::InvestigationGroup.CrossAccountConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "SourceRoleArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:.*$"),
            min_length: Some(20),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static ENCRYPTION_CONFIG_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AIOps::InvestigationGroup.EncryptionConfigMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionConfigurationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AIOps::InvestigationGroup.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
