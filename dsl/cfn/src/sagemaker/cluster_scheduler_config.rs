// @generated from AWS::SageMaker::ClusterSchedulerConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::ClusterSchedulerConfig` and its property types.

/// Resource Type definition for AWS::SageMaker::ClusterSchedulerConfig.
///
/// CloudFormation type `AWS::SageMaker::ClusterSchedulerConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSchedulerConfig {
    props: ::forma_core::schema::Props,
}
impl ClusterSchedulerConfig {
    /// A new resource with its required properties: `ClusterArn`, `Name`, `SchedulerConfig`.
    #[track_caller]
    pub fn new(
        cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        scheduler_config: impl ::std::convert::Into<::forma_core::Value<SchedulerConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, scheduler_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the cluster policy.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags of the cluster policy.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ClusterSchedulerConfig {
    type Attributes = ClusterSchedulerConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::ClusterSchedulerConfig"
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
/// The attributes of a `AWS::SageMaker::ClusterSchedulerConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClusterSchedulerConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClusterSchedulerConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClusterSchedulerConfigAttributes {
    /// `Fn::GetAtt` `ClusterSchedulerConfigArn`.
    pub fn cluster_scheduler_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterSchedulerConfigArn")
    }
    /// `Fn::GetAtt` `ClusterSchedulerConfigId`.
    pub fn cluster_scheduler_config_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterSchedulerConfigId")
    }
    /// `Fn::GetAtt` `ClusterSchedulerConfigVersion`.
    pub fn cluster_scheduler_config_version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "ClusterSchedulerConfigVersion")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
}

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FairShare {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FairShare {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled"]
    }
}
impl ::std::convert::From<FairShare> for ::forma_core::Value<FairShare> {
    fn from(v: FairShare) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FairShare {}

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdleResourceSharing {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IdleResourceSharing {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled"]
    }
}
impl ::std::convert::From<IdleResourceSharing> for ::forma_core::Value<IdleResourceSharing> {
    fn from(v: IdleResourceSharing) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IdleResourceSharing {}

/// Cluster policy configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct SchedulerConfig {
    props: ::forma_core::schema::Props,
}
impl SchedulerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// When enabled, entities borrow idle compute based on assigned FairShareWeight.
    pub fn fair_share(mut self, value: impl ::forma_core::schema::EnumArg<FairShare>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Configuration for sharing idle compute resources across entities.
    pub fn idle_resource_sharing(mut self, value: impl ::forma_core::schema::EnumArg<IdleResourceSharing>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// List of priority class configurations.
    pub fn priority_classes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PriorityClass>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchedulerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchedulerConfig> for ::forma_core::Value<SchedulerConfig> {
    fn from(v: SchedulerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULER_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::ClusterSchedulerConfig`.
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

/// Priority class configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct PriorityClass {
    props: ::forma_core::schema::Props,
}
impl PriorityClass {
    /// A new value with its required properties: `Name`, `Weight`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        weight: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, weight.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PriorityClass> for ::forma_core::Value<PriorityClass> {
    fn from(v: PriorityClass) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRIORITY_CLASS_TYPE.properties))
    }
}

/// The schema of `AWS::SageMaker::ClusterSchedulerConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::ClusterSchedulerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:cluster/[a-z0-9]{12}$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchedulerConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULER_CONFIG_TYPE),
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
    attributes: &[
        "ClusterSchedulerConfigArn",
        "ClusterSchedulerConfigId",
        "ClusterSchedulerConfigVersion",
        "Status",
        "CreationTime",
    ],
};

static SCHEDULER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ClusterSchedulerConfig.SchedulerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FairShare",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
        },
        ::forma_core::schema::Property {
            name: "IdleResourceSharing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
        },
        ::forma_core::schema::Property {
            name: "PriorityClasses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRIORITY_CLASS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ClusterSchedulerConfig.Tag",
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
            required: true,
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

static PRIORITY_CLASS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::ClusterSchedulerConfig.PriorityClass",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9]([-a-z0-9]*[a-z0-9]){0,39}?$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};
