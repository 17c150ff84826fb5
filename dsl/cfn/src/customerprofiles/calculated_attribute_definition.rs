// @generated from AWS::CustomerProfiles::CalculatedAttributeDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CustomerProfiles::CalculatedAttributeDefinition` and its property types.

/// A calculated attribute definition for Customer Profiles
///
/// CloudFormation type `AWS::CustomerProfiles::CalculatedAttributeDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct CalculatedAttributeDefinition {
    props: ::forma_core::schema::Props,
}
impl CalculatedAttributeDefinition {
    /// A new resource with its required properties: `AttributeDetails`, `CalculatedAttributeName`, `DomainName`, `Statistic`.
    #[track_caller]
    pub fn new(
        attribute_details: impl ::std::convert::Into<::forma_core::Value<AttributeDetails>>,
        calculated_attribute_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        statistic: impl ::forma_core::schema::EnumArg<Statistic>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, attribute_details.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, calculated_attribute_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, statistic.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The conditions including range, object count, and threshold for the calculated attribute.
    #[track_caller]
    pub fn conditions(mut self, value: impl ::std::convert::Into<::forma_core::Value<Conditions>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the calculated attribute.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The display name of the calculated attribute.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to use historical data for the calculated attribute.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn use_historical_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CalculatedAttributeDefinition {
    type Attributes = CalculatedAttributeDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CustomerProfiles::CalculatedAttributeDefinition"
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
/// The attributes of a `AWS::CustomerProfiles::CalculatedAttributeDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CalculatedAttributeDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CalculatedAttributeDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CalculatedAttributeDefinitionAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Readiness`.
    pub fn readiness(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Readiness")
    }
}

/// The values CloudFormation documents: `FIRST_OCCURRENCE`, `LAST_OCCURRENCE`, `COUNT`, `SUM`, `MINIMUM`, `MAXIMUM`, `AVERAGE`, `MAX_OCCURRENCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Statistic {
    /// `FIRST_OCCURRENCE`
    FirstOccurrence,
    /// `LAST_OCCURRENCE`
    LastOccurrence,
    /// `COUNT`
    Count,
    /// `SUM`
    Sum,
    /// `MINIMUM`
    Minimum,
    /// `MAXIMUM`
    Maximum,
    /// `AVERAGE`
    Average,
    /// `MAX_OCCURRENCE`
    MaxOccurrence,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Statistic {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FirstOccurrence => "FIRST_OCCURRENCE",
            Self::LastOccurrence => "LAST_OCCURRENCE",
            Self::Count => "COUNT",
            Self::Sum => "SUM",
            Self::Minimum => "MINIMUM",
            Self::Maximum => "MAXIMUM",
            Self::Average => "AVERAGE",
            Self::MaxOccurrence => "MAX_OCCURRENCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIRST_OCCURRENCE", "LAST_OCCURRENCE", "COUNT", "SUM", "MINIMUM", "MAXIMUM", "AVERAGE", "MAX_OCCURRENCE"]
    }
}
impl ::std::convert::From<Statistic> for ::forma_core::Value<Statistic> {
    fn from(v: Statistic) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Statistic {}

/// Mathematical expression and a list of attribute items specified in that expression.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeDetails {
    props: ::forma_core::schema::Props,
}
impl AttributeDetails {
    /// A new value with its required properties: `Attributes`, `Expression`.
    pub fn new(
        attributes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AttributeItem>>>,
        expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attributes.into().into_expr());
        props.set(1, expression.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AttributeDetails> for ::forma_core::Value<AttributeDetails> {
    fn from(v: AttributeDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTE_DETAILS_TYPE.properties))
    }
}

/// The conditions including range, object count, and threshold for the calculated attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct Conditions {
    props: ::forma_core::schema::Props,
}
impl Conditions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of profile objects used for the calculated attribute.
    ///
    /// Allowed: 1 to 300.
    pub fn object_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The relative time period over which data is included in the aggregation.
    pub fn range(mut self, value: impl ::std::convert::Into<::forma_core::Value<Range>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The threshold for the calculated attribute.
    pub fn threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<Threshold>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Conditions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Conditions> for ::forma_core::Value<Conditions> {
    fn from(v: Conditions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITIONS_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The details of a single attribute item specified in the mathematical expression.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeItem {
    props: ::forma_core::schema::Props,
}
impl AttributeItem {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AttributeItem> for ::forma_core::Value<AttributeItem> {
    fn from(v: AttributeItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTE_ITEM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAYS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RangeUnit {
    /// `DAYS`
    Days,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RangeUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS"]
    }
}
impl ::std::convert::From<RangeUnit> for ::forma_core::Value<RangeUnit> {
    fn from(v: RangeUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RangeUnit {}

/// The relative time period over which data is included in the aggregation.
#[derive(Debug, Clone, PartialEq)]
pub struct Range {
    props: ::forma_core::schema::Props,
}
impl Range {
    /// A new value with its required properties: `Unit`.
    pub fn new(unit: impl ::forma_core::schema::EnumArg<RangeUnit>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, unit.into_enum_expr());
        Self { props }
    }
    /// The format the timestamp field in your JSON object is specified.
    ///
    /// Allowed: length 1 to 255.
    pub fn timestamp_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An expression specifying the field in your JSON object from which the date should be parsed.
    ///
    /// Allowed: length 1 to 255.
    pub fn timestamp_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The amount of time of the specified unit.
    ///
    /// Allowed: 1 to 2147483647.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A structure specifying the endpoints of the relative time period over which data is included in the aggregation.
    pub fn value_range(mut self, value: impl ::std::convert::Into<::forma_core::Value<ValueRange>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Range> for ::forma_core::Value<Range> {
    fn from(v: Range) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RANGE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUAL_TO`, `GREATER_THAN`, `LESS_THAN`, `NOT_EQUAL_TO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ThresholdOperator {
    /// `EQUAL_TO`
    EqualTo,
    /// `GREATER_THAN`
    GreaterThan,
    /// `LESS_THAN`
    LessThan,
    /// `NOT_EQUAL_TO`
    NotEqualTo,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ThresholdOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EqualTo => "EQUAL_TO",
            Self::GreaterThan => "GREATER_THAN",
            Self::LessThan => "LESS_THAN",
            Self::NotEqualTo => "NOT_EQUAL_TO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUAL_TO", "GREATER_THAN", "LESS_THAN", "NOT_EQUAL_TO"]
    }
}
impl ::std::convert::From<ThresholdOperator> for ::forma_core::Value<ThresholdOperator> {
    fn from(v: ThresholdOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ThresholdOperator {}

/// The threshold for the calculated attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct Threshold {
    props: ::forma_core::schema::Props,
}
impl Threshold {
    /// A new value with its required properties: `Operator`, `Value`.
    pub fn new(
        operator: impl ::forma_core::schema::EnumArg<ThresholdOperator>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, operator.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Threshold> for ::forma_core::Value<Threshold> {
    fn from(v: Threshold) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THRESHOLD_TYPE.properties))
    }
}

/// A structure specifying the endpoints of the relative time period over which data is included in the aggregation.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueRange {
    props: ::forma_core::schema::Props,
}
impl ValueRange {
    /// A new value with its required properties: `End`, `Start`.
    pub fn new(
        end: impl ::std::convert::Into<::forma_core::Value<i64>>,
        start: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end.into().into_expr());
        props.set(1, start.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ValueRange> for ::forma_core::Value<ValueRange> {
    fn from(v: ValueRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALUE_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::CustomerProfiles::CalculatedAttributeDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CustomerProfiles::CalculatedAttributeDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeDetails",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATTRIBUTE_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CalculatedAttributeName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_][a-zA-Z_0-9-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Conditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONDITIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z_][a-zA-Z_0-9-\\s]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Statistic",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "FIRST_OCCURRENCE",
                "LAST_OCCURRENCE",
                "COUNT",
                "SUM",
                "MINIMUM",
                "MAXIMUM",
                "AVERAGE",
                "MAX_OCCURRENCE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UseHistoricalData",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "LastUpdatedAt", "Status", "Readiness"],
};

static ATTRIBUTE_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::CalculatedAttributeDefinition.AttributeDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ATTRIBUTE_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static CONDITIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::CalculatedAttributeDefinition.Conditions",
    properties: &[
        ::forma_core::schema::Property {
            name: "ObjectCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(300.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Range",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THRESHOLD_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::CalculatedAttributeDefinition.Tag",
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

static ATTRIBUTE_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::CalculatedAttributeDefinition.AttributeItem",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9_.-]+$"),
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};

static RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::CalculatedAttributeDefinition.Range",
    properties: &[
        ::forma_core::schema::Property {
            name: "TimestampFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TimestampSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ValueRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VALUE_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static THRESHOLD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::CalculatedAttributeDefinition.Threshold",
    properties: &[
        ::forma_core::schema::Property {
            name: "Operator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EQUAL_TO", "GREATER_THAN", "LESS_THAN", "NOT_EQUAL_TO"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static VALUE_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::CalculatedAttributeDefinition.ValueRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "End",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-2147483648.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Start",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-2147483648.0),
                maximum: Some(2147483647.0),
            }),
        },
    ],
    rules: &[],
};
