// @generated from AWS::Transcribe::CallAnalyticsCategory (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Transcribe::CallAnalyticsCategory` and its property types.

/// Resource type definition for AWS::Transcribe::CallAnalyticsCategory
///
/// CloudFormation type `AWS::Transcribe::CallAnalyticsCategory`.
#[derive(Debug, Clone, PartialEq)]
pub struct CallAnalyticsCategory {
    props: ::forma_core::schema::Props,
}
impl CallAnalyticsCategory {
    /// A new resource with its required properties: `CategoryName`, `Rules`.
    #[track_caller]
    pub fn new(
        category_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, category_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, rules.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The input type associated with the specified category.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn input_type(mut self, value: impl ::forma_core::schema::EnumArg<InputType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags associated with the Call Analytics category.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CallAnalyticsCategory {
    type Attributes = CallAnalyticsCategoryAttributes;
    fn type_name(&self) -> &str {
        "AWS::Transcribe::CallAnalyticsCategory"
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
/// The attributes of a `AWS::Transcribe::CallAnalyticsCategory` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CallAnalyticsCategoryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CallAnalyticsCategoryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CallAnalyticsCategoryAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreateTime`.
    pub fn create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreateTime")
    }
    /// `Fn::GetAtt` `LastUpdateTime`.
    pub fn last_update_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdateTime")
    }
}

/// The values CloudFormation documents: `REAL_TIME`, `POST_CALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputType {
    /// `REAL_TIME`
    RealTime,
    /// `POST_CALL`
    PostCall,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InputType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RealTime => "REAL_TIME",
            Self::PostCall => "POST_CALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REAL_TIME", "POST_CALL"]
    }
}
impl ::std::convert::From<InputType> for ::forma_core::Value<InputType> {
    fn from(v: InputType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InputType {}

/// The `Rule` property type of `AWS::Transcribe::CallAnalyticsCategory`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InterruptionFilter`.
    pub fn interruption_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InterruptionFilter>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NonTalkTimeFilter`.
    pub fn non_talk_time_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NonTalkTimeFilter>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SentimentFilter`.
    pub fn sentiment_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<SentimentFilter>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TranscriptFilter`.
    pub fn transcript_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TranscriptFilter>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Rule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Transcribe::CallAnalyticsCategory`.
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

/// The values CloudFormation documents: `AGENT`, `CUSTOMER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParticipantRole {
    /// `AGENT`
    Agent,
    /// `CUSTOMER`
    Customer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ParticipantRole {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "AGENT",
            Self::Customer => "CUSTOMER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AGENT", "CUSTOMER"]
    }
}
impl ::std::convert::From<ParticipantRole> for ::forma_core::Value<ParticipantRole> {
    fn from(v: ParticipantRole) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ParticipantRole {}

/// The `InterruptionFilter` property type of `AWS::Transcribe::CallAnalyticsCategory`.
#[derive(Debug, Clone, PartialEq)]
pub struct InterruptionFilter {
    props: ::forma_core::schema::Props,
}
impl InterruptionFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AbsoluteTimeRange`.
    pub fn absolute_time_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AbsoluteTimeRange>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Negate`.
    pub fn negate(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ParticipantRole`.
    pub fn participant_role(mut self, value: impl ::forma_core::schema::EnumArg<ParticipantRole>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `RelativeTimeRange`.
    pub fn relative_time_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RelativeTimeRange>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Threshold`.
    ///
    /// Allowed: 0 to 14400000.
    pub fn threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InterruptionFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InterruptionFilter> for ::forma_core::Value<InterruptionFilter> {
    fn from(v: InterruptionFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERRUPTION_FILTER_TYPE.properties))
    }
}

