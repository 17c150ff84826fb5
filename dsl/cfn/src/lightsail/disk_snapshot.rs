// @generated from AWS::Lightsail::DiskSnapshot (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lightsail::DiskSnapshot` and its property types.

/// Resource Type definition for AWS::Lightsail::DiskSnapshot
///
/// CloudFormation type `AWS::Lightsail::DiskSnapshot`.
#[derive(Debug, Clone, PartialEq)]
pub struct DiskSnapshot {
    props: ::forma_core::schema::Props,
}
impl DiskSnapshot {
    /// A new resource with its required properties: `DiskName`, `DiskSnapshotName`.
    #[track_caller]
    pub fn new(
        disk_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        disk_snapshot_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, disk_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, disk_snapshot_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DiskSnapshot {
    type Attributes = DiskSnapshotAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lightsail::DiskSnapshot"
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
/// The attributes of a `AWS::Lightsail::DiskSnapshot` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DiskSnapshotAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DiskSnapshotAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DiskSnapshotAttributes {
    /// `Fn::GetAtt` `DiskSnapshotArn`.
    pub fn disk_snapshot_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DiskSnapshotArn")
    }
    /// `Fn::GetAtt` `Location`.
    pub fn location(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Location")
    }
    /// `Fn::GetAtt` `ResourceType`.
    pub fn resource_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceType")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `Progress`.
    pub fn progress(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Progress")
    }
    /// `Fn::GetAtt` `FromDiskName`.
    pub fn from_disk_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FromDiskName")
    }
    /// `Fn::GetAtt` `SizeInGb`.
    pub fn size_in_gb(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "SizeInGb")
    }
    /// `Fn::GetAtt` `IsFromAutoSnapshot`.
    pub fn is_from_auto_snapshot(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsFromAutoSnapshot")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
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

/// The schema of `AWS::Lightsail::DiskSnapshot`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lightsail::DiskSnapshot",
    properties: &[
        ::forma_core::schema::Property {
            name: "DiskName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w[\\w\\-]*\\w$"),
                min_length: Some(2),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DiskSnapshotName",
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
        "DiskSnapshotArn",
        "Location",
        "ResourceType",
        "State",
        "Progress",
        "FromDiskName",
        "SizeInGb",
        "IsFromAutoSnapshot",
        "CreatedAt",
        "SupportCode",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lightsail::DiskSnapshot.Tag",
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
