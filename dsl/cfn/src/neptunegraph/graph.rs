// @generated from AWS::NeptuneGraph::Graph (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NeptuneGraph::Graph` and its property types.

/// The AWS::NeptuneGraph::Graph resource creates an Amazon NeptuneGraph Graph.
///
/// CloudFormation type `AWS::NeptuneGraph::Graph`.
#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    props: ::forma_core::schema::Props,
}
impl Graph {
    /// A new resource with its required properties: `ProvisionedMemory`.
    #[track_caller]
    pub fn new(provisioned_memory: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, provisioned_memory.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Value that indicates whether the Graph has deletion protection enabled.
    #[track_caller]
    pub fn deletion_protection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Contains a user-supplied name for the Graph.
    ///
    /// Allowed: length 1 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn graph_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The details of the import task to use to create the graph.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn import_task(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImportTask>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMS key used to encrypt data in the Neptune Analytics graph.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the Graph can be reached over the internet.
    #[track_caller]
    pub fn public_connectivity(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the number of replicas you want when finished.
    ///
    /// Allowed: 0 to 2.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn replica_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with this graph.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Vector Search Configuration
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vector_search_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VectorSearchConfiguration>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Graph {
    type Attributes = GraphAttributes;
    fn type_name(&self) -> &str {
        "AWS::NeptuneGraph::Graph"
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
/// The attributes of a `AWS::NeptuneGraph::Graph` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GraphAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GraphAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GraphAttributes {
    /// `Fn::GetAtt` `GraphArn`.
    pub fn graph_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GraphArn")
    }
    /// `Fn::GetAtt` `GraphId`.
    pub fn graph_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GraphId")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
}

/// The values CloudFormation documents: `convertToIri`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlankNodeHandling {
    /// `convertToIri`
    ConvertToIri,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl BlankNodeHandling {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConvertToIri => "convertToIri",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["convertToIri"]
    }
}
impl ::std::convert::From<BlankNodeHandling> for ::forma_core::Value<BlankNodeHandling> {
    fn from(v: BlankNodeHandling) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for BlankNodeHandling {}

/// The values CloudFormation documents: `CSV`, `OPEN_CYPHER`, `PARQUET`, `NTRIPLES`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `CSV`
    Csv,
    /// `OPEN_CYPHER`
    OpenCypher,
    /// `PARQUET`
    Parquet,
    /// `NTRIPLES`
    Ntriples,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "CSV",
            Self::OpenCypher => "OPEN_CYPHER",
            Self::Parquet => "PARQUET",
            Self::Ntriples => "NTRIPLES",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CSV", "OPEN_CYPHER", "PARQUET", "NTRIPLES"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// The values CloudFormation documents: `COLUMNAR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParquetType {
    /// `COLUMNAR`
    Columnar,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ParquetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Columnar => "COLUMNAR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COLUMNAR"]
    }
}
impl ::std::convert::From<ParquetType> for ::forma_core::Value<ParquetType> {
    fn from(v: ParquetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ParquetType {}

/// The import task details to import data into the graph at creation time.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportTask {
    props: ::forma_core::schema::Props,
}
impl ImportTask {
    /// A new value with its required properties: `RoleArn`, `Source`.
    pub fn new(
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(7, role_arn.into().into_expr());
        props.set(8, source.into().into_expr());
        Self { props }
    }
    /// The method to handle blank nodes in the dataset.
    pub fn blank_node_handling(mut self, value: impl ::forma_core::schema::EnumArg<BlankNodeHandling>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// If set to true, the task halts when an import error is encountered.
    pub fn fail_on_error(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the format of S3 data to be imported.
    pub fn format(mut self, value: impl ::forma_core::schema::EnumArg<Format>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Contains options for controlling the import process.
    pub fn import_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImportOptions>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The maximum provisioned memory-optimized Neptune Capacity Units (m-NCUs) to use for the graph.
    ///
    /// Allowed: 16 to 24576.
    pub fn max_provisioned_memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The minimum provisioned memory-optimized Neptune Capacity Units (m-NCUs) to use for the graph.
    ///
    /// Allowed: 16 to 24576.
    pub fn min_provisioned_memory(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The parquet type of the import task.
    pub fn parquet_type(mut self, value: impl ::forma_core::schema::EnumArg<ParquetType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ImportTask> for ::forma_core::Value<ImportTask> {
    fn from(v: ImportTask) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMPORT_TASK_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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
    /// The value for the tag.
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

/// The vector search configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorSearchConfiguration {
    props: ::forma_core::schema::Props,
}
impl VectorSearchConfiguration {
    /// A new value with its required properties: `VectorSearchDimension`.
    pub fn new(vector_search_dimension: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, vector_search_dimension.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VectorSearchConfiguration> for ::forma_core::Value<VectorSearchConfiguration> {
    fn from(v: VectorSearchConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VECTOR_SEARCH_CONFIGURATION_TYPE.properties))
    }
}

/// Contains options for controlling the import process.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOptions {
    props: ::forma_core::schema::Props,
}
impl ImportOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Options for importing data from a Neptune database.
    pub fn neptune(mut self, value: impl ::std::convert::Into<::forma_core::Value<NeptuneImportOptions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImportOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImportOptions> for ::forma_core::Value<ImportOptions> {
    fn from(v: ImportOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMPORT_OPTIONS_TYPE.properties))
    }
}

/// Options for importing data from a Neptune database.
#[derive(Debug, Clone, PartialEq)]
pub struct NeptuneImportOptions {
    props: ::forma_core::schema::Props,
}
impl NeptuneImportOptions {
    /// A new value with its required properties: `S3ExportKmsKeyId`, `S3ExportPath`.
    pub fn new(
        s3_export_kms_key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_export_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, s3_export_kms_key_id.into().into_expr());
        props.set(3, s3_export_path.into().into_expr());
        Self { props }
    }
    /// Neptune Analytics supports label-less vertices and no labels are assigned unless one is explicitly provided.
    pub fn preserve_default_vertex_labels(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Neptune Analytics currently does not support user defined edge ids.
    pub fn preserve_edge_ids(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NeptuneImportOptions> for ::forma_core::Value<NeptuneImportOptions> {
    fn from(v: NeptuneImportOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NEPTUNE_IMPORT_OPTIONS_TYPE.properties))
    }
}

/// The schema of `AWS::NeptuneGraph::Graph`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::NeptuneGraph::Graph",
properties: &[
::forma_core::schema::Property { name: "DeletionProtection", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "GraphName", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$"), min_length: Some(1), max_length: Some(63) }) },
::forma_core::schema::Property { name: "ImportTask", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&IMPORT_TASK_TYPE) },
::forma_core::schema::Property { name: "KmsKeyIdentifier", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:aws(|-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}"), min_length: Some(1), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "ProvisionedMemory", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(16.0), maximum: Some(24576.0) }) },
::forma_core::schema::Property { name: "PublicConnectivity", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "ReplicaCount", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(2.0) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
::forma_core::schema::Property { name: "VectorSearchConfiguration", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&VECTOR_SEARCH_CONFIGURATION_TYPE) },
],
rules: &[],
attributes: &["GraphArn", "GraphId", "Endpoint"],
};

static IMPORT_TASK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NeptuneGraph::Graph.ImportTask",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlankNodeHandling",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["convertToIri"]),
        },
        ::forma_core::schema::Property {
            name: "FailOnError",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CSV", "OPEN_CYPHER", "PARQUET", "NTRIPLES"]),
        },
        ::forma_core::schema::Property {
            name: "ImportOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMPORT_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxProvisionedMemory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(16.0),
                maximum: Some(24576.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinProvisionedMemory",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(16.0),
                maximum: Some(24576.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ParquetType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["COLUMNAR"]),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws[^:]*:iam::[0-9]{12}:(role|role/service-role)(/[\\w+=,.@-]+)+"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NeptuneGraph::Graph.Tag",
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

static VECTOR_SEARCH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NeptuneGraph::Graph.VectorSearchConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "VectorSearchDimension",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static IMPORT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NeptuneGraph::Graph.ImportOptions",
    properties: &[::forma_core::schema::Property {
        name: "Neptune",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&NEPTUNE_IMPORT_OPTIONS_TYPE),
    }],
    rules: &[],
};

static NEPTUNE_IMPORT_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NeptuneGraph::Graph.NeptuneImportOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "PreserveDefaultVertexLabels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PreserveEdgeIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "S3ExportKmsKeyId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3ExportPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
