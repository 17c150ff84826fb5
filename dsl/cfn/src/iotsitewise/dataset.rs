// @generated from AWS::IoTSiteWise::Dataset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTSiteWise::Dataset` and its property types.

/// Resource schema for AWS::IoTSiteWise::Dataset.
///
/// CloudFormation type `AWS::IoTSiteWise::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    props: ::forma_core::schema::Props,
}
impl Dataset {
    /// A new resource with its required properties: `DatasetName`.
    #[track_caller]
    pub fn new(dataset_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, dataset_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration for the dataset.
    #[track_caller]
    pub fn dataset_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<DatasetConfig>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description about the dataset, and its functionality.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn dataset_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The data source for the dataset.
    #[track_caller]
    pub fn dataset_source(mut self, value: impl ::std::convert::Into<::forma_core::Value<DatasetSource>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of the dataset.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn dataset_type(mut self, value: impl ::forma_core::schema::EnumArg<DatasetType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the workspace associated with the dataset.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn workspace_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Dataset {
    type Attributes = DatasetAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTSiteWise::Dataset"
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
/// The attributes of a `AWS::IoTSiteWise::Dataset` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `DatasetId`.
    pub fn dataset_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatasetId")
    }
}

/// The values CloudFormation documents: `SESSION`, `CURATED`, `EXTERNAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatasetType {
    /// `SESSION`
    Session,
    /// `CURATED`
    Curated,
    /// `EXTERNAL`
    External,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DatasetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Session => "SESSION",
            Self::Curated => "CURATED",
            Self::External => "EXTERNAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SESSION", "CURATED", "EXTERNAL"]
    }
}
impl ::std::convert::From<DatasetType> for ::forma_core::Value<DatasetType> {
    fn from(v: DatasetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DatasetType {}

/// The `DatasetConfig` property type of `AWS::IoTSiteWise::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetConfig {
    props: ::forma_core::schema::Props,
}
impl DatasetConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The session configuration for a SESSION dataset.
    pub fn session(mut self, value: impl ::std::convert::Into<::forma_core::Value<SessionConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatasetConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatasetConfig> for ::forma_core::Value<DatasetConfig> {
    fn from(v: DatasetConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `KNOWLEDGE_BASE`, `TIMESERIES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceFormat {
    /// `KNOWLEDGE_BASE`
    KnowledgeBase,
    /// `TIMESERIES`
    Timeseries,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KnowledgeBase => "KNOWLEDGE_BASE",
            Self::Timeseries => "TIMESERIES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KNOWLEDGE_BASE", "TIMESERIES"]
    }
}
impl ::std::convert::From<SourceFormat> for ::forma_core::Value<SourceFormat> {
    fn from(v: SourceFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceFormat {}

/// The values CloudFormation documents: `KENDRA`, `SITEWISE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceType {
    /// `KENDRA`
    Kendra,
    /// `SITEWISE`
    Sitewise,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Kendra => "KENDRA",
            Self::Sitewise => "SITEWISE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KENDRA", "SITEWISE"]
    }
}
impl ::std::convert::From<SourceType> for ::forma_core::Value<SourceType> {
    fn from(v: SourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceType {}

/// The `DatasetSource` property type of `AWS::IoTSiteWise::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetSource {
    props: ::forma_core::schema::Props,
}
impl DatasetSource {
    /// A new value with its required properties: `SourceFormat`, `SourceType`.
    pub fn new(
        source_format: impl ::forma_core::schema::EnumArg<SourceFormat>,
        source_type: impl ::forma_core::schema::EnumArg<SourceType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, source_format.into_enum_expr());
        props.set(2, source_type.into_enum_expr());
        Self { props }
    }
    /// The details of the dataset source associated with the dataset.
    pub fn source_detail(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourceDetail>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DatasetSource> for ::forma_core::Value<DatasetSource> {
    fn from(v: DatasetSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATASET_SOURCE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::IoTSiteWise::Dataset`.
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

/// The `SessionConfig` property type of `AWS::IoTSiteWise::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionConfig {
    props: ::forma_core::schema::Props,
}
impl SessionConfig {
    /// A new value with its required properties: `SessionEndTime`, `SessionStartTime`.
    pub fn new(
        session_end_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        session_start_time: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, session_end_time.into().into_expr());
        props.set(1, session_start_time.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SessionConfig> for ::forma_core::Value<SessionConfig> {
    fn from(v: SessionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SESSION_CONFIG_TYPE.properties))
    }
}

/// The `SourceDetail` property type of `AWS::IoTSiteWise::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceDetail {
    props: ::forma_core::schema::Props,
}
impl SourceDetail {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains details about the Kendra dataset source.
    pub fn kendra(mut self, value: impl ::std::convert::Into<::forma_core::Value<KendraSourceDetail>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceDetail {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceDetail> for ::forma_core::Value<SourceDetail> {
    fn from(v: SourceDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_DETAIL_TYPE.properties))
    }
}

/// The `KendraSourceDetail` property type of `AWS::IoTSiteWise::Dataset`.
#[derive(Debug, Clone, PartialEq)]
pub struct KendraSourceDetail {
    props: ::forma_core::schema::Props,
}
impl KendraSourceDetail {
    /// A new value with its required properties: `KnowledgeBaseArn`, `RoleArn`.
    pub fn new(
        knowledge_base_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, knowledge_base_arn.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KendraSourceDetail> for ::forma_core::Value<KendraSourceDetail> {
    fn from(v: KendraSourceDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KENDRA_SOURCE_DETAIL_TYPE.properties))
    }
}

/// The schema of `AWS::IoTSiteWise::Dataset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTSiteWise::Dataset",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatasetDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\u0000-\\u001F\\u007F]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatasetName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _\\-#$*!@.]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatasetSource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATASET_SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatasetType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SESSION", "CURATED", "EXTERNAL"]),
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
            name: "WorkspaceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["DatasetArn", "DatasetId"],
};

static DATASET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Dataset.DatasetConfig",
    properties: &[::forma_core::schema::Property {
        name: "Session",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SESSION_CONFIG_TYPE),
    }],
    rules: &[],
};

static DATASET_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Dataset.DatasetSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "SourceDetail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_DETAIL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KNOWLEDGE_BASE", "TIMESERIES"]),
        },
        ::forma_core::schema::Property {
            name: "SourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KENDRA", "SITEWISE"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Dataset.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SESSION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Dataset.SessionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SessionEndTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SessionStartTime",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SOURCE_DETAIL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Dataset.SourceDetail",
    properties: &[::forma_core::schema::Property {
        name: "Kendra",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&KENDRA_SOURCE_DETAIL_TYPE),
    }],
    rules: &[],
};

static KENDRA_SOURCE_DETAIL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::Dataset.KendraSourceDetail",
    properties: &[
        ::forma_core::schema::Property {
            name: "KnowledgeBaseArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.]+$"),
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.]+$"),
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
    ],
    rules: &[],
};
