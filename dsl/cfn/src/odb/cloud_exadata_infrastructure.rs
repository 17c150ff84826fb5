// @generated from AWS::ODB::CloudExadataInfrastructure (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ODB::CloudExadataInfrastructure` and its property types.

/// The AWS::ODB::CloudExadataInfrastructure resource creates an Exadata Infrastructure
///
/// CloudFormation type `AWS::ODB::CloudExadataInfrastructure`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudExadataInfrastructure {
    props: ::forma_core::schema::Props,
}
impl CloudExadataInfrastructure {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the Availability Zone (AZ) where the Exadata infrastructure is located.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AZ ID of the AZ where the Exadata infrastructure is located.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of database servers for the Exadata infrastructure.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn compute_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The email addresses of contacts to receive notification from Oracle about maintenance updates for the Exadata infrastructure.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn customer_contacts_to_send_to_oci(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomerContact>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The database server model type of the Exadata infrastructure.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn database_server_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user-friendly name for the Exadata infrastructure.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scheduling details for the maintenance window.
    #[track_caller]
    pub fn maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceWindow>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The model name of the Exadata infrastructure.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn shape(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of storage servers that are activated for the Exadata infrastructure.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The storage server model type of the Exadata infrastructure.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_server_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the Exadata Infrastructure.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for CloudExadataInfrastructure {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for CloudExadataInfrastructure {
    type Attributes = CloudExadataInfrastructureAttributes;
    fn type_name(&self) -> &str {
        "AWS::ODB::CloudExadataInfrastructure"
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
/// The attributes of a `AWS::ODB::CloudExadataInfrastructure` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CloudExadataInfrastructureAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CloudExadataInfrastructureAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CloudExadataInfrastructureAttributes {
    /// `Fn::GetAtt` `ActivatedStorageCount`.
    pub fn activated_storage_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ActivatedStorageCount")
    }
    /// `Fn::GetAtt` `AdditionalStorageCount`.
    pub fn additional_storage_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AdditionalStorageCount")
    }
    /// `Fn::GetAtt` `AvailableStorageSizeInGBs`.
    pub fn available_storage_size_in_g_bs(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AvailableStorageSizeInGBs")
    }
    /// `Fn::GetAtt` `CloudExadataInfrastructureArn`.
    pub fn cloud_exadata_infrastructure_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloudExadataInfrastructureArn")
    }
    /// `Fn::GetAtt` `CloudExadataInfrastructureId`.
    pub fn cloud_exadata_infrastructure_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloudExadataInfrastructureId")
    }
    /// `Fn::GetAtt` `ComputeModel`.
    pub fn compute_model(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ComputeModel")
    }
    /// `Fn::GetAtt` `CpuCount`.
    pub fn cpu_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CpuCount")
    }
    /// `Fn::GetAtt` `DataStorageSizeInTBs`.
    pub fn data_storage_size_in_t_bs(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "DataStorageSizeInTBs")
    }
    /// `Fn::GetAtt` `DbNodeStorageSizeInGBs`.
    pub fn db_node_storage_size_in_g_bs(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "DbNodeStorageSizeInGBs")
    }
    /// `Fn::GetAtt` `DbServerVersion`.
    pub fn db_server_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DbServerVersion")
    }
    /// `Fn::GetAtt` `MaxCpuCount`.
    pub fn max_cpu_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MaxCpuCount")
    }
    /// `Fn::GetAtt` `MaxDataStorageInTBs`.
    pub fn max_data_storage_in_t_bs(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "MaxDataStorageInTBs")
    }
    /// `Fn::GetAtt` `MaxDbNodeStorageSizeInGBs`.
    pub fn max_db_node_storage_size_in_g_bs(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MaxDbNodeStorageSizeInGBs")
    }
    /// `Fn::GetAtt` `MaxMemoryInGBs`.
    pub fn max_memory_in_g_bs(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MaxMemoryInGBs")
    }
    /// `Fn::GetAtt` `MemorySizeInGBs`.
    pub fn memory_size_in_g_bs(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MemorySizeInGBs")
    }
    /// `Fn::GetAtt` `OciResourceAnchorName`.
    pub fn oci_resource_anchor_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OciResourceAnchorName")
    }
    /// `Fn::GetAtt` `OciUrl`.
    pub fn oci_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OciUrl")
    }
    /// `Fn::GetAtt` `Ocid`.
    pub fn ocid(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Ocid")
    }
    /// `Fn::GetAtt` `StorageServerVersion`.
    pub fn storage_server_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageServerVersion")
    }
    /// `Fn::GetAtt` `TotalStorageSizeInGBs`.
    pub fn total_storage_size_in_g_bs(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "TotalStorageSizeInGBs")
    }
    /// `Fn::GetAtt` `DbServerIds`.
    pub fn db_server_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DbServerIds")
    }
}

