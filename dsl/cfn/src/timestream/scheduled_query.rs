// @generated from AWS::Timestream::ScheduledQuery (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Timestream::ScheduledQuery` and its property types.

/// The AWS::Timestream::ScheduledQuery resource creates a Timestream Scheduled Query.
///
/// CloudFormation type `AWS::Timestream::ScheduledQuery`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledQuery {
    props: ::forma_core::schema::Props,
}
impl ScheduledQuery {
    /// A new resource with its required properties: `ErrorReportConfiguration`, `NotificationConfiguration`, `QueryString`, `ScheduleConfiguration`, `ScheduledQueryExecutionRoleArn`.
    #[track_caller]
    pub fn new(
        error_report_configuration: impl ::std::convert::Into<::forma_core::Value<ErrorReportConfiguration>>,
        notification_configuration: impl ::std::convert::Into<::forma_core::Value<NotificationConfiguration>>,
        query_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schedule_configuration: impl ::std::convert::Into<::forma_core::Value<ScheduleConfiguration>>,
        scheduled_query_execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, error_report_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, notification_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, query_string.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, schedule_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, scheduled_query_execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Using a ClientToken makes the call to CreateScheduledQuery idempotent, in other words, making the same request repeatedly will produce the same result.
    ///
    /// Allowed: length 32 to 128.
    #[track_caller]
    pub fn client_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon KMS key used to encrypt the scheduled query resource, at-rest.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the scheduled query.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scheduled_query_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs to label the scheduled query.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration of target store where scheduled query results are written to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn target_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetConfiguration>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ScheduledQuery {
    type Attributes = ScheduledQueryAttributes;
    fn type_name(&self) -> &str {
        "AWS::Timestream::ScheduledQuery"
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
/// The attributes of a `AWS::Timestream::ScheduledQuery` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ScheduledQueryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ScheduledQueryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ScheduledQueryAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `SQName`.
    pub fn sq_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SQName")
    }
    /// `Fn::GetAtt` `SQQueryString`.
    pub fn sq_query_string(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SQQueryString")
    }
    /// `Fn::GetAtt` `SQScheduleConfiguration`.
    pub fn sq_schedule_configuration(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SQScheduleConfiguration")
    }
    /// `Fn::GetAtt` `SQNotificationConfiguration`.
    pub fn sq_notification_configuration(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SQNotificationConfiguration")
    }
    /// `Fn::GetAtt` `SQScheduledQueryExecutionRoleArn`.
    pub fn sq_scheduled_query_execution_role_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SQScheduledQueryExecutionRoleArn")
    }
    /// `Fn::GetAtt` `SQTargetConfiguration`.
    pub fn sq_target_configuration(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SQTargetConfiguration")
    }
    /// `Fn::GetAtt` `SQErrorReportConfiguration`.
    pub fn sq_error_report_configuration(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SQErrorReportConfiguration")
    }
    /// `Fn::GetAtt` `SQKmsKeyId`.
    pub fn sq_kms_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SQKmsKeyId")
    }
}

/// Configuration for error reporting.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorReportConfiguration {
    props: ::forma_core::schema::Props,
}
impl ErrorReportConfiguration {
    /// A new value with its required properties: `S3Configuration`.
    pub fn new(s3_configuration: impl ::std::convert::Into<::forma_core::Value<S3Configuration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ErrorReportConfiguration> for ::forma_core::Value<ErrorReportConfiguration> {
    fn from(v: ErrorReportConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ERROR_REPORT_CONFIGURATION_TYPE.properties))
    }
}

