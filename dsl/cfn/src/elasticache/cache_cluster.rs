// @generated from AWS::ElastiCache::CacheCluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElastiCache::CacheCluster` and its property types.

/// Resource type definition for AWS::ElastiCache::CacheCluster
///
/// CloudFormation type `AWS::ElastiCache::CacheCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct CacheCluster {
    props: ::forma_core::schema::Props,
}
impl CacheCluster {
    /// A new resource with its required properties: `CacheNodeType`, `Engine`, `NumCacheNodes`.
    #[track_caller]
    pub fn new(
        cache_node_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        engine: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        num_cache_nodes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, cache_node_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, engine.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(13, num_cache_nodes.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies whether the nodes in this Memcached cluster are created in a single Availability Zone or created across multiple Availability Zones in the cluster's region.
    #[track_caller]
    pub fn az_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If you are running Redis engine version 6.0 or later, set this parameter to yes if you want to opt-in to the next minor version upgrade campaign.
    #[track_caller]
    pub fn auto_minor_version_upgrade(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the parameter group to associate with this cluster.
    #[track_caller]
    pub fn cache_parameter_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of security group names to associate with this cluster.
    #[track_caller]
    pub fn cache_security_group_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the subnet group to be used for the cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cache_subnet_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A name for the cache cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version number of the cache engine to be used for this cluster
    #[track_caller]
    pub fn engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Ip Discovery parameter for cachecluster.
    #[track_caller]
    pub fn ip_discovery(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the destination, format and type of the logs
    #[track_caller]
    pub fn log_delivery_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LogDeliveryConfigurationRequest>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network type parameter for cachecluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the Amazon Simple Notification Service (SNS) topic to which notifications are sent.
    #[track_caller]
    pub fn notification_topic_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port number on which each of the cache nodes accepts connections.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The EC2 Availability Zone in which the cluster is created.
    #[track_caller]
    pub fn preferred_availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of the Availability Zones in which cache nodes are created.
    #[track_caller]
    pub fn preferred_availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the weekly time range during which maintenance on the cluster is performed.
    #[track_caller]
    pub fn preferred_maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A single-element string list containing an Amazon Resource Name (ARN) that uniquely identifies a Redis RDB snapshot file stored in Amazon S3.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of a Redis snapshot from which to restore data into the new node group (shard).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of days for which ElastiCache retains automatic snapshots before deleting them.
    #[track_caller]
    pub fn snapshot_retention_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The daily time range (in UTC) during which ElastiCache begins taking a daily snapshot of your node group (shard).
    #[track_caller]
    pub fn snapshot_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to be added to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A flag that enables in-transit encryption when set to true.
    #[track_caller]
    pub fn transit_encryption_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more VPC security groups associated with the cluster.
    #[track_caller]
    pub fn vpc_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CacheCluster {
    type Attributes = CacheClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElastiCache::CacheCluster"
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
/// The attributes of a `AWS::ElastiCache::CacheCluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CacheClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CacheClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CacheClusterAttributes {
    /// `Fn::GetAtt` `ConfigurationEndpoint`.
    pub fn configuration_endpoint(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationEndpoint")
    }
    /// `Fn::GetAtt` `ConfigurationEndpoint.Port`.
    pub fn configuration_endpoint_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationEndpoint.Port")
    }
    /// `Fn::GetAtt` `ConfigurationEndpoint.Address`.
    pub fn configuration_endpoint_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationEndpoint.Address")
    }
    /// `Fn::GetAtt` `RedisEndpoint`.
    pub fn redis_endpoint(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "RedisEndpoint")
    }
    /// `Fn::GetAtt` `RedisEndpoint.Port`.
    pub fn redis_endpoint_port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RedisEndpoint.Port")
    }
    /// `Fn::GetAtt` `RedisEndpoint.Address`.
    pub fn redis_endpoint_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RedisEndpoint.Address")
    }
}

