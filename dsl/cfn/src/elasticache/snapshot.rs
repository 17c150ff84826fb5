// @generated from AWS::ElastiCache::Snapshot (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElastiCache::Snapshot` and its property types.

/// Represents a copy of an entire cluster or replication group as of the time when the snapshot was taken.
///
/// CloudFormation type `AWS::ElastiCache::Snapshot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    props: ::forma_core::schema::Props,
}
impl Snapshot {
    /// A new resource with its required properties: `SnapshotName`.
    #[track_caller]
    pub fn new(snapshot_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, snapshot_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The identifier of an existing cluster to create a snapshot from.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn cache_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the KMS key used to encrypt the snapshot.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of an existing replication group to create a snapshot from.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn replication_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to be added to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Snapshot {
    type Attributes = SnapshotAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElastiCache::Snapshot"
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
/// The attributes of a `AWS::ElastiCache::Snapshot` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SnapshotAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SnapshotAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SnapshotAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `SnapshotStatus`.
    pub fn snapshot_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnapshotStatus")
    }
    /// `Fn::GetAtt` `SnapshotSource`.
    pub fn snapshot_source(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnapshotSource")
    }
    /// `Fn::GetAtt` `CacheNodeType`.
    pub fn cache_node_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CacheNodeType")
    }
    /// `Fn::GetAtt` `Engine`.
    pub fn engine(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Engine")
    }
    /// `Fn::GetAtt` `EngineVersion`.
    pub fn engine_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EngineVersion")
    }
    /// `Fn::GetAtt` `NumCacheNodes`.
    pub fn num_cache_nodes(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "NumCacheNodes")
    }
    /// `Fn::GetAtt` `NumNodeGroups`.
    pub fn num_node_groups(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "NumNodeGroups")
    }
    /// `Fn::GetAtt` `PreferredMaintenanceWindow`.
    pub fn preferred_maintenance_window(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PreferredMaintenanceWindow")
    }
    /// `Fn::GetAtt` `CacheParameterGroupName`.
    pub fn cache_parameter_group_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CacheParameterGroupName")
    }
    /// `Fn::GetAtt` `CacheSubnetGroupName`.
    pub fn cache_subnet_group_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CacheSubnetGroupName")
    }
    /// `Fn::GetAtt` `SnapshotRetentionLimit`.
    pub fn snapshot_retention_limit(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "SnapshotRetentionLimit")
    }
    /// `Fn::GetAtt` `SnapshotWindow`.
    pub fn snapshot_window(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnapshotWindow")
    }
    /// `Fn::GetAtt` `TopicArn`.
    pub fn topic_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TopicArn")
    }
    /// `Fn::GetAtt` `Port`.
    pub fn port(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Port")
    }
    /// `Fn::GetAtt` `PreferredAvailabilityZone`.
    pub fn preferred_availability_zone(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PreferredAvailabilityZone")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
    /// `Fn::GetAtt` `AutoMinorVersionUpgrade`.
    pub fn auto_minor_version_upgrade(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "AutoMinorVersionUpgrade")
    }
    /// `Fn::GetAtt` `AutomaticFailover`.
    pub fn automatic_failover(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutomaticFailover")
    }
    /// `Fn::GetAtt` `ReplicationGroupDescription`.
    pub fn replication_group_description(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReplicationGroupDescription")
    }
    /// `Fn::GetAtt` `DataTiering`.
    pub fn data_tiering(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataTiering")
    }
    /// `Fn::GetAtt` `CacheClusterCreateTime`.
    pub fn cache_cluster_create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CacheClusterCreateTime")
    }
    /// `Fn::GetAtt` `NodeSnapshots`.
    pub fn node_snapshots(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "NodeSnapshots")
    }
}

/// The `Tag` property type of `AWS::ElastiCache::Snapshot`.
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

/// The schema of `AWS::ElastiCache::Snapshot`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElastiCache::Snapshot",
    properties: &[
        ::forma_core::schema::Property {
            name: "CacheClusterId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReplicationGroupId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SnapshotName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &[
        "Arn",
        "SnapshotStatus",
        "SnapshotSource",
        "CacheNodeType",
        "Engine",
        "EngineVersion",
        "NumCacheNodes",
        "NumNodeGroups",
        "PreferredMaintenanceWindow",
        "CacheParameterGroupName",
        "CacheSubnetGroupName",
        "SnapshotRetentionLimit",
        "SnapshotWindow",
        "TopicArn",
        "Port",
        "PreferredAvailabilityZone",
        "VpcId",
        "AutoMinorVersionUpgrade",
        "AutomaticFailover",
        "ReplicationGroupDescription",
        "DataTiering",
        "CacheClusterCreateTime",
        "NodeSnapshots",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElastiCache::Snapshot.Tag",
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
