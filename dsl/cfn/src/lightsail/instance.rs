// @generated from AWS::Lightsail::Instance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lightsail::Instance` and its property types.

/// Resource Type definition for AWS::Lightsail::Instance
///
/// CloudFormation type `AWS::Lightsail::Instance`.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    props: ::forma_core::schema::Props,
}
impl Instance {
    /// A new resource with its required properties: `BlueprintId`, `BundleId`, `InstanceName`.
    #[track_caller]
    pub fn new(
        blueprint_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bundle_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, blueprint_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, bundle_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, instance_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of objects representing the add-ons to enable for the new instance.
    #[track_caller]
    pub fn add_ons(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AddOn>>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Availability Zone in which to create your instance.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Hardware of the Instance.
    #[track_caller]
    pub fn hardware(mut self, value: impl ::std::convert::Into<::forma_core::Value<Hardware>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of your key pair.
    #[track_caller]
    pub fn key_pair_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Location of a resource.
    #[track_caller]
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<Location>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Networking of the Instance.
    #[track_caller]
    pub fn networking(mut self, value: impl ::std::convert::Into<::forma_core::Value<Networking>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Current State of the Instance.
    #[track_caller]
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<State>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A launch script you can create that configures a server with additional user data.
    #[track_caller]
    pub fn user_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Instance {
    type Attributes = InstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lightsail::Instance"
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
/// The attributes of a `AWS::Lightsail::Instance` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `InstanceArn`.
    pub fn instance_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceArn")
    }
    /// `Fn::GetAtt` `SshKeyName`.
    pub fn ssh_key_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SshKeyName")
    }
    /// `Fn::GetAtt` `SupportCode`.
    pub fn support_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SupportCode")
    }
    /// `Fn::GetAtt` `ResourceType`.
    pub fn resource_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceType")
    }
    /// `Fn::GetAtt` `IsStaticIp`.
    pub fn is_static_ip(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsStaticIp")
    }
    /// `Fn::GetAtt` `PrivateIpAddress`.
    pub fn private_ip_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrivateIpAddress")
    }
    /// `Fn::GetAtt` `PublicIpAddress`.
    pub fn public_ip_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PublicIpAddress")
    }
    /// `Fn::GetAtt` `Ipv6Addresses`.
    pub fn ipv6_addresses(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Ipv6Addresses")
    }
    /// `Fn::GetAtt` `Location.AvailabilityZone`.
    pub fn location_availability_zone(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Location.AvailabilityZone")
    }
    /// `Fn::GetAtt` `Location.RegionName`.
    pub fn location_region_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Location.RegionName")
    }
    /// `Fn::GetAtt` `Hardware.CpuCount`.
    pub fn hardware_cpu_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Hardware.CpuCount")
    }
    /// `Fn::GetAtt` `Hardware.RamSizeInGb`.
    pub fn hardware_ram_size_in_gb(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Hardware.RamSizeInGb")
    }
    /// `Fn::GetAtt` `State.Code`.
    pub fn state_code(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "State.Code")
    }
    /// `Fn::GetAtt` `State.Name`.
    pub fn state_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State.Name")
    }
    /// `Fn::GetAtt` `UserName`.
    pub fn user_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UserName")
    }
    /// `Fn::GetAtt` `Networking.MonthlyTransfer.GbPerMonthAllocated`.
    pub fn networking_monthly_transfer_gb_per_month_allocated(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Networking.MonthlyTransfer.GbPerMonthAllocated")
    }
}

