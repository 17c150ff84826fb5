// @generated from AWS::Backup::BackupVault (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Backup::BackupVault` and its property types.

/// Resource Type definition for AWS::Backup::BackupVault
///
/// CloudFormation type `AWS::Backup::BackupVault`.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupVault {
    props: ::forma_core::schema::Props,
}
impl BackupVault {
    /// A new resource with its required properties: `BackupVaultName`.
    #[track_caller]
    pub fn new(backup_vault_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, backup_vault_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AccessPolicy`.
    #[track_caller]
    pub fn access_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BackupVaultTags`.
    #[track_caller]
    pub fn backup_vault_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionKeyArn`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LockConfiguration`.
    #[track_caller]
    pub fn lock_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LockConfigurationType>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Notifications`.
    #[track_caller]
    pub fn notifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotificationObjectType>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BackupVault {
    type Attributes = BackupVaultAttributes;
    fn type_name(&self) -> &str {
        "AWS::Backup::BackupVault"
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
/// The attributes of a `AWS::Backup::BackupVault` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BackupVaultAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BackupVaultAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BackupVaultAttributes {
    /// `Fn::GetAtt` `BackupVaultArn`.
    pub fn backup_vault_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BackupVaultArn")
    }
}

/// The `LockConfigurationType` property type of `AWS::Backup::BackupVault`.
#[derive(Debug, Clone, PartialEq)]
pub struct LockConfigurationType {
    props: ::forma_core::schema::Props,
}
impl LockConfigurationType {
    /// A new value with its required properties: `MinRetentionDays`.
    pub fn new(min_retention_days: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, min_retention_days.into().into_expr());
        Self { props }
    }
    /// `ChangeableForDays`.
    pub fn changeable_for_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaxRetentionDays`.
    pub fn max_retention_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LockConfigurationType> for ::forma_core::Value<LockConfigurationType> {
    fn from(v: LockConfigurationType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCK_CONFIGURATION_TYPE_TYPE.properties))
    }
}

/// The `NotificationObjectType` property type of `AWS::Backup::BackupVault`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationObjectType {
    props: ::forma_core::schema::Props,
}
impl NotificationObjectType {
    /// A new value with its required properties: `BackupVaultEvents`, `SNSTopicArn`.
    pub fn new(
        backup_vault_events: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        sns_topic_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, backup_vault_events.into().into_expr());
        props.set(1, sns_topic_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NotificationObjectType> for ::forma_core::Value<NotificationObjectType> {
    fn from(v: NotificationObjectType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_OBJECT_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::Backup::BackupVault`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Backup::BackupVault",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "BackupVaultName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-\\_]{2,50}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BackupVaultTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "EncryptionKeyArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LockConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCK_CONFIGURATION_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Notifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_OBJECT_TYPE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["BackupVaultArn"],
};

static LOCK_CONFIGURATION_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupVault.LockConfigurationType",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChangeableForDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxRetentionDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinRetentionDays",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static NOTIFICATION_OBJECT_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupVault.NotificationObjectType",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackupVaultEvents",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SNSTopicArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
