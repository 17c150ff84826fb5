// @generated from AWS::Backup::LogicallyAirGappedBackupVault (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Backup::LogicallyAirGappedBackupVault` and its property types.

/// Resource Type definition for AWS::Backup::LogicallyAirGappedBackupVault
///
/// CloudFormation type `AWS::Backup::LogicallyAirGappedBackupVault`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogicallyAirGappedBackupVault {
    props: ::forma_core::schema::Props,
}
impl LogicallyAirGappedBackupVault {
    /// A new resource with its required properties: `BackupVaultName`, `MaxRetentionDays`, `MinRetentionDays`.
    #[track_caller]
    pub fn new(
        backup_vault_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        max_retention_days: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_retention_days: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, backup_vault_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, max_retention_days.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, min_retention_days.into().into_expr(), ::std::panic::Location::caller());
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
    /// `MpaApprovalTeamArn`.
    #[track_caller]
    pub fn mpa_approval_team_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Notifications`.
    #[track_caller]
    pub fn notifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotificationObjectType>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LogicallyAirGappedBackupVault {
    type Attributes = LogicallyAirGappedBackupVaultAttributes;
    fn type_name(&self) -> &str {
        "AWS::Backup::LogicallyAirGappedBackupVault"
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
/// The attributes of a `AWS::Backup::LogicallyAirGappedBackupVault` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LogicallyAirGappedBackupVaultAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LogicallyAirGappedBackupVaultAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LogicallyAirGappedBackupVaultAttributes {
    /// `Fn::GetAtt` `BackupVaultArn`.
    pub fn backup_vault_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BackupVaultArn")
    }
    /// `Fn::GetAtt` `VaultState`.
    pub fn vault_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VaultState")
    }
    /// `Fn::GetAtt` `VaultType`.
    pub fn vault_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VaultType")
    }
}

/// The `NotificationObjectType` property type of `AWS::Backup::LogicallyAirGappedBackupVault`.
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

/// The schema of `AWS::Backup::LogicallyAirGappedBackupVault`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Backup::LogicallyAirGappedBackupVault",
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
            name: "MaxRetentionDays",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinRetentionDays",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MpaApprovalTeamArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Notifications",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_OBJECT_TYPE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["BackupVaultArn", "VaultState", "VaultType"],
};

static NOTIFICATION_OBJECT_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::LogicallyAirGappedBackupVault.NotificationObjectType",
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
