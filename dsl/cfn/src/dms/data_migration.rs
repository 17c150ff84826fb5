// @generated from AWS::DMS::DataMigration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DMS::DataMigration` and its property types.

/// Resource schema for AWS::DMS::DataMigration.
///
/// CloudFormation type `AWS::DMS::DataMigration`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataMigration {
    props: ::forma_core::schema::Props,
}
impl DataMigration {
    /// A new resource with its required properties: `DataMigrationType`, `MigrationProjectIdentifier`, `ServiceAccessRoleArn`.
    #[track_caller]
    pub fn new(
        data_migration_type: impl ::forma_core::schema::EnumArg<DataMigrationType>,
        migration_project_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_access_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, data_migration_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, migration_project_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, service_access_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// [DEPRECATED] This property is unused and will be ignored.
    ///
    /// Allowed: length 1 to 300.
    #[track_caller]
    pub fn data_migration_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes a name to identify the data migration.
    ///
    /// Allowed: length 1 to 300.
    #[track_caller]
    pub fn data_migration_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes the settings for the data migration.
    #[track_caller]
    pub fn data_migration_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataMigrationSettings>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes the settings for the data migration.
    #[track_caller]
    pub fn source_data_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceDataSettings>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataMigration {
    type Attributes = DataMigrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::DMS::DataMigration"
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
/// The attributes of a `AWS::DMS::DataMigration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataMigrationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataMigrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataMigrationAttributes {
    /// `Fn::GetAtt` `DataMigrationArn`.
    pub fn data_migration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataMigrationArn")
    }
    /// `Fn::GetAtt` `DataMigrationCreateTime`.
    pub fn data_migration_create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataMigrationCreateTime")
    }
}

/// The values CloudFormation documents: `full-load`, `cdc`, `full-load-and-cdc`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataMigrationType {
    /// `full-load`
    FullLoad,
    /// `cdc`
    Cdc,
    /// `full-load-and-cdc`
    FullLoadAndCdc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataMigrationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FullLoad => "full-load",
            Self::Cdc => "cdc",
            Self::FullLoadAndCdc => "full-load-and-cdc",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["full-load", "cdc", "full-load-and-cdc"]
    }
}
impl ::std::convert::From<DataMigrationType> for ::forma_core::Value<DataMigrationType> {
    fn from(v: DataMigrationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataMigrationType {}

/// The `DataMigrationSettings` property type of `AWS::DMS::DataMigration`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataMigrationSettings {
    props: ::forma_core::schema::Props,
}
impl DataMigrationSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The property specifies whether to enable the CloudWatch log.
    pub fn cloudwatch_logs_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The number of parallel jobs that trigger parallel threads to unload the tables from the source, and then load them to the target.
    ///
    /// Allowed: 1 to 50.
    pub fn number_of_jobs(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The property specifies the rules of selecting objects for data migration.
    pub fn selection_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataMigrationSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataMigrationSettings> for ::forma_core::Value<DataMigrationSettings> {
    fn from(v: DataMigrationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_MIGRATION_SETTINGS_TYPE.properties))
    }
}

/// The `SourceDataSettings` property type of `AWS::DMS::DataMigration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceDataSettings {
    props: ::forma_core::schema::Props,
}
impl SourceDataSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The property is a point in the database engine's log that defines a time where you can begin CDC.
    ///
    /// Allowed: length 0 to 40.
    pub fn cdc_start_position(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The property indicates the start time for a change data capture (CDC) operation.
    ///
    /// Allowed: length 0 to 40.
    pub fn cdc_start_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The property indicates the stop time for a change data capture (CDC) operation.
    ///
    /// Allowed: length 0 to 40.
    pub fn cdc_stop_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The property sets the name of a previously created logical replication slot for a change data capture (CDC) load of the source instance.
    ///
    /// Allowed: length 0 to 255.
    pub fn slot_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceDataSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceDataSettings> for ::forma_core::Value<SourceDataSettings> {
    fn from(v: SourceDataSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_DATA_SETTINGS_TYPE.properties))
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

/// The schema of `AWS::DMS::DataMigration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DMS::DataMigration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataMigrationIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataMigrationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataMigrationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_MIGRATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataMigrationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["full-load", "cdc", "full-load-and-cdc"]),
        },
        ::forma_core::schema::Property {
            name: "MigrationProjectIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccessRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceDataSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SOURCE_DATA_SETTINGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    attributes: &["DataMigrationArn", "DataMigrationCreateTime"],
};

static DATA_MIGRATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataMigration.DataMigrationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CloudwatchLogsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NumberOfJobs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(50.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SelectionRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SOURCE_DATA_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataMigration.SourceDataSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CDCStartPosition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "CDCStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "CDCStopTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "SlotName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::DataMigration.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