/// Notification configuration for the scheduled query.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationConfiguration {
    props: ::forma_core::schema::Props,
}
impl NotificationConfiguration {
    /// A new value with its required properties: `SnsConfiguration`.
    pub fn new(sns_configuration: impl ::std::convert::Into<::forma_core::Value<SnsConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, sns_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NotificationConfiguration> for ::forma_core::Value<NotificationConfiguration> {
    fn from(v: NotificationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for when the scheduled query is executed.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScheduleConfiguration {
    /// A new value with its required properties: `ScheduleExpression`.
    pub fn new(schedule_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, schedule_expression.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScheduleConfiguration> for ::forma_core::Value<ScheduleConfiguration> {
    fn from(v: ScheduleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to label the scheduled query.
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

/// Configuration of target store where scheduled query results are written to.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetConfiguration {
    props: ::forma_core::schema::Props,
}
impl TargetConfiguration {
    /// A new value with its required properties: `TimestreamConfiguration`.
    pub fn new(
        timestream_configuration: impl ::std::convert::Into<::forma_core::Value<TimestreamConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, timestream_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetConfiguration> for ::forma_core::Value<TargetConfiguration> {
    fn from(v: TargetConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SSE_S3`, `SSE_KMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionOption {
    /// `SSE_S3`
    SseS3,
    /// `SSE_KMS`
    SseKms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SseS3 => "SSE_S3",
            Self::SseKms => "SSE_KMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SSE_S3", "SSE_KMS"]
    }
}
impl ::std::convert::From<EncryptionOption> for ::forma_core::Value<EncryptionOption> {
    fn from(v: EncryptionOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionOption {}

/// Details on S3 location for error reports that result from running a query.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Configuration {
    props: ::forma_core::schema::Props,
}
impl S3Configuration {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
    /// Encryption at rest options for the error reports.
    pub fn encryption_option(mut self, value: impl ::forma_core::schema::EnumArg<EncryptionOption>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// Prefix for error report keys.
    ///
    /// Allowed: length 1 to 896.
    pub fn object_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Configuration> for ::forma_core::Value<S3Configuration> {
    fn from(v: S3Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_CONFIGURATION_TYPE.properties))
    }
}

/// SNS configuration for notification upon scheduled query execution.
#[derive(Debug, Clone, PartialEq)]
pub struct SnsConfiguration {
    props: ::forma_core::schema::Props,
}
impl SnsConfiguration {
    /// A new value with its required properties: `TopicArn`.
    pub fn new(topic_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, topic_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SnsConfiguration> for ::forma_core::Value<SnsConfiguration> {
    fn from(v: SnsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNS_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration needed to write data into the Timestream database and table.
#[derive(Debug, Clone, PartialEq)]
pub struct TimestreamConfiguration {
    props: ::forma_core::schema::Props,
}
impl TimestreamConfiguration {
    /// A new value with its required properties: `DatabaseName`, `DimensionMappings`, `TableName`, `TimeColumn`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dimension_mappings: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DimensionMapping>>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        time_column: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database_name.into().into_expr());
        props.set(1, dimension_mappings.into().into_expr());
        props.set(5, table_name.into().into_expr());
        props.set(6, time_column.into().into_expr());
        Self { props }
    }
    /// Name of the measure name column from the query result.
    pub fn measure_name_column(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Specifies how to map measures to multi-measure records.
    pub fn mixed_measure_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MixedMeasureMapping>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Only one of MixedMeasureMappings or MultiMeasureMappings is to be provided.
    pub fn multi_measure_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MultiMeasureMappings>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TimestreamConfiguration> for ::forma_core::Value<TimestreamConfiguration> {
    fn from(v: TimestreamConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TIMESTREAM_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `VARCHAR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DimensionValueType {
    /// `VARCHAR`
    Varchar,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DimensionValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Varchar => "VARCHAR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VARCHAR"]
    }
}
impl ::std::convert::From<DimensionValueType> for ::forma_core::Value<DimensionValueType> {
    fn from(v: DimensionValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DimensionValueType {}

/// This type is used to map column(s) from the query result to a dimension in the destination table.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionMapping {
    props: ::forma_core::schema::Props,
}
impl DimensionMapping {
    /// A new value with its required properties: `DimensionValueType`, `Name`.
    pub fn new(
        dimension_value_type: impl ::forma_core::schema::EnumArg<DimensionValueType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dimension_value_type.into_enum_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DimensionMapping> for ::forma_core::Value<DimensionMapping> {
    fn from(v: DimensionMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIMENSION_MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BIGINT`, `BOOLEAN`, `DOUBLE`, `VARCHAR`, `MULTI`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MixedMeasureMappingMeasureValueType {
    /// `BIGINT`
    Bigint,
    /// `BOOLEAN`
    Boolean,
    /// `DOUBLE`
    Double,
    /// `VARCHAR`
    Varchar,
    /// `MULTI`
    Multi,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MixedMeasureMappingMeasureValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bigint => "BIGINT",
            Self::Boolean => "BOOLEAN",
            Self::Double => "DOUBLE",
            Self::Varchar => "VARCHAR",
            Self::Multi => "MULTI",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BIGINT", "BOOLEAN", "DOUBLE", "VARCHAR", "MULTI"]
    }
}
impl ::std::convert::From<MixedMeasureMappingMeasureValueType>
    for ::forma_core::Value<MixedMeasureMappingMeasureValueType>
{
    fn from(v: MixedMeasureMappingMeasureValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MixedMeasureMappingMeasureValueType {}

/// MixedMeasureMappings are mappings that can be used to ingest data into a mixture of narrow and multi measures in the derived table.
#[derive(Debug, Clone, PartialEq)]
pub struct MixedMeasureMapping {
    props: ::forma_core::schema::Props,
}
impl MixedMeasureMapping {
    /// A new value with its required properties: `MeasureValueType`.
    pub fn new(measure_value_type: impl ::forma_core::schema::EnumArg<MixedMeasureMappingMeasureValueType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, measure_value_type.into_enum_expr());
        Self { props }
    }
    /// Refers to the value of the measure name in a result row.
    pub fn measure_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Required.
    pub fn multi_measure_attribute_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MultiMeasureAttributeMapping>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// This field refers to the source column from which the measure value is to be read for result materialization.
    pub fn source_column(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Target measure name to be used.
    pub fn target_measure_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MixedMeasureMapping> for ::forma_core::Value<MixedMeasureMapping> {
    fn from(v: MixedMeasureMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MIXED_MEASURE_MAPPING_TYPE.properties))
    }
}

/// Only one of MixedMeasureMappings or MultiMeasureMappings is to be provided.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiMeasureMappings {
    props: ::forma_core::schema::Props,
}
impl MultiMeasureMappings {
    /// A new value with its required properties: `MultiMeasureAttributeMappings`.
    pub fn new(
        multi_measure_attribute_mappings: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<MultiMeasureAttributeMapping>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, multi_measure_attribute_mappings.into().into_expr());
        Self { props }
    }
    /// Name of the target multi-measure in the derived table.
    pub fn target_multi_measure_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MultiMeasureMappings> for ::forma_core::Value<MultiMeasureMappings> {
    fn from(v: MultiMeasureMappings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_MEASURE_MAPPINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BIGINT`, `BOOLEAN`, `DOUBLE`, `VARCHAR`, `TIMESTAMP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MultiMeasureAttributeMappingMeasureValueType {
    /// `BIGINT`
    Bigint,
    /// `BOOLEAN`
    Boolean,
    /// `DOUBLE`
    Double,
    /// `VARCHAR`
    Varchar,
    /// `TIMESTAMP`
    Timestamp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MultiMeasureAttributeMappingMeasureValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bigint => "BIGINT",
            Self::Boolean => "BOOLEAN",
            Self::Double => "DOUBLE",
            Self::Varchar => "VARCHAR",
            Self::Timestamp => "TIMESTAMP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BIGINT", "BOOLEAN", "DOUBLE", "VARCHAR", "TIMESTAMP"]
    }
}
impl ::std::convert::From<MultiMeasureAttributeMappingMeasureValueType>
    for ::forma_core::Value<MultiMeasureAttributeMappingMeasureValueType>
{
    fn from(v: MultiMeasureAttributeMappingMeasureValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MultiMeasureAttributeMappingMeasureValueType {}

/// An attribute mapping to be used for mapping query results to ingest data for multi-measure attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiMeasureAttributeMapping {
    props: ::forma_core::schema::Props,
}
impl MultiMeasureAttributeMapping {
    /// A new value with its required properties: `MeasureValueType`, `SourceColumn`.
    pub fn new(
        measure_value_type: impl ::forma_core::schema::EnumArg<MultiMeasureAttributeMappingMeasureValueType>,
        source_column: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, measure_value_type.into_enum_expr());
        props.set(1, source_column.into().into_expr());
        Self { props }
    }
    /// Custom name to be used for attribute name in derived table.
    pub fn target_multi_measure_attribute_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MultiMeasureAttributeMapping> for ::forma_core::Value<MultiMeasureAttributeMapping> {
    fn from(v: MultiMeasureAttributeMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MULTI_MEASURE_ATTRIBUTE_MAPPING_TYPE.properties))
    }
}

/// The schema of `AWS::Timestream::ScheduledQuery`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Timestream::ScheduledQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(32),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ErrorReportConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ERROR_REPORT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(262144),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScheduledQueryExecutionRoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduledQueryName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_.-]+"),
                min_length: Some(1),
                max_length: Some(64),
            }),
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
        ::forma_core::schema::Property {
            name: "TargetConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TARGET_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "SQName",
        "SQQueryString",
        "SQScheduleConfiguration",
        "SQNotificationConfiguration",
        "SQScheduledQueryExecutionRoleArn",
        "SQTargetConfiguration",
        "SQErrorReportConfiguration",
        "SQKmsKeyId",
    ],
};

static ERROR_REPORT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.ErrorReportConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "S3Configuration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static NOTIFICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.NotificationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "SnsConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SNS_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static SCHEDULE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.ScheduleConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ScheduleExpression",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.Tag",
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

static TARGET_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.TargetConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "TimestreamConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&TIMESTREAM_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static S3_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.S3Configuration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SSE_S3", "SSE_KMS"]),
        },
        ::forma_core::schema::Property {
            name: "ObjectKeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9|!\\-_*'\\(\\)]([a-zA-Z0-9]|[!\\-_*'\\(\\)\\/.])+"),
                min_length: Some(1),
                max_length: Some(896),
            }),
        },
    ],
    rules: &[],
};

static SNS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.SnsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "TopicArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static TIMESTREAM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.TimestreamConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DimensionMappings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DIMENSION_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MeasureNameColumn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MixedMeasureMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MIXED_MEASURE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MultiMeasureMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MULTI_MEASURE_MAPPINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeColumn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DIMENSION_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.DimensionMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "DimensionValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VARCHAR"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MIXED_MEASURE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.MixedMeasureMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "MeasureName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MeasureValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BIGINT", "BOOLEAN", "DOUBLE", "VARCHAR", "MULTI"]),
        },
        ::forma_core::schema::Property {
            name: "MultiMeasureAttributeMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MULTI_MEASURE_ATTRIBUTE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceColumn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetMeasureName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MULTI_MEASURE_MAPPINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.MultiMeasureMappings",
    properties: &[
        ::forma_core::schema::Property {
            name: "MultiMeasureAttributeMappings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&MULTI_MEASURE_ATTRIBUTE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetMultiMeasureName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MULTI_MEASURE_ATTRIBUTE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::ScheduledQuery.MultiMeasureAttributeMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "MeasureValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BIGINT", "BOOLEAN", "DOUBLE", "VARCHAR", "TIMESTAMP"]),
        },
        ::forma_core::schema::Property {
            name: "SourceColumn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetMultiMeasureAttributeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
