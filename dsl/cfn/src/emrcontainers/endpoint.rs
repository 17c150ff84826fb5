// @generated from AWS::EMRContainers::Endpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EMRContainers::Endpoint` and its property types.

/// Resource Schema of AWS::EMRContainers::Endpoint Type
///
/// CloudFormation type `AWS::EMRContainers::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    props: ::forma_core::schema::Props,
}
impl Endpoint {
    /// A new resource with its required properties: `ExecutionRoleArn`, `ReleaseLabel`, `Type`, `VirtualClusterId`.
    #[track_caller]
    pub fn new(
        execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        release_label: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        virtual_cluster_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, release_label.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, type_.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, virtual_cluster_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration overrides for the managed endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn configuration_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfigurationOverrides>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the managed endpoint.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The idle timeout in minutes for sessions on the managed endpoint.
    ///
    /// Allowed: 1 to 1440.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn session_idle_timeout_in_minutes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this managed endpoint.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Endpoint {
    type Attributes = EndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::EMRContainers::Endpoint"
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
/// The attributes of a `AWS::EMRContainers::Endpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EndpointAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ServerUrl`.
    pub fn server_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServerUrl")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `StateDetails`.
    pub fn state_details(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StateDetails")
    }
    /// `Fn::GetAtt` `FailureReason`.
    pub fn failure_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailureReason")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `SecurityGroup`.
    pub fn security_group(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SecurityGroup")
    }
    /// `Fn::GetAtt` `CertificateAuthority`.
    pub fn certificate_authority(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CertificateAuthority")
    }
    /// `Fn::GetAtt` `AuthProxyUrl`.
    pub fn auth_proxy_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AuthProxyUrl")
    }
}

/// The `ConfigurationOverrides` property type of `AWS::EMRContainers::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationOverrides {
    props: ::forma_core::schema::Props,
}
impl ConfigurationOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApplicationConfiguration`.
    pub fn application_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EmreksConfiguration>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MonitoringConfiguration`.
    pub fn monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MonitoringConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfigurationOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfigurationOverrides> for ::forma_core::Value<ConfigurationOverrides> {
    fn from(v: ConfigurationOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_OVERRIDES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EMRContainers::Endpoint`.
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

/// The `EMREKSConfiguration` property type of `AWS::EMRContainers::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct EmreksConfiguration {
    props: ::forma_core::schema::Props,
}
impl EmreksConfiguration {
    /// A new value with its required properties: `Classification`.
    pub fn new(classification: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, classification.into().into_expr());
        Self { props }
    }
    /// `Configurations`.
    pub fn configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EmreksConfiguration>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Properties`.
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EmreksConfiguration> for ::forma_core::Value<EmreksConfiguration> {
    fn from(v: EmreksConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMREKS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PersistentAppUi {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PersistentAppUi {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<PersistentAppUi> for ::forma_core::Value<PersistentAppUi> {
    fn from(v: PersistentAppUi) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PersistentAppUi {}

/// The `MonitoringConfiguration` property type of `AWS::EMRContainers::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct MonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl MonitoringConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CloudWatchMonitoringConfiguration`.
    pub fn cloud_watch_monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchMonitoringConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContainerLogRotationConfiguration`.
    pub fn container_log_rotation_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerLogRotationConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `PersistentAppUI`.
    pub fn persistent_app_ui(mut self, value: impl ::forma_core::schema::EnumArg<PersistentAppUi>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `S3MonitoringConfiguration`.
    pub fn s3_monitoring_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3MonitoringConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MonitoringConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MonitoringConfiguration> for ::forma_core::Value<MonitoringConfiguration> {
    fn from(v: MonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MONITORING_CONFIGURATION_TYPE.properties))
    }
}

/// The `CloudWatchMonitoringConfiguration` property type of `AWS::EMRContainers::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchMonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl CloudWatchMonitoringConfiguration {
    /// A new value with its required properties: `LogGroupName`.
    pub fn new(log_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_group_name.into().into_expr());
        Self { props }
    }
    /// `LogStreamNamePrefix`.
    ///
    /// Allowed: length 1 to 256.
    pub fn log_stream_name_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CloudWatchMonitoringConfiguration>
    for ::forma_core::Value<CloudWatchMonitoringConfiguration>
{
    fn from(v: CloudWatchMonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_MONITORING_CONFIGURATION_TYPE.properties))
    }
}

/// The `ContainerLogRotationConfiguration` property type of `AWS::EMRContainers::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerLogRotationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ContainerLogRotationConfiguration {
    /// A new value with its required properties: `MaxFilesToKeep`, `RotationSize`.
    pub fn new(
        max_files_to_keep: impl ::std::convert::Into<::forma_core::Value<i64>>,
        rotation_size: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_files_to_keep.into().into_expr());
        props.set(1, rotation_size.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContainerLogRotationConfiguration>
    for ::forma_core::Value<ContainerLogRotationConfiguration>
{
    fn from(v: ContainerLogRotationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_LOG_ROTATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `S3MonitoringConfiguration` property type of `AWS::EMRContainers::Endpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3MonitoringConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3MonitoringConfiguration {
    /// A new value with its required properties: `LogUri`.
    pub fn new(log_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_uri.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3MonitoringConfiguration> for ::forma_core::Value<S3MonitoringConfiguration> {
    fn from(v: S3MonitoringConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_MONITORING_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::EMRContainers::Endpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::EMRContainers::Endpoint",
properties: &[
::forma_core::schema::Property { name: "ConfigurationOverrides", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&CONFIGURATION_OVERRIDES_TYPE) },
::forma_core::schema::Property { name: "ExecutionRoleArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z0-9-]*):iam::(\\d{12})?:(role((\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F))[\\w+=,.@-]+)$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[0-9A-Za-z][A-Za-z0-9\\-_]*"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "ReleaseLabel", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[A-Za-z0-9._/-]+"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "SessionIdleTimeoutInMinutes", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(1440.0) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
::forma_core::schema::Property { name: "Type", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("\\S"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "VirtualClusterId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[0-9a-z]+$"), min_length: Some(1), max_length: Some(64) }) },
],
rules: &[],
attributes: &["Arn", "Id", "ServerUrl", "State", "StateDetails", "FailureReason", "CreatedAt", "SecurityGroup", "CertificateAuthority", "AuthProxyUrl"],
};

static CONFIGURATION_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::Endpoint.ConfigurationOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EMREKS_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MonitoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MONITORING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::Endpoint.Tag",
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

static EMREKS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::Endpoint.EMREKSConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Classification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EMREKS_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::Endpoint.MonitoringConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudWatchMonitoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_MONITORING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContainerLogRotationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_LOG_ROTATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PersistentAppUI",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "S3MonitoringConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_MONITORING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMRContainers::Endpoint.CloudWatchMonitoringConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "LogGroupName",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\.\\-_/#A-Za-z0-9]+$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
            ::forma_core::schema::Property {
                name: "LogStreamNamePrefix",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("\\S"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
        ],
        rules: &[],
    };

static CONTAINER_LOG_ROTATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::EMRContainers::Endpoint.ContainerLogRotationConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxFilesToKeep",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(50.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "RotationSize",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\d+(\\.\\d+)?[KMG][Bb]?$"),
                    min_length: Some(3),
                    max_length: Some(12),
                }),
            },
        ],
        rules: &[],
    };

static S3_MONITORING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EMRContainers::Endpoint.S3MonitoringConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "LogUri",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\r\\n\\t]*$"),
            min_length: Some(1),
            max_length: Some(10280),
        }),
    }],
    rules: &[],
};
