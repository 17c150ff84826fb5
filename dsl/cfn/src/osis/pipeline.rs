// @generated from AWS::OSIS::Pipeline (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OSIS::Pipeline` and its property types.

/// An OpenSearch Ingestion Service Data Prepper pipeline running Data Prepper.
///
/// CloudFormation type `AWS::OSIS::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pipeline {
    props: ::forma_core::schema::Props,
}
impl Pipeline {
    /// A new resource with its required properties: `MaxUnits`, `MinUnits`, `PipelineConfigurationBody`, `PipelineName`.
    #[track_caller]
    pub fn new(
        max_units: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_units: impl ::std::convert::Into<::forma_core::Value<i64>>,
        pipeline_configuration_body: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        pipeline_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, max_units.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, min_units.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, pipeline_configuration_body.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, pipeline_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Key-value pairs to configure buffering.
    #[track_caller]
    pub fn buffer_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<BufferOptions>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs to configure encryption at rest.
    #[track_caller]
    pub fn encryption_at_rest_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionAtRestOptions>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs to configure log publishing.
    #[track_caller]
    pub fn log_publishing_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogPublishingOptions>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Pipeline Role (ARN) for the pipeline.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn pipeline_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourcePolicy`.
    #[track_caller]
    pub fn resource_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResourcePolicy>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Container for the values required to configure VPC access for the pipeline.
    #[track_caller]
    pub fn vpc_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<VpcOptions>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Pipeline {
    type Attributes = PipelineAttributes;
    fn type_name(&self) -> &str {
        "AWS::OSIS::Pipeline"
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
/// The attributes of a `AWS::OSIS::Pipeline` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PipelineAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PipelineAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PipelineAttributes {
    /// `Fn::GetAtt` `PipelineArn`.
    pub fn pipeline_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PipelineArn")
    }
    /// `Fn::GetAtt` `IngestEndpointUrls`.
    pub fn ingest_endpoint_urls(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "IngestEndpointUrls")
    }
    /// `Fn::GetAtt` `VpcEndpoints`.
    pub fn vpc_endpoints(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpoints")
    }
    /// `Fn::GetAtt` `VpcEndpointService`.
    pub fn vpc_endpoint_service(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcEndpointService")
    }
}

/// Key-value pairs to configure buffering.
#[derive(Debug, Clone, PartialEq)]
pub struct BufferOptions {
    props: ::forma_core::schema::Props,
}
impl BufferOptions {
    /// A new value with its required properties: `PersistentBufferEnabled`.
    pub fn new(persistent_buffer_enabled: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, persistent_buffer_enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BufferOptions> for ::forma_core::Value<BufferOptions> {
    fn from(v: BufferOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUFFER_OPTIONS_TYPE.properties))
    }
}

/// Key-value pairs to configure encryption at rest.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionAtRestOptions {
    props: ::forma_core::schema::Props,
}
impl EncryptionAtRestOptions {
    /// A new value with its required properties: `KmsKeyArn`.
    pub fn new(kms_key_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_key_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionAtRestOptions> for ::forma_core::Value<EncryptionAtRestOptions> {
    fn from(v: EncryptionAtRestOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_AT_REST_OPTIONS_TYPE.properties))
    }
}

/// Key-value pairs to configure log publishing.
#[derive(Debug, Clone, PartialEq)]
pub struct LogPublishingOptions {
    props: ::forma_core::schema::Props,
}
impl LogPublishingOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The destination for OpenSearch Ingestion Service logs sent to Amazon CloudWatch.
    pub fn cloud_watch_log_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogPublishingOptionsCloudWatchLogDestination>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether logs should be published.
    pub fn is_logging_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogPublishingOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogPublishingOptions> for ::forma_core::Value<LogPublishingOptions> {
    fn from(v: LogPublishingOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_PUBLISHING_OPTIONS_TYPE.properties))
    }
}

/// The `ResourcePolicy` property type of `AWS::OSIS::Pipeline`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePolicy {
    props: ::forma_core::schema::Props,
}
impl ResourcePolicy {
    /// A new value with its required properties: `Policy`.
    pub fn new(policy: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourcePolicy> for ::forma_core::Value<ResourcePolicy> {
    fn from(v: ResourcePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_POLICY_TYPE.properties))
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

/// The values CloudFormation documents: `CUSTOMER`, `SERVICE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VpcEndpointManagement {
    /// `CUSTOMER`
    Customer,
    /// `SERVICE`
    Service,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VpcEndpointManagement {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Customer => "CUSTOMER",
            Self::Service => "SERVICE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOMER", "SERVICE"]
    }
}
impl ::std::convert::From<VpcEndpointManagement> for ::forma_core::Value<VpcEndpointManagement> {
    fn from(v: VpcEndpointManagement) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VpcEndpointManagement {}

/// Container for the values required to configure VPC access for the pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcOptions {
    props: ::forma_core::schema::Props,
}
impl VpcOptions {
    /// A new value with its required properties: `SubnetIds`.
    pub fn new(
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, subnet_ids.into().into_expr());
        Self { props }
    }
    /// A list of security groups associated with the VPC endpoint.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Options for attaching a VPC to the pipeline.
    pub fn vpc_attachment_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcOptionsVpcAttachmentOptions>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Defines whether you or Amazon OpenSearch Ingestion service create and manage the VPC endpoint configured for the pipeline.
    pub fn vpc_endpoint_management(mut self, value: impl ::forma_core::schema::EnumArg<VpcEndpointManagement>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<VpcOptions> for ::forma_core::Value<VpcOptions> {
    fn from(v: VpcOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_OPTIONS_TYPE.properties))
    }
}

