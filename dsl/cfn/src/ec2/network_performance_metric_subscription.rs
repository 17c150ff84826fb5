// @generated from AWS::EC2::NetworkPerformanceMetricSubscription (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::NetworkPerformanceMetricSubscription` and its property types.

/// Resource Type definition for AWS::EC2::NetworkPerformanceMetricSubscription
///
/// CloudFormation type `AWS::EC2::NetworkPerformanceMetricSubscription`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkPerformanceMetricSubscription {
    props: ::forma_core::schema::Props,
}
impl NetworkPerformanceMetricSubscription {
    /// A new resource with its required properties: `Destination`, `Metric`, `Source`, `Statistic`.
    #[track_caller]
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        metric: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        statistic: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, destination.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, metric.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, source.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, statistic.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for NetworkPerformanceMetricSubscription {
    type Attributes = NetworkPerformanceMetricSubscriptionAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::NetworkPerformanceMetricSubscription"
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
/// The attributes of a `AWS::EC2::NetworkPerformanceMetricSubscription` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkPerformanceMetricSubscriptionAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkPerformanceMetricSubscriptionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::EC2::NetworkPerformanceMetricSubscription`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::NetworkPerformanceMetricSubscription",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Metric",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Statistic",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};
