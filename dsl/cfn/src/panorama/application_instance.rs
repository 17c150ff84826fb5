// @generated from AWS::Panorama::ApplicationInstance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Panorama::ApplicationInstance` and its property types.

/// Creates an application instance and deploys it to a device.
///
/// CloudFormation type `AWS::Panorama::ApplicationInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationInstance {
    props: ::forma_core::schema::Props,
}
impl ApplicationInstance {
    /// A new resource with its required properties: `DefaultRuntimeContextDevice`, `ManifestPayload`.
    #[track_caller]
    pub fn new(
        default_runtime_context_device: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        manifest_payload: impl ::std::convert::Into<::forma_core::Value<ManifestPayload>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, default_runtime_context_device.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, manifest_payload.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of an application instance to replace with the new instance.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn application_instance_id_to_replace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the application instance.
    ///
    /// Allowed: length 0 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Setting overrides for the application manifest.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn manifest_overrides_payload(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManifestOverridesPayload>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A name for the application instance.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of a runtime role for the application instance.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn runtime_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags for the application instance.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApplicationInstance {
    type Attributes = ApplicationInstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Panorama::ApplicationInstance"
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
/// The attributes of a `AWS::Panorama::ApplicationInstance` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationInstanceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationInstanceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationInstanceAttributes {
    /// `Fn::GetAtt` `ApplicationInstanceId`.
    pub fn application_instance_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationInstanceId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `HealthStatus`.
    pub fn health_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HealthStatus")
    }
    /// `Fn::GetAtt` `StatusDescription`.
    pub fn status_description(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusDescription")
    }
    /// `Fn::GetAtt` `DefaultRuntimeContextDeviceName`.
    pub fn default_runtime_context_device_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DefaultRuntimeContextDeviceName")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// Parameter overrides for an application instance.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestOverridesPayload {
    props: ::forma_core::schema::Props,
}
impl ManifestOverridesPayload {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The overrides document.
    ///
    /// Allowed: length 0 to 51200.
    pub fn payload_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManifestOverridesPayload {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManifestOverridesPayload> for ::forma_core::Value<ManifestOverridesPayload> {
    fn from(v: ManifestOverridesPayload) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANIFEST_OVERRIDES_PAYLOAD_TYPE.properties))
    }
}

/// A application verion's manifest file.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestPayload {
    props: ::forma_core::schema::Props,
}
impl ManifestPayload {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The application manifest.
    ///
    /// Allowed: length 1 to 51200.
    pub fn payload_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManifestPayload {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManifestPayload> for ::forma_core::Value<ManifestPayload> {
    fn from(v: ManifestPayload) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANIFEST_PAYLOAD_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Panorama::ApplicationInstance`.
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

/// The schema of `AWS::Panorama::ApplicationInstance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Panorama::ApplicationInstance",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationInstanceIdToReplace",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-\\_]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultRuntimeContextDevice",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-\\_]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManifestOverridesPayload",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MANIFEST_OVERRIDES_PAYLOAD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManifestPayload",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MANIFEST_PAYLOAD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-\\_]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuntimeRoleArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-z0-9][-.a-z0-9]{0,62}:iam::[0-9]{12}:role/.+$"),
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
        "ApplicationInstanceId",
        "Arn",
        "Status",
        "HealthStatus",
        "StatusDescription",
        "DefaultRuntimeContextDeviceName",
        "CreatedTime",
        "LastUpdatedTime",
    ],
};

static MANIFEST_OVERRIDES_PAYLOAD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Panorama::ApplicationInstance.ManifestOverridesPayload",
    properties: &[::forma_core::schema::Property {
        name: "PayloadData",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^.+$"),
            min_length: Some(0),
            max_length: Some(51200),
        }),
    }],
    rules: &[],
};

static MANIFEST_PAYLOAD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Panorama::ApplicationInstance.ManifestPayload",
    properties: &[::forma_core::schema::Property {
        name: "PayloadData",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^.+$"),
            min_length: Some(1),
            max_length: Some(51200),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Panorama::ApplicationInstance.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
