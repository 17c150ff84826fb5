// @generated from AWS::Timestream::InfluxDBCluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Timestream::InfluxDBCluster` and its property types.

/// The AWS::Timestream::InfluxDBCluster resource creates an InfluxDB cluster.
///
/// CloudFormation type `AWS::Timestream::InfluxDBCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct InfluxDbCluster {
    props: ::forma_core::schema::Props,
}
impl InfluxDbCluster {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The allocated storage for the InfluxDB cluster.
    ///
    /// Allowed: 20 to 15360.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn allocated_storage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The bucket for the InfluxDB cluster.
    ///
    /// Allowed: length 2 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The compute instance of the InfluxDB cluster.
    #[track_caller]
    pub fn db_instance_type(mut self, value: impl ::forma_core::schema::EnumArg<DbInstanceType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an existing InfluxDB parameter group.
    ///
    /// Allowed: length 3 to 64.
    #[track_caller]
    pub fn db_parameter_group_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The storage type of the InfluxDB cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_storage_type(mut self, value: impl ::forma_core::schema::EnumArg<DbStorageType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Deployment type of the InfluxDB cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn deployment_type(mut self, value: impl ::forma_core::schema::EnumArg<DeploymentType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Failover mode of the InfluxDB cluster.
    #[track_caller]
    pub fn failover_mode(mut self, value: impl ::forma_core::schema::EnumArg<FailoverMode>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for sending logs to customer account from the InfluxDB cluster.
    #[track_caller]
    pub fn log_delivery_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogDeliveryConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maintenance schedule for the InfluxDB cluster.
    #[track_caller]
    pub fn maintenance_schedule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MaintenanceSchedule>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique name that is associated with the InfluxDB cluster.
    ///
    /// Allowed: length 3 to 40.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Network type of the InfluxDB cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn network_type(mut self, value: impl ::forma_core::schema::EnumArg<NetworkType>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The organization for the InfluxDB cluster.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn organization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The password for the InfluxDB cluster.
    ///
    /// Allowed: length 8 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port number on which InfluxDB accepts connections.
    ///
    /// Allowed: 1024 to 65535.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Attach a public IP to the customer ENI.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn publicly_accessible(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this DB cluster.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The username for the InfluxDB cluster.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of Amazon EC2 VPC security groups to associate with this InfluxDB cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of EC2 subnet IDs for this InfluxDB cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for InfluxDbCluster {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for InfluxDbCluster {
    type Attributes = InfluxDbClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::Timestream::InfluxDBCluster"
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
/// The attributes of a `AWS::Timestream::InfluxDBCluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InfluxDbClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InfluxDbClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InfluxDbClusterAttributes {
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
    /// `Fn::GetAtt` `ReaderEndpoint`.
    pub fn reader_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReaderEndpoint")
    }
    /// `Fn::GetAtt` `InfluxAuthParametersSecretArn`.
    pub fn influx_auth_parameters_secret_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InfluxAuthParametersSecretArn")
    }
    /// `Fn::GetAtt` `EngineType`.
    pub fn engine_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EngineType")
    }
    /// `Fn::GetAtt` `NextMaintenanceTime`.
    pub fn next_maintenance_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NextMaintenanceTime")
    }
}

