// @generated from AWS::IoTCoreDeviceAdvisor::SuiteDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTCoreDeviceAdvisor::SuiteDefinition` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::IoTCoreDeviceAdvisor::SuiteDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct SuiteDefinition {
    props: ::forma_core::schema::Props,
}
impl SuiteDefinition {
    /// A new resource with its required properties: `SuiteDefinitionConfiguration`.
    #[track_caller]
    pub fn new(
        suite_definition_configuration: impl ::std::convert::Into<::forma_core::Value<SuiteDefinitionConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, suite_definition_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SuiteDefinition {
    type Attributes = SuiteDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTCoreDeviceAdvisor::SuiteDefinition"
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
/// The attributes of a `AWS::IoTCoreDeviceAdvisor::SuiteDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SuiteDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SuiteDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SuiteDefinitionAttributes {
    /// `Fn::GetAtt` `SuiteDefinitionId`.
    pub fn suite_definition_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SuiteDefinitionId")
    }
    /// `Fn::GetAtt` `SuiteDefinitionArn`.
    pub fn suite_definition_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SuiteDefinitionArn")
    }
    /// `Fn::GetAtt` `SuiteDefinitionVersion`.
    pub fn suite_definition_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SuiteDefinitionVersion")
    }
}

/// The `SuiteDefinitionConfiguration` property type of `AWS::IoTCoreDeviceAdvisor::SuiteDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct SuiteDefinitionConfiguration {
    props: ::forma_core::schema::Props,
}
impl SuiteDefinitionConfiguration {
    /// A new value with its required properties: `DevicePermissionRoleArn`, `RootGroup`.
    pub fn new(
        device_permission_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        root_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, device_permission_role_arn.into().into_expr());
        props.set(3, root_group.into().into_expr());
        Self { props }
    }
    /// The devices being tested in the test suite
    pub fn devices(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DeviceUnderTest>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Whether the tests are intended for qualification in a suite.
    pub fn intended_for_qualification(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Name of the suite definition.
    ///
    /// Allowed: length 1 to 256.
    pub fn suite_definition_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SuiteDefinitionConfiguration> for ::forma_core::Value<SuiteDefinitionConfiguration> {
    fn from(v: SuiteDefinitionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUITE_DEFINITION_CONFIGURATION_TYPE.properties))
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

/// The `DeviceUnderTest` property type of `AWS::IoTCoreDeviceAdvisor::SuiteDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceUnderTest {
    props: ::forma_core::schema::Props,
}
impl DeviceUnderTest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CertificateArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ThingArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn thing_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeviceUnderTest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeviceUnderTest> for ::forma_core::Value<DeviceUnderTest> {
    fn from(v: DeviceUnderTest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_UNDER_TEST_TYPE.properties))
    }
}

/// The schema of `AWS::IoTCoreDeviceAdvisor::SuiteDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTCoreDeviceAdvisor::SuiteDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "SuiteDefinitionConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUITE_DEFINITION_CONFIGURATION_TYPE),
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
    attributes: &["SuiteDefinitionId", "SuiteDefinitionArn", "SuiteDefinitionVersion"],
};

static SUITE_DEFINITION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTCoreDeviceAdvisor::SuiteDefinition.SuiteDefinitionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DevicePermissionRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Devices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DEVICE_UNDER_TEST_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IntendedForQualification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RootGroup",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SuiteDefinitionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTCoreDeviceAdvisor::SuiteDefinition.Tag",
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

static DEVICE_UNDER_TEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTCoreDeviceAdvisor::SuiteDefinition.DeviceUnderTest",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ThingArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};
