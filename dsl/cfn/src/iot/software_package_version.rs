// @generated from AWS::IoT::SoftwarePackageVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::SoftwarePackageVersion` and its property types.

/// resource definition
///
/// CloudFormation type `AWS::IoT::SoftwarePackageVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct SoftwarePackageVersion {
    props: ::forma_core::schema::Props,
}
impl SoftwarePackageVersion {
    /// A new resource with its required properties: `PackageName`.
    #[track_caller]
    pub fn new(package_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, package_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The artifact location of the package version
    #[track_caller]
    pub fn artifact(mut self, value: impl ::std::convert::Into<::forma_core::Value<PackageVersionArtifact>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Attributes`.
    #[track_caller]
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The inline json job document associated with a software package version
    ///
    /// Allowed: length 0 to 3072.
    #[track_caller]
    pub fn recipe(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The sbom zip archive location of the package version
    #[track_caller]
    pub fn sbom(mut self, value: impl ::std::convert::Into<::forma_core::Value<Sbom>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VersionName`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn version_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SoftwarePackageVersion {
    type Attributes = SoftwarePackageVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::SoftwarePackageVersion"
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
/// The attributes of a `AWS::IoT::SoftwarePackageVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SoftwarePackageVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SoftwarePackageVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SoftwarePackageVersionAttributes {
    /// `Fn::GetAtt` `ErrorReason`.
    pub fn error_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ErrorReason")
    }
    /// `Fn::GetAtt` `PackageVersionArn`.
    pub fn package_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PackageVersionArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `SbomValidationStatus`.
    pub fn sbom_validation_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SbomValidationStatus")
    }
}

/// The artifact location of the package version
#[derive(Debug, Clone, PartialEq)]
pub struct PackageVersionArtifact {
    props: ::forma_core::schema::Props,
}
impl PackageVersionArtifact {
    /// A new value with its required properties: `S3Location`.
    pub fn new(s3_location: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_location.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PackageVersionArtifact> for ::forma_core::Value<PackageVersionArtifact> {
    fn from(v: PackageVersionArtifact) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PACKAGE_VERSION_ARTIFACT_TYPE.properties))
    }
}

/// The sbom zip archive location of the package version
#[derive(Debug, Clone, PartialEq)]
pub struct Sbom {
    props: ::forma_core::schema::Props,
}
impl Sbom {
    /// A new value with its required properties: `S3Location`.
    pub fn new(s3_location: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_location.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Sbom> for ::forma_core::Value<Sbom> {
    fn from(v: Sbom) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SBOM_TYPE.properties))
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

/// The Amazon S3 location
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `Bucket`, `Key`, `Version`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, key.into().into_expr());
        props.set(2, version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::SoftwarePackageVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::SoftwarePackageVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "Artifact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PACKAGE_VERSION_ARTIFACT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[^\\p{C}]+$"),
                    min_length: Some(1),
                    max_length: None,
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\p{C}]+$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PackageName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_.]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Recipe",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(3072),
            }),
        },
        ::forma_core::schema::Property {
            name: "Sbom",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SBOM_TYPE),
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
            name: "VersionName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_.]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["ErrorReason", "PackageVersionArn", "Status", "SbomValidationStatus"],
};

static PACKAGE_VERSION_ARTIFACT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SoftwarePackageVersion.PackageVersionArtifact",
    properties: &[::forma_core::schema::Property {
        name: "S3Location",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
    }],
    rules: &[],
};

static SBOM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SoftwarePackageVersion.Sbom",
    properties: &[::forma_core::schema::Property {
        name: "S3Location",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SoftwarePackageVersion.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::SoftwarePackageVersion.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
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
