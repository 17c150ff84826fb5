// @generated from AWS::Glue::Classifier (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Classifier` and its property types.

/// Resource Type definition for AWS::Glue::Classifier
///
/// CloudFormation type `AWS::Glue::Classifier`.
#[derive(Debug, Clone, PartialEq)]
pub struct Classifier {
    props: ::forma_core::schema::Props,
}
impl Classifier {
    /// A new resource.
    ///
    /// CloudFormation also needs at least one of `XMLClassifier`, `CsvClassifier`, `GrokClassifier` or `JsonClassifier`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A classifier for comma-separated values (CSV).
    #[track_caller]
    pub fn csv_classifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<CsvClassifier>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A classifier that uses grok.
    #[track_caller]
    pub fn grok_classifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<GrokClassifier>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A classifier for JSON content.
    #[track_caller]
    pub fn json_classifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<JsonClassifier>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A classifier for XML content.
    #[track_caller]
    pub fn xml_classifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<XmlClassifier>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Classifier {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Classifier {
    type Attributes = ClassifierAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Classifier"
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
/// The attributes of a `AWS::Glue::Classifier` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClassifierAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClassifierAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ClassifierAttributes {
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
}

/// The values CloudFormation documents: `ABSENT`, `PRESENT`, `UNKNOWN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContainsHeader {
    /// `ABSENT`
    Absent,
    /// `PRESENT`
    Present,
    /// `UNKNOWN`
    UnknownValue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContainsHeader {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Absent => "ABSENT",
            Self::Present => "PRESENT",
            Self::UnknownValue => "UNKNOWN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ABSENT", "PRESENT", "UNKNOWN"]
    }
}
impl ::std::convert::From<ContainsHeader> for ::forma_core::Value<ContainsHeader> {
    fn from(v: ContainsHeader) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContainsHeader {}

/// The `CsvClassifier` property type of `AWS::Glue::Classifier`.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvClassifier {
    props: ::forma_core::schema::Props,
}
impl CsvClassifier {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables the processing of files that contain only one column.
    pub fn allow_single_column(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether the CSV file contains custom data types.
    pub fn contains_custom_datatype(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether the CSV file contains a header.
    pub fn contains_header(mut self, value: impl ::forma_core::schema::EnumArg<ContainsHeader>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Enables the configuration of custom data types.
    pub fn custom_datatype_configured(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A custom symbol to denote what separates each column entry in the row.
    ///
    /// Allowed: length 1 to 1.
    pub fn delimiter(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Specifies not to trim values before identifying the type of column values.
    pub fn disable_value_trimming(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A list of strings representing column names.
    pub fn header(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The name of the classifier.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// A custom symbol to denote what combines content into a single column value.
    ///
    /// Allowed: length 1 to 1.
    pub fn quote_symbol(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CsvClassifier {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CsvClassifier> for ::forma_core::Value<CsvClassifier> {
    fn from(v: CsvClassifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CSV_CLASSIFIER_TYPE.properties))
    }
}

/// The `GrokClassifier` property type of `AWS::Glue::Classifier`.
#[derive(Debug, Clone, PartialEq)]
pub struct GrokClassifier {
    props: ::forma_core::schema::Props,
}
impl GrokClassifier {
    /// A new value with its required properties: `Classification`, `GrokPattern`.
    pub fn new(
        classification: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        grok_pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, classification.into().into_expr());
        props.set(2, grok_pattern.into().into_expr());
        Self { props }
    }
    /// Optional custom grok patterns defined by this classifier.
    ///
    /// Allowed: length 0 to 16000.
    pub fn custom_patterns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the classifier.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GrokClassifier> for ::forma_core::Value<GrokClassifier> {
    fn from(v: GrokClassifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROK_CLASSIFIER_TYPE.properties))
    }
}

/// The `JsonClassifier` property type of `AWS::Glue::Classifier`.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonClassifier {
    props: ::forma_core::schema::Props,
}
impl JsonClassifier {
    /// A new value with its required properties: `JsonPath`.
    pub fn new(json_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, json_path.into().into_expr());
        Self { props }
    }
    /// The name of the classifier.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<JsonClassifier> for ::forma_core::Value<JsonClassifier> {
    fn from(v: JsonClassifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JSON_CLASSIFIER_TYPE.properties))
    }
}

/// The `XMLClassifier` property type of `AWS::Glue::Classifier`.
#[derive(Debug, Clone, PartialEq)]
pub struct XmlClassifier {
    props: ::forma_core::schema::Props,
}
impl XmlClassifier {
    /// A new value with its required properties: `Classification`, `RowTag`.
    pub fn new(
        classification: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        row_tag: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, classification.into().into_expr());
        props.set(2, row_tag.into().into_expr());
        Self { props }
    }
    /// The name of the classifier.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<XmlClassifier> for ::forma_core::Value<XmlClassifier> {
    fn from(v: XmlClassifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(XML_CLASSIFIER_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::Classifier`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Classifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "CsvClassifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CSV_CLASSIFIER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GrokClassifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GROK_CLASSIFIER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JsonClassifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JSON_CLASSIFIER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "XMLClassifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&XML_CLASSIFIER_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[
        &["XMLClassifier"],
        &["CsvClassifier"],
        &["GrokClassifier"],
        &["JsonClassifier"],
    ])],
    attributes: &["Name"],
};

static CSV_CLASSIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Classifier.CsvClassifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowSingleColumn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ContainsCustomDatatype",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContainsHeader",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ABSENT", "PRESENT", "UNKNOWN"]),
        },
        ::forma_core::schema::Property {
            name: "CustomDatatypeConfigured",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Delimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\r\\n]$"),
                min_length: Some(1),
                max_length: Some(1),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisableValueTrimming",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Header",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "QuoteSymbol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\r\\n]$"),
                min_length: Some(1),
                max_length: Some(1),
            }),
        },
    ],
    rules: &[],
};

static GROK_CLASSIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Classifier.GrokClassifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "Classification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CustomPatterns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(16000),
            }),
        },
        ::forma_core::schema::Property {
            name: "GrokPattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static JSON_CLASSIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Classifier.JsonClassifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "JsonPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static XML_CLASSIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Classifier.XMLClassifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "Classification",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RowTag",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
