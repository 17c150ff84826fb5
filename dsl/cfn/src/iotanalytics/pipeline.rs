// @generated from AWS::IoTAnalytics::Pipeline (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTAnalytics::Pipeline` and its property types.

/// Resource Type definition for AWS::IoTAnalytics::Pipeline
///
/// CloudFormation type `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pipeline {
    props: ::forma_core::schema::Props,
}
impl Pipeline {
    /// A new resource with its required properties: `PipelineActivities`.
    #[track_caller]
    pub fn new(pipeline_activities: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Activity>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, pipeline_activities.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `PipelineName`.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn pipeline_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Pipeline {
    type Attributes = PipelineAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTAnalytics::Pipeline"
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
/// The attributes of a `AWS::IoTAnalytics::Pipeline` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PipelineAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PipelineAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PipelineAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Activity` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    props: ::forma_core::schema::Props,
}
impl Activity {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AddAttributes`.
    pub fn add_attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<AddAttributes>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Channel`.
    pub fn channel(mut self, value: impl ::std::convert::Into<::forma_core::Value<Channel>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Datastore`.
    pub fn datastore(mut self, value: impl ::std::convert::Into<::forma_core::Value<Datastore>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DeviceRegistryEnrich`.
    pub fn device_registry_enrich(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeviceRegistryEnrich>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `DeviceShadowEnrich`.
    pub fn device_shadow_enrich(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeviceShadowEnrich>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Filter`.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<Filter>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Lambda`.
    pub fn lambda(mut self, value: impl ::std::convert::Into<::forma_core::Value<Lambda>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `Math`.
    pub fn math(mut self, value: impl ::std::convert::Into<::forma_core::Value<Math>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `RemoveAttributes`.
    pub fn remove_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RemoveAttributes>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SelectAttributes`.
    pub fn select_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SelectAttributes>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Activity {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Activity> for ::forma_core::Value<Activity> {
    fn from(v: Activity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTIVITY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTAnalytics::Pipeline`.
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

/// The `AddAttributes` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct AddAttributes {
    props: ::forma_core::schema::Props,
}
impl AddAttributes {
    /// A new value with its required properties: `Attributes`, `Name`.
    pub fn new(
        attributes: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attributes.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// `Next`.
    ///
    /// Allowed: length 1 to 128.
    pub fn next(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AddAttributes> for ::forma_core::Value<AddAttributes> {
    fn from(v: AddAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADD_ATTRIBUTES_TYPE.properties))
    }
}

/// The `Channel` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new value with its required properties: `ChannelName`, `Name`.
    pub fn new(
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, channel_name.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// `Next`.
    ///
    /// Allowed: length 1 to 128.
    pub fn next(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Channel> for ::forma_core::Value<Channel> {
    fn from(v: Channel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHANNEL_TYPE.properties))
    }
}

/// The `Datastore` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Datastore {
    props: ::forma_core::schema::Props,
}
impl Datastore {
    /// A new value with its required properties: `DatastoreName`, `Name`.
    pub fn new(
        datastore_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, datastore_name.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Datastore> for ::forma_core::Value<Datastore> {
    fn from(v: Datastore) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASTORE_TYPE.properties))
    }
}

/// The `DeviceRegistryEnrich` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceRegistryEnrich {
    props: ::forma_core::schema::Props,
}
impl DeviceRegistryEnrich {
    /// A new value with its required properties: `Attribute`, `Name`, `RoleArn`, `ThingName`.
    pub fn new(
        attribute: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        thing_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute.into().into_expr());
        props.set(1, name.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        props.set(4, thing_name.into().into_expr());
        Self { props }
    }
    /// `Next`.
    ///
    /// Allowed: length 1 to 128.
    pub fn next(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeviceRegistryEnrich> for ::forma_core::Value<DeviceRegistryEnrich> {
    fn from(v: DeviceRegistryEnrich) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_REGISTRY_ENRICH_TYPE.properties))
    }
}

/// The `DeviceShadowEnrich` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceShadowEnrich {
    props: ::forma_core::schema::Props,
}
impl DeviceShadowEnrich {
    /// A new value with its required properties: `Attribute`, `Name`, `RoleArn`, `ThingName`.
    pub fn new(
        attribute: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        thing_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute.into().into_expr());
        props.set(1, name.into().into_expr());
        props.set(3, role_arn.into().into_expr());
        props.set(4, thing_name.into().into_expr());
        Self { props }
    }
    /// `Next`.
    ///
    /// Allowed: length 1 to 128.
    pub fn next(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeviceShadowEnrich> for ::forma_core::Value<DeviceShadowEnrich> {
    fn from(v: DeviceShadowEnrich) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_SHADOW_ENRICH_TYPE.properties))
    }
}

/// The `Filter` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value with its required properties: `Filter`, `Name`.
    pub fn new(
        filter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filter.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// `Next`.
    ///
    /// Allowed: length 1 to 128.
    pub fn next(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// The `Lambda` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Lambda {
    props: ::forma_core::schema::Props,
}
impl Lambda {
    /// A new value with its required properties: `BatchSize`, `LambdaName`, `Name`.
    pub fn new(
        batch_size: impl ::std::convert::Into<::forma_core::Value<i64>>,
        lambda_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, batch_size.into().into_expr());
        props.set(1, lambda_name.into().into_expr());
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// `Next`.
    ///
    /// Allowed: length 1 to 128.
    pub fn next(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Lambda> for ::forma_core::Value<Lambda> {
    fn from(v: Lambda) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_TYPE.properties))
    }
}

/// The `Math` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Math {
    props: ::forma_core::schema::Props,
}
impl Math {
    /// A new value with its required properties: `Attribute`, `Math`, `Name`.
    pub fn new(
        attribute: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        math: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute.into().into_expr());
        props.set(1, math.into().into_expr());
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// `Next`.
    ///
    /// Allowed: length 1 to 128.
    pub fn next(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Math> for ::forma_core::Value<Math> {
    fn from(v: Math) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATH_TYPE.properties))
    }
}

