// @generated from AWS::CustomerProfiles::Recommender (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CustomerProfiles::Recommender` and its property types.

/// Resource Type definition for AWS::CustomerProfiles::Recommender
///
/// CloudFormation type `AWS::CustomerProfiles::Recommender`.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommender {
    props: ::forma_core::schema::Props,
}
impl Recommender {
    /// A new resource with its required properties: `DomainName`, `RecommenderName`, `RecommenderRecipeName`.
    #[track_caller]
    pub fn new(
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        recommender_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        recommender_recipe_name: impl ::forma_core::schema::EnumArg<RecommenderRecipeName>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, recommender_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, recommender_recipe_name.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the recommender.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for the recommender
    #[track_caller]
    pub fn recommender_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RecommenderConfig>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags used to organize, track, or control access for this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Recommender {
    type Attributes = RecommenderAttributes;
    fn type_name(&self) -> &str {
        "AWS::CustomerProfiles::Recommender"
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
/// The attributes of a `AWS::CustomerProfiles::Recommender` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RecommenderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RecommenderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RecommenderAttributes {
    /// `Fn::GetAtt` `RecommenderArn`.
    pub fn recommender_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RecommenderArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `FailureReason`.
    pub fn failure_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailureReason")
    }
    /// `Fn::GetAtt` `LatestRecommenderUpdate`.
    pub fn latest_recommender_update(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LatestRecommenderUpdate")
    }
    /// `Fn::GetAtt` `TrainingMetrics`.
    pub fn training_metrics(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "TrainingMetrics")
    }
}

/// The values CloudFormation documents: `frequently-paired-items`, `personalized-ranking`, `popular-items`, `recommended-for-you`, `similar-items`, `trending-now`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecommenderRecipeName {
    /// `frequently-paired-items`
    FrequentlyPairedItems,
    /// `personalized-ranking`
    PersonalizedRanking,
    /// `popular-items`
    PopularItems,
    /// `recommended-for-you`
    RecommendedForYou,
    /// `similar-items`
    SimilarItems,
    /// `trending-now`
    TrendingNow,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecommenderRecipeName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FrequentlyPairedItems => "frequently-paired-items",
            Self::PersonalizedRanking => "personalized-ranking",
            Self::PopularItems => "popular-items",
            Self::RecommendedForYou => "recommended-for-you",
            Self::SimilarItems => "similar-items",
            Self::TrendingNow => "trending-now",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "frequently-paired-items",
            "personalized-ranking",
            "popular-items",
            "recommended-for-you",
            "similar-items",
            "trending-now",
        ]
    }
}
impl ::std::convert::From<RecommenderRecipeName> for ::forma_core::Value<RecommenderRecipeName> {
    fn from(v: RecommenderRecipeName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecommenderRecipeName {}

/// Configuration for the recommender
#[derive(Debug, Clone, PartialEq)]
pub struct RecommenderConfig {
    props: ::forma_core::schema::Props,
}
impl RecommenderConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for events used in the recommender
    pub fn events_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<EventsConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RecommenderConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RecommenderConfig> for ::forma_core::Value<RecommenderConfig> {
    fn from(v: RecommenderConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECOMMENDER_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CustomerProfiles::Recommender`.
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

/// Configuration for events used in the recommender
#[derive(Debug, Clone, PartialEq)]
pub struct EventsConfig {
    props: ::forma_core::schema::Props,
}
impl EventsConfig {
    /// A new value with its required properties: `EventParametersList`.
    pub fn new(
        event_parameters_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventParameters>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_parameters_list.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EventsConfig> for ::forma_core::Value<EventsConfig> {
    fn from(v: EventsConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENTS_CONFIG_TYPE.properties))
    }
}

/// Event parameters with type and value threshold
#[derive(Debug, Clone, PartialEq)]
pub struct EventParameters {
    props: ::forma_core::schema::Props,
}
impl EventParameters {
    /// A new value with its required properties: `EventType`.
    pub fn new(event_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_type.into().into_expr());
        Self { props }
    }
    /// The threshold of the event type.
    pub fn event_value_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EventParameters> for ::forma_core::Value<EventParameters> {
    fn from(v: EventParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::CustomerProfiles::Recommender`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CustomerProfiles::Recommender",
    properties: &[
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
            name: "RecommenderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECOMMENDER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RecommenderName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecommenderRecipeName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "frequently-paired-items",
                "personalized-ranking",
                "popular-items",
                "recommended-for-you",
                "similar-items",
                "trending-now",
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
    ],
    rules: &[],
    attributes: &[
        "RecommenderArn",
        "Status",
        "CreatedAt",
        "LastUpdatedAt",
        "FailureReason",
        "LatestRecommenderUpdate",
        "TrainingMetrics",
    ],
};

static RECOMMENDER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Recommender.RecommenderConfig",
    properties: &[::forma_core::schema::Property {
        name: "EventsConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EVENTS_CONFIG_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Recommender.Tag",
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

static EVENTS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Recommender.EventsConfig",
    properties: &[::forma_core::schema::Property {
        name: "EventParametersList",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&EVENT_PARAMETERS_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static EVENT_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::Recommender.EventParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventValueThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
