// @generated from AWS::IoTWireless::WirelessDeviceImportTask (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTWireless::WirelessDeviceImportTask` and its property types.

/// Wireless Device Import Tasks
///
/// CloudFormation type `AWS::IoTWireless::WirelessDeviceImportTask`.
#[derive(Debug, Clone, PartialEq)]
pub struct WirelessDeviceImportTask {
    props: ::forma_core::schema::Props,
}
impl WirelessDeviceImportTask {
    /// A new resource with its required properties: `DestinationName`, `Sidewalk`.
    #[track_caller]
    pub fn new(
        destination_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sidewalk: impl ::std::convert::Into<::forma_core::Value<Sidewalk>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, destination_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, sidewalk.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WirelessDeviceImportTask {
    type Attributes = WirelessDeviceImportTaskAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTWireless::WirelessDeviceImportTask"
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
/// The attributes of a `AWS::IoTWireless::WirelessDeviceImportTask` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WirelessDeviceImportTaskAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WirelessDeviceImportTaskAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WirelessDeviceImportTaskAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationDate`.
    pub fn creation_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDate")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusReason`.
    pub fn status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusReason")
    }
    /// `Fn::GetAtt` `InitializedImportedDevicesCount`.
    pub fn initialized_imported_devices_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "InitializedImportedDevicesCount")
    }
    /// `Fn::GetAtt` `PendingImportedDevicesCount`.
    pub fn pending_imported_devices_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "PendingImportedDevicesCount")
    }
    /// `Fn::GetAtt` `OnboardedImportedDevicesCount`.
    pub fn onboarded_imported_devices_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "OnboardedImportedDevicesCount")
    }
    /// `Fn::GetAtt` `FailedImportedDevicesCount`.
    pub fn failed_imported_devices_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "FailedImportedDevicesCount")
    }
    /// `Fn::GetAtt` `Sidewalk.DeviceCreationFileList`.
    pub fn sidewalk_device_creation_file_list(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Sidewalk.DeviceCreationFileList")
    }
}

/// sidewalk contain file for created device and role
#[derive(Debug, Clone, PartialEq)]
pub struct Sidewalk {
    props: ::forma_core::schema::Props,
}
impl Sidewalk {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeviceCreationFile`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn device_creation_file(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// sidewalk create device's file path
    pub fn device_creation_file_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// sidewalk role
    ///
    /// Allowed: length 0 to 2048.
    pub fn role(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SidewalkManufacturingSn`.
    ///
    /// Allowed: length 0 to 64.
    pub fn sidewalk_manufacturing_sn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Sidewalk {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Sidewalk> for ::forma_core::Value<Sidewalk> {
    fn from(v: Sidewalk) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIDEWALK_TYPE.properties))
    }
}

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

/// The schema of `AWS::IoTWireless::WirelessDeviceImportTask`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTWireless::WirelessDeviceImportTask",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9-_]+"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Sidewalk",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIDEWALK_TYPE),
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
    ],
    rules: &[],
    attributes: &[
        "Id",
        "Arn",
        "CreationDate",
        "Status",
        "StatusReason",
        "InitializedImportedDevicesCount",
        "PendingImportedDevicesCount",
        "OnboardedImportedDevicesCount",
        "FailedImportedDevicesCount",
        "Sidewalk.DeviceCreationFileList",
    ],
};

static SIDEWALK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDeviceImportTask.Sidewalk",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceCreationFile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeviceCreationFileList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SidewalkManufacturingSn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTWireless::WirelessDeviceImportTask.Tag",
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
