// @generated from AWS::RDS::CustomDBEngineVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RDS::CustomDBEngineVersion` and its property types.

/// Creates a custom DB engine version (CEV).
///
/// CloudFormation type `AWS::RDS::CustomDBEngineVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomDbEngineVersion {
    props: ::forma_core::schema::Props,
}
impl CustomDbEngineVersion {
    /// A new resource with its required properties: `Engine`, `EngineVersion`.
    #[track_caller]
    pub fn new(
        engine: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        engine_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, engine.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, engine_version.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DatabaseInstallationFiles`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn database_installation_files(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an Amazon S3 bucket that contains database installation files for your CEV.
    ///
    /// Allowed: length 3 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn database_installation_files_s3_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon S3 directory that contains the database installation files for your CEV.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn database_installation_files_s3_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional description of your CEV.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates the ID of the AMI.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn image_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS KMS key identifier for an encrypted CEV.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The CEV manifest, which is a JSON document that describes the installation .zip files stored in Amazon S3.
    ///
    /// Allowed: length 1 to 51000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn manifest(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of a CEV to use as a source for creating a new CEV.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_custom_db_engine_version_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A value that indicates the status of a custom engine version (CEV).
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to use the latest service-provided Amazon Machine Image (AMI) for the CEV.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn use_aws_provided_latest_image(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CustomDbEngineVersion {
    type Attributes = CustomDbEngineVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::RDS::CustomDBEngineVersion"
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
/// The attributes of a `AWS::RDS::CustomDBEngineVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CustomDbEngineVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CustomDbEngineVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CustomDbEngineVersionAttributes {
    /// `Fn::GetAtt` `DBEngineVersionArn`.
    pub fn db_engine_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DBEngineVersionArn")
    }
}

/// The values CloudFormation documents: `available`, `inactive`, `inactive-except-restore`, `pending-validation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `available`
    Available,
    /// `inactive`
    Inactive,
    /// `inactive-except-restore`
    InactiveExceptRestore,
    /// `pending-validation`
    PendingValidation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "available",
            Self::Inactive => "inactive",
            Self::InactiveExceptRestore => "inactive-except-restore",
            Self::PendingValidation => "pending-validation",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["available", "inactive", "inactive-except-restore", "pending-validation"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Metadata assigned to an Amazon RDS resource consisting of a key-value pair.
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
    /// A value is the optional value of the tag.
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

/// The schema of `AWS::RDS::CustomDBEngineVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RDS::CustomDBEngineVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatabaseInstallationFiles",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DatabaseInstallationFilesS3BucketName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseInstallationFilesS3Prefix",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Engine",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-]{1,35}$"),
                min_length: Some(1),
                max_length: Some(35),
            }),
        },
        ::forma_core::schema::Property {
            name: "EngineVersion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9_.-]{1,60}$"),
                min_length: Some(1),
                max_length: Some(60),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImageId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KMSKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_:\\-\\/]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Manifest",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(1),
                max_length: Some(51000),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceCustomDbEngineVersionIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "available",
                "inactive",
                "inactive-except-restore",
                "pending-validation",
            ]),
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
            name: "UseAwsProvidedLatestImage",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["DBEngineVersionArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::CustomDBEngineVersion.Tag",
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