/// The `LogDeliveryConfigurationRequest` property type of `AWS::ElastiCache::CacheCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogDeliveryConfigurationRequest {
    props: ::forma_core::schema::Props,
}
impl LogDeliveryConfigurationRequest {
    /// A new value with its required properties: `DestinationDetails`, `DestinationType`, `LogFormat`, `LogType`.
    pub fn new(
        destination_details: impl ::std::convert::Into<::forma_core::Value<DestinationDetails>>,
        destination_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_format: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_details.into().into_expr());
        props.set(1, destination_type.into().into_expr());
        props.set(2, log_format.into().into_expr());
        props.set(3, log_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LogDeliveryConfigurationRequest> for ::forma_core::Value<LogDeliveryConfigurationRequest> {
    fn from(v: LogDeliveryConfigurationRequest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_DELIVERY_CONFIGURATION_REQUEST_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ElastiCache::CacheCluster`.
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

/// The `DestinationDetails` property type of `AWS::ElastiCache::CacheCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationDetails {
    props: ::forma_core::schema::Props,
}
impl DestinationDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration details of the CloudWatch Logs destination
    pub fn cloud_watch_logs_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogsDestinationDetails>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration details of the Kinesis Data Firehose destination.
    pub fn kinesis_firehose_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisFirehoseDestinationDetails>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationDetails> for ::forma_core::Value<DestinationDetails> {
    fn from(v: DestinationDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_DETAILS_TYPE.properties))
    }
}

/// The `CloudWatchLogsDestinationDetails` property type of `AWS::ElastiCache::CacheCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogsDestinationDetails {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogsDestinationDetails {
    /// A new value with its required properties: `LogGroup`.
    pub fn new(log_group: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_group.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudWatchLogsDestinationDetails> for ::forma_core::Value<CloudWatchLogsDestinationDetails> {
    fn from(v: CloudWatchLogsDestinationDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOGS_DESTINATION_DETAILS_TYPE.properties))
    }
}

/// The `KinesisFirehoseDestinationDetails` property type of `AWS::ElastiCache::CacheCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisFirehoseDestinationDetails {
    props: ::forma_core::schema::Props,
}
impl KinesisFirehoseDestinationDetails {
    /// A new value with its required properties: `DeliveryStream`.
    pub fn new(delivery_stream: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, delivery_stream.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisFirehoseDestinationDetails>
    for ::forma_core::Value<KinesisFirehoseDestinationDetails>
{
    fn from(v: KinesisFirehoseDestinationDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_FIREHOSE_DESTINATION_DETAILS_TYPE.properties))
    }
}

/// The schema of `AWS::ElastiCache::CacheCluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElastiCache::CacheCluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "AZMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AutoMinorVersionUpgrade",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CacheNodeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CacheParameterGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CacheSecurityGroupNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CacheSubnetGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Engine",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpDiscovery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogDeliveryConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOG_DELIVERY_CONFIGURATION_REQUEST_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NotificationTopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NumCacheNodes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PreferredAvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreferredAvailabilityZones",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PreferredMaintenanceWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotArns",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SnapshotName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotRetentionLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SnapshotWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "TransitEncryptionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "ConfigurationEndpoint",
        "ConfigurationEndpoint.Port",
        "ConfigurationEndpoint.Address",
        "RedisEndpoint",
        "RedisEndpoint.Port",
        "RedisEndpoint.Address",
    ],
};

static LOG_DELIVERY_CONFIGURATION_REQUEST_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ElastiCache::CacheCluster.LogDeliveryConfigurationRequest",
        properties: &[
            ::forma_core::schema::Property {
                name: "DestinationDetails",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&DESTINATION_DETAILS_TYPE),
            },
            ::forma_core::schema::Property {
                name: "DestinationType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LogFormat",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LogType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::CacheCluster.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DESTINATION_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::CacheCluster.DestinationDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchLogsDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOGS_DESTINATION_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisFirehoseDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_FIREHOSE_DESTINATION_DETAILS_TYPE),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOGS_DESTINATION_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ElastiCache::CacheCluster.CloudWatchLogsDestinationDetails",
        properties: &[::forma_core::schema::Property {
            name: "LogGroup",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static KINESIS_FIREHOSE_DESTINATION_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ElastiCache::CacheCluster.KinesisFirehoseDestinationDetails",
        properties: &[::forma_core::schema::Property {
            name: "DeliveryStream",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };
