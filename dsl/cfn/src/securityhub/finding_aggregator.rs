// @generated from AWS::SecurityHub::FindingAggregator (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::FindingAggregator` and its property types.

/// The `AWS::SecurityHub::FindingAggregator` resource enables cross-Region aggregation.
///
/// CloudFormation type `AWS::SecurityHub::FindingAggregator`.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingAggregator {
    props: ::forma_core::schema::Props,
}
impl FindingAggregator {
    /// A new resource with its required properties: `RegionLinkingMode`.
    #[track_caller]
    pub fn new(region_linking_mode: impl ::forma_core::schema::EnumArg<RegionLinkingMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, region_linking_mode.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// If `RegionLinkingMode` is `ALL_REGIONS_EXCEPT_SPECIFIED`, then this is a space-separated list of Regions that do not aggregate findings to the aggregation Region.
    #[track_caller]
    pub fn regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FindingAggregator {
    type Attributes = FindingAggregatorAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::FindingAggregator"
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
/// The attributes of a `AWS::SecurityHub::FindingAggregator` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FindingAggregatorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FindingAggregatorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FindingAggregatorAttributes {
    /// `Fn::GetAtt` `FindingAggregatorArn`.
    pub fn finding_aggregator_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FindingAggregatorArn")
    }
    /// `Fn::GetAtt` `FindingAggregationRegion`.
    pub fn finding_aggregation_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FindingAggregationRegion")
    }
}

/// The values CloudFormation documents: `ALL_REGIONS`, `ALL_REGIONS_EXCEPT_SPECIFIED`, `SPECIFIED_REGIONS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegionLinkingMode {
    /// `ALL_REGIONS`
    AllRegions,
    /// `ALL_REGIONS_EXCEPT_SPECIFIED`
    AllRegionsExceptSpecified,
    /// `SPECIFIED_REGIONS`
    SpecifiedRegions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RegionLinkingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllRegions => "ALL_REGIONS",
            Self::AllRegionsExceptSpecified => "ALL_REGIONS_EXCEPT_SPECIFIED",
            Self::SpecifiedRegions => "SPECIFIED_REGIONS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL_REGIONS", "ALL_REGIONS_EXCEPT_SPECIFIED", "SPECIFIED_REGIONS"]
    }
}
impl ::std::convert::From<RegionLinkingMode> for ::forma_core::Value<RegionLinkingMode> {
    fn from(v: RegionLinkingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RegionLinkingMode {}

/// The schema of `AWS::SecurityHub::FindingAggregator`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::FindingAggregator",
    properties: &[
        ::forma_core::schema::Property {
            name: "RegionLinkingMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ALL_REGIONS",
                "ALL_REGIONS_EXCEPT_SPECIFIED",
                "SPECIFIED_REGIONS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Regions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9-]{1,32}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["FindingAggregatorArn", "FindingAggregationRegion"],
};
