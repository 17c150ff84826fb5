// @generated from AWS::Greengrass::DeviceDefinitionVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::DeviceDefinitionVersion` and its property types.

/// Resource Type definition for AWS::Greengrass::DeviceDefinitionVersion
///
/// CloudFormation type `AWS::Greengrass::DeviceDefinitionVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl DeviceDefinitionVersion {
    /// A new resource with its required properties: `DeviceDefinitionId`, `Devices`.
    #[track_caller]
    pub fn new(
        device_definition_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        devices: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Device>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, device_definition_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, devices.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for DeviceDefinitionVersion {
    type Attributes = DeviceDefinitionVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::DeviceDefinitionVersion"
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
/// The attributes of a `AWS::Greengrass::DeviceDefinitionVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeviceDefinitionVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeviceDefinitionVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DeviceDefinitionVersionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Device` property type of `AWS::Greengrass::DeviceDefinitionVersion`.
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

/// The schema of `AWS::Greengrass::DeviceDefinitionVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::DeviceDefinitionVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceDefinitionId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Devices",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DEVICE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static DEVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::DeviceDefinitionVersion.Device",
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
