// @generated from AWS::RedshiftServerless::Snapshot (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RedshiftServerless::Snapshot` and its property types.

/// Resource Type definition for AWS::RedshiftServerless::Snapshot Resource Type.
///
/// CloudFormation type `AWS::RedshiftServerless::Snapshot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    props: ::forma_core::schema::Props,
}
impl Snapshot {
    /// A new resource with its required properties: `SnapshotName`.
    #[track_caller]
    pub fn new(snapshot_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, snapshot_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The namespace the snapshot is associated with.
    ///
    /// Allowed: length 3 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn namespace_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The retention period of the snapshot.
    #[track_caller]
    pub fn retention_period(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Snapshot {
    type Attributes = SnapshotAttributes;
    fn type_name(&self) -> &str {
        "AWS::RedshiftServerless::Snapshot"
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
/// The attributes of a `AWS::RedshiftServerless::Snapshot` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Snapshot`.
    pub fn snapshot(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Snapshot")
    }
    /// `Fn::GetAtt` `OwnerAccount`.
    pub fn owner_account(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerAccount")
    }
    /// `Fn::GetAtt` `Snapshot.SnapshotName`.
    pub fn snapshot_snapshot_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Snapshot.SnapshotName")
    }
    /// `Fn::GetAtt` `Snapshot.NamespaceName`.
    pub fn snapshot_namespace_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Snapshot.NamespaceName")
    }
    /// `Fn::GetAtt` `Snapshot.NamespaceArn`.
    pub fn snapshot_namespace_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Snapshot.NamespaceArn")
    }
    /// `Fn::GetAtt` `Snapshot.SnapshotArn`.
    pub fn snapshot_snapshot_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Snapshot.SnapshotArn")
    }
    /// `Fn::GetAtt` `Snapshot.SnapshotCreateTime`.
    pub fn snapshot_snapshot_create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Snapshot.SnapshotCreateTime")
    }
    /// `Fn::GetAtt` `Snapshot.Status`.
    pub fn snapshot_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Snapshot.Status")
    }
    /// `Fn::GetAtt` `Snapshot.AdminUsername`.
    pub fn snapshot_admin_username(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Snapshot.AdminUsername")
    }
    /// `Fn::GetAtt` `Snapshot.KmsKeyId`.
    pub fn snapshot_kms_key_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Snapshot.KmsKeyId")
    }
    /// `Fn::GetAtt` `Snapshot.OwnerAccount`.
    pub fn snapshot_owner_account(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Snapshot.OwnerAccount")
    }
    /// `Fn::GetAtt` `Snapshot.RetentionPeriod`.
    pub fn snapshot_retention_period(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Snapshot.RetentionPeriod")
    }
}

/// The `Tag` property type of `AWS::RedshiftServerless::Snapshot`.
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

/// The schema of `AWS::RedshiftServerless::Snapshot`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RedshiftServerless::Snapshot",
    properties: &[
        ::forma_core::schema::Property {
            name: "NamespaceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=^[a-z0-9-]+$).{3,64}$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SnapshotName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=^[a-z0-9-]+$).{3,64}$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "Snapshot",
        "OwnerAccount",
        "Snapshot.SnapshotName",
        "Snapshot.NamespaceName",
        "Snapshot.NamespaceArn",
        "Snapshot.SnapshotArn",
        "Snapshot.SnapshotCreateTime",
        "Snapshot.Status",
        "Snapshot.AdminUsername",
        "Snapshot.KmsKeyId",
        "Snapshot.OwnerAccount",
        "Snapshot.RetentionPeriod",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RedshiftServerless::Snapshot.Tag",
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