/// The values CloudFormation documents: `AutoSnapshot`, `StopInstanceOnIdle`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddOnType {
    /// `AutoSnapshot`
    AutoSnapshot,
    /// `StopInstanceOnIdle`
    StopInstanceOnIdle,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AddOnType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutoSnapshot => "AutoSnapshot",
            Self::StopInstanceOnIdle => "StopInstanceOnIdle",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AutoSnapshot", "StopInstanceOnIdle"]
    }
}
impl ::std::convert::From<AddOnType> for ::forma_core::Value<AddOnType> {
    fn from(v: AddOnType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AddOnType {}

/// The values CloudFormation documents: `Enabling`, `Disabling`, `Enabled`, `Terminating`, `Terminated`, `Disabled`, `Failed`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `Enabling`
    Enabling,
    /// `Disabling`
    Disabling,
    /// `Enabled`
    Enabled,
    /// `Terminating`
    Terminating,
    /// `Terminated`
    Terminated,
    /// `Disabled`
    Disabled,
    /// `Failed`
    Failed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabling => "Enabling",
            Self::Disabling => "Disabling",
            Self::Enabled => "Enabled",
            Self::Terminating => "Terminating",
            Self::Terminated => "Terminated",
            Self::Disabled => "Disabled",
            Self::Failed => "Failed",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabling", "Disabling", "Enabled", "Terminating", "Terminated", "Disabled", "Failed"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// A addon associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct AddOn {
    props: ::forma_core::schema::Props,
}
impl AddOn {
    /// A new value with its required properties: `AddOnType`.
    pub fn new(add_on_type: impl ::forma_core::schema::EnumArg<AddOnType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, add_on_type.into_enum_expr());
        Self { props }
    }
    /// An object that represents additional parameters when enabling or modifying the automatic snapshot add-on
    pub fn auto_snapshot_add_on_request(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoSnapshotAddOn>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Status of the Addon
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<AddOn> for ::forma_core::Value<AddOn> {
    fn from(v: AddOn) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADD_ON_TYPE.properties))
    }
}

/// Hardware of the Instance.
#[derive(Debug, Clone, PartialEq)]
pub struct Hardware {
    props: ::forma_core::schema::Props,
}
impl Hardware {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// CPU count of the Instance.
    pub fn cpu_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Disks attached to the Instance.
    pub fn disks(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Disk>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// RAM Size of the Instance.
    pub fn ram_size_in_gb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Hardware {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Hardware> for ::forma_core::Value<Hardware> {
    fn from(v: Hardware) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HARDWARE_TYPE.properties))
    }
}

/// Location of a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    props: ::forma_core::schema::Props,
}
impl Location {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Availability Zone in which to create your instance.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Region Name in which to create your instance.
    pub fn region_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Location {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Location> for ::forma_core::Value<Location> {
    fn from(v: Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCATION_TYPE.properties))
    }
}

/// Networking of the Instance.
#[derive(Debug, Clone, PartialEq)]
pub struct Networking {
    props: ::forma_core::schema::Props,
}
impl Networking {
    /// A new value with its required properties: `Ports`.
    pub fn new(ports: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Port>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, ports.into().into_expr());
        Self { props }
    }
    /// Monthly Transfer of the Instance.
    pub fn monthly_transfer(mut self, value: impl ::std::convert::Into<::forma_core::Value<MonthlyTransfer>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Networking> for ::forma_core::Value<Networking> {
    fn from(v: Networking) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORKING_TYPE.properties))
    }
}

