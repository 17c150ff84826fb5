// @generated from AWS::ECS::Daemon (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::Daemon` and its property types.

/// Information about a daemon resource.
///
/// CloudFormation type `AWS::ECS::Daemon`.
#[derive(Debug, Clone, PartialEq)]
pub struct Daemon {
    props: ::forma_core::schema::Props,
}
impl Daemon {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Names (ARNs) of the capacity providers associated with the daemon.
    #[track_caller]
    pub fn capacity_provider_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the cluster that the daemon is running in.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Critical`.
    #[track_caller]
    pub fn critical(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DaemonName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn daemon_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the daemon task definition used by this revision.
    #[track_caller]
    pub fn daemon_task_definition_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The deployment configuration used for this daemon deployment.
    #[track_caller]
    pub fn deployment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DaemonDeploymentConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether Amazon ECS managed tags are turned on for the daemon tasks.
    #[track_caller]
    pub fn enable_ecs_managed_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the execute command functionality is turned on for the daemon tasks.
    #[track_caller]
    pub fn enable_execute_command(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether tags are propagated from the daemon to the daemon tasks.
    #[track_caller]
    pub fn propagate_tags(mut self, value: impl ::forma_core::schema::EnumArg<PropagateTags>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Daemon {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Daemon {
    type Attributes = DaemonAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::Daemon"
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
/// The attributes of a `AWS::ECS::Daemon` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DaemonAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DaemonAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DaemonAttributes {
    /// `Fn::GetAtt` `DaemonArn`.
    pub fn daemon_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DaemonArn")
    }
    /// `Fn::GetAtt` `DeploymentArn`.
    pub fn deployment_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeploymentArn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `DaemonStatus`.
    pub fn daemon_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DaemonStatus")
    }
}

/// The values CloudFormation documents: `DAEMON`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PropagateTags {
    /// `DAEMON`
    Daemon,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PropagateTags {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daemon => "DAEMON",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAEMON", "NONE"]
    }
}
impl ::std::convert::From<PropagateTags> for ::forma_core::Value<PropagateTags> {
    fn from(v: PropagateTags) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PropagateTags {}

/// Optional deployment parameters that control how a daemon rolls out updates across container instances.
#[derive(Debug, Clone, PartialEq)]
pub struct DaemonDeploymentConfiguration {
    props: ::forma_core::schema::Props,
}
impl DaemonDeploymentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CloudWatch alarm configuration for the daemon deployment.
    pub fn alarms(mut self, value: impl ::std::convert::Into<::forma_core::Value<DaemonAlarmConfiguration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The amount of time (in minutes) to wait after a successful deployment step before proceeding.
    ///
    /// Allowed: 0 to 1440.
    pub fn bake_time_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The percentage of container instances to drain simultaneously during a daemon deployment.
    ///
    /// Allowed: 0 to 100.
    pub fn drain_percent(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DaemonDeploymentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DaemonDeploymentConfiguration> for ::forma_core::Value<DaemonDeploymentConfiguration> {
    fn from(v: DaemonDeploymentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DAEMON_DEPLOYMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The metadata that you apply to a resource to help you categorize and organize them.
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
    /// The optional part of a key-value pair that make up a tag.
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

/// The CloudWatch alarm configuration for a daemon.
#[derive(Debug, Clone, PartialEq)]
pub struct DaemonAlarmConfiguration {
    props: ::forma_core::schema::Props,
}
impl DaemonAlarmConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CloudWatch alarm names to monitor during a daemon deployment.
    pub fn alarm_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Determines whether to use the CloudWatch alarm option in the daemon deployment process.
    pub fn enable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DaemonAlarmConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DaemonAlarmConfiguration> for ::forma_core::Value<DaemonAlarmConfiguration> {
    fn from(v: DaemonAlarmConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DAEMON_ALARM_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::ECS::Daemon`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::Daemon",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityProviderArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ClusterArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Critical",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DaemonName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DaemonTaskDefinitionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeploymentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DAEMON_DEPLOYMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnableECSManagedTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableExecuteCommand",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PropagateTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAEMON", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["DaemonArn", "DeploymentArn", "CreatedAt", "UpdatedAt", "DaemonStatus"],
};

static DAEMON_DEPLOYMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Daemon.DaemonDeploymentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alarms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DAEMON_ALARM_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BakeTimeInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1440.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DrainPercent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Daemon.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static DAEMON_ALARM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Daemon.DaemonAlarmConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AlarmNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Enable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};