/// The `NonTalkTimeFilter` property type of `AWS::Transcribe::CallAnalyticsCategory`.
#[derive(Debug, Clone, PartialEq)]
pub struct NonTalkTimeFilter {
    props: ::forma_core::schema::Props,
}
impl NonTalkTimeFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AbsoluteTimeRange`.
    pub fn absolute_time_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AbsoluteTimeRange>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Negate`.
    pub fn negate(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RelativeTimeRange`.
    pub fn relative_time_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RelativeTimeRange>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Threshold`.
    ///
    /// Allowed: 0 to 14400000.
    pub fn threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NonTalkTimeFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NonTalkTimeFilter> for ::forma_core::Value<NonTalkTimeFilter> {
    fn from(v: NonTalkTimeFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NON_TALK_TIME_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `POSITIVE`, `NEGATIVE`, `NEUTRAL`, `MIXED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Sentiments {
    /// `POSITIVE`
    Positive,
    /// `NEGATIVE`
    Negative,
    /// `NEUTRAL`
    Neutral,
    /// `MIXED`
    Mixed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Sentiments {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Positive => "POSITIVE",
            Self::Negative => "NEGATIVE",
            Self::Neutral => "NEUTRAL",
            Self::Mixed => "MIXED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["POSITIVE", "NEGATIVE", "NEUTRAL", "MIXED"]
    }
}
impl ::std::convert::From<Sentiments> for ::forma_core::Value<Sentiments> {
    fn from(v: Sentiments) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Sentiments {}

/// The `SentimentFilter` property type of `AWS::Transcribe::CallAnalyticsCategory`.
#[derive(Debug, Clone, PartialEq)]
pub struct SentimentFilter {
    props: ::forma_core::schema::Props,
}
impl SentimentFilter {
    /// A new value with its required properties: `Sentiments`.
    pub fn new(sentiments: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Sentiments>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, sentiments.into().into_expr());
        Self { props }
    }
    /// `AbsoluteTimeRange`.
    pub fn absolute_time_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AbsoluteTimeRange>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Negate`.
    pub fn negate(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ParticipantRole`.
    pub fn participant_role(mut self, value: impl ::forma_core::schema::EnumArg<ParticipantRole>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `RelativeTimeRange`.
    pub fn relative_time_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RelativeTimeRange>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SentimentFilter> for ::forma_core::Value<SentimentFilter> {
    fn from(v: SentimentFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SENTIMENT_FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EXACT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TranscriptFilterType {
    /// `EXACT`
    Exact,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TranscriptFilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Exact => "EXACT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXACT"]
    }
}
impl ::std::convert::From<TranscriptFilterType> for ::forma_core::Value<TranscriptFilterType> {
    fn from(v: TranscriptFilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TranscriptFilterType {}

/// The `TranscriptFilter` property type of `AWS::Transcribe::CallAnalyticsCategory`.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptFilter {
    props: ::forma_core::schema::Props,
}
impl TranscriptFilter {
    /// A new value with its required properties: `Targets`, `TranscriptFilterType`.
    pub fn new(
        targets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        transcript_filter_type: impl ::forma_core::schema::EnumArg<TranscriptFilterType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, targets.into().into_expr());
        props.set(5, transcript_filter_type.into_enum_expr());
        Self { props }
    }
    /// `AbsoluteTimeRange`.
    pub fn absolute_time_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AbsoluteTimeRange>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Negate`.
    pub fn negate(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ParticipantRole`.
    pub fn participant_role(mut self, value: impl ::forma_core::schema::EnumArg<ParticipantRole>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `RelativeTimeRange`.
    pub fn relative_time_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RelativeTimeRange>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TranscriptFilter> for ::forma_core::Value<TranscriptFilter> {
    fn from(v: TranscriptFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSCRIPT_FILTER_TYPE.properties))
    }
}

/// The `AbsoluteTimeRange` property type of `AWS::Transcribe::CallAnalyticsCategory`.
#[derive(Debug, Clone, PartialEq)]
pub struct AbsoluteTimeRange {
    props: ::forma_core::schema::Props,
}
impl AbsoluteTimeRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EndTime`.
    ///
    /// Allowed: 0 to 14400000.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `First`.
    ///
    /// Allowed: 0 to 14400000.
    pub fn first(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Last`.
    ///
    /// Allowed: 0 to 14400000.
    pub fn last(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StartTime`.
    ///
    /// Allowed: 0 to 14400000.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AbsoluteTimeRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AbsoluteTimeRange> for ::forma_core::Value<AbsoluteTimeRange> {
    fn from(v: AbsoluteTimeRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ABSOLUTE_TIME_RANGE_TYPE.properties))
    }
}

/// The `RelativeTimeRange` property type of `AWS::Transcribe::CallAnalyticsCategory`.
#[derive(Debug, Clone, PartialEq)]
pub struct RelativeTimeRange {
    props: ::forma_core::schema::Props,
}
impl RelativeTimeRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EndPercentage`.
    ///
    /// Allowed: 0 to 100.
    pub fn end_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `First`.
    ///
    /// Allowed: 0 to 100.
    pub fn first(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Last`.
    ///
    /// Allowed: 0 to 100.
    pub fn last(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StartPercentage`.
    ///
    /// Allowed: 0 to 100.
    pub fn start_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RelativeTimeRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RelativeTimeRange> for ::forma_core::Value<RelativeTimeRange> {
    fn from(v: RelativeTimeRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RELATIVE_TIME_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::Transcribe::CallAnalyticsCategory`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Transcribe::CallAnalyticsCategory",
    properties: &[
        ::forma_core::schema::Property {
            name: "CategoryName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z._-]+$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["REAL_TIME", "POST_CALL"]),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreateTime", "LastUpdateTime"],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transcribe::CallAnalyticsCategory.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "InterruptionFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTERRUPTION_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NonTalkTimeFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NON_TALK_TIME_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SentimentFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SENTIMENT_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TranscriptFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSCRIPT_FILTER_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transcribe::CallAnalyticsCategory.Tag",
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

static INTERRUPTION_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transcribe::CallAnalyticsCategory.InterruptionFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbsoluteTimeRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ABSOLUTE_TIME_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Negate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ParticipantRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AGENT", "CUSTOMER"]),
        },
        ::forma_core::schema::Property {
            name: "RelativeTimeRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RELATIVE_TIME_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(14400000.0),
            }),
        },
    ],
    rules: &[],
};

