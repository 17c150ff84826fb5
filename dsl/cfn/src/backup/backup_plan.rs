// @generated from AWS::Backup::BackupPlan (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Backup::BackupPlan` and its property types.

/// Resource Type definition for AWS::Backup::BackupPlan
///
/// CloudFormation type `AWS::Backup::BackupPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupPlan {
    props: ::forma_core::schema::Props,
}
impl BackupPlan {
    /// A new resource with its required properties: `BackupPlan`.
    #[track_caller]
    pub fn new(backup_plan: impl ::std::convert::Into<::forma_core::Value<BackupPlanResourceType>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, backup_plan.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `BackupPlanTags`.
    #[track_caller]
    pub fn backup_plan_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BackupPlan {
    type Attributes = BackupPlanAttributes;
    fn type_name(&self) -> &str {
        "AWS::Backup::BackupPlan"
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
/// The attributes of a `AWS::Backup::BackupPlan` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BackupPlanAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BackupPlanAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BackupPlanAttributes {
    /// `Fn::GetAtt` `BackupPlanId`.
    pub fn backup_plan_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BackupPlanId")
    }
    /// `Fn::GetAtt` `VersionId`.
    pub fn version_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VersionId")
    }
    /// `Fn::GetAtt` `BackupPlanArn`.
    pub fn backup_plan_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BackupPlanArn")
    }
}

/// The `BackupPlanResourceType` property type of `AWS::Backup::BackupPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupPlanResourceType {
    props: ::forma_core::schema::Props,
}
impl BackupPlanResourceType {
    /// A new value with its required properties: `BackupPlanName`, `BackupPlanRule`.
    pub fn new(
        backup_plan_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        backup_plan_rule: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BackupRuleResourceType>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, backup_plan_name.into().into_expr());
        props.set(2, backup_plan_rule.into().into_expr());
        Self { props }
    }
    /// `AdvancedBackupSettings`.
    pub fn advanced_backup_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdvancedBackupSettingResourceType>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ScanSettings`.
    pub fn scan_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScanSettingResourceType>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BackupPlanResourceType> for ::forma_core::Value<BackupPlanResourceType> {
    fn from(v: BackupPlanResourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BACKUP_PLAN_RESOURCE_TYPE_TYPE.properties))
    }
}

/// The `AdvancedBackupSettingResourceType` property type of `AWS::Backup::BackupPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvancedBackupSettingResourceType {
    props: ::forma_core::schema::Props,
}
impl AdvancedBackupSettingResourceType {
    /// A new value with its required properties: `BackupOptions`, `ResourceType`.
    pub fn new(
        backup_options: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        resource_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, backup_options.into().into_expr());
        props.set(1, resource_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AdvancedBackupSettingResourceType>
    for ::forma_core::Value<AdvancedBackupSettingResourceType>
{
    fn from(v: AdvancedBackupSettingResourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADVANCED_BACKUP_SETTING_RESOURCE_TYPE_TYPE.properties))
    }
}

