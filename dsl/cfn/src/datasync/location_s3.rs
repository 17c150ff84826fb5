// @generated from AWS::DataSync::LocationS3 (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataSync::LocationS3` and its property types.

/// Resource schema for AWS::DataSync::LocationS3
///
/// CloudFormation type `AWS::DataSync::LocationS3`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationS3 {
    props: ::forma_core::schema::Props,
}
impl LocationS3 {
    /// A new resource with its required properties: `S3Config`.
    #[track_caller]
    pub fn new(s3_config: impl ::std::convert::Into<::forma_core::Value<S3Config>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, s3_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the Amazon S3 bucket.
    ///
    /// Allowed: length 0 to 156.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn s3_bucket_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon S3 storage class you want to store your files in when this location is used as a task destination.
    #[track_caller]
    pub fn s3_storage_class(mut self, value: impl ::forma_core::schema::EnumArg<S3StorageClass>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A subdirectory in the Amazon S3 bucket.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn subdirectory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LocationS3 {
    type Attributes = LocationS3Attributes;
    fn type_name(&self) -> &str {
        "AWS::DataSync::LocationS3"
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
/// The attributes of a `AWS::DataSync::LocationS3` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocationS3Attributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocationS3Attributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocationS3Attributes {
    /// `Fn::GetAtt` `LocationArn`.
    pub fn location_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationArn")
    }
    /// `Fn::GetAtt` `LocationUri`.
    pub fn location_uri(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationUri")
    }
}

/// The values CloudFormation documents: `STANDARD`, `STANDARD_IA`, `ONEZONE_IA`, `INTELLIGENT_TIERING`, `GLACIER`, `GLACIER_INSTANT_RETRIEVAL`, `DEEP_ARCHIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3StorageClass {
    /// `STANDARD`
    Standard,
    /// `STANDARD_IA`
    StandardIa,
    /// `ONEZONE_IA`
    OnezoneIa,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// `GLACIER`
    Glacier,
    /// `GLACIER_INSTANT_RETRIEVAL`
    GlacierInstantRetrieval,
    /// `DEEP_ARCHIVE`
    DeepArchive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3StorageClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::StandardIa => "STANDARD_IA",
            Self::OnezoneIa => "ONEZONE_IA",
            Self::IntelligentTiering => "INTELLIGENT_TIERING",
            Self::Glacier => "GLACIER",
            Self::GlacierInstantRetrieval => "GLACIER_INSTANT_RETRIEVAL",
            Self::DeepArchive => "DEEP_ARCHIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "STANDARD",
            "STANDARD_IA",
            "ONEZONE_IA",
            "INTELLIGENT_TIERING",
            "GLACIER",
            "GLACIER_INSTANT_RETRIEVAL",
            "DEEP_ARCHIVE",
        ]
    }
}
impl ::std::convert::From<S3StorageClass> for ::forma_core::Value<S3StorageClass> {
    fn from(v: S3StorageClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3StorageClass {}

/// The Amazon Resource Name (ARN) of the AWS IAM role that is used to access an Amazon S3 bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Config {
    props: ::forma_core::schema::Props,
}
impl S3Config {
    /// A new value with its required properties: `BucketAccessRoleArn`.
    pub fn new(bucket_access_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_access_role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Config> for ::forma_core::Value<S3Config> {
    fn from(v: S3Config) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_CONFIG_TYPE.properties))
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

/// The schema of `AWS::DataSync::LocationS3`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataSync::LocationS3",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3BucketArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):s3:[a-z\\-0-9]*:[0-9]*:.*$"),
                min_length: Some(0),
                max_length: Some(156),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Config",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3StorageClass",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "STANDARD",
                "STANDARD_IA",
                "ONEZONE_IA",
                "INTELLIGENT_TIERING",
                "GLACIER",
                "GLACIER_INSTANT_RETRIEVAL",
                "DEEP_ARCHIVE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Subdirectory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}\\p{C}]*$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["LocationArn", "LocationUri"],
};

static S3_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationS3.S3Config",
    properties: &[::forma_core::schema::Property {
        name: "BucketAccessRoleArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$"),
            min_length: Some(0),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationS3.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:@/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
