// @generated from AWS::DRS::ReplicationConfigurationTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DRS::ReplicationConfigurationTemplate` and its property types.

/// A replication configuration template for AWS Elastic Disaster Recovery Service.
///
/// CloudFormation type `AWS::DRS::ReplicationConfigurationTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationConfigurationTemplate {
    props: ::forma_core::schema::Props,
}
impl ReplicationConfigurationTemplate {
    /// A new resource with its required properties: `BandwidthThrottling`, `EbsEncryption`, `PitPolicy`, `ReplicationServersSecurityGroupsIDs`, `StagingAreaSubnetId`, `StagingAreaTags`.
    #[track_caller]
    pub fn new(
        bandwidth_throttling: impl ::std::convert::Into<::forma_core::Value<i64>>,
        ebs_encryption: impl ::forma_core::schema::EnumArg<EbsEncryption>,
        pit_policy: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PitPolicyRule>>>,
        replication_servers_security_groups_i_ds: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<::std::string::String>>,
        >,
        staging_area_subnet_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        staging_area_tags: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, bandwidth_throttling.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, ebs_encryption.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, pit_policy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, replication_servers_security_groups_i_ds.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, staging_area_subnet_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(13, staging_area_tags.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether to associate the default Elastic Disaster Recovery Security group with the Replication Configuration Template.
    #[track_caller]
    pub fn associate_default_security_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to allow the AWS replication agent to automatically replicate newly added disks.
    #[track_caller]
    pub fn auto_replicate_new_disks(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to create a Public IP for the Recovery Instance by default.
    #[track_caller]
    pub fn create_public_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The data plane routing mechanism that will be used for replication.
    #[track_caller]
    pub fn data_plane_routing(mut self, value: impl ::forma_core::schema::EnumArg<DataPlaneRouting>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Staging Disk EBS volume type to be used during replication.
    #[track_caller]
    pub fn default_large_staging_disk_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DefaultLargeStagingDiskType>,
    ) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the EBS encryption key to be used during replication.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn ebs_encryption_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Which version of the Internet Protocol to use for replication of data.
    #[track_caller]
    pub fn internet_protocol(mut self, value: impl ::forma_core::schema::EnumArg<InternetProtocol>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The instance type to be used for the replication server.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn replication_server_instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of tags to be associated with the Replication Configuration Template resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to use a dedicated Replication Server in the replication staging area.
    #[track_caller]
    pub fn use_dedicated_replication_server(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReplicationConfigurationTemplate {
    type Attributes = ReplicationConfigurationTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::DRS::ReplicationConfigurationTemplate"
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
/// The attributes of a `AWS::DRS::ReplicationConfigurationTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReplicationConfigurationTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReplicationConfigurationTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReplicationConfigurationTemplateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ReplicationConfigurationTemplateID`.
    pub fn replication_configuration_template_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReplicationConfigurationTemplateID")
    }
}

/// The values CloudFormation documents: `PRIVATE_IP`, `PUBLIC_IP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataPlaneRouting {
    /// `PRIVATE_IP`
    PrivateIp,
    /// `PUBLIC_IP`
    PublicIp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataPlaneRouting {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrivateIp => "PRIVATE_IP",
            Self::PublicIp => "PUBLIC_IP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRIVATE_IP", "PUBLIC_IP"]
    }
}
impl ::std::convert::From<DataPlaneRouting> for ::forma_core::Value<DataPlaneRouting> {
    fn from(v: DataPlaneRouting) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataPlaneRouting {}

/// The values CloudFormation documents: `GP2`, `GP3`, `ST1`, `AUTO`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultLargeStagingDiskType {
    /// `GP2`
    Gp2,
    /// `GP3`
    Gp3,
    /// `ST1`
    St1,
    /// `AUTO`
    Auto,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultLargeStagingDiskType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gp2 => "GP2",
            Self::Gp3 => "GP3",
            Self::St1 => "ST1",
            Self::Auto => "AUTO",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GP2", "GP3", "ST1", "AUTO"]
    }
}
impl ::std::convert::From<DefaultLargeStagingDiskType> for ::forma_core::Value<DefaultLargeStagingDiskType> {
    fn from(v: DefaultLargeStagingDiskType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultLargeStagingDiskType {}

/// The values CloudFormation documents: `DEFAULT`, `CUSTOM`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EbsEncryption {
    /// `DEFAULT`
    Default,
    /// `CUSTOM`
    Custom,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EbsEncryption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::Custom => "CUSTOM",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "CUSTOM", "NONE"]
    }
}
impl ::std::convert::From<EbsEncryption> for ::forma_core::Value<EbsEncryption> {
    fn from(v: EbsEncryption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EbsEncryption {}

/// The values CloudFormation documents: `IPV4`, `IPV6`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InternetProtocol {
    /// `IPV4`
    Ipv4,
    /// `IPV6`
    Ipv6,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InternetProtocol {
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
impl ::std::convert::From<InternetProtocol> for ::forma_core::Value<InternetProtocol> {
    fn from(v: InternetProtocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InternetProtocol {}

/// The values CloudFormation documents: `MINUTE`, `HOUR`, `DAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Units {
    /// `MINUTE`
    Minute,
    /// `HOUR`
    Hour,
    /// `DAY`
    Day,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Units {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Minute => "MINUTE",
            Self::Hour => "HOUR",
            Self::Day => "DAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MINUTE", "HOUR", "DAY"]
    }
}
impl ::std::convert::From<Units> for ::forma_core::Value<Units> {
    fn from(v: Units) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Units {}

/// The `PITPolicyRule` property type of `AWS::DRS::ReplicationConfigurationTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct PitPolicyRule {
    props: ::forma_core::schema::Props,
}
impl PitPolicyRule {
    /// A new value with its required properties: `Interval`, `RetentionDuration`, `Units`.
    pub fn new(
        interval: impl ::std::convert::Into<::forma_core::Value<i64>>,
        retention_duration: impl ::std::convert::Into<::forma_core::Value<i64>>,
        units: impl ::forma_core::schema::EnumArg<Units>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, interval.into().into_expr());
        props.set(2, retention_duration.into().into_expr());
        props.set(4, units.into_enum_expr());
        Self { props }
    }
    /// Whether this rule is enabled or not.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the rule.
    ///
    /// Allowed: at least 0.
    pub fn rule_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PitPolicyRule> for ::forma_core::Value<PitPolicyRule> {
    fn from(v: PitPolicyRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PIT_POLICY_RULE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::DRS::ReplicationConfigurationTemplate`.
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

/// The schema of `AWS::DRS::ReplicationConfigurationTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DRS::ReplicationConfigurationTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociateDefaultSecurityGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AutoReplicateNewDisks",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "BandwidthThrottling",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CreatePublicIP",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DataPlaneRouting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PRIVATE_IP", "PUBLIC_IP"]),
        },
        ::forma_core::schema::Property {
            name: "DefaultLargeStagingDiskType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GP2", "GP3", "ST1", "AUTO"]),
        },
        ::forma_core::schema::Property {
            name: "EbsEncryption",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "CUSTOM", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "EbsEncryptionKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.{16,2044}$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "InternetProtocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "IPV6"]),
        },
        ::forma_core::schema::Property {
            name: "PitPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PIT_POLICY_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReplicationServerInstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplicationServersSecurityGroupsIDs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-fA-F]{8,}$"),
                    min_length: Some(0),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(32) },
            ),
        },
        ::forma_core::schema::Property {
            name: "StagingAreaSubnetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^subnet-[0-9a-fA-F]{8,}$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "StagingAreaTags",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(256) },
            )),
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
            name: "UseDedicatedReplicationServer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["Arn", "ReplicationConfigurationTemplateID"],
};

static PIT_POLICY_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DRS::ReplicationConfigurationTemplate.PITPolicyRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RetentionDuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleID",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Units",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MINUTE", "HOUR", "DAY"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DRS::ReplicationConfigurationTemplate.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
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
