// @generated from AWS::Glue::TableOptimizer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::TableOptimizer` and its property types.

/// Resource Type definition for AWS::Glue::TableOptimizer
///
/// CloudFormation type `AWS::Glue::TableOptimizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableOptimizer {
    props: ::forma_core::schema::Props,
}
impl TableOptimizer {
    /// A new resource with its required properties: `CatalogId`, `DatabaseName`, `TableName`, `TableOptimizerConfiguration`, `Type`.
    #[track_caller]
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_optimizer_configuration: impl ::std::convert::Into<::forma_core::Value<TableOptimizerConfiguration>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, catalog_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, database_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, table_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, table_optimizer_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TableOptimizer {
    type Attributes = TableOptimizerAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::TableOptimizer"
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
/// The attributes of a `AWS::Glue::TableOptimizer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TableOptimizerAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TableOptimizerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `compaction`, `orphan_file_deletion`, `retention`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `compaction`
    Compaction,
    /// `orphan_file_deletion`
    OrphanFileDeletion,
    /// `retention`
    Retention,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Compaction => "compaction",
            Self::OrphanFileDeletion => "orphan_file_deletion",
            Self::Retention => "retention",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["compaction", "orphan_file_deletion", "retention"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `TableOptimizerConfiguration` property type of `AWS::Glue::TableOptimizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableOptimizerConfiguration {
    props: ::forma_core::schema::Props,
}
impl TableOptimizerConfiguration {
    /// A new value with its required properties: `Enabled`, `RoleArn`.
    pub fn new(
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enabled.into().into_expr());
        props.set(4, role_arn.into().into_expr());
        Self { props }
    }
    /// The configuration for a compaction optimizer.
    pub fn compaction_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CompactionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// OrphanFileDeletionConfiguration is a property that can be included within the TableOptimizer resource.
    pub fn orphan_file_deletion_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OrphanFileDeletionConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The configuration for a snapshot retention optimizer for Apache Iceberg tables.
    pub fn retention_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RetentionConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An object that describes the VPC configuration for a table optimizer.
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TableOptimizerConfiguration> for ::forma_core::Value<TableOptimizerConfiguration> {
    fn from(v: TableOptimizerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_OPTIMIZER_CONFIGURATION_TYPE.properties))
    }
}

/// The `CompactionConfiguration` property type of `AWS::Glue::TableOptimizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct CompactionConfiguration {
    props: ::forma_core::schema::Props,
}
impl CompactionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for an Iceberg compaction optimizer.
    pub fn iceberg_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IcebergCompactionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CompactionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CompactionConfiguration> for ::forma_core::Value<CompactionConfiguration> {
    fn from(v: CompactionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `OrphanFileDeletionConfiguration` property type of `AWS::Glue::TableOptimizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrphanFileDeletionConfiguration {
    props: ::forma_core::schema::Props,
}
impl OrphanFileDeletionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IcebergConfiguration property helps optimize your Iceberg tables in AWS Glue by allowing you to specify format-specific settings that control how data is stored, compressed, and managed.
    pub fn iceberg_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IcebergConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OrphanFileDeletionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OrphanFileDeletionConfiguration> for ::forma_core::Value<OrphanFileDeletionConfiguration> {
    fn from(v: OrphanFileDeletionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORPHAN_FILE_DELETION_CONFIGURATION_TYPE.properties))
    }
}

/// The `RetentionConfiguration` property type of `AWS::Glue::TableOptimizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionConfiguration {
    props: ::forma_core::schema::Props,
}
impl RetentionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for an Iceberg snapshot retention optimizer.
    pub fn iceberg_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IcebergRetentionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RetentionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RetentionConfiguration> for ::forma_core::Value<RetentionConfiguration> {
    fn from(v: RetentionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETENTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `VpcConfiguration` property type of `AWS::Glue::TableOptimizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the AWS Glue connection used for the VPC for the table optimizer.
    pub fn glue_connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConfiguration> for ::forma_core::Value<VpcConfiguration> {
    fn from(v: VpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `binpack`, `sort`, `z-order`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Strategy {
    /// `binpack`
    Binpack,
    /// `sort`
    Sort,
    /// `z-order`
    ZOrder,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Strategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Binpack => "binpack",
            Self::Sort => "sort",
            Self::ZOrder => "z-order",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["binpack", "sort", "z-order"]
    }
}
impl ::std::convert::From<Strategy> for ::forma_core::Value<Strategy> {
    fn from(v: Strategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Strategy {}

/// The `IcebergCompactionConfiguration` property type of `AWS::Glue::TableOptimizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergCompactionConfiguration {
    props: ::forma_core::schema::Props,
}
impl IcebergCompactionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The minimum number of deletes in a data file to make it eligible for compaction.
    pub fn delete_file_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of input files before compaction is triggered.
    pub fn min_input_files(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The compaction strategy to use.
    pub fn strategy(mut self, value: impl ::forma_core::schema::EnumArg<Strategy>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for IcebergCompactionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IcebergCompactionConfiguration> for ::forma_core::Value<IcebergCompactionConfiguration> {
    fn from(v: IcebergCompactionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_COMPACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `IcebergConfiguration` property type of `AWS::Glue::TableOptimizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergConfiguration {
    props: ::forma_core::schema::Props,
}
impl IcebergConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies a directory in which to look for orphan files (defaults to the table's location).
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The specific number of days you want to keep the orphan files.
    pub fn orphan_file_retention_period_in_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IcebergConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IcebergConfiguration> for ::forma_core::Value<IcebergConfiguration> {
    fn from(v: IcebergConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_CONFIGURATION_TYPE.properties))
    }
}

/// The `IcebergRetentionConfiguration` property type of `AWS::Glue::TableOptimizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct IcebergRetentionConfiguration {
    props: ::forma_core::schema::Props,
}
impl IcebergRetentionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CleanExpiredFiles`.
    pub fn clean_expired_files(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `NumberOfSnapshotsToRetain`.
    pub fn number_of_snapshots_to_retain(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SnapshotRetentionPeriodInDays`.
    pub fn snapshot_retention_period_in_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IcebergRetentionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IcebergRetentionConfiguration> for ::forma_core::Value<IcebergRetentionConfiguration> {
    fn from(v: IcebergRetentionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ICEBERG_RETENTION_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::TableOptimizer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::TableOptimizer",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableOptimizerConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TABLE_OPTIMIZER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["compaction", "orphan_file_deletion", "retention"]),
        },
    ],
    rules: &[],
    attributes: &[],
};

static TABLE_OPTIMIZER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::TableOptimizer.TableOptimizerConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CompactionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPACTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "OrphanFileDeletionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORPHAN_FILE_DELETION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RetentionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETENTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static COMPACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::TableOptimizer.CompactionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "IcebergConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ICEBERG_COMPACTION_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static ORPHAN_FILE_DELETION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Glue::TableOptimizer.OrphanFileDeletionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "IcebergConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ICEBERG_CONFIGURATION_TYPE),
        }],
        rules: &[],
    };

static RETENTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::TableOptimizer.RetentionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "IcebergConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ICEBERG_RETENTION_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::TableOptimizer.VpcConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "GlueConnectionName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ICEBERG_COMPACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::TableOptimizer.IcebergCompactionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteFileThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinInputFiles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Strategy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["binpack", "sort", "z-order"]),
        },
    ],
    rules: &[],
};

static ICEBERG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::TableOptimizer.IcebergConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OrphanFileRetentionPeriodInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static ICEBERG_RETENTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::TableOptimizer.IcebergRetentionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CleanExpiredFiles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NumberOfSnapshotsToRetain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SnapshotRetentionPeriodInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
