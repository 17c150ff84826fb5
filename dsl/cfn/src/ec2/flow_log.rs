// @generated from AWS::EC2::FlowLog (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::FlowLog` and its property types.

/// Specifies a VPC flow log, which enables you to capture IP traffic for a specific network interface, subnet, or VPC.
///
/// CloudFormation type `AWS::EC2::FlowLog`.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowLog {
    props: ::forma_core::schema::Props,
}
impl FlowLog {
    /// A new resource with its required properties: `ResourceId`, `ResourceType`.
    #[track_caller]
    pub fn new(
        resource_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_type: impl ::forma_core::schema::EnumArg<ResourceType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(8, resource_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, resource_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ARN of the IAM role that allows Amazon EC2 to publish flow logs across accounts.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn deliver_cross_account_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN for the IAM role that permits Amazon EC2 to publish flow logs to a CloudWatch Logs log group in your account.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn deliver_logs_permission_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DestinationOptions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn destination_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationOptions>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the destination to which the flow log data is to be published.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the type of destination to which the flow log data is to be published.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_destination_type(mut self, value: impl ::forma_core::schema::EnumArg<LogDestinationType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The fields to include in the flow log record, in the order in which they should appear.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of a new or existing CloudWatch Logs log group where Amazon EC2 publishes your flow logs.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum interval of time during which a flow of packets is captured and aggregated into a flow log record.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn max_aggregation_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource types and associated tags for EC2 resources associated with the EC2 Tags feature for log enrichment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tag_field_specifications(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFieldSpecification>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to apply to the flow logs.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of traffic to log.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn traffic_type(mut self, value: impl ::forma_core::schema::EnumArg<TrafficType>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FlowLog {
    type Attributes = FlowLogAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::FlowLog"
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
/// The attributes of a `AWS::EC2::FlowLog` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlowLogAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlowLogAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlowLogAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `cloud-watch-logs`, `s3`, `kinesis-data-firehose`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogDestinationType {
    /// `cloud-watch-logs`
    CloudWatchLogs,
    /// `s3`
    S3,
    /// `kinesis-data-firehose`
    KinesisDataFirehose,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogDestinationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CloudWatchLogs => "cloud-watch-logs",
            Self::S3 => "s3",
            Self::KinesisDataFirehose => "kinesis-data-firehose",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["cloud-watch-logs", "s3", "kinesis-data-firehose"]
    }
}
impl ::std::convert::From<LogDestinationType> for ::forma_core::Value<LogDestinationType> {
    fn from(v: LogDestinationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogDestinationType {}

/// The values CloudFormation documents: `NetworkInterface`, `Subnet`, `VPC`, `TransitGateway`, `TransitGatewayAttachment`, `RegionalNatGateway`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `NetworkInterface`
    NetworkInterface,
    /// `Subnet`
    Subnet,
    /// `VPC`
    Vpc,
    /// `TransitGateway`
    TransitGateway,
    /// `TransitGatewayAttachment`
    TransitGatewayAttachment,
    /// `RegionalNatGateway`
    RegionalNatGateway,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NetworkInterface => "NetworkInterface",
            Self::Subnet => "Subnet",
            Self::Vpc => "VPC",
            Self::TransitGateway => "TransitGateway",
            Self::TransitGatewayAttachment => "TransitGatewayAttachment",
            Self::RegionalNatGateway => "RegionalNatGateway",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NetworkInterface", "Subnet", "VPC", "TransitGateway", "TransitGatewayAttachment", "RegionalNatGateway"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The values CloudFormation documents: `ACCEPT`, `ALL`, `REJECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrafficType {
    /// `ACCEPT`
    Accept,
    /// `ALL`
    All,
    /// `REJECT`
    Reject,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrafficType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accept => "ACCEPT",
            Self::All => "ALL",
            Self::Reject => "REJECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACCEPT", "ALL", "REJECT"]
    }
}
impl ::std::convert::From<TrafficType> for ::forma_core::Value<TrafficType> {
    fn from(v: TrafficType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrafficType {}

/// The values CloudFormation documents: `plain-text`, `parquet`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileFormat {
    /// `plain-text`
    PlainText,
    /// `parquet`
    Parquet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FileFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PlainText => "plain-text",
            Self::Parquet => "parquet",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["plain-text", "parquet"]
    }
}
impl ::std::convert::From<FileFormat> for ::forma_core::Value<FileFormat> {
    fn from(v: FileFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FileFormat {}

/// The `DestinationOptions` property type of `AWS::EC2::FlowLog`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationOptions {
    props: ::forma_core::schema::Props,
}
impl DestinationOptions {
    /// A new value with its required properties: `FileFormat`, `HiveCompatiblePartitions`, `PerHourPartition`.
    pub fn new(
        file_format: impl ::forma_core::schema::EnumArg<FileFormat>,
        hive_compatible_partitions: impl ::std::convert::Into<::forma_core::Value<bool>>,
        per_hour_partition: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, file_format.into_enum_expr());
        props.set(1, hive_compatible_partitions.into().into_expr());
        props.set(2, per_hour_partition.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DestinationOptions> for ::forma_core::Value<DestinationOptions> {
    fn from(v: DestinationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_OPTIONS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `auto-scaling-group`, `instance`, `network-interface`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TagFieldSpecificationResourceType {
    /// `auto-scaling-group`
    AutoScalingGroup,
    /// `instance`
    Instance,
    /// `network-interface`
    NetworkInterface,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TagFieldSpecificationResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutoScalingGroup => "auto-scaling-group",
            Self::Instance => "instance",
            Self::NetworkInterface => "network-interface",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["auto-scaling-group", "instance", "network-interface"]
    }
}
impl ::std::convert::From<TagFieldSpecificationResourceType>
    for ::forma_core::Value<TagFieldSpecificationResourceType>
{
    fn from(v: TagFieldSpecificationResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TagFieldSpecificationResourceType {}

/// The `TagFieldSpecification` property type of `AWS::EC2::FlowLog`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagFieldSpecification {
    props: ::forma_core::schema::Props,
}
impl TagFieldSpecification {
    /// A new value with its required properties: `ResourceType`, `TagKeys`.
    pub fn new(
        resource_type: impl ::forma_core::schema::EnumArg<TagFieldSpecificationResourceType>,
        tag_keys: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_type.into_enum_expr());
        props.set(1, tag_keys.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TagFieldSpecification> for ::forma_core::Value<TagFieldSpecification> {
    fn from(v: TagFieldSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_FIELD_SPECIFICATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::FlowLog`.
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

/// The schema of `AWS::EC2::FlowLog`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::FlowLog",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeliverCrossAccountRole",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeliverLogsPermissionArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LogDestination",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogDestinationType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["cloud-watch-logs", "s3", "kinesis-data-firehose"]),
        },
        ::forma_core::schema::Property {
            name: "LogFormat",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxAggregationInterval",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NetworkInterface",
                "Subnet",
                "VPC",
                "TransitGateway",
                "TransitGatewayAttachment",
                "RegionalNatGateway",
            ]),
        },
        ::forma_core::schema::Property {
            name: "TagFieldSpecifications",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_FIELD_SPECIFICATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
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
            name: "TrafficType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ACCEPT", "ALL", "REJECT"]),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static DESTINATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::FlowLog.DestinationOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "FileFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["plain-text", "parquet"]),
        },
        ::forma_core::schema::Property {
            name: "HiveCompatiblePartitions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PerHourPartition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_FIELD_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::FlowLog.TagFieldSpecification",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["auto-scaling-group", "instance", "network-interface"]),
        },
        ::forma_core::schema::Property {
            name: "TagKeys",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::FlowLog.Tag",
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
