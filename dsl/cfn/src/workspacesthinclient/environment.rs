// @generated from AWS::WorkSpacesThinClient::Environment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WorkSpacesThinClient::Environment` and its property types.

/// Resource type definition for AWS::WorkSpacesThinClient::Environment.
///
/// CloudFormation type `AWS::WorkSpacesThinClient::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Environment {
    props: ::forma_core::schema::Props,
}
impl Environment {
    /// A new resource with its required properties: `DesktopArn`.
    #[track_caller]
    pub fn new(desktop_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, desktop_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the software set to apply.
    #[track_caller]
    pub fn desired_software_set_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URL for the identity provider login (only for environments that use AppStream 2.0).
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn desktop_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to the newly created devices for this environment.
    #[track_caller]
    pub fn device_creation_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the AWS Key Management Service key used to encrypt the environment.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A specification for a time window to apply software updates.
    #[track_caller]
    pub fn maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceWindow>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the environment.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An option to define which software updates to apply.
    #[track_caller]
    pub fn software_set_update_mode(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SoftwareSetUpdateMode>,
    ) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An option to define if software updates should be applied within a maintenance window.
    #[track_caller]
    pub fn software_set_update_schedule(
        mut self,
        value: impl ::forma_core::schema::EnumArg<SoftwareSetUpdateSchedule>,
    ) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Environment {
    type Attributes = EnvironmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::WorkSpacesThinClient::Environment"
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
/// The attributes of a `AWS::WorkSpacesThinClient::Environment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EnvironmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EnvironmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EnvironmentAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ActivationCode`.
    pub fn activation_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ActivationCode")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `DesktopType`.
    pub fn desktop_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DesktopType")
    }
    /// `Fn::GetAtt` `RegisteredDevicesCount`.
    pub fn registered_devices_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "RegisteredDevicesCount")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `PendingSoftwareSetId`.
    pub fn pending_software_set_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PendingSoftwareSetId")
    }
    /// `Fn::GetAtt` `PendingSoftwareSetVersion`.
    pub fn pending_software_set_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PendingSoftwareSetVersion")
    }
    /// `Fn::GetAtt` `SoftwareSetComplianceStatus`.
    pub fn software_set_compliance_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SoftwareSetComplianceStatus")
    }
}