/// The values CloudFormation documents: `db.influx.medium`, `db.influx.large`, `db.influx.xlarge`, `db.influx.2xlarge`, `db.influx.4xlarge`, `db.influx.8xlarge`, `db.influx.12xlarge`, `db.influx.16xlarge`, `db.influx.24xlarge`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DbInstanceType {
    /// `db.influx.medium`
    DbInfluxMedium,
    /// `db.influx.large`
    DbInfluxLarge,
    /// `db.influx.xlarge`
    DbInfluxXlarge,
    /// `db.influx.2xlarge`
    DbInflux2xlarge,
    /// `db.influx.4xlarge`
    DbInflux4xlarge,
    /// `db.influx.8xlarge`
    DbInflux8xlarge,
    /// `db.influx.12xlarge`
    DbInflux12xlarge,
    /// `db.influx.16xlarge`
    DbInflux16xlarge,
    /// `db.influx.24xlarge`
    DbInflux24xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DbInstanceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DbInfluxMedium => "db.influx.medium",
            Self::DbInfluxLarge => "db.influx.large",
            Self::DbInfluxXlarge => "db.influx.xlarge",
            Self::DbInflux2xlarge => "db.influx.2xlarge",
            Self::DbInflux4xlarge => "db.influx.4xlarge",
            Self::DbInflux8xlarge => "db.influx.8xlarge",
            Self::DbInflux12xlarge => "db.influx.12xlarge",
            Self::DbInflux16xlarge => "db.influx.16xlarge",
            Self::DbInflux24xlarge => "db.influx.24xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "db.influx.medium",
            "db.influx.large",
            "db.influx.xlarge",
            "db.influx.2xlarge",
            "db.influx.4xlarge",
            "db.influx.8xlarge",
            "db.influx.12xlarge",
            "db.influx.16xlarge",
            "db.influx.24xlarge",
        ]
    }
}
impl ::std::convert::From<DbInstanceType> for ::forma_core::Value<DbInstanceType> {
    fn from(v: DbInstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DbInstanceType {}

/// The values CloudFormation documents: `InfluxIOIncludedT1`, `InfluxIOIncludedT2`, `InfluxIOIncludedT3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DbStorageType {
    /// `InfluxIOIncludedT1`
    InfluxIoIncludedT1,
    /// `InfluxIOIncludedT2`
    InfluxIoIncludedT2,
    /// `InfluxIOIncludedT3`
    InfluxIoIncludedT3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DbStorageType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InfluxIoIncludedT1 => "InfluxIOIncludedT1",
            Self::InfluxIoIncludedT2 => "InfluxIOIncludedT2",
            Self::InfluxIoIncludedT3 => "InfluxIOIncludedT3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["InfluxIOIncludedT1", "InfluxIOIncludedT2", "InfluxIOIncludedT3"]
    }
}
impl ::std::convert::From<DbStorageType> for ::forma_core::Value<DbStorageType> {
    fn from(v: DbStorageType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DbStorageType {}

/// The values CloudFormation documents: `MULTI_NODE_READ_REPLICAS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeploymentType {
    /// `MULTI_NODE_READ_REPLICAS`
    MultiNodeReadReplicas,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeploymentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MultiNodeReadReplicas => "MULTI_NODE_READ_REPLICAS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MULTI_NODE_READ_REPLICAS"]
    }
}
impl ::std::convert::From<DeploymentType> for ::forma_core::Value<DeploymentType> {
    fn from(v: DeploymentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeploymentType {}

/// The values CloudFormation documents: `AUTOMATIC`, `NO_FAILOVER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailoverMode {
    /// `AUTOMATIC`
    Automatic,
    /// `NO_FAILOVER`
    NoFailover,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FailoverMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "AUTOMATIC",
            Self::NoFailover => "NO_FAILOVER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTOMATIC", "NO_FAILOVER"]
    }
}
impl ::std::convert::From<FailoverMode> for ::forma_core::Value<FailoverMode> {
    fn from(v: FailoverMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FailoverMode {}

/// The values CloudFormation documents: `IPV4`, `DUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkType {
    /// `IPV4`
    Ipv4,
    /// `DUAL`
    Dual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Dual => "DUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "DUAL"]
    }
}
impl ::std::convert::From<NetworkType> for ::forma_core::Value<NetworkType> {
    fn from(v: NetworkType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkType {}

/// Configuration for sending logs to customer account from the InfluxDB cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct LogDeliveryConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogDeliveryConfiguration {
    /// A new value with its required properties: `S3Configuration`.
    pub fn new(
        s3_configuration: impl ::std::convert::Into<::forma_core::Value<LogDeliveryConfigurationS3Configuration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LogDeliveryConfiguration> for ::forma_core::Value<LogDeliveryConfiguration> {
    fn from(v: LogDeliveryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_DELIVERY_CONFIGURATION_TYPE.properties))
    }
}

/// The maintenance schedule for the InfluxDB cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct MaintenanceSchedule {
    props: ::forma_core::schema::Props,
}
impl MaintenanceSchedule {
    /// A new value with its required properties: `PreferredMaintenanceWindow`, `Timezone`.
    pub fn new(
        preferred_maintenance_window: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        timezone: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, preferred_maintenance_window.into().into_expr());
        props.set(1, timezone.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MaintenanceSchedule> for ::forma_core::Value<MaintenanceSchedule> {
    fn from(v: MaintenanceSchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAINTENANCE_SCHEDULE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// S3 configuration for sending logs to customer account from the InfluxDB cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct LogDeliveryConfigurationS3Configuration {
    props: ::forma_core::schema::Props,
}
impl LogDeliveryConfigurationS3Configuration {
    /// A new value with its required properties: `BucketName`, `Enabled`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(1, enabled.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LogDeliveryConfigurationS3Configuration>
    for ::forma_core::Value<LogDeliveryConfigurationS3Configuration>
{
    fn from(v: LogDeliveryConfigurationS3Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_DELIVERY_CONFIGURATION_S3_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Timestream::InfluxDBCluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Timestream::InfluxDBCluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllocatedStorage",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(20.0),
                maximum: Some(15360.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Bucket",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^_][^\"]*$"),
                min_length: Some(2),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DbInstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "db.influx.medium",
                "db.influx.large",
                "db.influx.xlarge",
                "db.influx.2xlarge",
                "db.influx.4xlarge",
                "db.influx.8xlarge",
                "db.influx.12xlarge",
                "db.influx.16xlarge",
                "db.influx.24xlarge",
            ]),
        },
        ::forma_core::schema::Property {
            name: "DbParameterGroupIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "DbStorageType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "InfluxIOIncludedT1",
                "InfluxIOIncludedT2",
                "InfluxIOIncludedT3",
            ]),
        },
        ::forma_core::schema::Property {
            name: "DeploymentType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["MULTI_NODE_READ_REPLICAS"]),
        },
        ::forma_core::schema::Property {
            name: "FailoverMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTOMATIC", "NO_FAILOVER"]),
        },
        ::forma_core::schema::Property {
            name: "LogDeliveryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_DELIVERY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceSchedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAINTENANCE_SCHEDULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$"),
                min_length: Some(3),
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "DUAL"]),
        },
        ::forma_core::schema::Property {
            name: "Organization",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+$"),
                min_length: Some(8),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1024.0),
                maximum: Some(65535.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "PubliclyAccessible",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
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
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupIds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcSubnetIds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "Status",
        "Arn",
        "Id",
        "Endpoint",
        "ReaderEndpoint",
        "InfluxAuthParametersSecretArn",
        "EngineType",
        "NextMaintenanceTime",
    ],
};

static LOG_DELIVERY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::InfluxDBCluster.LogDeliveryConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "S3Configuration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LOG_DELIVERY_CONFIGURATION_S3_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static MAINTENANCE_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Timestream::InfluxDBCluster.MaintenanceSchedule",
properties: &[
::forma_core::schema::Property { name: "PreferredMaintenanceWindow", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^$|^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\\d|2[0-3]):[0-5]\\d-(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\\d|2[0-3]):[0-5]\\d$"), min_length: Some(0), max_length: Some(19) }) },
::forma_core::schema::Property { name: "Timezone", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(UTC|[A-Za-z_]+/[A-Za-z0-9_]+(/[A-Za-z0-9_]+)?)$"), min_length: Some(1), max_length: Some(64) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Timestream::InfluxDBCluster.Tag",
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

static LOG_DELIVERY_CONFIGURATION_S3_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Timestream::InfluxDBCluster.LogDeliveryConfigurationS3Configuration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BucketName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-z]+[0-9a-z\\.\\-]*[0-9a-z]+$"),
                    min_length: Some(3),
                    max_length: Some(63),
                }),
            },
            ::forma_core::schema::Property {
                name: "Enabled",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };
