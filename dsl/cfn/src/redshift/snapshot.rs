// @generated from AWS::Redshift::Snapshot (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Redshift::Snapshot` and its property types.

/// Resource Type definition for AWS::Redshift::Snapshot.
///
/// CloudFormation type `AWS::Redshift::Snapshot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    props: ::forma_core::schema::Props,
}
impl Snapshot {
    /// A new resource with its required properties: `ClusterIdentifier`, `SnapshotIdentifier`.
    #[track_caller]
    pub fn new(
        cluster_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        snapshot_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, cluster_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, snapshot_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The number of days that a manual snapshot is retained.
    ///
    /// Allowed: -1 to 3653.
    #[track_caller]
    pub fn manual_snapshot_retention_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tag instances.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Snapshot {
    type Attributes = SnapshotAttributes;
    fn type_name(&self) -> &str {
        "AWS::Redshift::Snapshot"
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
/// The attributes of a `AWS::Redshift::Snapshot` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `SnapshotArn`.
    pub fn snapshot_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnapshotArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `SnapshotType`.
    pub fn snapshot_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnapshotType")
    }
    /// `Fn::GetAtt` `AvailabilityZone`.
    pub fn availability_zone(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AvailabilityZone")
    }
    /// `Fn::GetAtt` `ClusterCreateTime`.
    pub fn cluster_create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterCreateTime")
    }
    /// `Fn::GetAtt` `MasterUsername`.
    pub fn master_username(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MasterUsername")
    }
    /// `Fn::GetAtt` `ClusterVersion`.
    pub fn cluster_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterVersion")
    }
    /// `Fn::GetAtt` `EngineFullVersion`.
    pub fn engine_full_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EngineFullVersion")
    }
    /// `Fn::GetAtt` `SnapshotCreateTime`.
    pub fn snapshot_create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnapshotCreateTime")
    }
    /// `Fn::GetAtt` `NodeType`.
    pub fn node_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NodeType")
    }
    /// `Fn::GetAtt` `NumberOfNodes`.
    pub fn number_of_nodes(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "NumberOfNodes")
    }
    /// `Fn::GetAtt` `DBName`.
    pub fn db_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBName")
    }
    /// `Fn::GetAtt` `Port`.
    pub fn port(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Port")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
    /// `Fn::GetAtt` `Encrypted`.
    pub fn encrypted(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "Encrypted")
    }
    /// `Fn::GetAtt` `EncryptedWithHSM`.
    pub fn encrypted_with_hsm(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "EncryptedWithHSM")
    }
    /// `Fn::GetAtt` `KmsKeyId`.
    pub fn kms_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KmsKeyId")
    }
    /// `Fn::GetAtt` `EnhancedVpcRouting`.
    pub fn enhanced_vpc_routing(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "EnhancedVpcRouting")
    }
    /// `Fn::GetAtt` `MaintenanceTrackName`.
    pub fn maintenance_track_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MaintenanceTrackName")
    }
    /// `Fn::GetAtt` `OwnerAccount`.
    pub fn owner_account(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerAccount")
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::Redshift::Snapshot`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Redshift::Snapshot",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManualSnapshotRetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: Some(3653.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SnapshotIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
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
        "SnapshotArn",
        "Status",
        "SnapshotType",
        "AvailabilityZone",
        "ClusterCreateTime",
        "MasterUsername",
        "ClusterVersion",
        "EngineFullVersion",
        "SnapshotCreateTime",
        "NodeType",
        "NumberOfNodes",
        "DBName",
        "Port",
        "VpcId",
        "Encrypted",
        "EncryptedWithHSM",
        "KmsKeyId",
        "EnhancedVpcRouting",
        "MaintenanceTrackName",
        "OwnerAccount",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::Snapshot.Tag",
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
