// @generated from AWS::MediaLive::CloudWatchAlarmTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaLive::CloudWatchAlarmTemplate` and its property types.

/// Definition of AWS::MediaLive::CloudWatchAlarmTemplate Resource Type
///
/// CloudFormation type `AWS::MediaLive::CloudWatchAlarmTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchAlarmTemplate {
    props: ::forma_core::schema::Props,
}
impl CloudWatchAlarmTemplate {
    /// A new resource with its required properties: `ComparisonOperator`, `EvaluationPeriods`, `MetricName`, `Name`, `Period`, `Statistic`, `TargetResourceType`, `Threshold`, `TreatMissingData`.
    #[allow(clippy::too_many_arguments)]
    #[track_caller]
    pub fn new(
        comparison_operator: impl ::forma_core::schema::EnumArg<CloudWatchAlarmTemplateComparisonOperator>,
        evaluation_periods: impl ::std::convert::Into<::forma_core::Value<f64>>,
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        period: impl ::std::convert::Into<::forma_core::Value<f64>>,
        statistic: impl ::forma_core::schema::EnumArg<CloudWatchAlarmTemplateStatistic>,
        target_resource_type: impl ::forma_core::schema::EnumArg<CloudWatchAlarmTemplateTargetResourceType>,
        threshold: impl ::std::convert::Into<::forma_core::Value<f64>>,
        treat_missing_data: impl ::forma_core::schema::EnumArg<CloudWatchAlarmTemplateTreatMissingData>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, comparison_operator.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, evaluation_periods.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, metric_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, period.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, statistic.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(10, target_resource_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(11, threshold.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, treat_missing_data.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The number of datapoints within the evaluation period that must be breaching to trigger the alarm.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn datapoints_to_alarm(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A resource's optional description.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A cloudwatch alarm template group's identifier.
    #[track_caller]
    pub fn group_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Represents the tags associated with a resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CloudWatchAlarmTemplate {
    type Attributes = CloudWatchAlarmTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaLive::CloudWatchAlarmTemplate"
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
/// The attributes of a `AWS::MediaLive::CloudWatchAlarmTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CloudWatchAlarmTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CloudWatchAlarmTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CloudWatchAlarmTemplateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `GroupId`.
    pub fn group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GroupId")
    }
    /// `Fn::GetAtt` `Identifier`.
    pub fn identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Identifier")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
}

/// The values CloudFormation documents: `GreaterThanOrEqualToThreshold`, `GreaterThanThreshold`, `LessThanThreshold`, `LessThanOrEqualToThreshold`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CloudWatchAlarmTemplateComparisonOperator {
    /// `GreaterThanOrEqualToThreshold`
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`
    GreaterThanThreshold,
    /// `LessThanThreshold`
    LessThanThreshold,
    /// `LessThanOrEqualToThreshold`
    LessThanOrEqualToThreshold,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CloudWatchAlarmTemplateComparisonOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GreaterThanOrEqualToThreshold => "GreaterThanOrEqualToThreshold",
            Self::GreaterThanThreshold => "GreaterThanThreshold",
            Self::LessThanThreshold => "LessThanThreshold",
            Self::LessThanOrEqualToThreshold => "LessThanOrEqualToThreshold",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold"]
    }
}
impl ::std::convert::From<CloudWatchAlarmTemplateComparisonOperator>
    for ::forma_core::Value<CloudWatchAlarmTemplateComparisonOperator>
{
    fn from(v: CloudWatchAlarmTemplateComparisonOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CloudWatchAlarmTemplateComparisonOperator {}

/// The values CloudFormation documents: `SampleCount`, `Average`, `Sum`, `Minimum`, `Maximum`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CloudWatchAlarmTemplateStatistic {
    /// `SampleCount`
    SampleCount,
    /// `Average`
    Average,
    /// `Sum`
    Sum,
    /// `Minimum`
    Minimum,
    /// `Maximum`
    Maximum,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CloudWatchAlarmTemplateStatistic {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SampleCount => "SampleCount",
            Self::Average => "Average",
            Self::Sum => "Sum",
            Self::Minimum => "Minimum",
            Self::Maximum => "Maximum",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SampleCount", "Average", "Sum", "Minimum", "Maximum"]
    }
}
impl ::std::convert::From<CloudWatchAlarmTemplateStatistic> for ::forma_core::Value<CloudWatchAlarmTemplateStatistic> {
    fn from(v: CloudWatchAlarmTemplateStatistic) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CloudWatchAlarmTemplateStatistic {}

/// The values CloudFormation documents: `CLOUDFRONT_DISTRIBUTION`, `MEDIALIVE_MULTIPLEX`, `MEDIALIVE_CHANNEL`, `MEDIALIVE_INPUT_DEVICE`, `MEDIAPACKAGE_CHANNEL`, `MEDIAPACKAGE_ORIGIN_ENDPOINT`, `MEDIACONNECT_FLOW`, `MEDIATAILOR_PLAYBACK_CONFIGURATION`, `S3_BUCKET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CloudWatchAlarmTemplateTargetResourceType {
    /// `CLOUDFRONT_DISTRIBUTION`
    CloudfrontDistribution,
    /// `MEDIALIVE_MULTIPLEX`
    MedialiveMultiplex,
    /// `MEDIALIVE_CHANNEL`
    MedialiveChannel,
    /// `MEDIALIVE_INPUT_DEVICE`
    MedialiveInputDevice,
    /// `MEDIAPACKAGE_CHANNEL`
    MediapackageChannel,
    /// `MEDIAPACKAGE_ORIGIN_ENDPOINT`
    MediapackageOriginEndpoint,
    /// `MEDIACONNECT_FLOW`
    MediaconnectFlow,
    /// `MEDIATAILOR_PLAYBACK_CONFIGURATION`
    MediatailorPlaybackConfiguration,
    /// `S3_BUCKET`
    S3Bucket,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CloudWatchAlarmTemplateTargetResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudfrontDistribution => "CLOUDFRONT_DISTRIBUTION",
            Self::MedialiveMultiplex => "MEDIALIVE_MULTIPLEX",
            Self::MedialiveChannel => "MEDIALIVE_CHANNEL",
            Self::MedialiveInputDevice => "MEDIALIVE_INPUT_DEVICE",
            Self::MediapackageChannel => "MEDIAPACKAGE_CHANNEL",
            Self::MediapackageOriginEndpoint => "MEDIAPACKAGE_ORIGIN_ENDPOINT",
            Self::MediaconnectFlow => "MEDIACONNECT_FLOW",
            Self::MediatailorPlaybackConfiguration => "MEDIATAILOR_PLAYBACK_CONFIGURATION",
            Self::S3Bucket => "S3_BUCKET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CLOUDFRONT_DISTRIBUTION",
            "MEDIALIVE_MULTIPLEX",
            "MEDIALIVE_CHANNEL",
            "MEDIALIVE_INPUT_DEVICE",
            "MEDIAPACKAGE_CHANNEL",
            "MEDIAPACKAGE_ORIGIN_ENDPOINT",
            "MEDIACONNECT_FLOW",
            "MEDIATAILOR_PLAYBACK_CONFIGURATION",
            "S3_BUCKET",
        ]
    }
}
impl ::std::convert::From<CloudWatchAlarmTemplateTargetResourceType>
    for ::forma_core::Value<CloudWatchAlarmTemplateTargetResourceType>
{
    fn from(v: CloudWatchAlarmTemplateTargetResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CloudWatchAlarmTemplateTargetResourceType {}

/// The values CloudFormation documents: `notBreaching`, `breaching`, `ignore`, `missing`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CloudWatchAlarmTemplateTreatMissingData {
    /// `notBreaching`
    NotBreaching,
    /// `breaching`
    Breaching,
    /// `ignore`
    Ignore,
    /// `missing`
    Missing,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CloudWatchAlarmTemplateTreatMissingData {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotBreaching => "notBreaching",
            Self::Breaching => "breaching",
            Self::Ignore => "ignore",
            Self::Missing => "missing",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["notBreaching", "breaching", "ignore", "missing"]
    }
}
impl ::std::convert::From<CloudWatchAlarmTemplateTreatMissingData>
    for ::forma_core::Value<CloudWatchAlarmTemplateTreatMissingData>
{
    fn from(v: CloudWatchAlarmTemplateTreatMissingData) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CloudWatchAlarmTemplateTreatMissingData {}

/// The schema of `AWS::MediaLive::CloudWatchAlarmTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaLive::CloudWatchAlarmTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComparisonOperator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GreaterThanOrEqualToThreshold",
                "GreaterThanThreshold",
                "LessThanThreshold",
                "LessThanOrEqualToThreshold",
            ]),
        },
        ::forma_core::schema::Property {
            name: "DatapointsToAlarm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluationPeriods",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\s]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\s]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Period",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(10.0),
                maximum: Some(86400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Statistic",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SampleCount", "Average", "Sum", "Minimum", "Maximum"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "TargetResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CLOUDFRONT_DISTRIBUTION",
                "MEDIALIVE_MULTIPLEX",
                "MEDIALIVE_CHANNEL",
                "MEDIALIVE_INPUT_DEVICE",
                "MEDIAPACKAGE_CHANNEL",
                "MEDIAPACKAGE_ORIGIN_ENDPOINT",
                "MEDIACONNECT_FLOW",
                "MEDIATAILOR_PLAYBACK_CONFIGURATION",
                "S3_BUCKET",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Threshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TreatMissingData",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["notBreaching", "breaching", "ignore", "missing"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "Id", "GroupId", "Identifier", "ModifiedAt"],
};