/// Current State of the Instance.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    props: ::forma_core::schema::Props,
}
impl State {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Status code of the Instance.
    pub fn code(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Status code of the Instance.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for State {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STATE_TYPE.properties))
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

/// An object that represents additional parameters when enabling or modifying the automatic snapshot add-on
#[derive(Debug, Clone, PartialEq)]
pub struct AutoSnapshotAddOn {
    props: ::forma_core::schema::Props,
}
impl AutoSnapshotAddOn {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The daily time when an automatic snapshot will be created.
    pub fn snapshot_time_of_day(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AutoSnapshotAddOn {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AutoSnapshotAddOn> for ::forma_core::Value<AutoSnapshotAddOn> {
    fn from(v: AutoSnapshotAddOn) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SNAPSHOT_ADD_ON_TYPE.properties))
    }
}

/// Disk associated with the Instance.
#[derive(Debug, Clone, PartialEq)]
pub struct Disk {
    props: ::forma_core::schema::Props,
}
impl Disk {
    /// A new value with its required properties: `DiskName`, `Path`.
    pub fn new(
        disk_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, disk_name.into().into_expr());
        props.set(5, path.into().into_expr());
        Self { props }
    }
    /// Instance attached to the disk.
    pub fn attached_to(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Attachment state of the disk.
    pub fn attachment_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// IOPS of disk.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Is the Attached disk is the system disk of the Instance.
    pub fn is_system_disk(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Size of the disk attached to the Instance.
    pub fn size_in_gb(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Disk> for ::forma_core::Value<Disk> {
    fn from(v: Disk) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISK_TYPE.properties))
    }
}

/// Monthly Transfer of the Instance.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlyTransfer {
    props: ::forma_core::schema::Props,
}
impl MonthlyTransfer {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// GbPerMonthAllocated of the Instance.
    pub fn gb_per_month_allocated(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MonthlyTransfer {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MonthlyTransfer> for ::forma_core::Value<MonthlyTransfer> {
    fn from(v: MonthlyTransfer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONTHLY_TRANSFER_TYPE.properties))
    }
}

/// Port of the Instance.
#[derive(Debug, Clone, PartialEq)]
pub struct Port {
    props: ::forma_core::schema::Props,
}
impl Port {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Access Direction for Protocol of the Instance(inbound/outbound).
    pub fn access_direction(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Access From Protocol of the Instance.
    pub fn access_from(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Access Type Protocol of the Instance.
    pub fn access_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// cidr List Aliases
    pub fn cidr_list_aliases(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// cidrs
    pub fn cidrs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// CommonName for Protocol of the Instance.
    pub fn common_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// From Port of the Instance.
    pub fn from_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// IPv6 Cidrs
    pub fn ipv6_cidrs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Port Protocol of the Instance.
    pub fn protocol(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// To Port of the Instance.
    pub fn to_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Port {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Port> for ::forma_core::Value<Port> {
    fn from(v: Port) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORT_TYPE.properties))
    }
}

/// The schema of `AWS::Lightsail::Instance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lightsail::Instance",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddOns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ADD_ON_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
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
            name: "BlueprintId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "BundleId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Hardware",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HARDWARE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][\\w\\-.]*[a-zA-Z0-9]$"),
                min_length: Some(1),
                max_length: Some(254),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyPairName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w[\\w\\-]*\\w$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Networking",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORKING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STATE_TYPE),
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
            name: "UserData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "InstanceArn",
        "SshKeyName",
        "SupportCode",
        "ResourceType",
        "IsStaticIp",
        "PrivateIpAddress",
        "PublicIpAddress",
        "Ipv6Addresses",
        "Location.AvailabilityZone",
        "Location.RegionName",
        "Hardware.CpuCount",
        "Hardware.RamSizeInGb",
        "State.Code",
        "State.Name",
        "UserName",
        "Networking.MonthlyTransfer.GbPerMonthAllocated",
    ],
};

static ADD_ON_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Instance.AddOn",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddOnType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AutoSnapshot", "StopInstanceOnIdle"]),
        },
        ::forma_core::schema::Property {
            name: "AutoSnapshotAddOnRequest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SNAPSHOT_ADD_ON_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Enabling",
                "Disabling",
                "Enabled",
                "Terminating",
                "Terminated",
                "Disabled",
                "Failed",
            ]),
        },
    ],
    rules: &[],
};

static HARDWARE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Instance.Hardware",
    properties: &[
        ::forma_core::schema::Property {
            name: "CpuCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Disks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DISK_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RamSizeInGb",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Instance.Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RegionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NETWORKING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Instance.Networking",
    properties: &[
        ::forma_core::schema::Property {
            name: "MonthlyTransfer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONTHLY_TRANSFER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Ports",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PORT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static STATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Instance.State",
    properties: &[
        ::forma_core::schema::Property {
            name: "Code",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Instance.Tag",
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

static AUTO_SNAPSHOT_ADD_ON_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Instance.AutoSnapshotAddOn",
    properties: &[::forma_core::schema::Property {
        name: "SnapshotTimeOfDay",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[0-9]{2}:00$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static DISK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Instance.Disk",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttachedTo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AttachmentState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DiskName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][\\w\\-.]*[a-zA-Z0-9]$"),
                min_length: Some(1),
                max_length: Some(254),
            }),
        },
        ::forma_core::schema::Property {
            name: "IOPS",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IsSystemDisk",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SizeInGb",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MONTHLY_TRANSFER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Instance.MonthlyTransfer",
    properties: &[::forma_core::schema::Property {
        name: "GbPerMonthAllocated",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static PORT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Instance.Port",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessDirection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AccessFrom",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AccessType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CidrListAliases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Cidrs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CommonName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FromPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Ipv6Cidrs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ToPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
