// @generated from AWS::ObservabilityAdmin::TelemetryPipelines (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ObservabilityAdmin::TelemetryPipelines` and its property types.

/// Resource Type definition for AWS::ObservabilityAdmin::TelemetryPipelines
///
/// CloudFormation type `AWS::ObservabilityAdmin::TelemetryPipelines`.
#[derive(Debug, Clone, PartialEq)]
pub struct TelemetryPipelines {
    props: ::forma_core::schema::Props,
}
impl TelemetryPipelines {
    /// A new resource with its required properties: `Configuration`.
    #[track_caller]
    pub fn new(configuration: impl ::std::convert::Into<::forma_core::Value<TelemetryPipelineConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Name`.
    ///
    /// Allowed: length 3 to 28.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TelemetryPipelines {
    type Attributes = TelemetryPipelinesAttributes;
    fn type_name(&self) -> &str {
        "AWS::ObservabilityAdmin::TelemetryPipelines"
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
/// The attributes of a `AWS::ObservabilityAdmin::TelemetryPipelines` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TelemetryPipelinesAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TelemetryPipelinesAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TelemetryPipelinesAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Pipeline`.
    pub fn pipeline(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Pipeline")
    }
    /// `Fn::GetAtt` `PipelineIdentifier`.
    pub fn pipeline_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PipelineIdentifier")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusReason`.
    pub fn status_reason(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "StatusReason")
    }
}

/// The `TelemetryPipelineConfiguration` property type of `AWS::ObservabilityAdmin::TelemetryPipelines`.
#[derive(Debug, Clone, PartialEq)]
pub struct TelemetryPipelineConfiguration {
    props: ::forma_core::schema::Props,
}
impl TelemetryPipelineConfiguration {
    /// A new value with its required properties: `Body`.
    pub fn new(body: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, body.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TelemetryPipelineConfiguration> for ::forma_core::Value<TelemetryPipelineConfiguration> {
    fn from(v: TelemetryPipelineConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TELEMETRY_PIPELINE_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource
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

/// The schema of `AWS::ObservabilityAdmin::TelemetryPipelines`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ObservabilityAdmin::TelemetryPipelines",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TELEMETRY_PIPELINE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z][a-z0-9\\-]+"),
                min_length: Some(3),
                max_length: Some(28),
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
    attributes: &["Arn", "Pipeline", "PipelineIdentifier", "Status", "StatusReason"],
};

static TELEMETRY_PIPELINE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::TelemetryPipelines.TelemetryPipelineConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Body",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(24000),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ObservabilityAdmin::TelemetryPipelines.Tag",
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
