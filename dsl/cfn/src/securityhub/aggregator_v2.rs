// @generated from AWS::SecurityHub::AggregatorV2 (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::AggregatorV2` and its property types.

/// The AWS::SecurityHub::AggregatorV2 resource represents the AWS Security Hub AggregatorV2 in your account.
///
/// CloudFormation type `AWS::SecurityHub::AggregatorV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct AggregatorV2 {
    props: ::forma_core::schema::Props,
}
impl AggregatorV2 {
    /// A new resource with its required properties: `LinkedRegions`, `RegionLinkingMode`.
    #[track_caller]
    pub fn new(
        linked_regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        region_linking_mode: impl ::forma_core::schema::EnumArg<RegionLinkingMode>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, linked_regions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, region_linking_mode.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A key-value pair to associate with the Security Hub V2 resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AggregatorV2 {
    type Attributes = AggregatorV2Attributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::AggregatorV2"
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
/// The attributes of a `AWS::SecurityHub::AggregatorV2` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AggregatorV2Attributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AggregatorV2Attributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AggregatorV2Attributes {
    /// `Fn::GetAtt` `AggregatorV2Arn`.
    pub fn aggregator_v2_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AggregatorV2Arn")
    }
    /// `Fn::GetAtt` `AggregationRegion`.
    pub fn aggregation_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AggregationRegion")
    }
}

/// The values CloudFormation documents: `SPECIFIED_REGIONS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegionLinkingMode {
    /// `SPECIFIED_REGIONS`
    SpecifiedRegions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RegionLinkingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SpecifiedRegions => "SPECIFIED_REGIONS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SPECIFIED_REGIONS"]
    }
}
impl ::std::convert::From<RegionLinkingMode> for ::forma_core::Value<RegionLinkingMode> {
    fn from(v: RegionLinkingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RegionLinkingMode {}

/// The schema of `AWS::SecurityHub::AggregatorV2`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::AggregatorV2",
    properties: &[
        ::forma_core::schema::Property {
            name: "LinkedRegions",
            required: true,
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
        ::forma_core::schema::Property {
            name: "RegionLinkingMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SPECIFIED_REGIONS"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["AggregatorV2Arn", "AggregationRegion"],
};
