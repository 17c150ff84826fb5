// @generated from AWS::BcmPricingCalculator::WorkloadEstimate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BcmPricingCalculator::WorkloadEstimate` and its property types.

/// Resource Type definition for AWS::BcmPricingCalculator::WorkloadEstimate
///
/// CloudFormation type `AWS::BcmPricingCalculator::WorkloadEstimate`.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkloadEstimate {
    props: ::forma_core::schema::Props,
}
impl WorkloadEstimate {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The timestamp when the workload estimate will expire.
    #[track_caller]
    pub fn expires_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of pricing rates used for the estimate.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn rate_type(mut self, value: impl ::forma_core::schema::EnumArg<WorkloadEstimateRateType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WorkloadEstimate {
    type Attributes = WorkloadEstimateAttributes;
    fn type_name(&self) -> &str {
        "AWS::BcmPricingCalculator::WorkloadEstimate"
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
/// The attributes of a `AWS::BcmPricingCalculator::WorkloadEstimate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkloadEstimateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkloadEstimateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkloadEstimateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `TotalCost`.
    pub fn total_cost(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "TotalCost")
    }
    /// `Fn::GetAtt` `CostCurrency`.
    pub fn cost_currency(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CostCurrency")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `RateTimestamp`.
    pub fn rate_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RateTimestamp")
    }
    /// `Fn::GetAtt` `FailureMessage`.
    pub fn failure_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailureMessage")
    }
}

/// The values CloudFormation documents: `BEFORE_DISCOUNTS`, `AFTER_DISCOUNTS`, `AFTER_DISCOUNTS_AND_COMMITMENTS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkloadEstimateRateType {
    /// `BEFORE_DISCOUNTS`
    BeforeDiscounts,
    /// `AFTER_DISCOUNTS`
    AfterDiscounts,
    /// `AFTER_DISCOUNTS_AND_COMMITMENTS`
    AfterDiscountsAndCommitments,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkloadEstimateRateType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BeforeDiscounts => "BEFORE_DISCOUNTS",
            Self::AfterDiscounts => "AFTER_DISCOUNTS",
            Self::AfterDiscountsAndCommitments => "AFTER_DISCOUNTS_AND_COMMITMENTS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BEFORE_DISCOUNTS", "AFTER_DISCOUNTS", "AFTER_DISCOUNTS_AND_COMMITMENTS"]
    }
}
impl ::std::convert::From<WorkloadEstimateRateType> for ::forma_core::Value<WorkloadEstimateRateType> {
    fn from(v: WorkloadEstimateRateType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkloadEstimateRateType {}

/// The `Tag` property type of `AWS::BcmPricingCalculator::WorkloadEstimate`.
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

/// The schema of `AWS::BcmPricingCalculator::WorkloadEstimate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BcmPricingCalculator::WorkloadEstimate",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExpiresAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RateType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BEFORE_DISCOUNTS",
                "AFTER_DISCOUNTS",
                "AFTER_DISCOUNTS_AND_COMMITMENTS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "Status", "TotalCost", "CostCurrency", "CreatedAt", "RateTimestamp", "FailureMessage"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BcmPricingCalculator::WorkloadEstimate.Tag",
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