/// The `BackupRuleResourceType` property type of `AWS::Backup::BackupPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupRuleResourceType {
    props: ::forma_core::schema::Props,
}
impl BackupRuleResourceType {
    /// A new value with its required properties: `RuleName`, `TargetBackupVault`.
    pub fn new(
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_backup_vault: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, rule_name.into().into_expr());
        props.set(11, target_backup_vault.into().into_expr());
        Self { props }
    }
    /// `CompletionWindowMinutes`.
    pub fn completion_window_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CopyActions`.
    pub fn copy_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CopyActionResourceType>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EnableContinuousBackup`.
    pub fn enable_continuous_backup(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `IndexActions`.
    pub fn index_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IndexActionsResourceType>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Lifecycle`.
    pub fn lifecycle(mut self, value: impl ::std::convert::Into<::forma_core::Value<LifecycleResourceType>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `RecoveryPointTags`.
    pub fn recovery_point_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `ScanActions`.
    pub fn scan_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScanActionResourceType>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `ScheduleExpression`.
    pub fn schedule_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ScheduleExpressionTimezone`.
    pub fn schedule_expression_timezone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// `StartWindowMinutes`.
    pub fn start_window_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `TargetLogicallyAirGappedBackupVaultArn`.
    pub fn target_logically_air_gapped_backup_vault_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BackupRuleResourceType> for ::forma_core::Value<BackupRuleResourceType> {
    fn from(v: BackupRuleResourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BACKUP_RULE_RESOURCE_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GUARDDUTY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MalwareScanner {
    /// `GUARDDUTY`
    Guardduty,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MalwareScanner {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Guardduty => "GUARDDUTY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GUARDDUTY"]
    }
}
impl ::std::convert::From<MalwareScanner> for ::forma_core::Value<MalwareScanner> {
    fn from(v: MalwareScanner) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MalwareScanner {}

/// The `ScanSettingResourceType` property type of `AWS::Backup::BackupPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanSettingResourceType {
    props: ::forma_core::schema::Props,
}
impl ScanSettingResourceType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MalwareScanner`.
    pub fn malware_scanner(mut self, value: impl ::forma_core::schema::EnumArg<MalwareScanner>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ResourceTypes`.
    pub fn resource_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ScannerRoleArn`.
    pub fn scanner_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ScanSettingResourceType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScanSettingResourceType> for ::forma_core::Value<ScanSettingResourceType> {
    fn from(v: ScanSettingResourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCAN_SETTING_RESOURCE_TYPE_TYPE.properties))
    }
}

/// The `CopyActionResourceType` property type of `AWS::Backup::BackupPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyActionResourceType {
    props: ::forma_core::schema::Props,
}
impl CopyActionResourceType {
    /// A new value with its required properties: `DestinationBackupVaultArn`.
    pub fn new(
        destination_backup_vault_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_backup_vault_arn.into().into_expr());
        Self { props }
    }
    /// `Lifecycle`.
    pub fn lifecycle(mut self, value: impl ::std::convert::Into<::forma_core::Value<LifecycleResourceType>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CopyActionResourceType> for ::forma_core::Value<CopyActionResourceType> {
    fn from(v: CopyActionResourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COPY_ACTION_RESOURCE_TYPE_TYPE.properties))
    }
}

/// The `IndexActionsResourceType` property type of `AWS::Backup::BackupPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexActionsResourceType {
    props: ::forma_core::schema::Props,
}
impl IndexActionsResourceType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ResourceTypes`.
    pub fn resource_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IndexActionsResourceType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IndexActionsResourceType> for ::forma_core::Value<IndexActionsResourceType> {
    fn from(v: IndexActionsResourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INDEX_ACTIONS_RESOURCE_TYPE_TYPE.properties))
    }
}

/// The `LifecycleResourceType` property type of `AWS::Backup::BackupPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleResourceType {
    props: ::forma_core::schema::Props,
}
impl LifecycleResourceType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeleteAfterDays`.
    pub fn delete_after_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MoveToColdStorageAfterDays`.
    pub fn move_to_cold_storage_after_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OptInToArchiveForSupportedResources`.
    pub fn opt_in_to_archive_for_supported_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LifecycleResourceType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LifecycleResourceType> for ::forma_core::Value<LifecycleResourceType> {
    fn from(v: LifecycleResourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIFECYCLE_RESOURCE_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `FULL_SCAN`, `INCREMENTAL_SCAN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScanMode {
    /// `FULL_SCAN`
    FullScan,
    /// `INCREMENTAL_SCAN`
    IncrementalScan,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScanMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullScan => "FULL_SCAN",
            Self::IncrementalScan => "INCREMENTAL_SCAN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FULL_SCAN", "INCREMENTAL_SCAN"]
    }
}
impl ::std::convert::From<ScanMode> for ::forma_core::Value<ScanMode> {
    fn from(v: ScanMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScanMode {}

/// The `ScanActionResourceType` property type of `AWS::Backup::BackupPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanActionResourceType {
    props: ::forma_core::schema::Props,
}
impl ScanActionResourceType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MalwareScanner`.
    pub fn malware_scanner(mut self, value: impl ::forma_core::schema::EnumArg<MalwareScanner>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `ScanMode`.
    pub fn scan_mode(mut self, value: impl ::forma_core::schema::EnumArg<ScanMode>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ScanActionResourceType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScanActionResourceType> for ::forma_core::Value<ScanActionResourceType> {
    fn from(v: ScanActionResourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCAN_ACTION_RESOURCE_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::Backup::BackupPlan`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Backup::BackupPlan",
    properties: &[
        ::forma_core::schema::Property {
            name: "BackupPlan",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BACKUP_PLAN_RESOURCE_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BackupPlanTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["BackupPlanId", "VersionId", "BackupPlanArn"],
};

static BACKUP_PLAN_RESOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupPlan.BackupPlanResourceType",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdvancedBackupSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADVANCED_BACKUP_SETTING_RESOURCE_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BackupPlanName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BackupPlanRule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BACKUP_RULE_RESOURCE_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScanSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCAN_SETTING_RESOURCE_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ADVANCED_BACKUP_SETTING_RESOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Backup::BackupPlan.AdvancedBackupSettingResourceType",
        properties: &[
            ::forma_core::schema::Property {
                name: "BackupOptions",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "ResourceType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-\\_\\.]{1,50}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
        ],
        rules: &[],
    };

static BACKUP_RULE_RESOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupPlan.BackupRuleResourceType",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompletionWindowMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CopyActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COPY_ACTION_RESOURCE_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnableContinuousBackup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IndexActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INDEX_ACTIONS_RESOURCE_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Lifecycle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LIFECYCLE_RESOURCE_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RecoveryPointTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScanActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCAN_ACTION_RESOURCE_TYPE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpressionTimezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartWindowMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetBackupVault",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetLogicallyAirGappedBackupVaultArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SCAN_SETTING_RESOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupPlan.ScanSettingResourceType",
    properties: &[
        ::forma_core::schema::Property {
            name: "MalwareScanner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GUARDDUTY"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-\\_\\.]{1,50}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScannerRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COPY_ACTION_RESOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupPlan.CopyActionResourceType",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationBackupVaultArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Lifecycle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LIFECYCLE_RESOURCE_TYPE_TYPE),
        },
    ],
    rules: &[],
};

static INDEX_ACTIONS_RESOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupPlan.IndexActionsResourceType",
    properties: &[::forma_core::schema::Property {
        name: "ResourceTypes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-\\_\\.]{1,50}$"),
                min_length: None,
                max_length: None,
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static LIFECYCLE_RESOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupPlan.LifecycleResourceType",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteAfterDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MoveToColdStorageAfterDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OptInToArchiveForSupportedResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static SCAN_ACTION_RESOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::BackupPlan.ScanActionResourceType",
    properties: &[
        ::forma_core::schema::Property {
            name: "MalwareScanner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GUARDDUTY"]),
        },
        ::forma_core::schema::Property {
            name: "ScanMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FULL_SCAN", "INCREMENTAL_SCAN"]),
        },
    ],
    rules: &[],
};
