// @generated from AWS::ImageBuilder::InfrastructureConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ImageBuilder::InfrastructureConfiguration` and its property types.

/// Resource Type definition for AWS::ImageBuilder::InfrastructureConfiguration
///
/// CloudFormation type `AWS::ImageBuilder::InfrastructureConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct InfrastructureConfiguration {
    props: ::forma_core::schema::Props,
}
impl InfrastructureConfiguration {
    /// A new resource with its required properties: `InstanceProfileName`, `Name`.
    #[track_caller]
    pub fn new(
        instance_profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, instance_profile_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the infrastructure configuration.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The instance metadata option settings for the infrastructure configuration.
    #[track_caller]
    pub fn instance_metadata_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceMetadataOptions>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The instance types of the infrastructure configuration.
    #[track_caller]
    pub fn instance_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The EC2 key pair of the infrastructure configuration..
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn key_pair(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The logging configuration of the infrastructure configuration.
    #[track_caller]
    pub fn logging(mut self, value: impl ::std::convert::Into<::forma_core::Value<Logging>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon EC2 Auto Scaling group that Image Builder takes the build instance from, instead of launching a new instance.
    #[track_caller]
    pub fn parent_instance(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParentInstance>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The placement option settings for the infrastructure configuration.
    #[track_caller]
    pub fn placement(mut self, value: impl ::std::convert::Into<::forma_core::Value<Placement>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags attached to the resource created by Image Builder.
    #[track_caller]
    pub fn resource_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The security group IDs of the infrastructure configuration.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The SNS Topic Amazon Resource Name (ARN) of the infrastructure configuration.
    #[track_caller]
    pub fn sns_topic_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The subnet ID of the infrastructure configuration.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the component.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether Image Builder terminates build and test instances that are still running when image creation ends without a failure.
    #[track_caller]
    pub fn terminate_instance_on_completion(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The terminate instance on failure configuration of the infrastructure configuration.
    #[track_caller]
    pub fn terminate_instance_on_failure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InfrastructureConfiguration {
    type Attributes = InfrastructureConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ImageBuilder::InfrastructureConfiguration"
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
/// The attributes of a `AWS::ImageBuilder::InfrastructureConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InfrastructureConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InfrastructureConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InfrastructureConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `required`, `optional`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpTokens {
    /// `required`
    Required,
    /// `optional`
    Optional,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpTokens {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "required",
            Self::Optional => "optional",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["required", "optional"]
    }
}
impl ::std::convert::From<HttpTokens> for ::forma_core::Value<HttpTokens> {
    fn from(v: HttpTokens) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpTokens {}

/// The instance metadata option settings for the infrastructure configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceMetadataOptions {
    props: ::forma_core::schema::Props,
}
impl InstanceMetadataOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Limit the number of hops that an instance metadata request can traverse to reach its destination.
    ///
    /// Allowed: 1 to 64.
    pub fn http_put_response_hop_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether a signed token header is required for instance metadata retrieval requests.
    pub fn http_tokens(mut self, value: impl ::forma_core::schema::EnumArg<HttpTokens>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for InstanceMetadataOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceMetadataOptions> for ::forma_core::Value<InstanceMetadataOptions> {
    fn from(v: InstanceMetadataOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_METADATA_OPTIONS_TYPE.properties))
    }
}

/// The logging configuration of the infrastructure configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Logging {
    props: ::forma_core::schema::Props,
}
impl Logging {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The S3 path in which to store the logs.
    pub fn s3_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Logs>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Logging {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Logging> for ::forma_core::Value<Logging> {
    fn from(v: Logging) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_TYPE.properties))
    }
}

/// Settings for building on an instance that is already running, instead of an instance that Image Builder launches for the build.
#[derive(Debug, Clone, PartialEq)]
pub struct ParentInstance {
    props: ::forma_core::schema::Props,
}
impl ParentInstance {
    /// A new value with its required properties: `AutoScalingGroup`.
    pub fn new(auto_scaling_group: impl ::std::convert::Into<::forma_core::Value<AutoScalingGroup>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auto_scaling_group.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ParentInstance> for ::forma_core::Value<ParentInstance> {
    fn from(v: ParentInstance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARENT_INSTANCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `default`, `dedicated`, `host`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Tenancy {
    /// `default`
    Default,
    /// `dedicated`
    Dedicated,
    /// `host`
    Host,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Tenancy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Dedicated => "dedicated",
            Self::Host => "host",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["default", "dedicated", "host"]
    }
}
impl ::std::convert::From<Tenancy> for ::forma_core::Value<Tenancy> {
    fn from(v: Tenancy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Tenancy {}

/// The placement options
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    props: ::forma_core::schema::Props,
}
impl Placement {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// AvailabilityZone
    ///
    /// Allowed: length 1 to 1024.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// HostId
    ///
    /// Allowed: length 1 to 1024.
    pub fn host_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// HostResourceGroupArn
    ///
    /// Allowed: length 1 to 1024.
    pub fn host_resource_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Tenancy
    pub fn tenancy(mut self, value: impl ::forma_core::schema::EnumArg<Tenancy>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Placement {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Placement> for ::forma_core::Value<Placement> {
    fn from(v: Placement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PLACEMENT_TYPE.properties))
    }
}

/// The S3 path in which to store the logs.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Logs {
    props: ::forma_core::schema::Props,
}
impl S3Logs {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// S3BucketName
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// S3KeyPrefix
    ///
    /// Allowed: length 1 to 1024.
    pub fn s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3Logs {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3Logs> for ::forma_core::Value<S3Logs> {
    fn from(v: S3Logs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOGS_TYPE.properties))
    }
}

/// Identifies the Amazon EC2 Auto Scaling group that Image Builder takes the build instance from, and how long Image Builder waits when the group has no instance available.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScalingGroup {
    props: ::forma_core::schema::Props,
}
impl AutoScalingGroup {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// The number of seconds that Image Builder waits for an instance to become available in the group before the build fails.
    ///
    /// Allowed: 0 to 3600.
    pub fn capacity_wait_timeout_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutoScalingGroup> for ::forma_core::Value<AutoScalingGroup> {
    fn from(v: AutoScalingGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SCALING_GROUP_TYPE.properties))
    }
}

/// The schema of `AWS::ImageBuilder::InfrastructureConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ImageBuilder::InfrastructureConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceMetadataOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_METADATA_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceProfileName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "KeyPair",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Logging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGGING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParentInstance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARENT_INSTANCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Placement",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PLACEMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SnsTopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[^:]*:sns:[^:]+:[0-9]{12}:[a-zA-Z0-9-_]{1,256}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "TerminateInstanceOnCompletion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TerminateInstanceOnFailure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static INSTANCE_METADATA_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::InfrastructureConfiguration.InstanceMetadataOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpPutResponseHopLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(64.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HttpTokens",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["required", "optional"]),
        },
    ],
    rules: &[],
};

static LOGGING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::InfrastructureConfiguration.Logging",
    properties: &[::forma_core::schema::Property {
        name: "S3Logs",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_LOGS_TYPE),
    }],
    rules: &[],
};

static PARENT_INSTANCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::InfrastructureConfiguration.ParentInstance",
    properties: &[::forma_core::schema::Property {
        name: "AutoScalingGroup",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_GROUP_TYPE),
    }],
    rules: &[],
};

static PLACEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::InfrastructureConfiguration.Placement",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "HostId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "HostResourceGroupArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tenancy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["default", "dedicated", "host"]),
        },
    ],
    rules: &[],
};

static S3_LOGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::InfrastructureConfiguration.S3Logs",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static AUTO_SCALING_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::InfrastructureConfiguration.AutoScalingGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityWaitTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
