// @generated from AWS::ResilienceHubV2::Policy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ResilienceHubV2::Policy` and its property types.

/// Creates a resilience policy that defines availability and disaster recovery requirements.
///
/// CloudFormation type `AWS::ResilienceHubV2::Policy`.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    props: ::forma_core::schema::Props,
}
impl Policy {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AvailabilitySlo`.
    #[track_caller]
    pub fn availability_slo(mut self, value: impl ::std::convert::Into<::forma_core::Value<AvailabilitySlo>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DataRecovery`.
    #[track_caller]
    pub fn data_recovery(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataRecoveryTargets>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the policy.
    ///
    /// Allowed: length 0 to 615.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The KMS key ID for encrypting policy data.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MultiAz`.
    #[track_caller]
    pub fn multi_az(mut self, value: impl ::std::convert::Into<::forma_core::Value<MultiAzTargets>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MultiRegion`.
    #[track_caller]
    pub fn multi_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<MultiRegionTargets>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether the policy is enabled to be shared with other members of the Organization.
    #[track_caller]
    pub fn sharing_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags assigned to the policy.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Policy {
    type Attributes = PolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::ResilienceHubV2::Policy"
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
/// The attributes of a `AWS::ResilienceHubV2::Policy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PolicyAttributes {
    /// `Fn::GetAtt` `PolicyArn`.
    pub fn policy_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyArn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `AssociatedServiceCount`.
    pub fn associated_service_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AssociatedServiceCount")
    }
}

/// The `AvailabilitySlo` property type of `AWS::ResilienceHubV2::Policy`.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailabilitySlo {
    props: ::forma_core::schema::Props,
}
impl AvailabilitySlo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Availability target percentage.
    ///
    /// Allowed: 0 to 100.
    pub fn target(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AvailabilitySlo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AvailabilitySlo> for ::forma_core::Value<AvailabilitySlo> {
    fn from(v: AvailabilitySlo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AVAILABILITY_SLO_TYPE.properties))
    }
}

/// The `DataRecoveryTargets` property type of `AWS::ResilienceHubV2::Policy`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataRecoveryTargets {
    props: ::forma_core::schema::Props,
}
impl DataRecoveryTargets {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Time between backups in minutes.
    ///
    /// Allowed: at least 0.
    pub fn time_between_backups_in_minutes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataRecoveryTargets {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataRecoveryTargets> for ::forma_core::Value<DataRecoveryTargets> {
    fn from(v: DataRecoveryTargets) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_RECOVERY_TARGETS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ACTIVE_ACTIVE`, `HOT_STANDBY`, `WARM_STANDBY`, `PILOT_LIGHT`, `BACKUP_AND_RESTORE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisasterRecoveryApproach {
    /// `ACTIVE_ACTIVE`
    ActiveActive,
    /// `HOT_STANDBY`
    HotStandby,
    /// `WARM_STANDBY`
    WarmStandby,
    /// `PILOT_LIGHT`
    PilotLight,
    /// `BACKUP_AND_RESTORE`
    BackupAndRestore,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DisasterRecoveryApproach {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActiveActive => "ACTIVE_ACTIVE",
            Self::HotStandby => "HOT_STANDBY",
            Self::WarmStandby => "WARM_STANDBY",
            Self::PilotLight => "PILOT_LIGHT",
            Self::BackupAndRestore => "BACKUP_AND_RESTORE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE_ACTIVE", "HOT_STANDBY", "WARM_STANDBY", "PILOT_LIGHT", "BACKUP_AND_RESTORE"]
    }
}
impl ::std::convert::From<DisasterRecoveryApproach> for ::forma_core::Value<DisasterRecoveryApproach> {
    fn from(v: DisasterRecoveryApproach) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DisasterRecoveryApproach {}

/// The `MultiAzTargets` property type of `AWS::ResilienceHubV2::Policy`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiAzTargets {
    props: ::forma_core::schema::Props,
}
impl MultiAzTargets {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Multi-AZ disaster recovery approach.
    pub fn disaster_recovery_approach(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DisasterRecoveryApproach>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Recovery Point Objective in minutes.
    ///
    /// Allowed: 0 to 2147483647.
    pub fn rpo_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Recovery Time Objective in minutes.
    ///
    /// Allowed: 0 to 2147483647.
    pub fn rto_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiAzTargets {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiAzTargets> for ::forma_core::Value<MultiAzTargets> {
    fn from(v: MultiAzTargets) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_AZ_TARGETS_TYPE.properties))
    }
}

/// The `MultiRegionTargets` property type of `AWS::ResilienceHubV2::Policy`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiRegionTargets {
    props: ::forma_core::schema::Props,
}
impl MultiRegionTargets {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Multi-Region disaster recovery approach.
    pub fn disaster_recovery_approach(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DisasterRecoveryApproach>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Recovery Point Objective in minutes.
    ///
    /// Allowed: 0 to 2147483647.
    pub fn rpo_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Recovery Time Objective in minutes.
    ///
    /// Allowed: 0 to 2147483647.
    pub fn rto_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MultiRegionTargets {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MultiRegionTargets> for ::forma_core::Value<MultiRegionTargets> {
    fn from(v: MultiRegionTargets) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_REGION_TARGETS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ResilienceHubV2::Policy`.
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

/// The schema of `AWS::ResilienceHubV2::Policy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ResilienceHubV2::Policy",
properties: &[
::forma_core::schema::Property { name: "AvailabilitySlo", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&AVAILABILITY_SLO_TYPE) },
::forma_core::schema::Property { name: "DataRecovery", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DATA_RECOVERY_TARGETS_TYPE) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(615) }) },
::forma_core::schema::Property { name: "KmsKeyId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:((key/[a-zA-Z0-9-]{36})|(alias/[a-zA-Z0-9-_/]+)))|([a-zA-Z0-9-]{36})|(alias/[a-zA-Z0-9-_/]+))$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "MultiAz", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&MULTI_AZ_TARGETS_TYPE) },
::forma_core::schema::Property { name: "MultiRegion", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&MULTI_REGION_TARGETS_TYPE) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "SharingEnabled", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
],
rules: &[],
attributes: &["PolicyArn", "CreatedAt", "UpdatedAt", "AssociatedServiceCount"],
};

static AVAILABILITY_SLO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Policy.AvailabilitySlo",
    properties: &[::forma_core::schema::Property {
        name: "Target",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(100.0),
        }),
    }],
    rules: &[],
};

static DATA_RECOVERY_TARGETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Policy.DataRecoveryTargets",
    properties: &[::forma_core::schema::Property {
        name: "TimeBetweenBackupsInMinutes",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: None,
        }),
    }],
    rules: &[],
};

static MULTI_AZ_TARGETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Policy.MultiAzTargets",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisasterRecoveryApproach",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ACTIVE_ACTIVE",
                "HOT_STANDBY",
                "WARM_STANDBY",
                "PILOT_LIGHT",
                "BACKUP_AND_RESTORE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "RpoInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RtoInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
    ],
    rules: &[],
};

static MULTI_REGION_TARGETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Policy.MultiRegionTargets",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisasterRecoveryApproach",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ACTIVE_ACTIVE",
                "HOT_STANDBY",
                "WARM_STANDBY",
                "PILOT_LIGHT",
                "BACKUP_AND_RESTORE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "RpoInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RtoInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHubV2::Policy.Tag",
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
