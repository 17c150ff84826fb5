// @generated from AWS::Panorama::Package (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Panorama::Package` and its property types.

/// Creates a package and storage location in an Amazon S3 access point.
///
/// CloudFormation type `AWS::Panorama::Package`.
#[derive(Debug, Clone, PartialEq)]
pub struct Package {
    props: ::forma_core::schema::Props,
}
impl Package {
    /// A new resource with its required properties: `PackageName`.
    #[track_caller]
    pub fn new(package_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, package_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A storage location.
    #[track_caller]
    pub fn storage_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<StorageLocation>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags for the package.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Package {
    type Attributes = PackageAttributes;
    fn type_name(&self) -> &str {
        "AWS::Panorama::Package"
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
/// The attributes of a `AWS::Panorama::Package` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PackageAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PackageAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PackageAttributes {
    /// `Fn::GetAtt` `PackageId`.
    pub fn package_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PackageId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `StorageLocation.Bucket`.
    pub fn storage_location_bucket(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageLocation.Bucket")
    }
    /// `Fn::GetAtt` `StorageLocation.RepoPrefixLocation`.
    pub fn storage_location_repo_prefix_location(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageLocation.RepoPrefixLocation")
    }
    /// `Fn::GetAtt` `StorageLocation.GeneratedPrefixLocation`.
    pub fn storage_location_generated_prefix_location(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageLocation.GeneratedPrefixLocation")
    }
    /// `Fn::GetAtt` `StorageLocation.BinaryPrefixLocation`.
    pub fn storage_location_binary_prefix_location(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageLocation.BinaryPrefixLocation")
    }
    /// `Fn::GetAtt` `StorageLocation.ManifestPrefixLocation`.
    pub fn storage_location_manifest_prefix_location(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageLocation.ManifestPrefixLocation")
    }
}

/// A storage location.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageLocation {
    props: ::forma_core::schema::Props,
}
impl StorageLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The location's binary prefix.
    pub fn binary_prefix_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The location's bucket.
    pub fn bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The location's generated prefix.
    pub fn generated_prefix_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The location's manifest prefix.
    pub fn manifest_prefix_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The location's repo prefix.
    pub fn repo_prefix_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StorageLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StorageLocation> for ::forma_core::Value<StorageLocation> {
    fn from(v: StorageLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_LOCATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Panorama::Package`.
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

/// The schema of `AWS::Panorama::Package`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Panorama::Package",
    properties: &[
        ::forma_core::schema::Property {
            name: "PackageName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-\\_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_LOCATION_TYPE),
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
        "PackageId",
        "Arn",
        "CreatedTime",
        "StorageLocation.Bucket",
        "StorageLocation.RepoPrefixLocation",
        "StorageLocation.GeneratedPrefixLocation",
        "StorageLocation.BinaryPrefixLocation",
        "StorageLocation.ManifestPrefixLocation",
    ],
};

static STORAGE_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Panorama::Package.StorageLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "BinaryPrefixLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GeneratedPrefixLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManifestPrefixLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RepoPrefixLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Panorama::Package.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