/// A contact to receive notification from Oracle about maintenance updates for a specific Exadata infrastructure.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerContact {
    props: ::forma_core::schema::Props,
}
impl CustomerContact {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The email address of the contact.
    pub fn email(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomerContact {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomerContact> for ::forma_core::Value<CustomerContact> {
    fn from(v: CustomerContact) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMER_CONTACT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `MONDAY`, `TUESDAY`, `WEDNESDAY`, `THURSDAY`, `FRIDAY`, `SATURDAY`, `SUNDAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DaysOfWeek {
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
impl DaysOfWeek {
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
impl ::std::convert::From<DaysOfWeek> for ::forma_core::Value<DaysOfWeek> {
    fn from(v: DaysOfWeek) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DaysOfWeek {}

/// The values CloudFormation documents: `JANUARY`, `FEBRUARY`, `MARCH`, `APRIL`, `MAY`, `JUNE`, `JULY`, `AUGUST`, `SEPTEMBER`, `OCTOBER`, `NOVEMBER`, `DECEMBER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Months {
    /// `JANUARY`
    January,
    /// `FEBRUARY`
    February,
    /// `MARCH`
    March,
    /// `APRIL`
    April,
    /// `MAY`
    May,
    /// `JUNE`
    June,
    /// `JULY`
    July,
    /// `AUGUST`
    August,
    /// `SEPTEMBER`
    September,
    /// `OCTOBER`
    October,
    /// `NOVEMBER`
    November,
    /// `DECEMBER`
    December,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Months {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::January => "JANUARY",
            Self::February => "FEBRUARY",
            Self::March => "MARCH",
            Self::April => "APRIL",
            Self::May => "MAY",
            Self::June => "JUNE",
            Self::July => "JULY",
            Self::August => "AUGUST",
            Self::September => "SEPTEMBER",
            Self::October => "OCTOBER",
            Self::November => "NOVEMBER",
            Self::December => "DECEMBER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "JANUARY",
            "FEBRUARY",
            "MARCH",
            "APRIL",
            "MAY",
            "JUNE",
            "JULY",
            "AUGUST",
            "SEPTEMBER",
            "OCTOBER",
            "NOVEMBER",
            "DECEMBER",
        ]
    }
}
impl ::std::convert::From<Months> for ::forma_core::Value<Months> {
    fn from(v: Months) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Months {}

/// The values CloudFormation documents: `NONROLLING`, `ROLLING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PatchingMode {
    /// `NONROLLING`
    Nonrolling,
    /// `ROLLING`
    Rolling,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PatchingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nonrolling => "NONROLLING",
            Self::Rolling => "ROLLING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONROLLING", "ROLLING"]
    }
}
impl ::std::convert::From<PatchingMode> for ::forma_core::Value<PatchingMode> {
    fn from(v: PatchingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PatchingMode {}

/// The values CloudFormation documents: `CUSTOM_PREFERENCE`, `NO_PREFERENCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Preference {
    /// `CUSTOM_PREFERENCE`
    CustomPreference,
    /// `NO_PREFERENCE`
    NoPreference,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Preference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomPreference => "CUSTOM_PREFERENCE",
            Self::NoPreference => "NO_PREFERENCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOM_PREFERENCE", "NO_PREFERENCE"]
    }
}
impl ::std::convert::From<Preference> for ::forma_core::Value<Preference> {
    fn from(v: Preference) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Preference {}

/// The scheduling details for the maintenance window.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceWindow {
    props: ::forma_core::schema::Props,
}
impl MaintenanceWindow {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The timeout duration for custom actions in minutes.
    ///
    /// Allowed: 15 to 120.
    pub fn custom_action_timeout_in_mins(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The days of the week when maintenance can be performed.
    pub fn days_of_week(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DaysOfWeek>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The hours of the day when maintenance can be performed.
    pub fn hours_of_day(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Indicates whether custom action timeout is enabled.
    pub fn is_custom_action_timeout_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The lead time in weeks before the maintenance window.
    ///
    /// Allowed: 1 to 4.
    pub fn lead_time_in_weeks(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The months when maintenance can be performed.
    pub fn months(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Months>>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The patching mode for the maintenance window.
    pub fn patching_mode(mut self, value: impl ::forma_core::schema::EnumArg<PatchingMode>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// The preference for the maintenance window scheduling.
    pub fn preference(mut self, value: impl ::forma_core::schema::EnumArg<Preference>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// The weeks of the month when maintenance can be performed.
    pub fn weeks_of_month(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MaintenanceWindow {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaintenanceWindow> for ::forma_core::Value<MaintenanceWindow> {
    fn from(v: MaintenanceWindow) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_WINDOW_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::ODB::CloudExadataInfrastructure`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ODB::CloudExadataInfrastructure",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZoneId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComputeCount",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomerContactsToSendToOCI",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CUSTOMER_CONTACT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DatabaseServerType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\/.=-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_WINDOW_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Shape",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\/.=-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageCount",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageServerType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\/.=-]+$"),
                min_length: Some(1),
                max_length: Some(255),
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
        "ActivatedStorageCount",
        "AdditionalStorageCount",
        "AvailableStorageSizeInGBs",
        "CloudExadataInfrastructureArn",
        "CloudExadataInfrastructureId",
        "ComputeModel",
        "CpuCount",
        "DataStorageSizeInTBs",
        "DbNodeStorageSizeInGBs",
        "DbServerVersion",
        "MaxCpuCount",
        "MaxDataStorageInTBs",
        "MaxDbNodeStorageSizeInGBs",
        "MaxMemoryInGBs",
        "MemorySizeInGBs",
        "OciResourceAnchorName",
        "OciUrl",
        "Ocid",
        "StorageServerVersion",
        "TotalStorageSizeInGBs",
        "DbServerIds",
    ],
};

static CUSTOMER_CONTACT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ODB::CloudExadataInfrastructure.CustomerContact",
    properties: &[::forma_core::schema::Property {
        name: "Email",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static MAINTENANCE_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ODB::CloudExadataInfrastructure.MaintenanceWindow",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomActionTimeoutInMins",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(15.0),
                maximum: Some(120.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DaysOfWeek",
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
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "HoursOfDay",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IsCustomActionTimeoutEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LeadTimeInWeeks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(4.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Months",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "JANUARY",
                    "FEBRUARY",
                    "MARCH",
                    "APRIL",
                    "MAY",
                    "JUNE",
                    "JULY",
                    "AUGUST",
                    "SEPTEMBER",
                    "OCTOBER",
                    "NOVEMBER",
                    "DECEMBER",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PatchingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONROLLING", "ROLLING"]),
        },
        ::forma_core::schema::Property {
            name: "Preference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOM_PREFERENCE", "NO_PREFERENCE"]),
        },
        ::forma_core::schema::Property {
            name: "WeeksOfMonth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ODB::CloudExadataInfrastructure.Tag",
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
            required: false,
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
