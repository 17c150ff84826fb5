// @generated from AWS::SSM::ResourceDataSync (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSM::ResourceDataSync` and its property types.

/// Resource Type definition for AWS::SSM::ResourceDataSync
///
/// CloudFormation type `AWS::SSM::ResourceDataSync`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceDataSync {
    props: ::forma_core::schema::Props,
}
impl ResourceDataSync {
    /// A new resource with its required properties: `SyncName`.
    #[track_caller]
    pub fn new(sync_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, sync_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `BucketName`.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BucketPrefix`.
    ///
    /// Allowed: length 0 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BucketRegion`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bucket_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `KMSKeyArn`.
    ///
    /// Allowed: length 0 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `S3Destination`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn s3_destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Destination>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SyncFormat`.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn sync_format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SyncSource`.
    #[track_caller]
    pub fn sync_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<SyncSource>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SyncType`.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn sync_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ResourceDataSync {
    type Attributes = ResourceDataSyncAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSM::ResourceDataSync"
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
/// The attributes of a `AWS::SSM::ResourceDataSync` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourceDataSyncAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourceDataSyncAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `JsonSerDe`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SyncFormat {
    /// `JsonSerDe`
    JsonSerDe,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SyncFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JsonSerDe => "JsonSerDe",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JsonSerDe"]
    }
}
impl ::std::convert::From<SyncFormat> for ::forma_core::Value<SyncFormat> {
    fn from(v: SyncFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SyncFormat {}

/// The `S3Destination` property type of `AWS::SSM::ResourceDataSync`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Destination {
    props: ::forma_core::schema::Props,
}
impl S3Destination {
    /// A new value with its required properties: `BucketName`, `BucketRegion`, `SyncFormat`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        bucket_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sync_format: impl ::forma_core::schema::EnumArg<SyncFormat>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(2, bucket_region.into().into_expr());
        props.set(4, sync_format.into_enum_expr());
        Self { props }
    }
    /// `BucketPrefix`.
    ///
    /// Allowed: length 1 to 256.
    pub fn bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KMSKeyArn`.
    ///
    /// Allowed: length 1 to 512.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Destination> for ::forma_core::Value<S3Destination> {
    fn from(v: S3Destination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_TYPE.properties))
    }
}

/// The `SyncSource` property type of `AWS::SSM::ResourceDataSync`.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncSource {
    props: ::forma_core::schema::Props,
}
impl SyncSource {
    /// A new value with its required properties: `SourceRegions`, `SourceType`.
    pub fn new(
        source_regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        source_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, source_regions.into().into_expr());
        props.set(3, source_type.into().into_expr());
        Self { props }
    }
    /// `AwsOrganizationsSource`.
    pub fn aws_organizations_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsOrganizationsSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IncludeFutureRegions`.
    pub fn include_future_regions(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SyncSource> for ::forma_core::Value<SyncSource> {
    fn from(v: SyncSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYNC_SOURCE_TYPE.properties))
    }
}

/// The `AwsOrganizationsSource` property type of `AWS::SSM::ResourceDataSync`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsOrganizationsSource {
    props: ::forma_core::schema::Props,
}
impl AwsOrganizationsSource {
    /// A new value with its required properties: `OrganizationSourceType`.
    pub fn new(
        organization_source_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, organization_source_type.into().into_expr());
        Self { props }
    }
    /// `OrganizationalUnits`.
    pub fn organizational_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AwsOrganizationsSource> for ::forma_core::Value<AwsOrganizationsSource> {
    fn from(v: AwsOrganizationsSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_ORGANIZATIONS_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::SSM::ResourceDataSync`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSM::ResourceDataSync",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketRegion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "KMSKeyArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Destination",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SyncFormat",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SyncName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SyncSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SYNC_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SyncType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static S3_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::ResourceDataSync.S3Destination",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "KMSKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "SyncFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["JsonSerDe"]),
        },
    ],
    rules: &[],
};

static SYNC_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::ResourceDataSync.SyncSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsOrganizationsSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_ORGANIZATIONS_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludeFutureRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SourceRegions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static AWS_ORGANIZATIONS_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::ResourceDataSync.AwsOrganizationsSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "OrganizationSourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "OrganizationalUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1000) },
            ),
        },
    ],
    rules: &[],
};
