// @generated from AWS::RDS::ClusterSnapshot (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RDS::ClusterSnapshot` and its property types.

/// Creates a snapshot of a DB cluster.
///
/// CloudFormation type `AWS::RDS::ClusterSnapshot`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSnapshot {
    props: ::forma_core::schema::Props,
}
impl ClusterSnapshot {
    /// A new resource with its required properties: `DBClusterIdentifier`, `DBClusterSnapshotIdentifier`.
    #[track_caller]
    pub fn new(
        db_cluster_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        db_cluster_snapshot_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, db_cluster_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, db_cluster_snapshot_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags to be assigned to the DB cluster snapshot.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ClusterSnapshot {
    type Attributes = ClusterSnapshotAttributes;
    fn type_name(&self) -> &str {
        "AWS::RDS::ClusterSnapshot"
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
/// The attributes of a `AWS::RDS::ClusterSnapshot` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClusterSnapshotAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClusterSnapshotAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClusterSnapshotAttributes {
    /// `Fn::GetAtt` `DBClusterSnapshotArn`.
    pub fn db_cluster_snapshot_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBClusterSnapshotArn")
    }
    /// `Fn::GetAtt` `AvailabilityZones`.
    pub fn availability_zones(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "AvailabilityZones")
    }
    /// `Fn::GetAtt` `Engine`.
    pub fn engine(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Engine")
    }
    /// `Fn::GetAtt` `EngineVersion`.
    pub fn engine_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EngineVersion")
    }
    /// `Fn::GetAtt` `SnapshotType`.
    pub fn snapshot_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnapshotType")
    }
    /// `Fn::GetAtt` `AllocatedStorage`.
    pub fn allocated_storage(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AllocatedStorage")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Port`.
    pub fn port(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Port")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
    /// `Fn::GetAtt` `ClusterCreateTime`.
    pub fn cluster_create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ClusterCreateTime")
    }
    /// `Fn::GetAtt` `MasterUsername`.
    pub fn master_username(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MasterUsername")
    }
    /// `Fn::GetAtt` `EngineMode`.
    pub fn engine_mode(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EngineMode")
    }
    /// `Fn::GetAtt` `LicenseModel`.
    pub fn license_model(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LicenseModel")
    }
    /// `Fn::GetAtt` `StorageEncrypted`.
    pub fn storage_encrypted(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "StorageEncrypted")
    }
    /// `Fn::GetAtt` `KmsKeyId`.
    pub fn kms_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KmsKeyId")
    }
    /// `Fn::GetAtt` `IAMDatabaseAuthenticationEnabled`.
    pub fn iam_database_authentication_enabled(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IAMDatabaseAuthenticationEnabled")
    }
    /// `Fn::GetAtt` `DbClusterResourceId`.
    pub fn db_cluster_resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DbClusterResourceId")
    }
    /// `Fn::GetAtt` `SnapshotCreateTime`.
    pub fn snapshot_create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SnapshotCreateTime")
    }
}

/// The `Tag` property type of `AWS::RDS::ClusterSnapshot`.
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

/// The schema of `AWS::RDS::ClusterSnapshot`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RDS::ClusterSnapshot",
    properties: &[
        ::forma_core::schema::Property {
            name: "DBClusterIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DBClusterSnapshotIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$"),
                min_length: Some(1),
                max_length: Some(63),
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
        "DBClusterSnapshotArn",
        "AvailabilityZones",
        "Engine",
        "EngineVersion",
        "SnapshotType",
        "AllocatedStorage",
        "Status",
        "Port",
        "VpcId",
        "ClusterCreateTime",
        "MasterUsername",
        "EngineMode",
        "LicenseModel",
        "StorageEncrypted",
        "KmsKeyId",
        "IAMDatabaseAuthenticationEnabled",
        "DbClusterResourceId",
        "SnapshotCreateTime",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::ClusterSnapshot.Tag",
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
