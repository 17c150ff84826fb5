// @generated from AWS::S3Tables::TableBucket (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Tables::TableBucket` and its property types.

/// Creates an Amazon S3 Tables table bucket in the same AWS Region where you create the AWS CloudFormation stack.
///
/// CloudFormation type `AWS::S3Tables::TableBucket`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableBucket {
    props: ::forma_core::schema::Props,
}
impl TableBucket {
    /// A new resource with its required properties: `TableBucketName`.
    #[track_caller]
    pub fn new(table_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, table_bucket_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies encryption settings for the table bucket
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings governing the Metric configuration for the table bucket.
    #[track_caller]
    pub fn metrics_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MetricsConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies replication configuration for the table bucket
    #[track_caller]
    pub fn replication_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplicationConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies storage class settings for the table bucket
    #[track_caller]
    pub fn storage_class_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StorageClassConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// User tags (key-value pairs) to associate with the table bucket.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings governing the Unreferenced File Removal maintenance action.
    #[track_caller]
    pub fn unreferenced_file_removal(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UnreferencedFileRemoval>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TableBucket {
    type Attributes = TableBucketAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Tables::TableBucket"
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
/// The attributes of a `AWS::S3Tables::TableBucket` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TableBucketAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TableBucketAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TableBucketAttributes {
    /// `Fn::GetAtt` `TableBucketARN`.
    pub fn table_bucket_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TableBucketARN")
    }
}

/// The values CloudFormation documents: `AES256`, `aws:kms`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SseAlgorithm {
    /// `AES256`
    Aes256,
    /// `aws:kms`
    AwsKms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SseAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aes256 => "AES256",
            Self::AwsKms => "aws:kms",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AES256", "aws:kms"]
    }
}
impl ::std::convert::From<SseAlgorithm> for ::forma_core::Value<SseAlgorithm> {
    fn from(v: SseAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SseAlgorithm {}

/// Specifies encryption settings for the table bucket
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// ARN of the KMS key to use for encryption
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Server-side encryption algorithm
    pub fn sse_algorithm(mut self, value: impl ::forma_core::schema::EnumArg<SseAlgorithm>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Settings governing the Metric configuration for the table bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricsConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetricsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether Metrics are enabled.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for MetricsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetricsConfiguration> for ::forma_core::Value<MetricsConfiguration> {
    fn from(v: MetricsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METRICS_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies replication configuration for the table bucket
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ReplicationConfiguration {
    /// A new value with its required properties: `Role`, `Rules`.
    pub fn new(
        role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicationRule>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, role.into().into_expr());
        props.set(1, rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicationConfiguration> for ::forma_core::Value<ReplicationConfiguration> {
    fn from(v: ReplicationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STANDARD`, `INTELLIGENT_TIERING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageClass {
    /// `STANDARD`
    Standard,
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::IntelligentTiering => "INTELLIGENT_TIERING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "INTELLIGENT_TIERING"]
    }
}
impl ::std::convert::From<StorageClass> for ::forma_core::Value<StorageClass> {
    fn from(v: StorageClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageClass {}

/// Specifies storage class settings for the table bucket
#[derive(Debug, Clone, PartialEq)]
pub struct StorageClassConfiguration {
    props: ::forma_core::schema::Props,
}
impl StorageClassConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The storage class for the table bucket
    pub fn storage_class(mut self, value: impl ::forma_core::schema::EnumArg<StorageClass>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for StorageClassConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StorageClassConfiguration> for ::forma_core::Value<StorageClassConfiguration> {
    fn from(v: StorageClassConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STORAGE_CLASS_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::S3Tables::TableBucket`.
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

/// Settings governing the Unreferenced File Removal maintenance action.
#[derive(Debug, Clone, PartialEq)]
pub struct UnreferencedFileRemoval {
    props: ::forma_core::schema::Props,
}
impl UnreferencedFileRemoval {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// S3 permanently deletes noncurrent objects after the number of days specified by the NoncurrentDays property.
    ///
    /// Allowed: at least 1.
    pub fn noncurrent_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether the Unreferenced File Removal maintenance action is enabled.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// For any object not referenced by your table and older than the UnreferencedDays property, S3 creates a delete marker and marks the object version as noncurrent.
    ///
    /// Allowed: at least 1.
    pub fn unreferenced_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UnreferencedFileRemoval {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UnreferencedFileRemoval> for ::forma_core::Value<UnreferencedFileRemoval> {
    fn from(v: UnreferencedFileRemoval) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UNREFERENCED_FILE_REMOVAL_TYPE.properties))
    }
}

/// A replication rule for the table bucket
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationRule {
    props: ::forma_core::schema::Props,
}
impl ReplicationRule {
    /// A new value with its required properties: `Destinations`.
    pub fn new(
        destinations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicationDestination>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destinations.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicationRule> for ::forma_core::Value<ReplicationRule> {
    fn from(v: ReplicationRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_RULE_TYPE.properties))
    }
}

/// A replication destination
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationDestination {
    props: ::forma_core::schema::Props,
}
impl ReplicationDestination {
    /// A new value with its required properties: `DestinationTableBucketARN`.
    pub fn new(
        destination_table_bucket_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_table_bucket_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicationDestination> for ::forma_core::Value<ReplicationDestination> {
    fn from(v: ReplicationDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_DESTINATION_TYPE.properties))
    }
}

/// The schema of `AWS::S3Tables::TableBucket`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3Tables::TableBucket",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetricsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METRICS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReplicationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StorageClassConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STORAGE_CLASS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableBucketName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
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
        ::forma_core::schema::Property {
            name: "UnreferencedFileRemoval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UNREFERENCED_FILE_REMOVAL_TYPE),
        },
    ],
    rules: &[],
    attributes: &["TableBucketARN"],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::TableBucket.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KMSKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SSEAlgorithm",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AES256", "aws:kms"]),
        },
    ],
    rules: &[],
};

static METRICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::TableBucket.MetricsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
    }],
    rules: &[],
};

static REPLICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::TableBucket.ReplicationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Role",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPLICATION_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static STORAGE_CLASS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::TableBucket.StorageClassConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "StorageClass",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "INTELLIGENT_TIERING"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::TableBucket.Tag",
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static UNREFERENCED_FILE_REMOVAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::TableBucket.UnreferencedFileRemoval",
    properties: &[
        ::forma_core::schema::Property {
            name: "NoncurrentDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
        },
        ::forma_core::schema::Property {
            name: "UnreferencedDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static REPLICATION_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::TableBucket.ReplicationRule",
    properties: &[::forma_core::schema::Property {
        name: "Destinations",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&REPLICATION_DESTINATION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static REPLICATION_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Tables::TableBucket.ReplicationDestination",
    properties: &[::forma_core::schema::Property {
        name: "DestinationTableBucketARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
