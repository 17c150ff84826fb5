// @generated from AWS::CleanRooms::AnalysisTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CleanRooms::AnalysisTemplate` and its property types.

/// Represents a stored analysis within a collaboration
///
/// CloudFormation type `AWS::CleanRooms::AnalysisTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisTemplate {
    props: ::forma_core::schema::Props,
}
impl AnalysisTemplate {
    /// A new resource with its required properties: `Format`, `MembershipIdentifier`, `Name`, `Source`.
    #[track_caller]
    pub fn new(
        format: impl ::forma_core::schema::EnumArg<Format>,
        membership_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, format.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, membership_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The member who can query can provide this placeholder for a literal data value in an analysis template
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn analysis_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AnalysisParameter>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ErrorMessageConfiguration`.
    #[track_caller]
    pub fn error_message_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ErrorMessageConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Schema`.
    #[track_caller]
    pub fn schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<AnalysisSchema>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SourceMetadata`.
    #[track_caller]
    pub fn source_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SyntheticDataParameters`.
    #[track_caller]
    pub fn synthetic_data_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this cleanrooms analysis template.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AnalysisTemplate {
    type Attributes = AnalysisTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::CleanRooms::AnalysisTemplate"
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
/// The attributes of a `AWS::CleanRooms::AnalysisTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AnalysisTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AnalysisTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AnalysisTemplateAttributes {
    /// `Fn::GetAtt` `CollaborationArn`.
    pub fn collaboration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollaborationArn")
    }
    /// `Fn::GetAtt` `CollaborationIdentifier`.
    pub fn collaboration_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollaborationIdentifier")
    }
    /// `Fn::GetAtt` `AnalysisTemplateIdentifier`.
    pub fn analysis_template_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AnalysisTemplateIdentifier")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `MembershipArn`.
    pub fn membership_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MembershipArn")
    }
}