/// The destination for OpenSearch Ingestion Service logs sent to Amazon CloudWatch.
#[derive(Debug, Clone, PartialEq)]
pub struct LogPublishingOptionsCloudWatchLogDestination {
    props: ::forma_core::schema::Props,
}
impl LogPublishingOptionsCloudWatchLogDestination {
    /// A new value with its required properties: `LogGroup`.
    pub fn new(log_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_group.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LogPublishingOptionsCloudWatchLogDestination>
    for ::forma_core::Value<LogPublishingOptionsCloudWatchLogDestination>
{
    fn from(v: LogPublishingOptionsCloudWatchLogDestination) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(LOG_PUBLISHING_OPTIONS_CLOUD_WATCH_LOG_DESTINATION_TYPE.properties),
        )
    }
}

/// Options for attaching a VPC to the pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcOptionsVpcAttachmentOptions {
    props: ::forma_core::schema::Props,
}
impl VpcOptionsVpcAttachmentOptions {
    /// A new value with its required properties: `AttachToVpc`, `CidrBlock`.
    pub fn new(
        attach_to_vpc: impl ::std::convert::Into<::forma_core::Value<bool>>,
        cidr_block: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attach_to_vpc.into().into_expr());
        props.set(1, cidr_block.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcOptionsVpcAttachmentOptions> for ::forma_core::Value<VpcOptionsVpcAttachmentOptions> {
    fn from(v: VpcOptionsVpcAttachmentOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_OPTIONS_VPC_ATTACHMENT_OPTIONS_TYPE.properties))
    }
}

/// The schema of `AWS::OSIS::Pipeline`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::OSIS::Pipeline",
properties: &[
::forma_core::schema::Property { name: "BufferOptions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&BUFFER_OPTIONS_TYPE) },
::forma_core::schema::Property { name: "EncryptionAtRestOptions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_AT_REST_OPTIONS_TYPE) },
::forma_core::schema::Property { name: "LogPublishingOptions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LOG_PUBLISHING_OPTIONS_TYPE) },
::forma_core::schema::Property { name: "MaxUnits", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(384.0) }) },
::forma_core::schema::Property { name: "MinUnits", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(384.0) }) },
::forma_core::schema::Property { name: "PipelineConfigurationBody", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(100000) }) },
::forma_core::schema::Property { name: "PipelineName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[a-z][a-z0-9\\-]+"), min_length: Some(3), max_length: Some(28) }) },
::forma_core::schema::Property { name: "PipelineRoleArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws\\-cn|aws\\-us\\-gov|aws\\-iso|aws\\-iso\\-b|aws\\-iso\\-e|aws\\-iso\\-f):iam::[0-9]+:role\\/.*$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "ResourcePolicy", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&RESOURCE_POLICY_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "VpcOptions", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&VPC_OPTIONS_TYPE) },
],
rules: &[],
attributes: &["PipelineArn", "IngestEndpointUrls", "VpcEndpoints", "VpcEndpointService"],
};

static BUFFER_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OSIS::Pipeline.BufferOptions",
    properties: &[::forma_core::schema::Property {
        name: "PersistentBufferEnabled",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static ENCRYPTION_AT_REST_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OSIS::Pipeline.EncryptionAtRestOptions",
    properties: &[::forma_core::schema::Property {
        name: "KmsKeyArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(7),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static LOG_PUBLISHING_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OSIS::Pipeline.LogPublishingOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_PUBLISHING_OPTIONS_CLOUD_WATCH_LOG_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IsLoggingEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static RESOURCE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OSIS::Pipeline.ResourcePolicy",
    properties: &[::forma_core::schema::Property {
        name: "Policy",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Json,
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OSIS::Pipeline.Tag",
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

static VPC_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OSIS::Pipeline.VpcOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("sg-\\w{8}(\\w{9})?"),
                    min_length: Some(11),
                    max_length: Some(20),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(12) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("subnet-\\w{8}(\\w{9})?"),
                    min_length: Some(15),
                    max_length: Some(24),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(12) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcAttachmentOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_OPTIONS_VPC_ATTACHMENT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VpcEndpointManagement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOMER", "SERVICE"]),
        },
    ],
    rules: &[],
};

static LOG_PUBLISHING_OPTIONS_CLOUD_WATCH_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::OSIS::Pipeline.LogPublishingOptionsCloudWatchLogDestination",
        properties: &[::forma_core::schema::Property {
            name: "LogGroup",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\/aws\\/vendedlogs\\/[\\.\\-_/#A-Za-z0-9]+"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        }],
        rules: &[],
    };

static VPC_OPTIONS_VPC_ATTACHMENT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::OSIS::Pipeline.VpcOptionsVpcAttachmentOptions",
properties: &[
::forma_core::schema::Property { name: "AttachToVpc", required: true, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "CidrBlock", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)/(3[0-2]|[12]?[0-9])$"), min_length: None, max_length: None }) },
],
rules: &[],
};
