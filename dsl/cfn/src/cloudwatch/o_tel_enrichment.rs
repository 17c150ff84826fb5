// @generated from AWS::CloudWatch::OTelEnrichment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudWatch::OTelEnrichment` and its property types.

/// AWS::CloudWatch::OTelEnrichment enables OTel metric enrichment in CloudWatch, allowing CloudWatch vended metrics to be available for PromQL querying enriched with AWS resource tags and metadata.
///
/// CloudFormation type `AWS::CloudWatch::OTelEnrichment`.
#[derive(Debug, Clone, PartialEq)]
pub struct OTelEnrichment {
    props: ::forma_core::schema::Props,
}
impl OTelEnrichment {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Removes metrics from the include set.
    #[track_caller]
    pub fn exclude_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OTelEnrichmentMetricSelector>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Scopes enrichment to a subset of the account's telemetry.
    #[track_caller]
    pub fn include_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OTelEnrichmentMetricSelector>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for OTelEnrichment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for OTelEnrichment {
    type Attributes = OTelEnrichmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudWatch::OTelEnrichment"
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
/// The attributes of a `AWS::CloudWatch::OTelEnrichment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OTelEnrichmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OTelEnrichmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OTelEnrichmentAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// Selects metrics within one namespace.
#[derive(Debug, Clone, PartialEq)]
pub struct OTelEnrichmentMetricSelector {
    props: ::forma_core::schema::Props,
}
impl OTelEnrichmentMetricSelector {
    /// A new value with its required properties: `Namespace`.
    pub fn new(namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, namespace.into().into_expr());
        Self { props }
    }
    /// Absent or empty means every metric in this namespace, in whichever direction this selector appears.
    pub fn metric_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OTelEnrichmentMetricSelector> for ::forma_core::Value<OTelEnrichmentMetricSelector> {
    fn from(v: OTelEnrichmentMetricSelector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(O_TEL_ENRICHMENT_METRIC_SELECTOR_TYPE.properties))
    }
}

/// The schema of `AWS::CloudWatch::OTelEnrichment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudWatch::OTelEnrichment",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludeFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&O_TEL_ENRICHMENT_METRIC_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "IncludeFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&O_TEL_ENRICHMENT_METRIC_SELECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
    attributes: &["AccountId", "Status"],
};

static O_TEL_ENRICHMENT_METRIC_SELECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::OTelEnrichment.OTelEnrichmentMetricSelector",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^:].*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
