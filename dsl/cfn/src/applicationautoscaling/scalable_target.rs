// @generated from AWS::ApplicationAutoScaling::ScalableTarget (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApplicationAutoScaling::ScalableTarget` and its property types.

/// The `AWS::ApplicationAutoScaling::ScalableTarget` resource specifies a resource that Application Auto Scaling can scale, such as an AWS::DynamoDB::Table or AWS::ECS::Service resource.
///
/// CloudFormation type `AWS::ApplicationAutoScaling::ScalableTarget`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalableTarget {
    props: ::forma_core::schema::Props,
}
impl ScalableTarget {
    /// A new resource with its required properties: `MaxCapacity`, `MinCapacity`, `ResourceId`, `ScalableDimension`, `ServiceNamespace`.
    #[track_caller]
    pub fn new(
        max_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        min_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        resource_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scalable_dimension: impl ::forma_core::schema::EnumArg<ScalableDimension>,
        service_namespace: impl ::forma_core::schema::EnumArg<ServiceNamespace>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, max_capacity.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, min_capacity.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, resource_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, scalable_dimension.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, service_namespace.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specify the Amazon Resource Name (ARN) of an Identity and Access Management (IAM) role that allows Application Auto Scaling to modify the scalable target on your behalf.
    ///
    /// Allowed: length 1 to 1600.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scheduled actions for the scalable target.
    #[track_caller]
    pub fn scheduled_actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScheduledAction>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An embedded object that contains attributes and attribute values that are used to suspend and resume automatic scaling.
    #[track_caller]
    pub fn suspended_state(mut self, value: impl ::std::convert::Into<::forma_core::Value<SuspendedState>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ScalableTarget {
    type Attributes = ScalableTargetAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApplicationAutoScaling::ScalableTarget"
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
/// The attributes of a `AWS::ApplicationAutoScaling::ScalableTarget` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ScalableTargetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ScalableTargetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ScalableTargetAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `appstream:fleet:DesiredCapacity`, `cassandra:table:ReadCapacityUnits`, `cassandra:table:WriteCapacityUnits`, `comprehend:document-classifier-endpoint:DesiredInferenceUnits`, `comprehend:entity-recognizer-endpoint:DesiredInferenceUnits`, `custom-resource:ResourceType:Property`, `dynamodb:index:ReadCapacityUnits`, `dynamodb:index:WriteCapacityUnits`, `dynamodb:table:ReadCapacityUnits`, `dynamodb:table:WriteCapacityUnits`, `ec2:capacity-reservation:AvailableInstances`, `ec2:spot-fleet-request:TargetCapacity`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScalableDimension {
    /// `appstream:fleet:DesiredCapacity`
    AppstreamFleetDesiredCapacity,
    /// `cassandra:table:ReadCapacityUnits`
    CassandraTableReadCapacityUnits,
    /// `cassandra:table:WriteCapacityUnits`
    CassandraTableWriteCapacityUnits,
    /// `comprehend:document-classifier-endpoint:DesiredInferenceUnits`
    ComprehendDocumentClassifierEndpointDesiredInferenceUnits,
    /// `comprehend:entity-recognizer-endpoint:DesiredInferenceUnits`
    ComprehendEntityRecognizerEndpointDesiredInferenceUnits,
    /// `custom-resource:ResourceType:Property`
    CustomResourceResourceTypeProperty,
    /// `dynamodb:index:ReadCapacityUnits`
    DynamodbIndexReadCapacityUnits,
    /// `dynamodb:index:WriteCapacityUnits`
    DynamodbIndexWriteCapacityUnits,
    /// `dynamodb:table:ReadCapacityUnits`
    DynamodbTableReadCapacityUnits,
    /// `dynamodb:table:WriteCapacityUnits`
    DynamodbTableWriteCapacityUnits,
    /// `ec2:capacity-reservation:AvailableInstances`
    Ec2CapacityReservationAvailableInstances,
    /// `ec2:spot-fleet-request:TargetCapacity`
    Ec2SpotFleetRequestTargetCapacity,
    /// `ecs:service:DesiredCount`
    EcsServiceDesiredCount,
    /// `elasticache:cache-cluster:Nodes`
    ElasticacheCacheClusterNodes,
    /// `elasticache:replication-group:NodeGroups`
    ElasticacheReplicationGroupNodeGroups,
    /// `elasticache:replication-group:Replicas`
    ElasticacheReplicationGroupReplicas,
    /// `elasticmapreduce:instancegroup:InstanceCount`
    ElasticmapreduceInstancegroupInstanceCount,
    /// `kafka:broker-storage:VolumeSize`
    KafkaBrokerStorageVolumeSize,
    /// `lambda:function:ProvisionedConcurrency`
    LambdaFunctionProvisionedConcurrency,
    /// `neptune:cluster:ReadReplicaCount`
    NeptuneClusterReadReplicaCount,
    /// `rds:cluster:ReadReplicaCount`
    RdsClusterReadReplicaCount,
    /// `sagemaker:inference-component:DesiredCopyCount`
    SagemakerInferenceComponentDesiredCopyCount,
    /// `sagemaker:variant:DesiredInstanceCount`
    SagemakerVariantDesiredInstanceCount,
    /// `sagemaker:variant:DesiredProvisionedConcurrency`
    SagemakerVariantDesiredProvisionedConcurrency,
    /// `workspaces:workspacespool:DesiredUserSessions`
    WorkspacesWorkspacespoolDesiredUserSessions,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScalableDimension {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AppstreamFleetDesiredCapacity => "appstream:fleet:DesiredCapacity",
            Self::CassandraTableReadCapacityUnits => "cassandra:table:ReadCapacityUnits",
            Self::CassandraTableWriteCapacityUnits => "cassandra:table:WriteCapacityUnits",
            Self::ComprehendDocumentClassifierEndpointDesiredInferenceUnits => {
                "comprehend:document-classifier-endpoint:DesiredInferenceUnits"
            }
            Self::ComprehendEntityRecognizerEndpointDesiredInferenceUnits => {
                "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits"
            }
            Self::CustomResourceResourceTypeProperty => "custom-resource:ResourceType:Property",
            Self::DynamodbIndexReadCapacityUnits => "dynamodb:index:ReadCapacityUnits",
            Self::DynamodbIndexWriteCapacityUnits => "dynamodb:index:WriteCapacityUnits",
            Self::DynamodbTableReadCapacityUnits => "dynamodb:table:ReadCapacityUnits",
            Self::DynamodbTableWriteCapacityUnits => "dynamodb:table:WriteCapacityUnits",
            Self::Ec2CapacityReservationAvailableInstances => "ec2:capacity-reservation:AvailableInstances",
            Self::Ec2SpotFleetRequestTargetCapacity => "ec2:spot-fleet-request:TargetCapacity",
            Self::EcsServiceDesiredCount => "ecs:service:DesiredCount",
            Self::ElasticacheCacheClusterNodes => "elasticache:cache-cluster:Nodes",
            Self::ElasticacheReplicationGroupNodeGroups => "elasticache:replication-group:NodeGroups",
            Self::ElasticacheReplicationGroupReplicas => "elasticache:replication-group:Replicas",
            Self::ElasticmapreduceInstancegroupInstanceCount => "elasticmapreduce:instancegroup:InstanceCount",
            Self::KafkaBrokerStorageVolumeSize => "kafka:broker-storage:VolumeSize",
            Self::LambdaFunctionProvisionedConcurrency => "lambda:function:ProvisionedConcurrency",
            Self::NeptuneClusterReadReplicaCount => "neptune:cluster:ReadReplicaCount",
            Self::RdsClusterReadReplicaCount => "rds:cluster:ReadReplicaCount",
            Self::SagemakerInferenceComponentDesiredCopyCount => "sagemaker:inference-component:DesiredCopyCount",
            Self::SagemakerVariantDesiredInstanceCount => "sagemaker:variant:DesiredInstanceCount",
            Self::SagemakerVariantDesiredProvisionedConcurrency => "sagemaker:variant:DesiredProvisionedConcurrency",
            Self::WorkspacesWorkspacespoolDesiredUserSessions => "workspaces:workspacespool:DesiredUserSessions",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "appstream:fleet:DesiredCapacity",
            "cassandra:table:ReadCapacityUnits",
            "cassandra:table:WriteCapacityUnits",
            "comprehend:document-classifier-endpoint:DesiredInferenceUnits",
            "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits",
            "custom-resource:ResourceType:Property",
            "dynamodb:index:ReadCapacityUnits",
            "dynamodb:index:WriteCapacityUnits",
            "dynamodb:table:ReadCapacityUnits",
            "dynamodb:table:WriteCapacityUnits",
            "ec2:capacity-reservation:AvailableInstances",
            "ec2:spot-fleet-request:TargetCapacity",
            "ecs:service:DesiredCount",
            "elasticache:cache-cluster:Nodes",
            "elasticache:replication-group:NodeGroups",
            "elasticache:replication-group:Replicas",
            "elasticmapreduce:instancegroup:InstanceCount",
            "kafka:broker-storage:VolumeSize",
            "lambda:function:ProvisionedConcurrency",
            "neptune:cluster:ReadReplicaCount",
            "rds:cluster:ReadReplicaCount",
            "sagemaker:inference-component:DesiredCopyCount",
            "sagemaker:variant:DesiredInstanceCount",
            "sagemaker:variant:DesiredProvisionedConcurrency",
            "workspaces:workspacespool:DesiredUserSessions",
        ]
    }
}
impl ::std::convert::From<ScalableDimension> for ::forma_core::Value<ScalableDimension> {
    fn from(v: ScalableDimension) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScalableDimension {}

/// The values CloudFormation documents: `appstream`, `cassandra`, `comprehend`, `custom-resource`, `dynamodb`, `ec2`, `ecs`, `elasticache`, `elasticmapreduce`, `kafka`, `lambda`, `neptune`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceNamespace {
    /// `appstream`
    Appstream,
    /// `cassandra`
    Cassandra,
    /// `comprehend`
    Comprehend,
    /// `custom-resource`
    CustomResource,
    /// `dynamodb`
    Dynamodb,
    /// `ec2`
    Ec2,
    /// `ecs`
    Ecs,
    /// `elasticache`
    Elasticache,
    /// `elasticmapreduce`
    Elasticmapreduce,
    /// `kafka`
    Kafka,
    /// `lambda`
    Lambda,
    /// `neptune`
    Neptune,
    /// `rds`
    Rds,
    /// `sagemaker`
    Sagemaker,
    /// `workspaces`
    Workspaces,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceNamespace {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Appstream => "appstream",
            Self::Cassandra => "cassandra",
            Self::Comprehend => "comprehend",
            Self::CustomResource => "custom-resource",
            Self::Dynamodb => "dynamodb",
            Self::Ec2 => "ec2",
            Self::Ecs => "ecs",
            Self::Elasticache => "elasticache",
            Self::Elasticmapreduce => "elasticmapreduce",
            Self::Kafka => "kafka",
            Self::Lambda => "lambda",
            Self::Neptune => "neptune",
            Self::Rds => "rds",
            Self::Sagemaker => "sagemaker",
            Self::Workspaces => "workspaces",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "appstream",
            "cassandra",
            "comprehend",
            "custom-resource",
            "dynamodb",
            "ec2",
            "ecs",
            "elasticache",
            "elasticmapreduce",
            "kafka",
            "lambda",
            "neptune",
            "rds",
            "sagemaker",
            "workspaces",
        ]
    }
}
impl ::std::convert::From<ServiceNamespace> for ::forma_core::Value<ServiceNamespace> {
    fn from(v: ServiceNamespace) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceNamespace {}

/// `ScheduledAction` is a property of the [AWS::ApplicationAutoScaling::ScalableTarget](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalabletarget.html) resource that specifies a scheduled action for a scalable target.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledAction {
    props: ::forma_core::schema::Props,
}
impl ScheduledAction {
    /// A new value with its required properties: `Schedule`, `ScheduledActionName`.
    pub fn new(
        schedule: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scheduled_action_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, schedule.into().into_expr());
        props.set(3, scheduled_action_name.into().into_expr());
        Self { props }
    }
    /// The date and time that the action is scheduled to end, in UTC.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The new minimum and maximum capacity.
    pub fn scalable_target_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScalableTargetAction>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The date and time that the action is scheduled to begin, in UTC.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The time zone used when referring to the date and time of a scheduled action, when the scheduled action uses an at or cron expression.
    pub fn timezone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScheduledAction> for ::forma_core::Value<ScheduledAction> {
    fn from(v: ScheduledAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULED_ACTION_TYPE.properties))
    }
}

