// @generated from AWS::GameLift::GameServerGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GameLift::GameServerGroup` and its property types.

/// The AWS::GameLift::GameServerGroup resource creates an Amazon GameLift (GameLift) GameServerGroup.
///
/// CloudFormation type `AWS::GameLift::GameServerGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct GameServerGroup {
    props: ::forma_core::schema::Props,
}
impl GameServerGroup {
    /// A new resource with its required properties: `GameServerGroupName`, `InstanceDefinitions`, `RoleArn`.
    #[track_caller]
    pub fn new(
        game_server_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_definitions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceDefinition>>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, game_server_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, instance_definitions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configuration settings to define a scaling policy for the Auto Scaling group that is optimized for game hosting.
    #[track_caller]
    pub fn auto_scaling_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AutoScalingPolicy>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The fallback balancing method to use for the game server group when Spot Instances in a Region become unavailable or are not viable for game hosting.
    #[track_caller]
    pub fn balancing_strategy(mut self, value: impl ::forma_core::schema::EnumArg<BalancingStrategy>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of delete to perform.
    #[track_caller]
    pub fn delete_option(mut self, value: impl ::forma_core::schema::EnumArg<DeleteOption>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A flag that indicates whether instances in the game server group are protected from early termination.
    #[track_caller]
    pub fn game_server_protection_policy(
        mut self,
        value: impl ::forma_core::schema::EnumArg<GameServerProtectionPolicy>,
    ) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The EC2 launch template that contains configuration settings and game server code to be deployed to all instances in the game server group.
    #[track_caller]
    pub fn launch_template(mut self, value: impl ::std::convert::Into<::forma_core::Value<LaunchTemplate>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of instances allowed in the EC2 Auto Scaling group.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn max_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The minimum number of instances allowed in the EC2 Auto Scaling group.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn min_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of labels to assign to the new game server group resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of virtual private cloud (VPC) subnets to use with instances in the game server group.
    #[track_caller]
    pub fn vpc_subnets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GameServerGroup {
    type Attributes = GameServerGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::GameLift::GameServerGroup"
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
/// The attributes of a `AWS::GameLift::GameServerGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GameServerGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GameServerGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GameServerGroupAttributes {
    /// `Fn::GetAtt` `GameServerGroupArn`.
    pub fn game_server_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GameServerGroupArn")
    }
    /// `Fn::GetAtt` `AutoScalingGroupArn`.
    pub fn auto_scaling_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutoScalingGroupArn")
    }
}

/// The values CloudFormation documents: `SPOT_ONLY`, `SPOT_PREFERRED`, `ON_DEMAND_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BalancingStrategy {
    /// `SPOT_ONLY`
    SpotOnly,
    /// `SPOT_PREFERRED`
    SpotPreferred,
    /// `ON_DEMAND_ONLY`
    OnDemandOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BalancingStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SpotOnly => "SPOT_ONLY",
            Self::SpotPreferred => "SPOT_PREFERRED",
            Self::OnDemandOnly => "ON_DEMAND_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SPOT_ONLY", "SPOT_PREFERRED", "ON_DEMAND_ONLY"]
    }
}
impl ::std::convert::From<BalancingStrategy> for ::forma_core::Value<BalancingStrategy> {
    fn from(v: BalancingStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BalancingStrategy {}

/// The values CloudFormation documents: `SAFE_DELETE`, `FORCE_DELETE`, `RETAIN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteOption {
    /// `SAFE_DELETE`
    SafeDelete,
    /// `FORCE_DELETE`
    ForceDelete,
    /// `RETAIN`
    Retain,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeleteOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SafeDelete => "SAFE_DELETE",
            Self::ForceDelete => "FORCE_DELETE",
            Self::Retain => "RETAIN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAFE_DELETE", "FORCE_DELETE", "RETAIN"]
    }
}
impl ::std::convert::From<DeleteOption> for ::forma_core::Value<DeleteOption> {
    fn from(v: DeleteOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeleteOption {}

/// The values CloudFormation documents: `NO_PROTECTION`, `FULL_PROTECTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GameServerProtectionPolicy {
    /// `NO_PROTECTION`
    NoProtection,
    /// `FULL_PROTECTION`
    FullProtection,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GameServerProtectionPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoProtection => "NO_PROTECTION",
            Self::FullProtection => "FULL_PROTECTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NO_PROTECTION", "FULL_PROTECTION"]
    }
}
impl ::std::convert::From<GameServerProtectionPolicy> for ::forma_core::Value<GameServerProtectionPolicy> {
    fn from(v: GameServerProtectionPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GameServerProtectionPolicy {}

/// Configuration settings to define a scaling policy for the Auto Scaling group that is optimized for game hosting.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoScalingPolicy {
    props: ::forma_core::schema::Props,
}
impl AutoScalingPolicy {
    /// A new value with its required properties: `TargetTrackingConfiguration`.
    pub fn new(
        target_tracking_configuration: impl ::std::convert::Into<::forma_core::Value<TargetTrackingConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, target_tracking_configuration.into().into_expr());
        Self { props }
    }
    /// Length of time, in seconds, it takes for a new instance to start new game server processes and register with GameLift FleetIQ.
    ///
    /// Allowed: at least 1.
    pub fn estimated_instance_warmup(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutoScalingPolicy> for ::forma_core::Value<AutoScalingPolicy> {
    fn from(v: AutoScalingPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_SCALING_POLICY_TYPE.properties))
    }
}

