// @generated from AWS::Personalize::Solution (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Personalize::Solution` and its property types.

/// Resource schema for AWS::Personalize::Solution.
///
/// CloudFormation type `AWS::Personalize::Solution`.
#[derive(Debug, Clone, PartialEq)]
pub struct Solution {
    props: ::forma_core::schema::Props,
}
impl Solution {
    /// A new resource with its required properties: `DatasetGroupArn`, `Name`.
    #[track_caller]
    pub fn new(
        dataset_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, dataset_group_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// When your have multiple event types (using an EVENT_TYPE schema field), this parameter specifies which event type (for example, 'click' or 'like') is used for training the model.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn event_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to perform automated machine learning (AutoML).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn perform_auto_ml(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to perform hyperparameter optimization (HPO) on the specified or selected recipe.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn perform_hpo(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the recipe to use for model training.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn recipe_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration to use with the solution.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn solution_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SolutionConfig>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags used to organize, track, or control access for this resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Solution {
    type Attributes = SolutionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Personalize::Solution"
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
/// The attributes of a `AWS::Personalize::Solution` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SolutionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SolutionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SolutionAttributes {
    /// `Fn::GetAtt` `SolutionArn`.
    pub fn solution_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SolutionArn")
    }
}

/// The configuration to use with the solution.
#[derive(Debug, Clone, PartialEq)]
pub struct SolutionConfig {
    props: ::forma_core::schema::Props,
}
impl SolutionConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Lists the hyperparameter names and ranges.
    pub fn algorithm_hyper_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AutoMLConfig object containing a list of recipes to search when AutoML is performed.
    pub fn auto_ml_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SolutionConfigAutoMlConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Only events with a value greater than or equal to this threshold are used for training a model.
    ///
    /// Allowed: length 0 to 256.
    pub fn event_value_threshold(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Lists the feature transformation parameters.
    pub fn feature_transformation_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Describes the properties for hyperparameter optimization (HPO)
    pub fn hpo_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SolutionConfigHpoConfig>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SolutionConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SolutionConfig> for ::forma_core::Value<SolutionConfig> {
    fn from(v: SolutionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOLUTION_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Personalize::Solution`.
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

/// The AutoMLConfig object containing a list of recipes to search when AutoML is performed.
#[derive(Debug, Clone, PartialEq)]
pub struct SolutionConfigAutoMlConfig {
    props: ::forma_core::schema::Props,
}
impl SolutionConfigAutoMlConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The metric to optimize.
    ///
    /// Allowed: length 0 to 256.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of candidate recipes.
    pub fn recipe_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SolutionConfigAutoMlConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SolutionConfigAutoMlConfig> for ::forma_core::Value<SolutionConfigAutoMlConfig> {
    fn from(v: SolutionConfigAutoMlConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOLUTION_CONFIG_AUTO_ML_CONFIG_TYPE.properties))
    }
}

/// Describes the properties for hyperparameter optimization (HPO)
#[derive(Debug, Clone, PartialEq)]
pub struct SolutionConfigHpoConfig {
    props: ::forma_core::schema::Props,
}
impl SolutionConfigHpoConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The hyperparameters and their allowable ranges
    pub fn algorithm_hyper_parameter_ranges(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SolutionConfigHpoConfigAlgorithmHyperParameterRanges>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The metric to optimize during HPO.
    pub fn hpo_objective(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SolutionConfigHpoConfigHpoObjective>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Describes the resource configuration for hyperparameter optimization (HPO).
    pub fn hpo_resource_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SolutionConfigHpoConfigHpoResourceConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SolutionConfigHpoConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SolutionConfigHpoConfig> for ::forma_core::Value<SolutionConfigHpoConfig> {
    fn from(v: SolutionConfigHpoConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOLUTION_CONFIG_HPO_CONFIG_TYPE.properties))
    }
}

/// The hyperparameters and their allowable ranges
#[derive(Debug, Clone, PartialEq)]
pub struct SolutionConfigHpoConfigAlgorithmHyperParameterRanges {
    props: ::forma_core::schema::Props,
}
impl SolutionConfigHpoConfigAlgorithmHyperParameterRanges {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The categorical hyperparameters and their ranges.
    pub fn categorical_hyper_parameter_ranges(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CategoricalHyperParameterRange>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The continuous hyperparameters and their ranges.
    pub fn continuous_hyper_parameter_ranges(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContinuousHyperParameterRange>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The integer hyperparameters and their ranges.
    pub fn integer_hyper_parameter_ranges(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IntegerHyperParameterRange>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SolutionConfigHpoConfigAlgorithmHyperParameterRanges {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SolutionConfigHpoConfigAlgorithmHyperParameterRanges>
    for ::forma_core::Value<SolutionConfigHpoConfigAlgorithmHyperParameterRanges>
{
    fn from(v: SolutionConfigHpoConfigAlgorithmHyperParameterRanges) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SOLUTION_CONFIG_HPO_CONFIG_ALGORITHM_HYPER_PARAMETER_RANGES_TYPE.properties),
        )
    }
}

/// The values CloudFormation documents: `Maximize`, `Minimize`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `Maximize`
    Maximize,
    /// `Minimize`
    Minimize,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Maximize => "Maximize",
            Self::Minimize => "Minimize",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Maximize", "Minimize"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The metric to optimize during HPO.
#[derive(Debug, Clone, PartialEq)]
pub struct SolutionConfigHpoConfigHpoObjective {
    props: ::forma_core::schema::Props,
}
impl SolutionConfigHpoConfigHpoObjective {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the metric
    ///
    /// Allowed: length 0 to 256.
    pub fn metric_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A regular expression for finding the metric in the training job logs.
    ///
    /// Allowed: length 0 to 256.
    pub fn metric_regex(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The type of the metric.
    ///
    /// Allowed: length 0 to 256.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SolutionConfigHpoConfigHpoObjective {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SolutionConfigHpoConfigHpoObjective>
    for ::forma_core::Value<SolutionConfigHpoConfigHpoObjective>
{
    fn from(v: SolutionConfigHpoConfigHpoObjective) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOLUTION_CONFIG_HPO_CONFIG_HPO_OBJECTIVE_TYPE.properties))
    }
}

/// Describes the resource configuration for hyperparameter optimization (HPO).
#[derive(Debug, Clone, PartialEq)]
pub struct SolutionConfigHpoConfigHpoResourceConfig {
    props: ::forma_core::schema::Props,
}
impl SolutionConfigHpoConfigHpoResourceConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of training jobs when you create a solution version.
    ///
    /// Allowed: length 0 to 256.
    pub fn max_number_of_training_jobs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum number of parallel training jobs when you create a solution version.
    ///
    /// Allowed: length 0 to 256.
    pub fn max_parallel_training_jobs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SolutionConfigHpoConfigHpoResourceConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SolutionConfigHpoConfigHpoResourceConfig>
    for ::forma_core::Value<SolutionConfigHpoConfigHpoResourceConfig>
{
    fn from(v: SolutionConfigHpoConfigHpoResourceConfig) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SOLUTION_CONFIG_HPO_CONFIG_HPO_RESOURCE_CONFIG_TYPE.properties),
        )
    }
}

/// Provides the name and values of a Categorical hyperparameter.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoricalHyperParameterRange {
    props: ::forma_core::schema::Props,
}
impl CategoricalHyperParameterRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the hyperparameter.
    ///
    /// Allowed: length 0 to 256.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of the categories for the hyperparameter.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CategoricalHyperParameterRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CategoricalHyperParameterRange> for ::forma_core::Value<CategoricalHyperParameterRange> {
    fn from(v: CategoricalHyperParameterRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CATEGORICAL_HYPER_PARAMETER_RANGE_TYPE.properties))
    }
}

/// Provides the name and range of a continuous hyperparameter.
#[derive(Debug, Clone, PartialEq)]
pub struct ContinuousHyperParameterRange {
    props: ::forma_core::schema::Props,
}
impl ContinuousHyperParameterRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum allowable value for the hyperparameter.
    ///
    /// Allowed: at least -1000000.
    pub fn max_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum allowable value for the hyperparameter.
    ///
    /// Allowed: at least -1000000.
    pub fn min_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the hyperparameter.
    ///
    /// Allowed: length 0 to 256.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContinuousHyperParameterRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContinuousHyperParameterRange> for ::forma_core::Value<ContinuousHyperParameterRange> {
    fn from(v: ContinuousHyperParameterRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTINUOUS_HYPER_PARAMETER_RANGE_TYPE.properties))
    }
}

/// Provides the name and range of an integer-valued hyperparameter.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegerHyperParameterRange {
    props: ::forma_core::schema::Props,
}
impl IntegerHyperParameterRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum allowable value for the hyperparameter.
    ///
    /// Allowed: at most 1000000.
    pub fn max_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum allowable value for the hyperparameter.
    ///
    /// Allowed: at least -1000000.
    pub fn min_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the hyperparameter.
    ///
    /// Allowed: length 0 to 256.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IntegerHyperParameterRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IntegerHyperParameterRange> for ::forma_core::Value<IntegerHyperParameterRange> {
    fn from(v: IntegerHyperParameterRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGER_HYPER_PARAMETER_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::Personalize::Solution`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Personalize::Solution",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetGroupArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:([a-z\\d-]+):personalize:.*:.*:.+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "PerformAutoML",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PerformHPO",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RecipeArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:([a-z\\d-]+):personalize:.*:.*:.+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SolutionConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SOLUTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["SolutionArn"],
};

static SOLUTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::Solution.SolutionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlgorithmHyperParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "AutoMLConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOLUTION_CONFIG_AUTO_ML_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EventValueThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FeatureTransformationParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "HpoConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOLUTION_CONFIG_HPO_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::Solution.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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

static SOLUTION_CONFIG_AUTO_ML_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::Solution.SolutionConfigAutoMLConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MetricName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecipeList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:([a-z\\d-]+):personalize:.*:.*:.+"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static SOLUTION_CONFIG_HPO_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::Solution.SolutionConfigHpoConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlgorithmHyperParameterRanges",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &SOLUTION_CONFIG_HPO_CONFIG_ALGORITHM_HYPER_PARAMETER_RANGES_TYPE,
            ),
        },
        ::forma_core::schema::Property {
            name: "HpoObjective",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOLUTION_CONFIG_HPO_CONFIG_HPO_OBJECTIVE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HpoResourceConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOLUTION_CONFIG_HPO_CONFIG_HPO_RESOURCE_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static SOLUTION_CONFIG_HPO_CONFIG_ALGORITHM_HYPER_PARAMETER_RANGES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Personalize::Solution.SolutionConfigHpoConfigAlgorithmHyperParameterRanges",
        properties: &[
            ::forma_core::schema::Property {
                name: "CategoricalHyperParameterRanges",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CATEGORICAL_HYPER_PARAMETER_RANGE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "ContinuousHyperParameterRanges",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CONTINUOUS_HYPER_PARAMETER_RANGE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "IntegerHyperParameterRanges",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&INTEGER_HYPER_PARAMETER_RANGE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
                ),
            },
        ],
        rules: &[],
    };

static SOLUTION_CONFIG_HPO_CONFIG_HPO_OBJECTIVE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Personalize::Solution.SolutionConfigHpoConfigHpoObjective",
        properties: &[
            ::forma_core::schema::Property {
                name: "MetricName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "MetricRegex",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["Maximize", "Minimize"]),
            },
        ],
        rules: &[],
    };

static SOLUTION_CONFIG_HPO_CONFIG_HPO_RESOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Personalize::Solution.SolutionConfigHpoConfigHpoResourceConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxNumberOfTrainingJobs",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "MaxParallelTrainingJobs",
                required: false,
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

static CATEGORICAL_HYPER_PARAMETER_RANGE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Personalize::Solution.CategoricalHyperParameterRange",
        properties: &[
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "Values",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(0),
                        max_length: Some(1000),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
                ),
            },
        ],
        rules: &[],
    };

static CONTINUOUS_HYPER_PARAMETER_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::Solution.ContinuousHyperParameterRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(-1000000.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(-1000000.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
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

static INTEGER_HYPER_PARAMETER_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::Solution.IntegerHyperParameterRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: Some(1000000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1000000.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
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
