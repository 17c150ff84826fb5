// @generated from AWS::Redshift::UsageLimit (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Redshift::UsageLimit` and its property types.

/// Resource Type definition for AWS::Redshift::UsageLimit.
///
/// CloudFormation type `AWS::Redshift::UsageLimit`.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageLimit {
    props: ::forma_core::schema::Props,
}
impl UsageLimit {
    /// A new resource with its required properties: `Amount`, `ClusterIdentifier`, `FeatureType`, `LimitType`.
    #[track_caller]
    pub fn new(
        amount: impl ::std::convert::Into<::forma_core::Value<f64>>,
        cluster_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        feature_type: impl ::forma_core::schema::EnumArg<FeatureType>,
        limit_type: impl ::forma_core::schema::EnumArg<LimitType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, amount.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, cluster_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, feature_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, limit_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The action that Amazon Redshift takes when the limit is reached.
    #[track_caller]
    pub fn breach_action(mut self, value: impl ::forma_core::schema::EnumArg<BreachAction>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The time period that the amount applies to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn period(mut self, value: impl ::forma_core::schema::EnumArg<Period>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tag instances.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UsageLimit {
    type Attributes = UsageLimitAttributes;
    fn type_name(&self) -> &str {
        "AWS::Redshift::UsageLimit"
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
/// The attributes of a `AWS::Redshift::UsageLimit` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UsageLimitAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UsageLimitAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UsageLimitAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `UsageLimitId`.
    pub fn usage_limit_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UsageLimitId")
    }
}

/// The values CloudFormation documents: `log`, `emit-metric`, `disable`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BreachAction {
    /// `log`
    Log,
    /// `emit-metric`
    EmitMetric,
    /// `disable`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BreachAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Log => "log",
            Self::EmitMetric => "emit-metric",
            Self::Disable => "disable",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["log", "emit-metric", "disable"]
    }
}
impl ::std::convert::From<BreachAction> for ::forma_core::Value<BreachAction> {
    fn from(v: BreachAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BreachAction {}

/// The values CloudFormation documents: `spectrum`, `concurrency-scaling`, `cross-region-datasharing`, `extra-compute-for-automatic-optimization`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FeatureType {
    /// `spectrum`
    Spectrum,
    /// `concurrency-scaling`
    ConcurrencyScaling,
    /// `cross-region-datasharing`
    CrossRegionDatasharing,
    /// `extra-compute-for-automatic-optimization`
    ExtraComputeForAutomaticOptimization,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FeatureType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Spectrum => "spectrum",
            Self::ConcurrencyScaling => "concurrency-scaling",
            Self::CrossRegionDatasharing => "cross-region-datasharing",
            Self::ExtraComputeForAutomaticOptimization => "extra-compute-for-automatic-optimization",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["spectrum", "concurrency-scaling", "cross-region-datasharing", "extra-compute-for-automatic-optimization"]
    }
}
impl ::std::convert::From<FeatureType> for ::forma_core::Value<FeatureType> {
    fn from(v: FeatureType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FeatureType {}

/// The values CloudFormation documents: `time`, `data-scanned`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LimitType {
    /// `time`
    Time,
    /// `data-scanned`
    DataScanned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LimitType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Time => "time",
            Self::DataScanned => "data-scanned",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["time", "data-scanned"]
    }
}
impl ::std::convert::From<LimitType> for ::forma_core::Value<LimitType> {
    fn from(v: LimitType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LimitType {}

/// The values CloudFormation documents: `daily`, `weekly`, `monthly`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Period {
    /// `daily`
    Daily,
    /// `weekly`
    Weekly,
    /// `monthly`
    Monthly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Period {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daily => "daily",
            Self::Weekly => "weekly",
            Self::Monthly => "monthly",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["daily", "weekly", "monthly"]
    }
}
impl ::std::convert::From<Period> for ::forma_core::Value<Period> {
    fn from(v: Period) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Period {}

/// The `Tag` property type of `AWS::Redshift::UsageLimit`.
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

/// The schema of `AWS::Redshift::UsageLimit`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Redshift::UsageLimit",
    properties: &[
        ::forma_core::schema::Property {
            name: "Amount",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BreachAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["log", "emit-metric", "disable"]),
        },
        ::forma_core::schema::Property {
            name: "ClusterIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "FeatureType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "spectrum",
                "concurrency-scaling",
                "cross-region-datasharing",
                "extra-compute-for-automatic-optimization",
            ]),
        },
        ::forma_core::schema::Property {
            name: "LimitType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["time", "data-scanned"]),
        },
        ::forma_core::schema::Property {
            name: "Period",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["daily", "weekly", "monthly"]),
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
    attributes: &["Arn", "UsageLimitId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::UsageLimit.Tag",
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
