// @generated from AWS::EC2::Host (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::Host` and its property types.

/// Resource Type definition for AWS::EC2::Host
///
/// CloudFormation type `AWS::EC2::Host`.
#[derive(Debug, Clone, PartialEq)]
pub struct Host {
    props: ::forma_core::schema::Props,
}
impl Host {
    /// A new resource with its required properties: `AvailabilityZone`.
    #[track_caller]
    pub fn new(availability_zone: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, availability_zone.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the Outpost hardware asset.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn asset_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the host accepts any untargeted instance launches that match its instance type configuration, or if it only accepts Host tenancy instance launches that specify its unique host ID.
    #[track_caller]
    pub fn auto_placement(mut self, value: impl ::forma_core::schema::EnumArg<AutoPlacement>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Automatically allocates a new dedicated host and moves your instances on to it if a degradation is detected on your current host.
    #[track_caller]
    pub fn host_maintenance(mut self, value: impl ::forma_core::schema::EnumArg<HostMaintenance>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether to enable or disable host recovery for the Dedicated Host.
    #[track_caller]
    pub fn host_recovery(mut self, value: impl ::forma_core::schema::EnumArg<HostRecovery>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the instance family to be supported by the Dedicated Hosts.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_family(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the instance type to be supported by the Dedicated Hosts.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the Amazon Web Services Outpost on which to allocate the Dedicated Host.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn outpost_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Any tags assigned to the Host.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Host {
    type Attributes = HostAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::Host"
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
/// The attributes of a `AWS::EC2::Host` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HostAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HostAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HostAttributes {
    /// `Fn::GetAtt` `HostId`.
    pub fn host_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HostId")
    }
}

/// The values CloudFormation documents: `on`, `off`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoPlacement {
    /// `on`
    On,
    /// `off`
    Off,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoPlacement {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["on", "off"]
    }
}
impl ::std::convert::From<AutoPlacement> for ::forma_core::Value<AutoPlacement> {
    fn from(v: AutoPlacement) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoPlacement {}

/// The values CloudFormation documents: `on`, `off`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HostMaintenance {
    /// `on`
    On,
    /// `off`
    Off,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HostMaintenance {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["on", "off"]
    }
}
impl ::std::convert::From<HostMaintenance> for ::forma_core::Value<HostMaintenance> {
    fn from(v: HostMaintenance) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HostMaintenance {}

/// The values CloudFormation documents: `on`, `off`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HostRecovery {
    /// `on`
    On,
    /// `off`
    Off,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HostRecovery {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["on", "off"]
    }
}
impl ::std::convert::From<HostRecovery> for ::forma_core::Value<HostRecovery> {
    fn from(v: HostRecovery) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HostRecovery {}

/// The `Tag` property type of `AWS::EC2::Host`.
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

/// The schema of `AWS::EC2::Host`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::Host",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssetId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AutoPlacement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["on", "off"]),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostMaintenance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["on", "off"]),
        },
        ::forma_core::schema::Property {
            name: "HostRecovery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["on", "off"]),
        },
        ::forma_core::schema::Property {
            name: "InstanceFamily",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OutpostArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &["HostId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::Host.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
