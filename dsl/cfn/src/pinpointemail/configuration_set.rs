// @generated from AWS::PinpointEmail::ConfigurationSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PinpointEmail::ConfigurationSet` and its property types.

/// Resource Type definition for AWS::PinpointEmail::ConfigurationSet
///
/// CloudFormation type `AWS::PinpointEmail::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationSet {
    props: ::forma_core::schema::Props,
}
impl ConfigurationSet {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DeliveryOptions`.
    #[track_caller]
    pub fn delivery_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<DeliveryOptions>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReputationOptions`.
    #[track_caller]
    pub fn reputation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReputationOptions>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SendingOptions`.
    #[track_caller]
    pub fn sending_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SendingOptions>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TrackingOptions`.
    #[track_caller]
    pub fn tracking_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<TrackingOptions>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfigurationSet {
    type Attributes = ConfigurationSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::PinpointEmail::ConfigurationSet"
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
/// The attributes of a `AWS::PinpointEmail::ConfigurationSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationSetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `DeliveryOptions` property type of `AWS::PinpointEmail::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryOptions {
    props: ::forma_core::schema::Props,
}
impl DeliveryOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SendingPoolName`.
    pub fn sending_pool_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeliveryOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeliveryOptions> for ::forma_core::Value<DeliveryOptions> {
    fn from(v: DeliveryOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELIVERY_OPTIONS_TYPE.properties))
    }
}

/// The `ReputationOptions` property type of `AWS::PinpointEmail::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReputationOptions {
    props: ::forma_core::schema::Props,
}
impl ReputationOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ReputationMetricsEnabled`.
    pub fn reputation_metrics_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReputationOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReputationOptions> for ::forma_core::Value<ReputationOptions> {
    fn from(v: ReputationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPUTATION_OPTIONS_TYPE.properties))
    }
}

/// The `SendingOptions` property type of `AWS::PinpointEmail::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct SendingOptions {
    props: ::forma_core::schema::Props,
}
impl SendingOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SendingEnabled`.
    pub fn sending_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SendingOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SendingOptions> for ::forma_core::Value<SendingOptions> {
    fn from(v: SendingOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SENDING_OPTIONS_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::PinpointEmail::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tags {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The `TrackingOptions` property type of `AWS::PinpointEmail::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackingOptions {
    props: ::forma_core::schema::Props,
}
impl TrackingOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomRedirectDomain`.
    pub fn custom_redirect_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrackingOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrackingOptions> for ::forma_core::Value<TrackingOptions> {
    fn from(v: TrackingOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRACKING_OPTIONS_TYPE.properties))
    }
}

/// The schema of `AWS::PinpointEmail::ConfigurationSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PinpointEmail::ConfigurationSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliveryOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DELIVERY_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReputationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPUTATION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SendingOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SENDING_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrackingOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRACKING_OPTIONS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static DELIVERY_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::ConfigurationSet.DeliveryOptions",
    properties: &[::forma_core::schema::Property {
        name: "SendingPoolName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static REPUTATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::ConfigurationSet.ReputationOptions",
    properties: &[::forma_core::schema::Property {
        name: "ReputationMetricsEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static SENDING_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::ConfigurationSet.SendingOptions",
    properties: &[::forma_core::schema::Property {
        name: "SendingEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::ConfigurationSet.Tags",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TRACKING_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::ConfigurationSet.TrackingOptions",
    properties: &[::forma_core::schema::Property {
        name: "CustomRedirectDomain",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
