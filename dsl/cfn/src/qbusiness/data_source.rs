// @generated from AWS::QBusiness::DataSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QBusiness::DataSource` and its property types.

/// Definition of AWS::QBusiness::DataSource Resource Type
///
/// CloudFormation type `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSource {
    props: ::forma_core::schema::Props,
}
impl DataSource {
    /// A new resource with its required properties: `ApplicationId`, `Configuration`, `DisplayName`, `IndexId`.
    #[track_caller]
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        index_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, index_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DocumentEnrichmentConfiguration`.
    #[track_caller]
    pub fn document_enrichment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentEnrichmentConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MediaExtractionConfiguration`.
    #[track_caller]
    pub fn media_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MediaExtractionConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 0 to 1284.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SyncSchedule`.
    ///
    /// Allowed: length 0 to 998.
    #[track_caller]
    pub fn sync_schedule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcConfiguration`.
    #[track_caller]
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSourceVpcConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataSource {
    type Attributes = DataSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::QBusiness::DataSource"
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
/// The attributes of a `AWS::QBusiness::DataSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataSourceAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `DataSourceArn`.
    pub fn data_source_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataSourceArn")
    }
    /// `Fn::GetAtt` `DataSourceId`.
    pub fn data_source_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataSourceId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The `DocumentEnrichmentConfiguration` property type of `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentEnrichmentConfiguration {
    props: ::forma_core::schema::Props,
}
impl DocumentEnrichmentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InlineConfigurations`.
    pub fn inline_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InlineDocumentEnrichmentConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PostExtractionHookConfiguration`.
    pub fn post_extraction_hook_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HookConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PreExtractionHookConfiguration`.
    pub fn pre_extraction_hook_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HookConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DocumentEnrichmentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentEnrichmentConfiguration> for ::forma_core::Value<DocumentEnrichmentConfiguration> {
    fn from(v: DocumentEnrichmentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `MediaExtractionConfiguration` property type of `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl MediaExtractionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AudioExtractionConfiguration`.
    pub fn audio_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AudioExtractionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ImageExtractionConfiguration`.
    pub fn image_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageExtractionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `VideoExtractionConfiguration`.
    pub fn video_extraction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VideoExtractionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MediaExtractionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MediaExtractionConfiguration> for ::forma_core::Value<MediaExtractionConfiguration> {
    fn from(v: MediaExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEDIA_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::QBusiness::DataSource`.
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

/// The `DataSourceVpcConfiguration` property type of `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataSourceVpcConfiguration {
    /// A new value with its required properties: `SecurityGroupIds`, `SubnetIds`.
    pub fn new(
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_group_ids.into().into_expr());
        props.set(1, subnet_ids.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataSourceVpcConfiguration> for ::forma_core::Value<DataSourceVpcConfiguration> {
    fn from(v: DataSourceVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DELETE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentContentOperator {
    /// `DELETE`
    Delete,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DocumentContentOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Delete => "DELETE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DELETE"]
    }
}
impl ::std::convert::From<DocumentContentOperator> for ::forma_core::Value<DocumentContentOperator> {
    fn from(v: DocumentContentOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DocumentContentOperator {}

/// The `InlineDocumentEnrichmentConfiguration` property type of `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct InlineDocumentEnrichmentConfiguration {
    props: ::forma_core::schema::Props,
}
impl InlineDocumentEnrichmentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Condition`.
    pub fn condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentAttributeCondition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DocumentContentOperator`.
    pub fn document_content_operator(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DocumentContentOperator>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `Target`.
    pub fn target(mut self, value: impl ::std::convert::Into<::forma_core::Value<DocumentAttributeTarget>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InlineDocumentEnrichmentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InlineDocumentEnrichmentConfiguration>
    for ::forma_core::Value<InlineDocumentEnrichmentConfiguration>
{
    fn from(v: InlineDocumentEnrichmentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INLINE_DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `HookConfiguration` property type of `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct HookConfiguration {
    props: ::forma_core::schema::Props,
}
impl HookConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InvocationCondition`.
    pub fn invocation_condition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentAttributeCondition>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LambdaArn`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn lambda_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `RoleArn`.
    ///
    /// Allowed: length 0 to 1284.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `S3BucketName`.
    ///
    /// Allowed: length 1 to 63.
    pub fn s3_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HookConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HookConfiguration> for ::forma_core::Value<HookConfiguration> {
    fn from(v: HookConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOOK_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AudioExtractionStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AudioExtractionStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<AudioExtractionStatus> for ::forma_core::Value<AudioExtractionStatus> {
    fn from(v: AudioExtractionStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AudioExtractionStatus {}

/// The `AudioExtractionConfiguration` property type of `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct AudioExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl AudioExtractionConfiguration {
    /// A new value with its required properties: `AudioExtractionStatus`.
    pub fn new(audio_extraction_status: impl ::forma_core::schema::EnumArg<AudioExtractionStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, audio_extraction_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AudioExtractionConfiguration> for ::forma_core::Value<AudioExtractionConfiguration> {
    fn from(v: AudioExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIO_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImageExtractionStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ImageExtractionStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<ImageExtractionStatus> for ::forma_core::Value<ImageExtractionStatus> {
    fn from(v: ImageExtractionStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ImageExtractionStatus {}

/// The `ImageExtractionConfiguration` property type of `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageExtractionConfiguration {
    /// A new value with its required properties: `ImageExtractionStatus`.
    pub fn new(image_extraction_status: impl ::forma_core::schema::EnumArg<ImageExtractionStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, image_extraction_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ImageExtractionConfiguration> for ::forma_core::Value<ImageExtractionConfiguration> {
    fn from(v: ImageExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VideoExtractionStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VideoExtractionStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<VideoExtractionStatus> for ::forma_core::Value<VideoExtractionStatus> {
    fn from(v: VideoExtractionStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VideoExtractionStatus {}

/// The `VideoExtractionConfiguration` property type of `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct VideoExtractionConfiguration {
    props: ::forma_core::schema::Props,
}
impl VideoExtractionConfiguration {
    /// A new value with its required properties: `VideoExtractionStatus`.
    pub fn new(video_extraction_status: impl ::forma_core::schema::EnumArg<VideoExtractionStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, video_extraction_status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<VideoExtractionConfiguration> for ::forma_core::Value<VideoExtractionConfiguration> {
    fn from(v: VideoExtractionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VIDEO_EXTRACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `GREATER_THAN`, `GREATER_THAN_OR_EQUALS`, `LESS_THAN`, `LESS_THAN_OR_EQUALS`, `EQUALS`, `NOT_EQUALS`, `CONTAINS`, `NOT_CONTAINS`, `EXISTS`, `NOT_EXISTS`, `BEGINS_WITH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentEnrichmentConditionOperator {
    /// `GREATER_THAN`
    GreaterThan,
    /// `GREATER_THAN_OR_EQUALS`
    GreaterThanOrEquals,
    /// `LESS_THAN`
    LessThan,
    /// `LESS_THAN_OR_EQUALS`
    LessThanOrEquals,
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `NOT_CONTAINS`
    NotContains,
    /// `EXISTS`
    Exists,
    /// `NOT_EXISTS`
    NotExists,
    /// `BEGINS_WITH`
    BeginsWith,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DocumentEnrichmentConditionOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GreaterThan => "GREATER_THAN",
            Self::GreaterThanOrEquals => "GREATER_THAN_OR_EQUALS",
            Self::LessThan => "LESS_THAN",
            Self::LessThanOrEquals => "LESS_THAN_OR_EQUALS",
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::Contains => "CONTAINS",
            Self::NotContains => "NOT_CONTAINS",
            Self::Exists => "EXISTS",
            Self::NotExists => "NOT_EXISTS",
            Self::BeginsWith => "BEGINS_WITH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "GREATER_THAN",
            "GREATER_THAN_OR_EQUALS",
            "LESS_THAN",
            "LESS_THAN_OR_EQUALS",
            "EQUALS",
            "NOT_EQUALS",
            "CONTAINS",
            "NOT_CONTAINS",
            "EXISTS",
            "NOT_EXISTS",
            "BEGINS_WITH",
        ]
    }
}
impl ::std::convert::From<DocumentEnrichmentConditionOperator>
    for ::forma_core::Value<DocumentEnrichmentConditionOperator>
{
    fn from(v: DocumentEnrichmentConditionOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DocumentEnrichmentConditionOperator {}

/// The `DocumentAttributeCondition` property type of `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentAttributeCondition {
    props: ::forma_core::schema::Props,
}
impl DocumentAttributeCondition {
    /// A new value with its required properties: `Key`, `Operator`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        operator: impl ::forma_core::schema::EnumArg<DocumentEnrichmentConditionOperator>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, operator.into_enum_expr());
        Self { props }
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DocumentAttributeCondition> for ::forma_core::Value<DocumentAttributeCondition> {
    fn from(v: DocumentAttributeCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_ATTRIBUTE_CONDITION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DELETE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributeValueOperator {
    /// `DELETE`
    Delete,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttributeValueOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Delete => "DELETE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DELETE"]
    }
}
impl ::std::convert::From<AttributeValueOperator> for ::forma_core::Value<AttributeValueOperator> {
    fn from(v: AttributeValueOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttributeValueOperator {}

/// The `DocumentAttributeTarget` property type of `AWS::QBusiness::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentAttributeTarget {
    props: ::forma_core::schema::Props,
}
impl DocumentAttributeTarget {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, key.into().into_expr());
        Self { props }
    }
    /// `AttributeValueOperator`.
    pub fn attribute_value_operator(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AttributeValueOperator>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DocumentAttributeTarget> for ::forma_core::Value<DocumentAttributeTarget> {
    fn from(v: DocumentAttributeTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_ATTRIBUTE_TARGET_TYPE.properties))
    }
}

/// The schema of `AWS::QBusiness::DataSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QBusiness::DataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DocumentEnrichmentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IndexId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "MediaExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MEDIA_EXTRACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$",
                ),
                min_length: Some(0),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "SyncSchedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: None,
                max_length: Some(998),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "DataSourceArn", "DataSourceId", "Status", "Type", "UpdatedAt"],
};

static DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QBusiness::DataSource.DocumentEnrichmentConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "InlineConfigurations",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&INLINE_DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "PostExtractionHookConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HOOK_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PreExtractionHookConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&HOOK_CONFIGURATION_TYPE),
            },
        ],
        rules: &[],
    };

static MEDIA_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataSource.MediaExtractionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AudioExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIO_EXTRACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_EXTRACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VideoExtractionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VIDEO_EXTRACTION_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataSource.Tag",
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

static DATA_SOURCE_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataSource.DataSourceVpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-0-9a-zA-Z]+$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-0-9a-zA-Z]+$"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static INLINE_DOCUMENT_ENRICHMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QBusiness::DataSource.InlineDocumentEnrichmentConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Condition",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_CONDITION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DocumentContentOperator",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["DELETE"]),
            },
            ::forma_core::schema::Property {
                name: "Target",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_TARGET_TYPE),
            },
        ],
        rules: &[],
    };

static HOOK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::QBusiness::DataSource.HookConfiguration",
properties: &[
::forma_core::schema::Property { name: "InvocationCondition", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_CONDITION_TYPE) },
::forma_core::schema::Property { name: "LambdaArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-zA-Z-]*:lambda:[a-z-]*-[0-9]:[0-9]{12}:function:[a-zA-Z0-9-_]+(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?(:[a-zA-Z0-9-_]+)?$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "RoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"), min_length: Some(0), max_length: Some(1284) }) },
::forma_core::schema::Property { name: "S3BucketName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$"), min_length: Some(1), max_length: Some(63) }) },
],
rules: &[],
};

static AUDIO_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataSource.AudioExtractionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AudioExtractionStatus",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static IMAGE_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataSource.ImageExtractionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ImageExtractionStatus",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static VIDEO_EXTRACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataSource.VideoExtractionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "VideoExtractionStatus",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static DOCUMENT_ATTRIBUTE_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataSource.DocumentAttributeCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Operator",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GREATER_THAN",
                "GREATER_THAN_OR_EQUALS",
                "LESS_THAN",
                "LESS_THAN_OR_EQUALS",
                "EQUALS",
                "NOT_EQUALS",
                "CONTAINS",
                "NOT_CONTAINS",
                "EXISTS",
                "NOT_EXISTS",
                "BEGINS_WITH",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static DOCUMENT_ATTRIBUTE_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataSource.DocumentAttributeTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeValueOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DELETE"]),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};