/// `SuspendedState` is a property of the [AWS::ApplicationAutoScaling::ScalableTarget](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalabletarget.html) resource that specifies whether the scaling activities for a scalable target are in a suspended state.
#[derive(Debug, Clone, PartialEq)]
pub struct SuspendedState {
    props: ::forma_core::schema::Props,
}
impl SuspendedState {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether scale in by a target tracking scaling policy or a step scaling policy is suspended.
    pub fn dynamic_scaling_in_suspended(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Whether scale out by a target tracking scaling policy or a step scaling policy is suspended.
    pub fn dynamic_scaling_out_suspended(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Whether scheduled scaling is suspended.
    pub fn scheduled_scaling_suspended(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SuspendedState {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SuspendedState> for ::forma_core::Value<SuspendedState> {
    fn from(v: SuspendedState) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUSPENDED_STATE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ApplicationAutoScaling::ScalableTarget`.
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

/// `ScalableTargetAction` specifies the minimum and maximum capacity for the `ScalableTargetAction` property of the [AWS::ApplicationAutoScaling::ScalableTarget ScheduledAction](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalabletarget-scheduledaction.html) property type.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalableTargetAction {
    props: ::forma_core::schema::Props,
}
impl ScalableTargetAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum capacity.
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum capacity.
    pub fn min_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ScalableTargetAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScalableTargetAction> for ::forma_core::Value<ScalableTargetAction> {
    fn from(v: ScalableTargetAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALABLE_TARGET_ACTION_TYPE.properties))
    }
}

/// The schema of `AWS::ApplicationAutoScaling::ScalableTarget`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApplicationAutoScaling::ScalableTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScalableDimension",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "appstream:fleet:DesiredCapacity",
                "cassandra:table:ReadCapacityUnits",
                "cassandra:table:WriteCapacityUnits",
                "comprehend:document-classifier-endpoint:DesiredInferenceUnits",
                "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits",
                "custom-resource:ResourceType:Property",
                "dynamodb:index:ReadCapacityUnits",
                "dynamodb:index:WriteCapacityUnits",
                "dynamodb:table:ReadCapacityUnits",
                "dynamodb:table:WriteCapacityUnits",
                "ec2:capacity-reservation:AvailableInstances",
                "ec2:spot-fleet-request:TargetCapacity",
                "ecs:service:DesiredCount",
                "elasticache:cache-cluster:Nodes",
                "elasticache:replication-group:NodeGroups",
                "elasticache:replication-group:Replicas",
                "elasticmapreduce:instancegroup:InstanceCount",
                "kafka:broker-storage:VolumeSize",
                "lambda:function:ProvisionedConcurrency",
                "neptune:cluster:ReadReplicaCount",
                "rds:cluster:ReadReplicaCount",
                "sagemaker:inference-component:DesiredCopyCount",
                "sagemaker:variant:DesiredInstanceCount",
                "sagemaker:variant:DesiredProvisionedConcurrency",
                "workspaces:workspacespool:DesiredUserSessions",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ScheduledActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCHEDULED_ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServiceNamespace",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "appstream",
                "cassandra",
                "comprehend",
                "custom-resource",
                "dynamodb",
                "ec2",
                "ecs",
                "elasticache",
                "elasticmapreduce",
                "kafka",
                "lambda",
                "neptune",
                "rds",
                "sagemaker",
                "workspaces",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SuspendedState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUSPENDED_STATE_TYPE),
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
    ],
    rules: &[],
    attributes: &["Id"],
};

static SCHEDULED_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationAutoScaling::ScalableTarget.ScheduledAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScalableTargetAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALABLE_TARGET_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScheduledActionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Timezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SUSPENDED_STATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationAutoScaling::ScalableTarget.SuspendedState",
    properties: &[
        ::forma_core::schema::Property {
            name: "DynamicScalingInSuspended",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DynamicScalingOutSuspended",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ScheduledScalingSuspended",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationAutoScaling::ScalableTarget.Tag",
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

static SCALABLE_TARGET_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApplicationAutoScaling::ScalableTarget.ScalableTargetAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
