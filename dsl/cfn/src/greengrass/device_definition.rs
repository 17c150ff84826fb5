// @generated from AWS::Greengrass::DeviceDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::DeviceDefinition` and its property types.

/// Resource Type definition for AWS::Greengrass::DeviceDefinition
///
/// CloudFormation type `AWS::Greengrass::DeviceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceDefinition {
    props: ::forma_core::schema::Props,
}
impl DeviceDefinition {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `InitialVersion`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn initial_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeviceDefinitionVersion>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DeviceDefinition {
    type Attributes = DeviceDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::DeviceDefinition"
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
/// The attributes of a `AWS::Greengrass::DeviceDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeviceDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeviceDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DeviceDefinitionAttributes {
    /// `Fn::GetAtt` `LatestVersionArn`.
    pub fn latest_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersionArn")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `DeviceDefinitionVersion` property type of `AWS::Greengrass::DeviceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl DeviceDefinitionVersion {
    /// A new value with its required properties: `Devices`.
    pub fn new(devices: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Device>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, devices.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DeviceDefinitionVersion> for ::forma_core::Value<DeviceDefinitionVersion> {
    fn from(v: DeviceDefinitionVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_DEFINITION_VERSION_TYPE.properties))
    }
}

/// The `Device` property type of `AWS::Greengrass::DeviceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Device {
    props: ::forma_core::schema::Props,
}
impl Device {
    /// A new value with its required properties: `CertificateArn`, `Id`, `ThingArn`.
    pub fn new(
        certificate_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        thing_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_arn.into().into_expr());
        props.set(1, id.into().into_expr());
        props.set(3, thing_arn.into().into_expr());
        Self { props }
    }
    /// `SyncShadow`.
    pub fn sync_shadow(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Device> for ::forma_core::Value<Device> {
    fn from(v: Device) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_TYPE.properties))
    }
}

/// The schema of `AWS::Greengrass::DeviceDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::DeviceDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "InitialVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DEVICE_DEFINITION_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["LatestVersionArn", "Arn", "Id"],
};

static DEVICE_DEFINITION_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::DeviceDefinition.DeviceDefinitionVersion",
    properties: &[::forma_core::schema::Property {
        name: "Devices",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&DEVICE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static DEVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::DeviceDefinition.Device",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SyncShadow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ThingArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
