// @generated from AWS::FSx::FileCache (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::FSx::FileCache` and its property types.

/// Resource Type definition for AWS::FSx::FileCache
///
/// CloudFormation type `AWS::FSx::FileCache`.
#[derive(Debug, Clone, PartialEq)]
pub struct FileCache {
    props: ::forma_core::schema::Props,
}
impl FileCache {
    /// A new resource with its required properties: `FileCacheType`, `FileCacheTypeVersion`, `StorageCapacity`, `SubnetIds`.
    #[track_caller]
    pub fn new(
        file_cache_type: impl ::forma_core::schema::EnumArg<FileCacheType>,
        file_cache_type_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        storage_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, file_cache_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, file_cache_type_version.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, storage_capacity.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, subnet_ids.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether tags should be copied to data repository associations
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn copy_tags_to_data_repository_associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Data repository associations for the cache
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_repository_associations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataRepositoryAssociation>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The KMS key ID for encrypting data
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Lustre configuration for the file cache
    #[track_caller]
    pub fn lustre_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LustreConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of security group IDs for the cache
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to associate with the file cache
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FileCache {
    type Attributes = FileCacheAttributes;
    fn type_name(&self) -> &str {
        "AWS::FSx::FileCache"
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
/// The attributes of a `AWS::FSx::FileCache` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FileCacheAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FileCacheAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FileCacheAttributes {
    /// `Fn::GetAtt` `ResourceARN`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceARN")
    }
    /// `Fn::GetAtt` `FileCacheId`.
    pub fn file_cache_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FileCacheId")
    }
    /// `Fn::GetAtt` `DNSName`.
    pub fn dns_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DNSName")
    }
    /// `Fn::GetAtt` `VpcId`.
    pub fn vpc_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcId")
    }
    /// `Fn::GetAtt` `NetworkInterfaceIds`.
    pub fn network_interface_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "NetworkInterfaceIds")
    }
    /// `Fn::GetAtt` `DataRepositoryAssociationIds`.
    pub fn data_repository_association_ids(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "DataRepositoryAssociationIds")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `Lifecycle`.
    pub fn lifecycle(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Lifecycle")
    }
    /// `Fn::GetAtt` `LustreConfiguration.MountName`.
    pub fn lustre_configuration_mount_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LustreConfiguration.MountName")
    }
    /// `Fn::GetAtt` `LustreConfiguration.LogConfiguration`.
    pub fn lustre_configuration_log_configuration(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LustreConfiguration.LogConfiguration")
    }
}