/// The values CloudFormation documents: `USE_LATEST`, `USE_DESIRED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SoftwareSetUpdateMode {
    /// `USE_LATEST`
    UseLatest,
    /// `USE_DESIRED`
    UseDesired,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SoftwareSetUpdateMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UseLatest => "USE_LATEST",
            Self::UseDesired => "USE_DESIRED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["USE_LATEST", "USE_DESIRED"]
    }
}
impl ::std::convert::From<SoftwareSetUpdateMode> for ::forma_core::Value<SoftwareSetUpdateMode> {
    fn from(v: SoftwareSetUpdateMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SoftwareSetUpdateMode {}

/// The values CloudFormation documents: `USE_MAINTENANCE_WINDOW`, `APPLY_IMMEDIATELY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SoftwareSetUpdateSchedule {
    /// `USE_MAINTENANCE_WINDOW`
    UseMaintenanceWindow,
    /// `APPLY_IMMEDIATELY`
    ApplyImmediately,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SoftwareSetUpdateSchedule {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UseMaintenanceWindow => "USE_MAINTENANCE_WINDOW",
            Self::ApplyImmediately => "APPLY_IMMEDIATELY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["USE_MAINTENANCE_WINDOW", "APPLY_IMMEDIATELY"]
    }
}
impl ::std::convert::From<SoftwareSetUpdateSchedule> for ::forma_core::Value<SoftwareSetUpdateSchedule> {
    fn from(v: SoftwareSetUpdateSchedule) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SoftwareSetUpdateSchedule {}

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

/// The values CloudFormation documents: `UTC`, `DEVICE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplyTimeOf {
    /// `UTC`
    Utc,
    /// `DEVICE`
    Device,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplyTimeOf {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Utc => "UTC",
            Self::Device => "DEVICE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UTC", "DEVICE"]
    }
}
impl ::std::convert::From<ApplyTimeOf> for ::forma_core::Value<ApplyTimeOf> {
    fn from(v: ApplyTimeOf) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplyTimeOf {}

/// The values CloudFormation documents: `MONDAY`, `TUESDAY`, `WEDNESDAY`, `THURSDAY`, `FRIDAY`, `SATURDAY`, `SUNDAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DayOfWeek {
    /// `MONDAY`
    Monday,
    /// `TUESDAY`
    Tuesday,
    /// `WEDNESDAY`
    Wednesday,
    /// `THURSDAY`
    Thursday,
    /// `FRIDAY`
    Friday,
    /// `SATURDAY`
    Saturday,
    /// `SUNDAY`
    Sunday,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DayOfWeek {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monday => "MONDAY",
            Self::Tuesday => "TUESDAY",
            Self::Wednesday => "WEDNESDAY",
            Self::Thursday => "THURSDAY",
            Self::Friday => "FRIDAY",
            Self::Saturday => "SATURDAY",
            Self::Sunday => "SUNDAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
    }
}
impl ::std::convert::From<DayOfWeek> for ::forma_core::Value<DayOfWeek> {
    fn from(v: DayOfWeek) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DayOfWeek {}

/// The values CloudFormation documents: `SYSTEM`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `SYSTEM`
    System,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::System => "SYSTEM",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SYSTEM", "CUSTOM"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `MaintenanceWindow` property type of `AWS::WorkSpacesThinClient::Environment`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindow {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindow {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(6, type_.into_enum_expr());
        Self { props }
    }
    /// The desired time zone maintenance window.
    pub fn apply_time_of(mut self, value: impl ::forma_core::schema::EnumArg<ApplyTimeOf>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The date of maintenance window.
    pub fn days_of_the_week(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DayOfWeek>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The hour end time of maintenance window.
    ///
    /// Allowed: 0 to 23.
    pub fn end_time_hour(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The minute end time of maintenance window.
    ///
    /// Allowed: 0 to 59.
    pub fn end_time_minute(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The hour start time of maintenance window.
    ///
    /// Allowed: 0 to 23.
    pub fn start_time_hour(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The minute start time of maintenance window.
    ///
    /// Allowed: 0 to 59.
    pub fn start_time_minute(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MaintenanceWindow> for ::forma_core::Value<MaintenanceWindow> {
    fn from(v: MaintenanceWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_WINDOW_TYPE.properties))
    }
}

/// The schema of `AWS::WorkSpacesThinClient::Environment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WorkSpacesThinClient::Environment",
    properties: &[
        ::forma_core::schema::Property {
            name: "DesiredSoftwareSetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{1,9}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DesktopArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[\\w+=\\/,.@-]+:[a-zA-Z0-9\\-]+:[a-zA-Z0-9\\-]*:[0-9]{0,12}:[a-zA-Z0-9\\-\\/\\._]+$",
                ),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DesktopEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https:\\/\\/)[a-z0-9]+([\\-\\.]{1}[a-z0-9]+)*\\.[a-z]{2,32}(:[0-9]{1,5})?(\\/.*)?$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeviceCreationTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[0-9]{0,12}:key\\/[a-zA-Z0-9-]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_WINDOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SoftwareSetUpdateMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["USE_LATEST", "USE_DESIRED"]),
        },
        ::forma_core::schema::Property {
            name: "SoftwareSetUpdateSchedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["USE_MAINTENANCE_WINDOW", "APPLY_IMMEDIATELY"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "Id",
        "ActivationCode",
        "Arn",
        "CreatedAt",
        "DesktopType",
        "RegisteredDevicesCount",
        "UpdatedAt",
        "PendingSoftwareSetId",
        "PendingSoftwareSetVersion",
        "SoftwareSetComplianceStatus",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesThinClient::Environment.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static MAINTENANCE_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WorkSpacesThinClient::Environment.MaintenanceWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplyTimeOf",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UTC", "DEVICE"]),
        },
        ::forma_core::schema::Property {
            name: "DaysOfTheWeek",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "MONDAY",
                    "TUESDAY",
                    "WEDNESDAY",
                    "THURSDAY",
                    "FRIDAY",
                    "SATURDAY",
                    "SUNDAY",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(7) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EndTimeHour",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(23.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndTimeMinute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(59.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartTimeHour",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(23.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartTimeMinute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(59.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SYSTEM", "CUSTOM"]),
        },
    ],
    rules: &[],
};