/// The `RemoveAttributes` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveAttributes {
    props: ::forma_core::schema::Props,
}
impl RemoveAttributes {
    /// A new value with its required properties: `Attributes`, `Name`.
    pub fn new(
        attributes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attributes.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// `Next`.
    ///
    /// Allowed: length 1 to 128.
    pub fn next(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RemoveAttributes> for ::forma_core::Value<RemoveAttributes> {
    fn from(v: RemoveAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REMOVE_ATTRIBUTES_TYPE.properties))
    }
}

/// The `SelectAttributes` property type of `AWS::IoTAnalytics::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct SelectAttributes {
    props: ::forma_core::schema::Props,
}
impl SelectAttributes {
    /// A new value with its required properties: `Attributes`, `Name`.
    pub fn new(
        attributes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attributes.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// `Next`.
    ///
    /// Allowed: length 1 to 128.
    pub fn next(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SelectAttributes> for ::forma_core::Value<SelectAttributes> {
    fn from(v: SelectAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SELECT_ATTRIBUTES_TYPE.properties))
    }
}

/// The schema of `AWS::IoTAnalytics::Pipeline`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTAnalytics::Pipeline",
    properties: &[
        ::forma_core::schema::Property {
            name: "PipelineActivities",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTIVITY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "PipelineName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static ACTIVITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.Activity",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADD_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Channel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHANNEL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Datastore",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASTORE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeviceRegistryEnrich",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEVICE_REGISTRY_ENRICH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeviceShadowEnrich",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEVICE_SHADOW_ENRICH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Lambda",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Math",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RemoveAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REMOVE_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SelectAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SELECT_ATTRIBUTES_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ADD_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.AddAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Next",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static CHANNEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.Channel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Next",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static DATASTORE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.Datastore",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatastoreName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static DEVICE_REGISTRY_ENRICH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.DeviceRegistryEnrich",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attribute",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Next",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ThingName",
            required: true,
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

static DEVICE_SHADOW_ENRICH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.DeviceShadowEnrich",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attribute",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Next",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ThingName",
            required: true,
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

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Next",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static LAMBDA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.Lambda",
    properties: &[
        ::forma_core::schema::Property {
            name: "BatchSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "LambdaName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_-]+"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Next",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static MATH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.Math",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attribute",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Math",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Next",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static REMOVE_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.RemoveAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Next",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static SELECT_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTAnalytics::Pipeline.SelectAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Next",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
