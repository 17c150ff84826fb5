// @generated from AWS::PCS::Cluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PCS::Cluster` and its property types.

/// AWS::PCS::Cluster resource creates an AWS PCS cluster.
///
/// CloudFormation type `AWS::PCS::Cluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    props: ::forma_core::schema::Props,
}
impl Cluster {
    /// A new resource with its required properties: `Networking`, `Scheduler`, `Size`.
    #[track_caller]
    pub fn new(
        networking: impl ::std::convert::Into<::forma_core::Value<Networking>>,
        scheduler: impl ::std::convert::Into<::forma_core::Value<Scheduler>>,
        size: impl ::forma_core::schema::EnumArg<Size>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, networking.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, scheduler.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, size.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name that identifies the cluster.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Additional options related to the Slurm scheduler.
    #[track_caller]
    pub fn slurm_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SlurmConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// 1 or more tags added to the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Cluster {
    type Attributes = ClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::PCS::Cluster"
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
/// The attributes of a `AWS::PCS::Cluster` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Endpoints`.
    pub fn endpoints(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Endpoints")
    }
    /// `Fn::GetAtt` `ErrorInfo`.
    pub fn error_info(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ErrorInfo")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `SMALL`, `MEDIUM`, `LARGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Size {
    /// `SMALL`
    Small,
    /// `MEDIUM`
    Medium,
    /// `LARGE`
    Large,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Size {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Small => "SMALL",
            Self::Medium => "MEDIUM",
            Self::Large => "LARGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SMALL", "MEDIUM", "LARGE"]
    }
}
impl ::std::convert::From<Size> for ::forma_core::Value<Size> {
    fn from(v: Size) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Size {}

/// The values CloudFormation documents: `IPV4`, `IPV6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetworkType {
    /// `IPV4`
    Ipv4,
    /// `IPV6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NetworkType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ipv4 => "IPV4",
            Self::Ipv6 => "IPV6",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IPV4", "IPV6"]
    }
}
impl ::std::convert::From<NetworkType> for ::forma_core::Value<NetworkType> {
    fn from(v: NetworkType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NetworkType {}

/// The networking configuration for the cluster's control plane.
#[derive(Debug, Clone, PartialEq)]
pub struct Networking {
    props: ::forma_core::schema::Props,
}
impl Networking {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IP of the cluster (IPV4 or IPV6)
    pub fn network_type(mut self, value: impl ::forma_core::schema::EnumArg<NetworkType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The list of security group IDs associated with the Elastic Network Interface (ENI) created in subnets.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The list of subnet IDs where AWS PCS creates an Elastic Network Interface (ENI) to enable communication between managed controllers and AWS PCS resources.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Networking {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Networking> for ::forma_core::Value<Networking> {
    fn from(v: Networking) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORKING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SLURM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `SLURM`
    Slurm,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Slurm => "SLURM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SLURM"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The cluster management and job scheduling software associated with the cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct Scheduler {
    props: ::forma_core::schema::Props,
}
impl Scheduler {
    /// A new value with its required properties: `Type`, `Version`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<Type>,
        version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        props.set(1, version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Scheduler> for ::forma_core::Value<Scheduler> {
    fn from(v: Scheduler) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULER_TYPE.properties))
    }
}

/// Additional options related to the Slurm scheduler.
#[derive(Debug, Clone, PartialEq)]
pub struct SlurmConfiguration {
    props: ::forma_core::schema::Props,
}
impl SlurmConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The accounting configuration includes configurable settings for Slurm accounting.
    pub fn accounting(mut self, value: impl ::std::convert::Into<::forma_core::Value<Accounting>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The shared Slurm key for authentication, also known as the cluster secret.
    pub fn auth_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<AuthKey>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Additional cgroup-specific configuration that directly maps to cgroup.conf settings.
    pub fn cgroup_custom_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CgroupCustomSetting>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// JWT authentication configuration for Slurm.
    pub fn jwt_auth(mut self, value: impl ::std::convert::Into<::forma_core::Value<JwtAuth>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The time before an idle node is scaled down.
    ///
    /// Allowed: at least 1.
    pub fn scale_down_idle_time_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Additional Slurm-specific configuration that directly maps to Slurm settings.
    pub fn slurm_custom_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlurmCustomSetting>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The SlurmRest configuration includes configurable settings for Slurm Rest.
    pub fn slurm_rest(mut self, value: impl ::std::convert::Into<::forma_core::Value<SlurmRest>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Additional slurmdbd-specific configuration that directly maps to slurmdbd.conf settings.
    pub fn slurmdbd_custom_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SlurmdbdCustomSetting>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SlurmConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SlurmConfiguration> for ::forma_core::Value<SlurmConfiguration> {
    fn from(v: SlurmConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLURM_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STANDARD`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `STANDARD`
    Standard,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "NONE"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The accounting configuration includes configurable settings for Slurm accounting.
#[derive(Debug, Clone, PartialEq)]
pub struct Accounting {
    props: ::forma_core::schema::Props,
}
impl Accounting {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, mode.into_enum_expr());
        Self { props }
    }
    /// The default value for all purge settings for `slurmdbd.conf`.
    ///
    /// Allowed: -1 to 10000.
    pub fn default_purge_time_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Accounting> for ::forma_core::Value<Accounting> {
    fn from(v: Accounting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCOUNTING_TYPE.properties))
    }
}

/// The shared Slurm key for authentication, also known as the cluster secret.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthKey {
    props: ::forma_core::schema::Props,
}
impl AuthKey {
    /// A new value with its required properties: `SecretArn`, `SecretVersion`.
    pub fn new(
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_arn.into().into_expr());
        props.set(1, secret_version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuthKey> for ::forma_core::Value<AuthKey> {
    fn from(v: AuthKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTH_KEY_TYPE.properties))
    }
}

/// Additional cgroup configuration settings.
#[derive(Debug, Clone, PartialEq)]
pub struct CgroupCustomSetting {
    props: ::forma_core::schema::Props,
}
impl CgroupCustomSetting {
    /// A new value with its required properties: `ParameterName`, `ParameterValue`.
    pub fn new(
        parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameter_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameter_name.into().into_expr());
        props.set(1, parameter_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CgroupCustomSetting> for ::forma_core::Value<CgroupCustomSetting> {
    fn from(v: CgroupCustomSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CGROUP_CUSTOM_SETTING_TYPE.properties))
    }
}

/// JWT authentication configuration for Slurm.
#[derive(Debug, Clone, PartialEq)]
pub struct JwtAuth {
    props: ::forma_core::schema::Props,
}
impl JwtAuth {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// JWT key configuration.
    pub fn jwt_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<JwtKey>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JwtAuth {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JwtAuth> for ::forma_core::Value<JwtAuth> {
    fn from(v: JwtAuth) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JWT_AUTH_TYPE.properties))
    }
}

/// Additional settings that directly map to Slurm settings.
#[derive(Debug, Clone, PartialEq)]
pub struct SlurmCustomSetting {
    props: ::forma_core::schema::Props,
}
impl SlurmCustomSetting {
    /// A new value with its required properties: `ParameterName`, `ParameterValue`.
    pub fn new(
        parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameter_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameter_name.into().into_expr());
        props.set(1, parameter_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlurmCustomSetting> for ::forma_core::Value<SlurmCustomSetting> {
    fn from(v: SlurmCustomSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLURM_CUSTOM_SETTING_TYPE.properties))
    }
}

/// The SlurmRest configuration includes configurable settings for Slurm Rest.
#[derive(Debug, Clone, PartialEq)]
pub struct SlurmRest {
    props: ::forma_core::schema::Props,
}
impl SlurmRest {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlurmRest> for ::forma_core::Value<SlurmRest> {
    fn from(v: SlurmRest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLURM_REST_TYPE.properties))
    }
}

/// Additional slurmdbd configuration settings.
#[derive(Debug, Clone, PartialEq)]
pub struct SlurmdbdCustomSetting {
    props: ::forma_core::schema::Props,
}
impl SlurmdbdCustomSetting {
    /// A new value with its required properties: `ParameterName`, `ParameterValue`.
    pub fn new(
        parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameter_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameter_name.into().into_expr());
        props.set(1, parameter_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SlurmdbdCustomSetting> for ::forma_core::Value<SlurmdbdCustomSetting> {
    fn from(v: SlurmdbdCustomSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SLURMDBD_CUSTOM_SETTING_TYPE.properties))
    }
}

/// JWT key configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct JwtKey {
    props: ::forma_core::schema::Props,
}
impl JwtKey {
    /// A new value with its required properties: `SecretArn`, `SecretVersion`.
    pub fn new(
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_arn.into().into_expr());
        props.set(1, secret_version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JwtKey> for ::forma_core::Value<JwtKey> {
    fn from(v: JwtKey) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JWT_KEY_TYPE.properties))
    }
}

/// The schema of `AWS::PCS::Cluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PCS::Cluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Networking",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&NETWORKING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Scheduler",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Size",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SMALL", "MEDIUM", "LARGE"]),
        },
        ::forma_core::schema::Property {
            name: "SlurmConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLURM_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["Arn", "Endpoints", "ErrorInfo", "Id", "Status"],
};

static NETWORKING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.Networking",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "IPV6"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-\\w{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-\\w{8,17}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SCHEDULER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.Scheduler",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SLURM"]),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SLURM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.SlurmConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Accounting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCOUNTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuthKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTH_KEY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CgroupCustomSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CGROUP_CUSTOM_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "JwtAuth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JWT_AUTH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScaleDownIdleTimeInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SlurmCustomSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SLURM_CUSTOM_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SlurmRest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SLURM_REST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SlurmdbdCustomSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SLURMDBD_CUSTOM_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static ACCOUNTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.Accounting",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultPurgeTimeInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: Some(10000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "NONE"]),
        },
    ],
    rules: &[],
};

static AUTH_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.AuthKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CGROUP_CUSTOM_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.CgroupCustomSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParameterValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static JWT_AUTH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.JwtAuth",
    properties: &[::forma_core::schema::Property {
        name: "JwtKey",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&JWT_KEY_TYPE),
    }],
    rules: &[],
};

static SLURM_CUSTOM_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.SlurmCustomSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParameterValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SLURM_REST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.SlurmRest",
    properties: &[::forma_core::schema::Property {
        name: "Mode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "NONE"]),
    }],
    rules: &[],
};

static SLURMDBD_CUSTOM_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.SlurmdbdCustomSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParameterValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static JWT_KEY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PCS::Cluster.JwtKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
