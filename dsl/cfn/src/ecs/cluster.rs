// @generated from AWS::ECS::Cluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::Cluster` and its property types.

/// The `AWS::ECS::Cluster` resource creates an Amazon Elastic Container Service (Amazon ECS) cluster.
///
/// CloudFormation type `AWS::ECS::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    props: ::forma_core::schema::Props,
}
impl Cluster {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The short name of one or more capacity providers to associate with the cluster.
    #[track_caller]
    pub fn capacity_providers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A user-generated string that you use to identify your cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cluster_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The settings to use when creating a cluster.
    #[track_caller]
    pub fn cluster_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ClusterSettings>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The execute command and managed storage configuration for the cluster.
    #[track_caller]
    pub fn configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ClusterConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default capacity provider strategy for the cluster.
    #[track_caller]
    pub fn default_capacity_provider_strategy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CapacityProviderStrategyItem>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Use this parameter to set a default Service Connect namespace.
    #[track_caller]
    pub fn service_connect_defaults(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServiceConnectDefaults>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata that you apply to the cluster to help you categorize and organize them.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Cluster {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Cluster {
    type Attributes = ClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::Cluster"
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
/// The attributes of a `AWS::ECS::Cluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClusterAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The settings to use when creating a cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSettings {
    props: ::forma_core::schema::Props,
}
impl ClusterSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the cluster setting.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value to set for the cluster setting.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClusterSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClusterSettings> for ::forma_core::Value<ClusterSettings> {
    fn from(v: ClusterSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_SETTINGS_TYPE.properties))
    }
}

/// The execute command and managed storage configuration for the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterConfiguration {
    props: ::forma_core::schema::Props,
}
impl ClusterConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The details of the execute command configuration.
    pub fn execute_command_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExecuteCommandConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The details of the managed storage configuration.
    pub fn managed_storage_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ManagedStorageConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClusterConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClusterConfiguration> for ::forma_core::Value<ClusterConfiguration> {
    fn from(v: ClusterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLUSTER_CONFIGURATION_TYPE.properties))
    }
}

/// The `CapacityProviderStrategyItem` property specifies the details of the default capacity provider strategy for the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderStrategyItem {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderStrategyItem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The *base* value designates how many tasks, at a minimum, to run on the specified capacity provider for each service.
    ///
    /// Allowed: 0 to 100000.
    pub fn base(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The short name of the capacity provider.
    pub fn capacity_provider(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The *weight* value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider.
    ///
    /// Allowed: 0 to 1000.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityProviderStrategyItem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityProviderStrategyItem> for ::forma_core::Value<CapacityProviderStrategyItem> {
    fn from(v: CapacityProviderStrategyItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE.properties))
    }
}

/// Use this parameter to set a default Service Connect namespace.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceConnectDefaults {
    props: ::forma_core::schema::Props,
}
impl ServiceConnectDefaults {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The namespace name or full Amazon Resource Name (ARN) of the CMAPlong namespace that's used when you create a service and don't specify a Service Connect configuration.
    pub fn namespace(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceConnectDefaults {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceConnectDefaults> for ::forma_core::Value<ServiceConnectDefaults> {
    fn from(v: ServiceConnectDefaults) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_CONNECT_DEFAULTS_TYPE.properties))
    }
}

/// The metadata that you apply to a resource to help you categorize and organize them.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// One part of a key-value pair that make up a tag.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The optional part of a key-value pair that make up a tag.
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

/// The values CloudFormation documents: `DEFAULT`, `NONE`, `OVERRIDE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Logging {
    /// `DEFAULT`
    Default,
    /// `NONE`
    None,
    /// `OVERRIDE`
    Override,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Logging {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::None => "NONE",
            Self::Override => "OVERRIDE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "NONE", "OVERRIDE"]
    }
}
impl ::std::convert::From<Logging> for ::forma_core::Value<Logging> {
    fn from(v: Logging) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Logging {}

/// The details of the execute command configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecuteCommandConfiguration {
    props: ::forma_core::schema::Props,
}
impl ExecuteCommandConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specify an KMSlong key ID to encrypt the data between the local client and the container.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The log configuration for the results of the execute command actions.
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExecuteCommandLogConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The log setting to use for redirecting logs for your execute command results.
    pub fn logging(mut self, value: impl ::forma_core::schema::EnumArg<Logging>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ExecuteCommandConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExecuteCommandConfiguration> for ::forma_core::Value<ExecuteCommandConfiguration> {
    fn from(v: ExecuteCommandConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXECUTE_COMMAND_CONFIGURATION_TYPE.properties))
    }
}

/// The managed storage configuration for the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedStorageConfiguration {
    props: ::forma_core::schema::Props,
}
impl ManagedStorageConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specify the KMSlong key ID for Fargate ephemeral storage.
    pub fn fargate_ephemeral_storage_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specify a KMSlong key ID to encrypt Amazon ECS managed storage.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ManagedStorageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ManagedStorageConfiguration> for ::forma_core::Value<ManagedStorageConfiguration> {
    fn from(v: ManagedStorageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MANAGED_STORAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The log configuration for the results of the execute command actions.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecuteCommandLogConfiguration {
    props: ::forma_core::schema::Props,
}
impl ExecuteCommandLogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Determines whether to use encryption on the CloudWatch logs.
    pub fn cloud_watch_encryption_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the CloudWatch log group to send logs to.
    pub fn cloud_watch_log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the S3 bucket to send logs to.
    pub fn s3_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Determines whether to use encryption on the S3 logs.
    pub fn s3_encryption_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An optional folder in the S3 bucket to place logs in.
    pub fn s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExecuteCommandLogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExecuteCommandLogConfiguration> for ::forma_core::Value<ExecuteCommandLogConfiguration> {
    fn from(v: ExecuteCommandLogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXECUTE_COMMAND_LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::ECS::Cluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::Cluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityProviders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ClusterName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClusterSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CLUSTER_SETTINGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLUSTER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultCapacityProviderStrategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServiceConnectDefaults",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_CONNECT_DEFAULTS_TYPE),
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
    attributes: &["Arn"],
};

static CLUSTER_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Cluster.ClusterSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CLUSTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Cluster.ClusterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExecuteCommandConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXECUTE_COMMAND_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManagedStorageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MANAGED_STORAGE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static CAPACITY_PROVIDER_STRATEGY_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Cluster.CapacityProviderStrategyItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "Base",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "CapacityProvider",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
    ],
    rules: &[],
};

static SERVICE_CONNECT_DEFAULTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Cluster.ServiceConnectDefaults",
    properties: &[::forma_core::schema::Property {
        name: "Namespace",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Cluster.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
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

static EXECUTE_COMMAND_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Cluster.ExecuteCommandConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXECUTE_COMMAND_LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Logging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "NONE", "OVERRIDE"]),
        },
    ],
    rules: &[],
};

static MANAGED_STORAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::Cluster.ManagedStorageConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "FargateEphemeralStorageKmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EXECUTE_COMMAND_LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECS::Cluster.ExecuteCommandLogConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "CloudWatchEncryptionEnabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "CloudWatchLogGroupName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "S3BucketName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "S3EncryptionEnabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "S3KeyPrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
