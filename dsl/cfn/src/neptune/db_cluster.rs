// @generated from AWS::Neptune::DBCluster (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Neptune::DBCluster` and its property types.

/// The AWS::Neptune::DBCluster resource creates an Amazon Neptune DB cluster.
///
/// CloudFormation type `AWS::Neptune::DBCluster`.
#[derive(Debug, Clone, PartialEq)]
pub struct DbCluster {
    props: ::forma_core::schema::Props,
}
impl DbCluster {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Provides a list of the AWS Identity and Access Management (IAM) roles that are associated with the DB cluster.
    #[track_caller]
    pub fn associated_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DbClusterRole>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provides the list of EC2 Availability Zones that instances in the DB cluster can be created in.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zones(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the number of days for which automatic DB snapshots are retained.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn backup_retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates whether to copy all tags from the DB cluster to snapshots of the DB cluster.
    #[track_caller]
    pub fn copy_tags_to_snapshot(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The DB cluster identifier.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provides the name of the DB cluster parameter group.
    #[track_caller]
    pub fn db_cluster_parameter_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the DB parameter group to apply to all instances of the DB cluster.
    #[track_caller]
    pub fn db_instance_parameter_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The port number on which the DB instances in the DB cluster accept connections.
    #[track_caller]
    pub fn db_port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies information on the subnet group associated with the DB cluster, including the name, description, and subnets in the subnet group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn db_subnet_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether or not the DB cluster has deletion protection enabled.
    #[track_caller]
    pub fn deletion_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a list of log types that are enabled for export to CloudWatch Logs.
    #[track_caller]
    pub fn enable_cloudwatch_logs_exports(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates the database engine version.
    #[track_caller]
    pub fn engine_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the Neptune global database to which this new DB cluster should be added.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn global_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// True if mapping of Amazon Identity and Access Management (IAM) accounts to database accounts is enabled, and otherwise false.
    #[track_caller]
    pub fn iam_auth_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the AWS KMS key that is used to encrypt the database instances in the DB cluster, such as arn:aws:kms:us-east-1:012345678910:key/abcd1234-a123-456a-a12b-a123b4cd56ef.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The network type of the DB cluster.
    #[track_caller]
    pub fn network_type(mut self, value: impl ::forma_core::schema::EnumArg<NetworkType>) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the daily time range during which automated backups are created if automated backups are enabled, as determined by the BackupRetentionPeriod.
    #[track_caller]
    pub fn preferred_backup_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the weekly time range during which system maintenance can occur, in Universal Coordinated Time (UTC).
    #[track_caller]
    pub fn preferred_maintenance_window(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Creates a new DB cluster from a DB snapshot or DB cluster snapshot.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn restore_to_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Creates a new DB cluster from a DB snapshot or DB cluster snapshot.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn restore_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contains the scaling configuration used by the Neptune Serverless Instances within this DB cluster.
    #[track_caller]
    pub fn serverless_scaling_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerlessScalingConfiguration>>,
    ) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the identifier for a DB cluster snapshot.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Creates a new DB cluster from a DB snapshot or DB cluster snapshot.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_db_cluster_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the DB cluster is encrypted.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn storage_encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags assigned to this cluster.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Creates a new DB cluster from a DB snapshot or DB cluster snapshot.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn use_latest_restorable_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provides a list of VPC security groups that the DB cluster belongs to.
    #[track_caller]
    pub fn vpc_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DbCluster {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DbCluster {
    type Attributes = DbClusterAttributes;
    fn type_name(&self) -> &str {
        "AWS::Neptune::DBCluster"
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
/// The attributes of a `AWS::Neptune::DBCluster` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DbClusterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DbClusterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DbClusterAttributes {
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
    /// `Fn::GetAtt` `ClusterResourceId`.
    pub fn cluster_resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterResourceId")
    }
    /// `Fn::GetAtt` `Port`.
    pub fn port(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Port")
    }
    /// `Fn::GetAtt` `ReadEndpoint`.
    pub fn read_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReadEndpoint")
    }
}

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

/// Describes an AWS Identity and Access Management (IAM) role that is associated with a DB cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct DbClusterRole {
    props: ::forma_core::schema::Props,
}
impl DbClusterRole {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
    /// The name of the feature associated with the AWS Identity and Access Management (IAM) role.
    pub fn feature_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DbClusterRole> for ::forma_core::Value<DbClusterRole> {
    fn from(v: DbClusterRole) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DB_CLUSTER_ROLE_TYPE.properties))
    }
}

/// Contains the scaling configuration of an Neptune Serverless DB cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerlessScalingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServerlessScalingConfiguration {
    /// A new value with its required properties: `MaxCapacity`, `MinCapacity`.
    pub fn new(
        max_capacity: impl ::std::convert::Into<::forma_core::Value<f64>>,
        min_capacity: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, max_capacity.into().into_expr());
        props.set(1, min_capacity.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ServerlessScalingConfiguration> for ::forma_core::Value<ServerlessScalingConfiguration> {
    fn from(v: ServerlessScalingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVERLESS_SCALING_CONFIGURATION_TYPE.properties))
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

/// The schema of `AWS::Neptune::DBCluster`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Neptune::DBCluster",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociatedRoles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DB_CLUSTER_ROLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AvailabilityZones",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BackupRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "CopyTagsToSnapshot",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DBClusterIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "DBClusterParameterGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBInstanceParameterGroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBPort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DBSubnetGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeletionProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableCloudwatchLogsExports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EngineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GlobalClusterIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][0-9A-Za-z-:._]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "IamAuthEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NetworkType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IPV4", "DUAL"]),
        },
        ::forma_core::schema::Property {
            name: "PreferredBackupWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreferredMaintenanceWindow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestoreToTime",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestoreType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ServerlessScalingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVERLESS_SCALING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SnapshotIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceDBClusterIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StorageEncrypted",
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
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UseLatestRestorableTime",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Endpoint", "ClusterResourceId", "Port", "ReadEndpoint"],
};

static DB_CLUSTER_ROLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Neptune::DBCluster.DBClusterRole",
    properties: &[
        ::forma_core::schema::Property {
            name: "FeatureName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SERVERLESS_SCALING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Neptune::DBCluster.ServerlessScalingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(2.5),
                maximum: Some(128.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(128.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Neptune::DBCluster.Tag",
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
