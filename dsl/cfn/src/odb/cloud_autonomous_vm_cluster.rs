// @generated from AWS::ODB::CloudAutonomousVmCluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ODB::CloudAutonomousVmCluster` and its property types.

/// The AWS::ODB::CloudAutonomousVmCluster resource creates a Cloud Autonomous VM Cluster
///
/// CloudFormation type `AWS::ODB::CloudAutonomousVmCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudAutonomousVmCluster {
    props: ::forma_core::schema::Props,
}
impl CloudAutonomousVmCluster {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The data storage size allocated for Autonomous Databases in the Autonomous VM cluster, in TB.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn autonomous_data_storage_size_in_t_bs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier of the Cloud Exadata Infrastructure containing this Autonomous VM cluster.
    ///
    /// Allowed: length 6 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cloud_exadata_infrastructure_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of CPU cores enabled per node in the Autonomous VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cpu_core_count_per_node(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of database servers associated with the Autonomous VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_servers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user-provided description of the Autonomous VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The display name of the Autonomous VM cluster.
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
    /// The AWS Identity and Access Management (IAM) service roles associated with the Autonomous VM cluster.
    #[track_caller]
    pub fn iam_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IamRole>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether mutual TLS (mTLS) authentication is enabled for the Autonomous VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn is_mtls_enabled_vm_cluster(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Oracle license model that applies to the Autonomous VM cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn license_model(mut self, value: impl ::forma_core::schema::EnumArg<LicenseModel>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scheduling details for the maintenance window.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceWindow>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The amount of memory allocated per Oracle Compute Unit, in GB.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn memory_per_oracle_compute_unit_in_g_bs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier of the ODB network associated with this Autonomous VM cluster.
    ///
    /// Allowed: length 6 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn odb_network_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The SCAN listener port for non-TLS (TCP) protocol.
    ///
    /// Allowed: 1024 to 8999.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scan_listener_port_non_tls(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The SCAN listener port for TLS (TCP) protocol.
    ///
    /// Allowed: 1024 to 8999.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scan_listener_port_tls(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the Autonomous VM cluster.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The time zone of the Autonomous VM cluster.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn time_zone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The total number of Autonomous Container Databases that can be created with the allocated local storage.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn total_container_databases(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for CloudAutonomousVmCluster {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for CloudAutonomousVmCluster {
    type Attributes = CloudAutonomousVmClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::ODB::CloudAutonomousVmCluster"
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
/// The attributes of a `AWS::ODB::CloudAutonomousVmCluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CloudAutonomousVmClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CloudAutonomousVmClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CloudAutonomousVmClusterAttributes {
    /// `Fn::GetAtt` `CloudAutonomousVmClusterId`.
    pub fn cloud_autonomous_vm_cluster_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloudAutonomousVmClusterId")
    }
    /// `Fn::GetAtt` `CloudAutonomousVmClusterArn`.
    pub fn cloud_autonomous_vm_cluster_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloudAutonomousVmClusterArn")
    }
    /// `Fn::GetAtt` `OciResourceAnchorName`.
    pub fn oci_resource_anchor_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OciResourceAnchorName")
    }
    /// `Fn::GetAtt` `AutonomousDataStoragePercentage`.
    pub fn autonomous_data_storage_percentage(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "AutonomousDataStoragePercentage")
    }
    /// `Fn::GetAtt` `AvailableAutonomousDataStorageSizeInTBs`.
    pub fn available_autonomous_data_storage_size_in_t_bs(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "AvailableAutonomousDataStorageSizeInTBs")
    }
    /// `Fn::GetAtt` `AvailableContainerDatabases`.
    pub fn available_container_databases(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AvailableContainerDatabases")
    }
    /// `Fn::GetAtt` `AvailableCpus`.
    pub fn available_cpus(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "AvailableCpus")
    }
    /// `Fn::GetAtt` `ComputeModel`.
    pub fn compute_model(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ComputeModel")
    }
    /// `Fn::GetAtt` `CpuCoreCount`.
    pub fn cpu_core_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CpuCoreCount")
    }
    /// `Fn::GetAtt` `CpuPercentage`.
    pub fn cpu_percentage(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "CpuPercentage")
    }
    /// `Fn::GetAtt` `DataStorageSizeInGBs`.
    pub fn data_storage_size_in_g_bs(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "DataStorageSizeInGBs")
    }
    /// `Fn::GetAtt` `DataStorageSizeInTBs`.
    pub fn data_storage_size_in_t_bs(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "DataStorageSizeInTBs")
    }
    /// `Fn::GetAtt` `DbNodeStorageSizeInGBs`.
    pub fn db_node_storage_size_in_g_bs(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "DbNodeStorageSizeInGBs")
    }
    /// `Fn::GetAtt` `Domain`.
    pub fn domain(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Domain")
    }
    /// `Fn::GetAtt` `ExadataStorageInTBsLowestScaledValue`.
    pub fn exadata_storage_in_t_bs_lowest_scaled_value(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "ExadataStorageInTBsLowestScaledValue")
    }
    /// `Fn::GetAtt` `Hostname`.
    pub fn hostname(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Hostname")
    }
    /// `Fn::GetAtt` `Ocid`.
    pub fn ocid(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Ocid")
    }
    /// `Fn::GetAtt` `OciUrl`.
    pub fn oci_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OciUrl")
    }
    /// `Fn::GetAtt` `MaxAcdsLowestScaledValue`.
    pub fn max_acds_lowest_scaled_value(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MaxAcdsLowestScaledValue")
    }
    /// `Fn::GetAtt` `MemorySizeInGBs`.
    pub fn memory_size_in_g_bs(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MemorySizeInGBs")
    }
    /// `Fn::GetAtt` `NodeCount`.
    pub fn node_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "NodeCount")
    }
    /// `Fn::GetAtt` `NonProvisionableAutonomousContainerDatabases`.
    pub fn non_provisionable_autonomous_container_databases(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "NonProvisionableAutonomousContainerDatabases")
    }
    /// `Fn::GetAtt` `ProvisionableAutonomousContainerDatabases`.
    pub fn provisionable_autonomous_container_databases(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ProvisionableAutonomousContainerDatabases")
    }
    /// `Fn::GetAtt` `ProvisionedAutonomousContainerDatabases`.
    pub fn provisioned_autonomous_container_databases(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ProvisionedAutonomousContainerDatabases")
    }
    /// `Fn::GetAtt` `ProvisionedCpus`.
    pub fn provisioned_cpus(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "ProvisionedCpus")
    }
    /// `Fn::GetAtt` `ReclaimableCpus`.
    pub fn reclaimable_cpus(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "ReclaimableCpus")
    }
    /// `Fn::GetAtt` `ReservedCpus`.
    pub fn reserved_cpus(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "ReservedCpus")
    }
    /// `Fn::GetAtt` `Shape`.
    pub fn shape(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Shape")
    }
    /// `Fn::GetAtt` `IamRoles.*.Status`.
    pub fn iam_roles_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "IamRoles.*.Status")
    }
}

