// @generated from AWS::EC2::VerifiedAccessInstance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VerifiedAccessInstance` and its property types.

/// The AWS::EC2::VerifiedAccessInstance resource creates an AWS EC2 Verified Access Instance.
///
/// CloudFormation type `AWS::EC2::VerifiedAccessInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedAccessInstance {
    props: ::forma_core::schema::Props,
}
impl VerifiedAccessInstance {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Introduce CidrEndpointsCustomSubDomain property to represent the domain (say, ava.my-company.com)
    #[track_caller]
    pub fn cidr_endpoints_custom_sub_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the AWS Verified Access instance.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether FIPS is enabled
    #[track_caller]
    pub fn fips_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration options for AWS Verified Access instances.
    #[track_caller]
    pub fn logging_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VerifiedAccessLogs>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of the AWS Verified Access trust providers.
    #[track_caller]
    pub fn verified_access_trust_provider_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// AWS Verified Access trust providers.
    #[track_caller]
    pub fn verified_access_trust_providers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VerifiedAccessTrustProvider>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for VerifiedAccessInstance {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for VerifiedAccessInstance {
    type Attributes = VerifiedAccessInstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VerifiedAccessInstance"
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
/// The attributes of a `AWS::EC2::VerifiedAccessInstance` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VerifiedAccessInstanceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VerifiedAccessInstanceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VerifiedAccessInstanceAttributes {
    /// `Fn::GetAtt` `VerifiedAccessInstanceId`.
    pub fn verified_access_instance_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VerifiedAccessInstanceId")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `CidrEndpointsCustomSubDomainNameServers`.
    pub fn cidr_endpoints_custom_sub_domain_name_servers(
        &self,
    ) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "CidrEndpointsCustomSubDomainNameServers")
    }
}

/// The configuration options for AWS Verified Access instances.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedAccessLogs {
    props: ::forma_core::schema::Props,
}
impl VerifiedAccessLogs {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Sends Verified Access logs to CloudWatch Logs.
    pub fn cloud_watch_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VerifiedAccessLogsCloudWatchLogs>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Include claims from trust providers in Verified Access logs.
    pub fn include_trust_context(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Sends Verified Access logs to Kinesis.
    pub fn kinesis_data_firehose(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VerifiedAccessLogsKinesisDataFirehose>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Select log version for Verified Access logs.
    pub fn log_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Sends Verified Access logs to Amazon S3.
    pub fn s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<VerifiedAccessLogsS3>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VerifiedAccessLogs {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VerifiedAccessLogs> for ::forma_core::Value<VerifiedAccessLogs> {
    fn from(v: VerifiedAccessLogs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VERIFIED_ACCESS_LOGS_TYPE.properties))
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

/// A Verified Access Trust Provider.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedAccessTrustProvider {
    props: ::forma_core::schema::Props,
}
impl VerifiedAccessTrustProvider {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The description of trust provider.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The type of device-based trust provider.
    pub fn device_trust_provider_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The type of trust provider (user- or device-based).
    pub fn trust_provider_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The type of user-based trust provider.
    pub fn user_trust_provider_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The ID of the trust provider.
    pub fn verified_access_trust_provider_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VerifiedAccessTrustProvider {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VerifiedAccessTrustProvider> for ::forma_core::Value<VerifiedAccessTrustProvider> {
    fn from(v: VerifiedAccessTrustProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VERIFIED_ACCESS_TRUST_PROVIDER_TYPE.properties))
    }
}

/// Sends Verified Access logs to CloudWatch Logs.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedAccessLogsCloudWatchLogs {
    props: ::forma_core::schema::Props,
}
impl VerifiedAccessLogsCloudWatchLogs {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether logging is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the CloudWatch Logs log group.
    pub fn log_group(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VerifiedAccessLogsCloudWatchLogs {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VerifiedAccessLogsCloudWatchLogs> for ::forma_core::Value<VerifiedAccessLogsCloudWatchLogs> {
    fn from(v: VerifiedAccessLogsCloudWatchLogs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VERIFIED_ACCESS_LOGS_CLOUD_WATCH_LOGS_TYPE.properties))
    }
}

/// Sends Verified Access logs to Kinesis.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedAccessLogsKinesisDataFirehose {
    props: ::forma_core::schema::Props,
}
impl VerifiedAccessLogsKinesisDataFirehose {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the delivery stream.
    pub fn delivery_stream(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether logging is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VerifiedAccessLogsKinesisDataFirehose {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VerifiedAccessLogsKinesisDataFirehose>
    for ::forma_core::Value<VerifiedAccessLogsKinesisDataFirehose>
{
    fn from(v: VerifiedAccessLogsKinesisDataFirehose) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VERIFIED_ACCESS_LOGS_KINESIS_DATA_FIREHOSE_TYPE.properties))
    }
}

/// Sends Verified Access logs to Amazon S3.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedAccessLogsS3 {
    props: ::forma_core::schema::Props,
}
impl VerifiedAccessLogsS3 {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The bucket name.
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the AWS account that owns the Amazon S3 bucket.
    pub fn bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether logging is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The bucket prefix.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VerifiedAccessLogsS3 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VerifiedAccessLogsS3> for ::forma_core::Value<VerifiedAccessLogsS3> {
    fn from(v: VerifiedAccessLogsS3) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VERIFIED_ACCESS_LOGS_S3_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::VerifiedAccessInstance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VerifiedAccessInstance",
    properties: &[
        ::forma_core::schema::Property {
            name: "CidrEndpointsCustomSubDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FipsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LoggingConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VERIFIED_ACCESS_LOGS_TYPE),
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
        ::forma_core::schema::Property {
            name: "VerifiedAccessTrustProviderIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VerifiedAccessTrustProviders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VERIFIED_ACCESS_TRUST_PROVIDER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "VerifiedAccessInstanceId",
        "CreationTime",
        "LastUpdatedTime",
        "CidrEndpointsCustomSubDomainNameServers",
    ],
};

static VERIFIED_ACCESS_LOGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessInstance.VerifiedAccessLogs",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VERIFIED_ACCESS_LOGS_CLOUD_WATCH_LOGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludeTrustContext",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KinesisDataFirehose",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VERIFIED_ACCESS_LOGS_KINESIS_DATA_FIREHOSE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VERIFIED_ACCESS_LOGS_S3_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessInstance.Tag",
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

static VERIFIED_ACCESS_TRUST_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessInstance.VerifiedAccessTrustProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeviceTrustProviderType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TrustProviderType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserTrustProviderType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VerifiedAccessTrustProviderId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static VERIFIED_ACCESS_LOGS_CLOUD_WATCH_LOGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VerifiedAccessInstance.VerifiedAccessLogsCloudWatchLogs",
        properties: &[
            ::forma_core::schema::Property {
                name: "Enabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "LogGroup",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static VERIFIED_ACCESS_LOGS_KINESIS_DATA_FIREHOSE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EC2::VerifiedAccessInstance.VerifiedAccessLogsKinesisDataFirehose",
        properties: &[
            ::forma_core::schema::Property {
                name: "DeliveryStream",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Enabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static VERIFIED_ACCESS_LOGS_S3_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessInstance.VerifiedAccessLogsS3",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "BucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
