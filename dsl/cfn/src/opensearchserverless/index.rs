// @generated from AWS::OpenSearchServerless::Index (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpenSearchServerless::Index` and its property types.

/// Resource Type definition for AWS::OpenSearchServerless::Index
///
/// CloudFormation type `AWS::OpenSearchServerless::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    props: ::forma_core::schema::Props,
}
impl Index {
    /// A new resource with its required properties: `CollectionEndpoint`, `IndexName`.
    #[track_caller]
    pub fn new(
        collection_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        index_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, collection_endpoint.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, index_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Index Mappings
    #[track_caller]
    pub fn mappings(mut self, value: impl ::std::convert::Into<::forma_core::Value<Mappings>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Index settings
    #[track_caller]
    pub fn settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<IndexSettings>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Index {
    type Attributes = IndexAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpenSearchServerless::Index"
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
/// The attributes of a `AWS::OpenSearchServerless::Index` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IndexAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IndexAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IndexAttributes {
    /// `Fn::GetAtt` `Uuid`.
    pub fn uuid(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Uuid")
    }
}

/// Index Mappings
#[derive(Debug, Clone, PartialEq)]
pub struct Mappings {
    props: ::forma_core::schema::Props,
}
impl Mappings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines the fields within the mapping, including their types and configurations
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Mappings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Mappings> for ::forma_core::Value<Mappings> {
    fn from(v: Mappings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAPPINGS_TYPE.properties))
    }
}

/// The `IndexSettings` property type of `AWS::OpenSearchServerless::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexSettings {
    props: ::forma_core::schema::Props,
}
impl IndexSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Custom analysis configuration including analyzers, tokenizers, and filters
    pub fn analysis(mut self, value: impl ::std::convert::Into<::forma_core::Value<IndexSettingsAnalysis>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Index`.
    pub fn index(mut self, value: impl ::std::convert::Into<::forma_core::Value<IndexSettingsIndex>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IndexSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IndexSettings> for ::forma_core::Value<IndexSettings> {
    fn from(v: IndexSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INDEX_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `16x`, `32x`, `8x`, `4x`, `2x`, `1x`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CompressionLevel {
    /// `16x`
    V16x,
    /// `32x`
    V32x,
    /// `8x`
    V8x,
    /// `4x`
    V4x,
    /// `2x`
    V2x,
    /// `1x`
    V1x,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CompressionLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V16x => "16x",
            Self::V32x => "32x",
            Self::V8x => "8x",
            Self::V4x => "4x",
            Self::V2x => "2x",
            Self::V1x => "1x",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["16x", "32x", "8x", "4x", "2x", "1x"]
    }
}
impl ::std::convert::From<CompressionLevel> for ::forma_core::Value<CompressionLevel> {
    fn from(v: CompressionLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CompressionLevel {}

/// The values CloudFormation documents: `float`, `byte`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataType {
    /// `float`
    Float,
    /// `byte`
    Byte,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Float => "float",
            Self::Byte => "byte",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["float", "byte"]
    }
}
impl ::std::convert::From<DataType> for ::forma_core::Value<DataType> {
    fn from(v: DataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataType {}

/// The values CloudFormation documents: `l2`, `l1`, `linf`, `cosinesimil`, `innerproduct`, `hamming`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpaceType {
    /// `l2`
    L2,
    /// `l1`
    L1,
    /// `linf`
    Linf,
    /// `cosinesimil`
    Cosinesimil,
    /// `innerproduct`
    Innerproduct,
    /// `hamming`
    Hamming,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SpaceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::L2 => "l2",
            Self::L1 => "l1",
            Self::Linf => "linf",
            Self::Cosinesimil => "cosinesimil",
            Self::Innerproduct => "innerproduct",
            Self::Hamming => "hamming",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["l2", "l1", "linf", "cosinesimil", "innerproduct", "hamming"]
    }
}
impl ::std::convert::From<SpaceType> for ::forma_core::Value<SpaceType> {
    fn from(v: SpaceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SpaceType {}

/// The values CloudFormation documents: `text`, `knn_vector`, `keyword`, `integer`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `text`
    Text,
    /// `knn_vector`
    KnnVector,
    /// `keyword`
    Keyword,
    /// `integer`
    Integer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::KnnVector => "knn_vector",
            Self::Keyword => "keyword",
            Self::Integer => "integer",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["text", "knn_vector", "keyword", "integer"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `PropertyMapping` property type of `AWS::OpenSearchServerless::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyMapping {
    props: ::forma_core::schema::Props,
}
impl PropertyMapping {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(8, type_.into_enum_expr());
        Self { props }
    }
    /// The analyzer to use for this field (for text and keyword fields)
    pub fn analyzer(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The compression level for knn_vector fields
    pub fn compression_level(mut self, value: impl ::forma_core::schema::EnumArg<CompressionLevel>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The data type for knn_vector fields (e.g.
    pub fn data_type(mut self, value: impl ::forma_core::schema::EnumArg<DataType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Dimension size for vector fields, defines the number of dimensions in the vector
    pub fn dimension(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Whether a field should be indexed
    pub fn index(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Configuration for k-NN search method
    pub fn method(mut self, value: impl ::std::convert::Into<::forma_core::Value<PropertyMappingMethod>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Nested fields within an object or nested field type
    pub fn properties(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The distance function used for k-NN search (field-level, outside Method)
    pub fn space_type(mut self, value: impl ::forma_core::schema::EnumArg<SpaceType>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// Default value for the field when not specified in a document
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PropertyMapping> for ::forma_core::Value<PropertyMapping> {
    fn from(v: PropertyMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTY_MAPPING_TYPE.properties))
    }
}

/// Custom analysis configuration including analyzers, tokenizers, and filters
#[derive(Debug, Clone, PartialEq)]
pub struct IndexSettingsAnalysis {
    props: ::forma_core::schema::Props,
}
impl IndexSettingsAnalysis {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Custom analyzer definitions
    pub fn analyzer(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IndexSettingsAnalysis {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IndexSettingsAnalysis> for ::forma_core::Value<IndexSettingsAnalysis> {
    fn from(v: IndexSettingsAnalysis) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INDEX_SETTINGS_ANALYSIS_TYPE.properties))
    }
}

/// The `IndexSettingsIndex` property type of `AWS::OpenSearchServerless::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexSettingsIndex {
    props: ::forma_core::schema::Props,
}
impl IndexSettingsIndex {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enable/disable k-nearest neighbor search capability
    pub fn knn(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Size of the dynamic list for the nearest neighbors
    pub fn knn_algo_param_ef_search(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// How often to perform refresh operation (e.g.
    pub fn refresh_interval(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IndexSettingsIndex {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IndexSettingsIndex> for ::forma_core::Value<IndexSettingsIndex> {
    fn from(v: IndexSettingsIndex) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INDEX_SETTINGS_INDEX_TYPE.properties))
    }
}

/// The values CloudFormation documents: `nmslib`, `faiss`, `lucene`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Engine {
    /// `nmslib`
    Nmslib,
    /// `faiss`
    Faiss,
    /// `lucene`
    Lucene,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Engine {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nmslib => "nmslib",
            Self::Faiss => "faiss",
            Self::Lucene => "lucene",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["nmslib", "faiss", "lucene"]
    }
}
impl ::std::convert::From<Engine> for ::forma_core::Value<Engine> {
    fn from(v: Engine) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Engine {}

/// The values CloudFormation documents: `hnsw`, `ivf`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Name {
    /// `hnsw`
    Hnsw,
    /// `ivf`
    Ivf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Name {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hnsw => "hnsw",
            Self::Ivf => "ivf",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["hnsw", "ivf"]
    }
}
impl ::std::convert::From<Name> for ::forma_core::Value<Name> {
    fn from(v: Name) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Name {}

/// Configuration for k-NN search method
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyMappingMethod {
    props: ::forma_core::schema::Props,
}
impl PropertyMappingMethod {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::forma_core::schema::EnumArg<Name>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into_enum_expr());
        Self { props }
    }
    /// The k-NN search engine to use
    pub fn engine(mut self, value: impl ::forma_core::schema::EnumArg<Engine>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Additional parameters for the k-NN algorithm
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PropertyMappingMethodParameters>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The distance function used for k-NN search
    pub fn space_type(mut self, value: impl ::forma_core::schema::EnumArg<SpaceType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<PropertyMappingMethod> for ::forma_core::Value<PropertyMappingMethod> {
    fn from(v: PropertyMappingMethod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTY_MAPPING_METHOD_TYPE.properties))
    }
}

/// The `IndexSettingsAnalysisAnalyzer` property type of `AWS::OpenSearchServerless::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexSettingsAnalysisAnalyzer {
    props: ::forma_core::schema::Props,
}
impl IndexSettingsAnalysisAnalyzer {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Character filters to apply
    pub fn char_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Token filters to apply
    pub fn filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The tokenizer to use
    pub fn tokenizer(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The analyzer type (e.g.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IndexSettingsAnalysisAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IndexSettingsAnalysisAnalyzer> for ::forma_core::Value<IndexSettingsAnalysisAnalyzer> {
    fn from(v: IndexSettingsAnalysisAnalyzer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INDEX_SETTINGS_ANALYSIS_ANALYZER_TYPE.properties))
    }
}

/// Additional parameters for the k-NN algorithm
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyMappingMethodParameters {
    props: ::forma_core::schema::Props,
}
impl PropertyMappingMethodParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The size of the dynamic list used during k-NN graph creation
    ///
    /// Allowed: at least 1.
    pub fn ef_construction(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Number of neighbors to consider during k-NN search
    ///
    /// Allowed: 2 to 100.
    pub fn m(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PropertyMappingMethodParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PropertyMappingMethodParameters> for ::forma_core::Value<PropertyMappingMethodParameters> {
    fn from(v: PropertyMappingMethodParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROPERTY_MAPPING_METHOD_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::OpenSearchServerless::Index`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpenSearchServerless::Index",
    properties: &[
        ::forma_core::schema::Property {
            name: "CollectionEndpoint",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IndexName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?![_-])[a-z][a-z0-9_-]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Mappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAPPINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Settings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INDEX_SETTINGS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Uuid"],
};

static MAPPINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::Index.Mappings",
    properties: &[::forma_core::schema::Property {
        name: "Properties",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PROPERTY_MAPPING_TYPE)),
    }],
    rules: &[],
};

static INDEX_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::Index.IndexSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Analysis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INDEX_SETTINGS_ANALYSIS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Index",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INDEX_SETTINGS_INDEX_TYPE),
        },
    ],
    rules: &[],
};

static PROPERTY_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::Index.PropertyMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "Analyzer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CompressionLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["16x", "32x", "8x", "4x", "2x", "1x"]),
        },
        ::forma_core::schema::Property {
            name: "DataType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["float", "byte"]),
        },
        ::forma_core::schema::Property {
            name: "Dimension",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Index",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Method",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROPERTY_MAPPING_METHOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&PROPERTY_MAPPING_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "SpaceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["l2", "l1", "linf", "cosinesimil", "innerproduct", "hamming"]),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["text", "knn_vector", "keyword", "integer"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INDEX_SETTINGS_ANALYSIS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::Index.IndexSettingsAnalysis",
    properties: &[::forma_core::schema::Property {
        name: "Analyzer",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
            &INDEX_SETTINGS_ANALYSIS_ANALYZER_TYPE,
        )),
    }],
    rules: &[],
};

static INDEX_SETTINGS_INDEX_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::Index.IndexSettingsIndex",
    properties: &[
        ::forma_core::schema::Property {
            name: "Knn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KnnAlgoParamEfSearch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RefreshInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROPERTY_MAPPING_METHOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::Index.PropertyMappingMethod",
    properties: &[
        ::forma_core::schema::Property {
            name: "Engine",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["nmslib", "faiss", "lucene"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["hnsw", "ivf"]),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROPERTY_MAPPING_METHOD_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SpaceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["l2", "l1", "linf", "cosinesimil", "innerproduct", "hamming"]),
        },
    ],
    rules: &[],
};

static INDEX_SETTINGS_ANALYSIS_ANALYZER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::Index.IndexSettingsAnalysisAnalyzer",
    properties: &[
        ::forma_core::schema::Property {
            name: "CharFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tokenizer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROPERTY_MAPPING_METHOD_PARAMETERS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::OpenSearchServerless::Index.PropertyMappingMethodParameters",
        properties: &[
            ::forma_core::schema::Property {
                name: "EfConstruction",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "M",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(2.0),
                    maximum: Some(100.0),
                }),
            },
        ],
        rules: &[],
    };