/// The values CloudFormation documents: `BRING_YOUR_OWN_LICENSE`, `LICENSE_INCLUDED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LicenseModel {
    /// `BRING_YOUR_OWN_LICENSE`
    BringYourOwnLicense,
    /// `LICENSE_INCLUDED`
    LicenseIncluded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LicenseModel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BringYourOwnLicense => "BRING_YOUR_OWN_LICENSE",
            Self::LicenseIncluded => "LICENSE_INCLUDED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BRING_YOUR_OWN_LICENSE", "LICENSE_INCLUDED"]
    }
}
impl ::std::convert::From<LicenseModel> for ::forma_core::Value<LicenseModel> {
    fn from(v: LicenseModel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LicenseModel {}

/// An AWS Identity and Access Management (IAM) service role associated with the Autonomous VM cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct IamRole {
    props: ::forma_core::schema::Props,
}
impl IamRole {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AWS integration configuration settings for the AWS Identity and Access Management (IAM) service role.
    pub fn aws_integration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) service role.
    pub fn iam_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The current status of the AWS Identity and Access Management (IAM) service role.
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IamRole {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IamRole> for ::forma_core::Value<IamRole> {
    fn from(v: IamRole) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_ROLE_TYPE.properties))
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

/// The values CloudFormation documents: `NO_PREFERENCE`, `CUSTOM_PREFERENCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Preference {
    /// `NO_PREFERENCE`
    NoPreference,
    /// `CUSTOM_PREFERENCE`
    CustomPreference,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Preference {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoPreference => "NO_PREFERENCE",
            Self::CustomPreference => "CUSTOM_PREFERENCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NO_PREFERENCE", "CUSTOM_PREFERENCE"]
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
    /// The days of the week when maintenance can be performed.
    pub fn days_of_week(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DaysOfWeek>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The hours of the day when maintenance can be performed.
    pub fn hours_of_day(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The lead time in weeks before the maintenance window.
    ///
    /// Allowed: length 1 to 4.
    pub fn lead_time_in_weeks(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The months when maintenance can be performed.
    pub fn months(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Months>>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The preference for the maintenance window scheduling.
    pub fn preference(mut self, value: impl ::forma_core::schema::EnumArg<Preference>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// The weeks of the month when maintenance can be performed.
    pub fn weeks_of_month(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
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

/// The schema of `AWS::ODB::CloudAutonomousVmCluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ODB::CloudAutonomousVmCluster",
properties: &[
::forma_core::schema::Property { name: "AutonomousDataStorageSizeInTBs", required: false, create_only: true, shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "CloudExadataInfrastructureId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$"), min_length: Some(6), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "CpuCoreCountPerNode", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "DbServers", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1024) }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "DisplayName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z_](?!.*--)[a-zA-Z0-9_-]*$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "IamRoles", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&IAM_ROLE_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "IsMtlsEnabledVmCluster", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "LicenseModel", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["BRING_YOUR_OWN_LICENSE", "LICENSE_INCLUDED"]) },
::forma_core::schema::Property { name: "MaintenanceWindow", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_WINDOW_TYPE) },
::forma_core::schema::Property { name: "MemoryPerOracleComputeUnitInGBs", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
::forma_core::schema::Property { name: "OdbNetworkId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(?:aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):[a-z0-9-]+:[a-z0-9-]*:[0-9]+:[a-z0-9-]+/[a-zA-Z0-9_~.-]{6,64}|[a-zA-Z0-9_~.-]{6,64})$"), min_length: Some(6), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ScanListenerPortNonTls", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1024.0), maximum: Some(8999.0) }) },
::forma_core::schema::Property { name: "ScanListenerPortTls", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1024.0), maximum: Some(8999.0) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "TimeZone", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "TotalContainerDatabases", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }) },
],
rules: &[],
attributes: &["CloudAutonomousVmClusterId", "CloudAutonomousVmClusterArn", "OciResourceAnchorName", "AutonomousDataStoragePercentage", "AvailableAutonomousDataStorageSizeInTBs", "AvailableContainerDatabases", "AvailableCpus", "ComputeModel", "CpuCoreCount", "CpuPercentage", "DataStorageSizeInGBs", "DataStorageSizeInTBs", "DbNodeStorageSizeInGBs", "Domain", "ExadataStorageInTBsLowestScaledValue", "Hostname", "Ocid", "OciUrl", "MaxAcdsLowestScaledValue", "MemorySizeInGBs", "NodeCount", "NonProvisionableAutonomousContainerDatabases", "ProvisionableAutonomousContainerDatabases", "ProvisionedAutonomousContainerDatabases", "ProvisionedCpus", "ReclaimableCpus", "ReservedCpus", "Shape", "IamRoles.*.Status"],
};

static IAM_ROLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ODB::CloudAutonomousVmCluster.IamRole",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsIntegration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IamRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MAINTENANCE_WINDOW_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ODB::CloudAutonomousVmCluster.MaintenanceWindow",
    properties: &[
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
            name: "LeadTimeInWeeks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
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
            name: "Preference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NO_PREFERENCE", "CUSTOM_PREFERENCE"]),
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
    name: "AWS::ODB::CloudAutonomousVmCluster.Tag",
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
