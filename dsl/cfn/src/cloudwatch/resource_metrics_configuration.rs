// @generated from AWS::CloudWatch::ResourceMetricsConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudWatch::ResourceMetricsConfiguration` and its property types.

/// Resource Type definition for AWS::CloudWatch::ResourceMetricsConfiguration.
///
/// CloudFormation type `AWS::CloudWatch::ResourceMetricsConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceMetricsConfiguration {
    props: ::forma_core::schema::Props,
}
impl ResourceMetricsConfiguration {
    /// A new resource with its required properties: `ResourceArn`.
    #[track_caller]
    pub fn new(resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, resource_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The metric selections that define which metrics are enabled for detailed monitoring on the resource.
    #[track_caller]
    pub fn metric_selections(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceMetricSelection>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ResourceMetricsConfiguration {
    type Attributes = ResourceMetricsConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudWatch::ResourceMetricsConfiguration"
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
/// The attributes of a `AWS::CloudWatch::ResourceMetricsConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourceMetricsConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourceMetricsConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResourceMetricsConfigurationAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// Defines which metrics are enabled for detailed monitoring on the resource.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceMetricSelection {
    props: ::forma_core::schema::Props,
}
impl ResourceMetricSelection {
    /// A new value with its required properties: `IncludeMetrics`.
    pub fn new(
        include_metrics: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, include_metrics.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceMetricSelection> for ::forma_core::Value<ResourceMetricSelection> {
    fn from(v: ResourceMetricSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_METRIC_SELECTION_TYPE.properties))
    }
}

/// The schema of `AWS::CloudWatch::ResourceMetricsConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudWatch::ResourceMetricsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricSelections",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_METRIC_SELECTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-zA-Z0-9-]+:[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\\d{12}:.+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "UpdatedAt"],
};

static RESOURCE_METRIC_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::ResourceMetricsConfiguration.ResourceMetricSelection",
    properties: &[::forma_core::schema::Property {
        name: "IncludeMetrics",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(500) },
        ),
    }],
    rules: &[],
};