/// An allowed instance type for your game server group.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceDefinition {
    props: ::forma_core::schema::Props,
}
impl InstanceDefinition {
    /// A new value with its required properties: `InstanceType`.
    pub fn new(instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, instance_type.into().into_expr());
        Self { props }
    }
    /// Instance weighting that indicates how much this instance type contributes to the total capacity of a game server group.
    pub fn weighted_capacity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InstanceDefinition> for ::forma_core::Value<InstanceDefinition> {
    fn from(v: InstanceDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_DEFINITION_TYPE.properties))
    }
}

/// The EC2 launch template that contains configuration settings and game server code to be deployed to all instances in the game server group.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplate {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A unique identifier for an existing EC2 launch template.
    ///
    /// Allowed: length 1 to 255.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A readable identifier for an existing EC2 launch template.
    ///
    /// Allowed: length 3 to 128.
    pub fn launch_template_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The version of the EC2 launch template to use.
    ///
    /// Allowed: length 1 to 128.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LaunchTemplate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchTemplate> for ::forma_core::Value<LaunchTemplate> {
    fn from(v: LaunchTemplate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::GameLift::GameServerGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key for a developer-defined key:value pair for tagging an AWS resource.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value for a developer-defined key:value pair for tagging an AWS resource.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// Settings for a target-based scaling policy applied to Auto Scaling group.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetTrackingConfiguration {
    props: ::forma_core::schema::Props,
}
impl TargetTrackingConfiguration {
    /// A new value with its required properties: `TargetValue`.
    pub fn new(target_value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetTrackingConfiguration> for ::forma_core::Value<TargetTrackingConfiguration> {
    fn from(v: TargetTrackingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TRACKING_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::GameLift::GameServerGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GameLift::GameServerGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTO_SCALING_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BalancingStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SPOT_ONLY", "SPOT_PREFERRED", "ON_DEMAND_ONLY"]),
        },
        ::forma_core::schema::Property {
            name: "DeleteOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SAFE_DELETE", "FORCE_DELETE", "RETAIN"]),
        },
        ::forma_core::schema::Property {
            name: "GameServerGroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9-\\.]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "GameServerProtectionPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NO_PROTECTION", "FULL_PROTECTION"]),
        },
        ::forma_core::schema::Property {
            name: "InstanceDefinitions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*:role\\/[\\w+=,.@-]+"),
                min_length: Some(1),
                max_length: Some(256),
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
            name: "VpcSubnets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-z]+$"),
                    min_length: Some(15),
                    max_length: Some(24),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
    attributes: &["GameServerGroupArn", "AutoScalingGroupArn"],
};

static AUTO_SCALING_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::GameServerGroup.AutoScalingPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "EstimatedInstanceWarmup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetTrackingConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_TRACKING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static INSTANCE_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::GameServerGroup.InstanceDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WeightedCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0031-\\u0039][\\u0030-\\u0039]{0,2}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static LAUNCH_TEMPLATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::GameServerGroup.LaunchTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "LaunchTemplateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplateName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\(\\)\\.\\-/_]+$"),
                min_length: Some(3),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::GameServerGroup.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
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

static TARGET_TRACKING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLift::GameServerGroup.TargetTrackingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "TargetValue",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: None,
        }),
    }],
    rules: &[],
};