/// The values CloudFormation documents: `LUSTRE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileCacheType {
    /// `LUSTRE`
    Lustre,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FileCacheType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lustre => "LUSTRE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LUSTRE"]
    }
}
impl ::std::convert::From<FileCacheType> for ::forma_core::Value<FileCacheType> {
    fn from(v: FileCacheType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FileCacheType {}

/// The `DataRepositoryAssociation` property type of `AWS::FSx::FileCache`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataRepositoryAssociation {
    props: ::forma_core::schema::Props,
}
impl DataRepositoryAssociation {
    /// A new value with its required properties: `DataRepositoryPath`, `FileCachePath`.
    pub fn new(
        data_repository_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        file_cache_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_repository_path.into().into_expr());
        props.set(1, file_cache_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataRepositoryAssociation> for ::forma_core::Value<DataRepositoryAssociation> {
    fn from(v: DataRepositoryAssociation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_REPOSITORY_ASSOCIATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CACHE_1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeploymentType {
    /// `CACHE_1`
    Cache1,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeploymentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cache1 => "CACHE_1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CACHE_1"]
    }
}
impl ::std::convert::From<DeploymentType> for ::forma_core::Value<DeploymentType> {
    fn from(v: DeploymentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeploymentType {}

/// The `LustreConfiguration` property type of `AWS::FSx::FileCache`.
#[derive(Debug, Clone, PartialEq)]
pub struct LustreConfiguration {
    props: ::forma_core::schema::Props,
}
impl LustreConfiguration {
    /// A new value with its required properties: `DeploymentType`, `MetadataConfiguration`, `PerUnitStorageThroughput`.
    pub fn new(
        deployment_type: impl ::forma_core::schema::EnumArg<DeploymentType>,
        metadata_configuration: impl ::std::convert::Into<::forma_core::Value<MetadataConfiguration>>,
        per_unit_storage_throughput: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, deployment_type.into_enum_expr());
        props.set(2, metadata_configuration.into().into_expr());
        props.set(4, per_unit_storage_throughput.into().into_expr());
        Self { props }
    }
    /// `LogConfiguration`.
    pub fn log_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MountName`.
    ///
    /// Allowed: length 1 to 8.
    pub fn mount_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `WeeklyMaintenanceStartTime`.
    ///
    /// Allowed: length 7 to 7.
    pub fn weekly_maintenance_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LustreConfiguration> for ::forma_core::Value<LustreConfiguration> {
    fn from(v: LustreConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LUSTRE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::FSx::FileCache`.
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

/// The values CloudFormation documents: `DISABLED`, `WARN_ONLY`, `ERROR_ONLY`, `WARN_ERROR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level {
    /// `DISABLED`
    Disabled,
    /// `WARN_ONLY`
    WarnOnly,
    /// `ERROR_ONLY`
    ErrorOnly,
    /// `WARN_ERROR`
    WarnError,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Level {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::WarnOnly => "WARN_ONLY",
            Self::ErrorOnly => "ERROR_ONLY",
            Self::WarnError => "WARN_ERROR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "WARN_ONLY", "ERROR_ONLY", "WARN_ERROR"]
    }
}
impl ::std::convert::From<Level> for ::forma_core::Value<Level> {
    fn from(v: Level) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Level {}

/// The `LogConfiguration` property type of `AWS::FSx::FileCache`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogConfiguration {
    /// A new value with its required properties: `Level`.
    pub fn new(level: impl ::forma_core::schema::EnumArg<Level>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, level.into_enum_expr());
        Self { props }
    }
    /// `Destination`.
    ///
    /// Allowed: length 8 to 1024.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LogConfiguration> for ::forma_core::Value<LogConfiguration> {
    fn from(v: LogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIGURATION_TYPE.properties))
    }
}

/// The `MetadataConfiguration` property type of `AWS::FSx::FileCache`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataConfiguration {
    props: ::forma_core::schema::Props,
}
impl MetadataConfiguration {
    /// A new value with its required properties: `StorageCapacity`.
    pub fn new(storage_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, storage_capacity.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MetadataConfiguration> for ::forma_core::Value<MetadataConfiguration> {
    fn from(v: MetadataConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::FSx::FileCache`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::FSx::FileCache",
    properties: &[
        ::forma_core::schema::Property {
            name: "CopyTagsToDataRepositoryAssociations",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DataRepositoryAssociations",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_REPOSITORY_ASSOCIATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(8) },
            ),
        },
        ::forma_core::schema::Property {
            name: "FileCacheType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["LUSTRE"]),
        },
        ::forma_core::schema::Property {
            name: "FileCacheTypeVersion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9](\\.[0-9]*)*$"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.{1,2048}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LustreConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LUSTRE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(sg-[0-9a-f]{8,})$"),
                    min_length: Some(11),
                    max_length: Some(20),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "StorageCapacity",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(2147483647.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(subnet-[0-9a-f]{8,})$"),
                    min_length: Some(15),
                    max_length: Some(24),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "ResourceARN",
        "FileCacheId",
        "DNSName",
        "VpcId",
        "NetworkInterfaceIds",
        "DataRepositoryAssociationIds",
        "OwnerId",
        "CreationTime",
        "Lifecycle",
        "LustreConfiguration.MountName",
        "LustreConfiguration.LogConfiguration",
    ],
};

static DATA_REPOSITORY_ASSOCIATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileCache.DataRepositoryAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataRepositoryPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{3,4357}$"),
                min_length: Some(3),
                max_length: Some(4357),
            }),
        },
        ::forma_core::schema::Property {
            name: "FileCachePath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,4096}$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
    ],
    rules: &[],
};

static LUSTRE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileCache.LustreConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeploymentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CACHE_1"]),
        },
        ::forma_core::schema::Property {
            name: "LogConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetadataConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&METADATA_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MountName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([A-Za-z0-9_-]{1,8})$"),
                min_length: Some(1),
                max_length: Some(8),
            }),
        },
        ::forma_core::schema::Property {
            name: "PerUnitStorageThroughput",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(12.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "WeeklyMaintenanceStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[1-7]:([01]\\d|2[0-3]):?([0-5]\\d)$"),
                min_length: Some(7),
                max_length: Some(7),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileCache.Tag",
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
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileCache.LogConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(8),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "WARN_ONLY", "ERROR_ONLY", "WARN_ERROR"]),
        },
    ],
    rules: &[],
};

static METADATA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::FSx::FileCache.MetadataConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "StorageCapacity",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(2147483647.0),
        }),
    }],
    rules: &[],
};
