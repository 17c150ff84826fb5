// @generated from AWS::Lightsail::DatabaseSnapshot (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lightsail::DatabaseSnapshot` and its property types.

/// Resource Type definition for AWS::Lightsail::DatabaseSnapshot
///
/// CloudFormation type `AWS::Lightsail::DatabaseSnapshot`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseSnapshot {
    props: ::forma_core::schema::Props,
}
impl DatabaseSnapshot {
    /// A new resource with its required properties: `RelationalDatabaseName`, `RelationalDatabaseSnapshotName`.
    #[track_caller]
    pub fn new(
        relational_database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        relational_database_snapshot_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, relational_database_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, relational_database_snapshot_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DatabaseSnapshot {
    type Attributes = DatabaseSnapshotAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lightsail::DatabaseSnapshot"
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
/// The attributes of a `AWS::Lightsail::DatabaseSnapshot` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DatabaseSnapshotAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DatabaseSnapshotAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DatabaseSnapshotAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Engine`.
    pub fn engine(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Engine")
    }
    /// `Fn::GetAtt` `EngineVersion`.
    pub fn engine_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EngineVersion")
    }
    /// `Fn::GetAtt` `FromRelationalDatabaseArn`.
    pub fn from_relational_database_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FromRelationalDatabaseArn")
    }
    /// `Fn::GetAtt` `FromRelationalDatabaseBlueprintId`.
    pub fn from_relational_database_blueprint_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FromRelationalDatabaseBlueprintId")
    }
    /// `Fn::GetAtt` `FromRelationalDatabaseBundleId`.
    pub fn from_relational_database_bundle_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FromRelationalDatabaseBundleId")
    }
    /// `Fn::GetAtt` `FromRelationalDatabaseName`.
    pub fn from_relational_database_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FromRelationalDatabaseName")
    }
    /// `Fn::GetAtt` `Location`.
    pub fn location(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Location")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `ResourceType`.
    pub fn resource_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceType")
    }
    /// `Fn::GetAtt` `SizeInGb`.
    pub fn size_in_gb(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "SizeInGb")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `SupportCode`.
    pub fn support_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SupportCode")
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

/// The schema of `AWS::Lightsail::DatabaseSnapshot`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lightsail::DatabaseSnapshot",
    properties: &[
        ::forma_core::schema::Property {
            name: "RelationalDatabaseName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w[\\w\\-]*\\w$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RelationalDatabaseSnapshotName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w[\\w\\-]*\\w$"),
                min_length: Some(2),
                max_length: Some(255),
            }),
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
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "CreatedAt",
        "Engine",
        "EngineVersion",
        "FromRelationalDatabaseArn",
        "FromRelationalDatabaseBlueprintId",
        "FromRelationalDatabaseBundleId",
        "FromRelationalDatabaseName",
        "Location",
        "Name",
        "ResourceType",
        "SizeInGb",
        "State",
        "SupportCode",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::DatabaseSnapshot.Tag",
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