static NON_TALK_TIME_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transcribe::CallAnalyticsCategory.NonTalkTimeFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbsoluteTimeRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ABSOLUTE_TIME_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Negate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RelativeTimeRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RELATIVE_TIME_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(14400000.0),
            }),
        },
    ],
    rules: &[],
};

static SENTIMENT_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transcribe::CallAnalyticsCategory.SentimentFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbsoluteTimeRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ABSOLUTE_TIME_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Negate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ParticipantRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AGENT", "CUSTOMER"]),
        },
        ::forma_core::schema::Property {
            name: "RelativeTimeRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RELATIVE_TIME_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sentiments",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["POSITIVE", "NEGATIVE", "NEUTRAL", "MIXED"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static TRANSCRIPT_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transcribe::CallAnalyticsCategory.TranscriptFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "AbsoluteTimeRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ABSOLUTE_TIME_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Negate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ParticipantRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AGENT", "CUSTOMER"]),
        },
        ::forma_core::schema::Property {
            name: "RelativeTimeRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RELATIVE_TIME_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2000),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TranscriptFilterType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EXACT"]),
        },
    ],
    rules: &[],
};

static ABSOLUTE_TIME_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transcribe::CallAnalyticsCategory.AbsoluteTimeRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(14400000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "First",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(14400000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Last",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(14400000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(14400000.0),
            }),
        },
    ],
    rules: &[],
};

static RELATIVE_TIME_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Transcribe::CallAnalyticsCategory.RelativeTimeRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "First",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Last",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StartPercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};
