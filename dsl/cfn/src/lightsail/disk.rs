// @generated from AWS::Lightsail::Disk (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lightsail::Disk` and its property types.

/// Resource Type definition for AWS::Lightsail::Disk
///
/// CloudFormation type `AWS::Lightsail::Disk`.
#[derive(Debug, Clone, PartialEq)]
pub struct Disk {
    props: ::forma_core::schema::Props,
}
impl Disk {
    /// A new resource with its required properties: `DiskName`, `SizeInGb`.
    #[track_caller]
    pub fn new(
        disk_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        size_in_gb: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, disk_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, size_in_gb.into().into_expr(), ::std::panic::Location::caller());
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
    /// Location of a resource.
    #[track_caller]
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<Location>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Disk {
    type Attributes = DiskAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lightsail::Disk"
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
/// The attributes of a `AWS::Lightsail::Disk` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DiskAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DiskAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DiskAttributes {
    /// `Fn::GetAtt` `AttachedTo`.
    pub fn attached_to(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AttachedTo")
    }
    /// `Fn::GetAtt` `Path`.
    pub fn path_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Path")
    }
    /// `Fn::GetAtt` `IsAttached`.
    pub fn is_attached(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsAttached")
    }
    /// `Fn::GetAtt` `Iops`.
    pub fn iops(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Iops")
    }
    /// `Fn::GetAtt` `AttachmentState`.
    pub fn attachment_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AttachmentState")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `ResourceType`.
    pub fn resource_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceType")
    }
    /// `Fn::GetAtt` `Location.AvailabilityZone`.
    pub fn location_availability_zone(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Location.AvailabilityZone")
    }
    /// `Fn::GetAtt` `Location.RegionName`.
    pub fn location_region_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Location.RegionName")
    }
    /// `Fn::GetAtt` `SupportCode`.
    pub fn support_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SupportCode")
    }
    /// `Fn::GetAtt` `DiskArn`.
    pub fn disk_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DiskArn")
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
    /// The Availability Zone in which to create your disk.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Region Name in which to create your disk.
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

/// The schema of `AWS::Lightsail::Disk`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lightsail::Disk",
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
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DiskName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][\\w\\-.]*[a-zA-Z0-9]$"),
                min_length: Some(1),
                max_length: Some(254),
            }),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SizeInGb",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
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
        "AttachedTo",
        "Path",
        "IsAttached",
        "Iops",
        "AttachmentState",
        "State",
        "ResourceType",
        "Location.AvailabilityZone",
        "Location.RegionName",
        "SupportCode",
        "DiskArn",
    ],
};

static ADD_ON_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Disk.AddOn",
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

static LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Disk.Location",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::Disk.Tag",
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
    name: "AWS::Lightsail::Disk.AutoSnapshotAddOn",
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
