// @generated from AWS::Oam::Link (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Oam::Link` and its property types.

/// Definition of AWS::Oam::Link Resource Type
///
/// CloudFormation type `AWS::Oam::Link`.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    props: ::forma_core::schema::Props,
}
impl Link {
    /// A new resource with its required properties: `ResourceTypes`, `SinkIdentifier`.
    #[track_caller]
    pub fn new(
        resource_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceType>>>,
        sink_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, resource_types.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, sink_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `LabelTemplate`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn label_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LinkConfiguration`.
    #[track_caller]
    pub fn link_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LinkConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to apply to the link
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Link {
    type Attributes = LinkAttributes;
    fn type_name(&self) -> &str {
        "AWS::Oam::Link"
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
/// The attributes of a `AWS::Oam::Link` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LinkAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LinkAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LinkAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Label`.
    pub fn label(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Label")
    }
}

/// The values CloudFormation documents: `AWS::CloudWatch::Metric`, `AWS::Logs::LogGroup`, `AWS::XRay::Trace`, `AWS::ApplicationInsights::Application`, `AWS::InternetMonitor::Monitor`, `AWS::ApplicationSignals::Service`, `AWS::ApplicationSignals::ServiceLevelObjective`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `AWS::CloudWatch::Metric`
    AwsCloudWatchMetric,
    /// `AWS::Logs::LogGroup`
    AwsLogsLogGroup,
    /// `AWS::XRay::Trace`
    AwsXRayTrace,
    /// `AWS::ApplicationInsights::Application`
    AwsApplicationInsightsApplication,
    /// `AWS::InternetMonitor::Monitor`
    AwsInternetMonitorMonitor,
    /// `AWS::ApplicationSignals::Service`
    AwsApplicationSignalsService,
    /// `AWS::ApplicationSignals::ServiceLevelObjective`
    AwsApplicationSignalsServiceLevelObjective,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsCloudWatchMetric => "AWS::CloudWatch::Metric",
            Self::AwsLogsLogGroup => "AWS::Logs::LogGroup",
            Self::AwsXRayTrace => "AWS::XRay::Trace",
            Self::AwsApplicationInsightsApplication => "AWS::ApplicationInsights::Application",
            Self::AwsInternetMonitorMonitor => "AWS::InternetMonitor::Monitor",
            Self::AwsApplicationSignalsService => "AWS::ApplicationSignals::Service",
            Self::AwsApplicationSignalsServiceLevelObjective => "AWS::ApplicationSignals::ServiceLevelObjective",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AWS::CloudWatch::Metric",
            "AWS::Logs::LogGroup",
            "AWS::XRay::Trace",
            "AWS::ApplicationInsights::Application",
            "AWS::InternetMonitor::Monitor",
            "AWS::ApplicationSignals::Service",
            "AWS::ApplicationSignals::ServiceLevelObjective",
        ]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The `LinkConfiguration` property type of `AWS::Oam::Link`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkConfiguration {
    props: ::forma_core::schema::Props,
}
impl LinkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LogGroupConfiguration`.
    pub fn log_group_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LinkFilter>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MetricConfiguration`.
    pub fn metric_configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<LinkFilter>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LinkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LinkConfiguration> for ::forma_core::Value<LinkConfiguration> {
    fn from(v: LinkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINK_CONFIGURATION_TYPE.properties))
    }
}

/// The `LinkFilter` property type of `AWS::Oam::Link`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkFilter {
    props: ::forma_core::schema::Props,
}
impl LinkFilter {
    /// A new value with its required properties: `Filter`.
    pub fn new(filter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LinkFilter> for ::forma_core::Value<LinkFilter> {
    fn from(v: LinkFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINK_FILTER_TYPE.properties))
    }
}

/// The schema of `AWS::Oam::Link`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Oam::Link",
    properties: &[
        ::forma_core::schema::Property {
            name: "LabelTemplate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "LinkConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "AWS::CloudWatch::Metric",
                    "AWS::Logs::LogGroup",
                    "AWS::XRay::Trace",
                    "AWS::ApplicationInsights::Application",
                    "AWS::InternetMonitor::Monitor",
                    "AWS::ApplicationSignals::Service",
                    "AWS::ApplicationSignals::ServiceLevelObjective",
                ]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SinkIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_:\\.\\-\\/]{0,2047}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^(?!aws:.*).{0,256}$"),
                    min_length: Some(0),
                    max_length: Some(256),
                },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Label"],
};

static LINK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Oam::Link.LinkConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogGroupConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINK_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetricConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINK_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static LINK_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Oam::Link.LinkFilter",
    properties: &[::forma_core::schema::Property {
        name: "Filter",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(2000),
        }),
    }],
    rules: &[],
};
