// @generated from AWS::Personalize::Dataset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Personalize::Dataset` and its property types.

/// Resource schema for AWS::Personalize::Dataset.
///
/// CloudFormation type `AWS::Personalize::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    props: ::forma_core::schema::Props,
}
impl Dataset {
    /// A new resource with its required properties: `DatasetGroupArn`, `DatasetType`, `Name`, `SchemaArn`.
    #[track_caller]
    pub fn new(
        dataset_group_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dataset_type: impl ::forma_core::schema::EnumArg<DatasetType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schema_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, dataset_group_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, dataset_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, schema_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Initial DatasetImportJob for the created dataset
    #[track_caller]
    pub fn dataset_import_job(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatasetImportJob>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags used to organize, track, or control access for this resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Dataset {
    type Attributes = DatasetAttributes;
    fn type_name(&self) -> &str {
        "AWS::Personalize::Dataset"
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
/// The attributes of a `AWS::Personalize::Dataset` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DatasetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DatasetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DatasetAttributes {
    /// `Fn::GetAtt` `DatasetArn`.
    pub fn dataset_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatasetArn")
    }
}

/// The values CloudFormation documents: `Interactions`, `Items`, `Users`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatasetType {
    /// `Interactions`
    Interactions,
    /// `Items`
    Items,
    /// `Users`
    Users,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DatasetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Interactions => "Interactions",
            Self::Items => "Items",
            Self::Users => "Users",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Interactions", "Items", "Users"]
    }
}
impl ::std::convert::From<DatasetType> for ::forma_core::Value<DatasetType> {
    fn from(v: DatasetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DatasetType {}

/// Initial DatasetImportJob for the created dataset
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetImportJob {
    props: ::forma_core::schema::Props,
}
impl DatasetImportJob {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon S3 bucket that contains the training data to import.
    pub fn data_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatasetImportJobDataSource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the dataset that receives the imported data
    ///
    /// Allowed: length 0 to 256.
    pub fn dataset_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the dataset import job
    ///
    /// Allowed: length 0 to 256.
    pub fn dataset_import_job_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name for the dataset import job.
    ///
    /// Allowed: length 1 to 63.
    pub fn job_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The ARN of the IAM role that has permissions to read from the Amazon S3 data source.
    ///
    /// Allowed: length 0 to 256.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatasetImportJob {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatasetImportJob> for ::forma_core::Value<DatasetImportJob> {
    fn from(v: DatasetImportJob) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_IMPORT_JOB_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Personalize::Dataset`.
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

/// The Amazon S3 bucket that contains the training data to import.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetImportJobDataSource {
    props: ::forma_core::schema::Props,
}
impl DatasetImportJobDataSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The path to the Amazon S3 bucket where the data that you want to upload to your dataset is stored.
    ///
    /// Allowed: length 0 to 256.
    pub fn data_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatasetImportJobDataSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatasetImportJobDataSource> for ::forma_core::Value<DatasetImportJobDataSource> {
    fn from(v: DatasetImportJobDataSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_IMPORT_JOB_DATA_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::Personalize::Dataset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Personalize::Dataset",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetGroupArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:([a-z\\d-]+):personalize:.*:.*:.+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatasetImportJob",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_IMPORT_JOB_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatasetType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Interactions", "Items", "Users"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:([a-z\\d-]+):personalize:.*:.*:.+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["DatasetArn"],
};

static DATASET_IMPORT_JOB_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::Dataset.DatasetImportJob",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_IMPORT_JOB_DATA_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatasetArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:([a-z\\d-]+):personalize:.*:.*:.+"),
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatasetImportJobArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:([a-z\\d-]+):personalize:.*:.*:.+"),
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:([a-z\\d-]+):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"),
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::Dataset.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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

static DATASET_IMPORT_JOB_DATA_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Personalize::Dataset.DatasetImportJobDataSource",
    properties: &[::forma_core::schema::Property {
        name: "DataLocation",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("(s3|http|https)://.+"),
            min_length: None,
            max_length: Some(256),
        }),
    }],
    rules: &[],
};