/// The values CloudFormation documents: `SQL`, `PYSPARK_1_0`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `SQL`
    Sql,
    /// `PYSPARK_1_0`
    Pyspark10,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sql => "SQL",
            Self::Pyspark10 => "PYSPARK_1_0",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SQL", "PYSPARK_1_0"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// The values CloudFormation documents: `SMALLINT`, `INTEGER`, `BIGINT`, `DECIMAL`, `REAL`, `DOUBLE_PRECISION`, `BOOLEAN`, `CHAR`, `VARCHAR`, `DATE`, `TIMESTAMP`, `TIMESTAMPTZ`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `SMALLINT`
    Smallint,
    /// `INTEGER`
    Integer,
    /// `BIGINT`
    Bigint,
    /// `DECIMAL`
    Decimal,
    /// `REAL`
    Real,
    /// `DOUBLE_PRECISION`
    DoublePrecision,
    /// `BOOLEAN`
    Boolean,
    /// `CHAR`
    Char,
    /// `VARCHAR`
    Varchar,
    /// `DATE`
    Date,
    /// `TIMESTAMP`
    Timestamp,
    /// `TIMESTAMPTZ`
    Timestamptz,
    /// `TIME`
    Time,
    /// `TIMETZ`
    Timetz,
    /// `VARBYTE`
    Varbyte,
    /// `BINARY`
    Binary,
    /// `BYTE`
    Byte,
    /// `CHARACTER`
    Character,
    /// `DOUBLE`
    Double,
    /// `FLOAT`
    Float,
    /// `INT`
    Int,
    /// `LONG`
    Long,
    /// `NUMERIC`
    Numeric,
    /// `SHORT`
    Short,
    /// `STRING`
    String,
    /// `TIMESTAMP_LTZ`
    TimestampLtz,
    /// `TIMESTAMP_NTZ`
    TimestampNtz,
    /// `TINYINT`
    Tinyint,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Smallint => "SMALLINT",
            Self::Integer => "INTEGER",
            Self::Bigint => "BIGINT",
            Self::Decimal => "DECIMAL",
            Self::Real => "REAL",
            Self::DoublePrecision => "DOUBLE_PRECISION",
            Self::Boolean => "BOOLEAN",
            Self::Char => "CHAR",
            Self::Varchar => "VARCHAR",
            Self::Date => "DATE",
            Self::Timestamp => "TIMESTAMP",
            Self::Timestamptz => "TIMESTAMPTZ",
            Self::Time => "TIME",
            Self::Timetz => "TIMETZ",
            Self::Varbyte => "VARBYTE",
            Self::Binary => "BINARY",
            Self::Byte => "BYTE",
            Self::Character => "CHARACTER",
            Self::Double => "DOUBLE",
            Self::Float => "FLOAT",
            Self::Int => "INT",
            Self::Long => "LONG",
            Self::Numeric => "NUMERIC",
            Self::Short => "SHORT",
            Self::String => "STRING",
            Self::TimestampLtz => "TIMESTAMP_LTZ",
            Self::TimestampNtz => "TIMESTAMP_NTZ",
            Self::Tinyint => "TINYINT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "SMALLINT",
            "INTEGER",
            "BIGINT",
            "DECIMAL",
            "REAL",
            "DOUBLE_PRECISION",
            "BOOLEAN",
            "CHAR",
            "VARCHAR",
            "DATE",
            "TIMESTAMP",
            "TIMESTAMPTZ",
            "TIME",
            "TIMETZ",
            "VARBYTE",
            "BINARY",
            "BYTE",
            "CHARACTER",
            "DOUBLE",
            "FLOAT",
            "INT",
            "LONG",
            "NUMERIC",
            "SHORT",
            "STRING",
            "TIMESTAMP_LTZ",
            "TIMESTAMP_NTZ",
            "TINYINT",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `AnalysisParameter` property type of `AWS::CleanRooms::AnalysisTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisParameter {
    props: ::forma_core::schema::Props,
}
impl AnalysisParameter {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// `DefaultValue`.
    ///
    /// Allowed: length 0 to 1000.
    pub fn default_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AnalysisParameter> for ::forma_core::Value<AnalysisParameter> {
    fn from(v: AnalysisParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANALYSIS_PARAMETER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DETAILED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorMessageConfigurationType {
    /// `DETAILED`
    Detailed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ErrorMessageConfigurationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Detailed => "DETAILED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DETAILED"]
    }
}
impl ::std::convert::From<ErrorMessageConfigurationType> for ::forma_core::Value<ErrorMessageConfigurationType> {
    fn from(v: ErrorMessageConfigurationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ErrorMessageConfigurationType {}

/// The `ErrorMessageConfiguration` property type of `AWS::CleanRooms::AnalysisTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorMessageConfiguration {
    props: ::forma_core::schema::Props,
}
impl ErrorMessageConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<ErrorMessageConfigurationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ErrorMessageConfiguration> for ::forma_core::Value<ErrorMessageConfiguration> {
    fn from(v: ErrorMessageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ERROR_MESSAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The `AnalysisSchema` property type of `AWS::CleanRooms::AnalysisTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisSchema {
    props: ::forma_core::schema::Props,
}
impl AnalysisSchema {
    /// A new value with its required properties: `ReferencedTables`.
    pub fn new(
        referenced_tables: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, referenced_tables.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AnalysisSchema> for ::forma_core::Value<AnalysisSchema> {
    fn from(v: AnalysisSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANALYSIS_SCHEMA_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CleanRooms::AnalysisTemplate`.
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

/// The schema of `AWS::CleanRooms::AnalysisTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CleanRooms::AnalysisTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnalysisParameters",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ANALYSIS_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$"),
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ErrorMessageConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ERROR_MESSAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SQL", "PYSPARK_1_0"]),
        },
        ::forma_core::schema::Property {
            name: "MembershipIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$"),
                min_length: None,
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANALYSIS_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SourceMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SyntheticDataParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
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
    attributes: &["CollaborationArn", "CollaborationIdentifier", "AnalysisTemplateIdentifier", "Arn", "MembershipArn"],
};

static ANALYSIS_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::AnalysisTemplate.AnalysisParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9a-zA-Z_]+"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SMALLINT",
                "INTEGER",
                "BIGINT",
                "DECIMAL",
                "REAL",
                "DOUBLE_PRECISION",
                "BOOLEAN",
                "CHAR",
                "VARCHAR",
                "DATE",
                "TIMESTAMP",
                "TIMESTAMPTZ",
                "TIME",
                "TIMETZ",
                "VARBYTE",
                "BINARY",
                "BYTE",
                "CHARACTER",
                "DOUBLE",
                "FLOAT",
                "INT",
                "LONG",
                "NUMERIC",
                "SHORT",
                "STRING",
                "TIMESTAMP_LTZ",
                "TIMESTAMP_NTZ",
                "TINYINT",
            ]),
        },
    ],
    rules: &[],
};

static ERROR_MESSAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::AnalysisTemplate.ErrorMessageConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DETAILED"]),
    }],
    rules: &[],
};

static ANALYSIS_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::AnalysisTemplate.AnalysisSchema",
    properties: &[::forma_core::schema::Property {
        name: "ReferencedTables",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$"),
                min_length: None,
                max_length: Some(128),
            }),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CleanRooms::AnalysisTemplate.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
