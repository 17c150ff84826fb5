// @generated from AWS::IoTWireless::TaskDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTWireless::TaskDefinition` and its property types.

/// Creates a gateway task definition.
///
/// CloudFormation type `AWS::IoTWireless::TaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskDefinition {
    props: ::forma_core::schema::Props,
}
impl TaskDefinition {
    /// A new resource with its required properties: `AutoCreateTasks`.
    #[track_caller]
    pub fn new(auto_create_tasks: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, auto_create_tasks.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The list of task definitions.
    #[track_caller]
    pub fn lo_ra_wan_update_gateway_task_entry(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoRaWanUpdateGatewayTaskEntry>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the new resource.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs that contain metadata for the destination.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A filter to list only the wireless gateway task definitions that use this task definition type
    #[track_caller]
    pub fn task_definition_type(mut self, value: impl ::forma_core::schema::EnumArg<TaskDefinitionType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the gateways to update.
    #[track_caller]
    pub fn update(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UpdateWirelessGatewayTaskCreate>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TaskDefinition {
    type Attributes = TaskDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTWireless::TaskDefinition"
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
/// The attributes of a `AWS::IoTWireless::TaskDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TaskDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TaskDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TaskDefinitionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `UPDATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskDefinitionType {
    /// `UPDATE`
    Update,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TaskDefinitionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Update => "UPDATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UPDATE"]
    }
}
impl ::std::convert::From<TaskDefinitionType> for ::forma_core::Value<TaskDefinitionType> {
    fn from(v: TaskDefinitionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TaskDefinitionType {}

/// The `LoRaWANUpdateGatewayTaskEntry` property type of `AWS::IoTWireless::TaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoRaWanUpdateGatewayTaskEntry {
    props: ::forma_core::schema::Props,
}
impl LoRaWanUpdateGatewayTaskEntry {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CurrentVersion`.
    pub fn current_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoRaWanGatewayVersion>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `UpdateVersion`.
    pub fn update_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoRaWanGatewayVersion>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoRaWanUpdateGatewayTaskEntry {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoRaWanUpdateGatewayTaskEntry> for ::forma_core::Value<LoRaWanUpdateGatewayTaskEntry> {
    fn from(v: LoRaWanUpdateGatewayTaskEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LO_RA_WAN_UPDATE_GATEWAY_TASK_ENTRY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTWireless::TaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 127.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 1 to 255.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `UpdateWirelessGatewayTaskCreate` property type of `AWS::IoTWireless::TaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateWirelessGatewayTaskCreate {
    props: ::forma_core::schema::Props,
}
impl UpdateWirelessGatewayTaskCreate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LoRaWAN`.
    pub fn lo_ra_wan(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoRaWanUpdateGatewayTaskCreate>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `UpdateDataRole`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn update_data_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `UpdateDataSource`.
    ///
    /// Allowed: length 1 to 4096.
    pub fn update_data_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UpdateWirelessGatewayTaskCreate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UpdateWirelessGatewayTaskCreate> for ::forma_core::Value<UpdateWirelessGatewayTaskCreate> {
    fn from(v: UpdateWirelessGatewayTaskCreate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPDATE_WIRELESS_GATEWAY_TASK_CREATE_TYPE.properties))
    }
}

/// The `LoRaWANGatewayVersion` property type of `AWS::IoTWireless::TaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoRaWanGatewayVersion {
    props: ::forma_core::schema::Props,
}
impl LoRaWanGatewayVersion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Model`.
    ///
    /// Allowed: length 1 to 4096.
    pub fn model(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PackageVersion`.
    ///
    /// Allowed: length 1 to 32.
    pub fn package_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Station`.
    ///
    /// Allowed: length 1 to 4096.
    pub fn station(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoRaWanGatewayVersion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoRaWanGatewayVersion> for ::forma_core::Value<LoRaWanGatewayVersion> {
    fn from(v: LoRaWanGatewayVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LO_RA_WAN_GATEWAY_VERSION_TYPE.properties))
    }
}

/// The `LoRaWANUpdateGatewayTaskCreate` property type of `AWS::IoTWireless::TaskDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoRaWanUpdateGatewayTaskCreate {
    props: ::forma_core::schema::Props,
}
impl LoRaWanUpdateGatewayTaskCreate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CurrentVersion`.
    pub fn current_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoRaWanGatewayVersion>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SigKeyCrc`.
    ///
    /// Allowed: 1 to 4294967295.
    pub fn sig_key_crc(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `UpdateSignature`.
    ///
    /// Allowed: length 1 to 4096.
    pub fn update_signature(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UpdateVersion`.
    pub fn update_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoRaWanGatewayVersion>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LoRaWanUpdateGatewayTaskCreate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LoRaWanUpdateGatewayTaskCreate> for ::forma_core::Value<LoRaWanUpdateGatewayTaskCreate> {
    fn from(v: LoRaWanUpdateGatewayTaskCreate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LO_RA_WAN_UPDATE_GATEWAY_TASK_CREATE_TYPE.properties))
    }
}

/// The schema of `AWS::IoTWireless::TaskDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTWireless::TaskDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoCreateTasks",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LoRaWANUpdateGatewayTaskEntry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LO_RA_WAN_UPDATE_GATEWAY_TASK_ENTRY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TaskDefinitionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UPDATE"]),
        },
        ::forma_core::schema::Property {
            name: "Update",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPDATE_WIRELESS_GATEWAY_TASK_CREATE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static LO_RA_WAN_UPDATE_GATEWAY_TASK_ENTRY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTWireless::TaskDefinition.LoRaWANUpdateGatewayTaskEntry",
        properties: &[
            ::forma_core::schema::Property {
                name: "CurrentVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LO_RA_WAN_GATEWAY_VERSION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "UpdateVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LO_RA_WAN_GATEWAY_VERSION_TYPE),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::TaskDefinition.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static UPDATE_WIRELESS_GATEWAY_TASK_CREATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTWireless::TaskDefinition.UpdateWirelessGatewayTaskCreate",
        properties: &[
            ::forma_core::schema::Property {
                name: "LoRaWAN",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LO_RA_WAN_UPDATE_GATEWAY_TASK_CREATE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "UpdateDataRole",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
            ::forma_core::schema::Property {
                name: "UpdateDataSource",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(4096),
                }),
            },
        ],
        rules: &[],
    };

static LO_RA_WAN_GATEWAY_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::TaskDefinition.LoRaWANGatewayVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "Model",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "PackageVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "Station",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static LO_RA_WAN_UPDATE_GATEWAY_TASK_CREATE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoTWireless::TaskDefinition.LoRaWANUpdateGatewayTaskCreate",
        properties: &[
            ::forma_core::schema::Property {
                name: "CurrentVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LO_RA_WAN_GATEWAY_VERSION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SigKeyCrc",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(4294967295.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "UpdateSignature",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(4096),
                }),
            },
            ::forma_core::schema::Property {
                name: "UpdateVersion",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LO_RA_WAN_GATEWAY_VERSION_TYPE),
            },
        ],
        rules: &[],
    };
