// @generated from AWS::KinesisAnalytics::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KinesisAnalytics::Application` and its property types.

/// Resource Type definition for AWS::KinesisAnalytics::Application
///
/// CloudFormation type `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `Inputs`.
    #[track_caller]
    pub fn new(inputs: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Input>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, inputs.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ApplicationCode`.
    #[track_caller]
    pub fn application_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ApplicationDescription`.
    #[track_caller]
    pub fn application_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ApplicationName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::KinesisAnalytics::Application"
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
/// The attributes of a `AWS::KinesisAnalytics::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Input` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    props: ::forma_core::schema::Props,
}
impl Input {
    /// A new value with its required properties: `InputSchema`, `NamePrefix`.
    pub fn new(
        input_schema: impl ::std::convert::Into<::forma_core::Value<InputSchema>>,
        name_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, input_schema.into().into_expr());
        props.set(5, name_prefix.into().into_expr());
        Self { props }
    }
    /// `InputParallelism`.
    pub fn input_parallelism(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputParallelism>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `InputProcessingConfiguration`.
    pub fn input_processing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputProcessingConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KinesisFirehoseInput`.
    pub fn kinesis_firehose_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisFirehoseInput>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `KinesisStreamsInput`.
    pub fn kinesis_streams_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisStreamsInput>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Input> for ::forma_core::Value<Input> {
    fn from(v: Input) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_TYPE.properties))
    }
}

/// The `InputParallelism` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputParallelism {
    props: ::forma_core::schema::Props,
}
impl InputParallelism {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Count`.
    pub fn count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputParallelism {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputParallelism> for ::forma_core::Value<InputParallelism> {
    fn from(v: InputParallelism) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_PARALLELISM_TYPE.properties))
    }
}

/// The `InputProcessingConfiguration` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputProcessingConfiguration {
    props: ::forma_core::schema::Props,
}
impl InputProcessingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `InputLambdaProcessor`.
    pub fn input_lambda_processor(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputLambdaProcessor>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputProcessingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputProcessingConfiguration> for ::forma_core::Value<InputProcessingConfiguration> {
    fn from(v: InputProcessingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_PROCESSING_CONFIGURATION_TYPE.properties))
    }
}

/// The `InputSchema` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSchema {
    props: ::forma_core::schema::Props,
}
impl InputSchema {
    /// A new value with its required properties: `RecordColumns`, `RecordFormat`.
    pub fn new(
        record_columns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RecordColumn>>>,
        record_format: impl ::std::convert::Into<::forma_core::Value<RecordFormat>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, record_columns.into().into_expr());
        props.set(2, record_format.into().into_expr());
        Self { props }
    }
    /// `RecordEncoding`.
    pub fn record_encoding(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InputSchema> for ::forma_core::Value<InputSchema> {
    fn from(v: InputSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_SCHEMA_TYPE.properties))
    }
}

/// The `KinesisFirehoseInput` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisFirehoseInput {
    props: ::forma_core::schema::Props,
}
impl KinesisFirehoseInput {
    /// A new value with its required properties: `ResourceARN`, `RoleARN`.
    pub fn new(
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisFirehoseInput> for ::forma_core::Value<KinesisFirehoseInput> {
    fn from(v: KinesisFirehoseInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_FIREHOSE_INPUT_TYPE.properties))
    }
}

/// The `KinesisStreamsInput` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisStreamsInput {
    props: ::forma_core::schema::Props,
}
impl KinesisStreamsInput {
    /// A new value with its required properties: `ResourceARN`, `RoleARN`.
    pub fn new(
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisStreamsInput> for ::forma_core::Value<KinesisStreamsInput> {
    fn from(v: KinesisStreamsInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_STREAMS_INPUT_TYPE.properties))
    }
}

/// The `InputLambdaProcessor` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputLambdaProcessor {
    props: ::forma_core::schema::Props,
}
impl InputLambdaProcessor {
    /// A new value with its required properties: `ResourceARN`, `RoleARN`.
    pub fn new(
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InputLambdaProcessor> for ::forma_core::Value<InputLambdaProcessor> {
    fn from(v: InputLambdaProcessor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_LAMBDA_PROCESSOR_TYPE.properties))
    }
}

/// The `RecordColumn` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordColumn {
    props: ::forma_core::schema::Props,
}
impl RecordColumn {
    /// A new value with its required properties: `Name`, `SqlType`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sql_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(2, sql_type.into().into_expr());
        Self { props }
    }
    /// `Mapping`.
    pub fn mapping(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecordColumn> for ::forma_core::Value<RecordColumn> {
    fn from(v: RecordColumn) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORD_COLUMN_TYPE.properties))
    }
}

/// The `RecordFormat` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordFormat {
    props: ::forma_core::schema::Props,
}
impl RecordFormat {
    /// A new value with its required properties: `RecordFormatType`.
    pub fn new(record_format_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, record_format_type.into().into_expr());
        Self { props }
    }
    /// `MappingParameters`.
    pub fn mapping_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MappingParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RecordFormat> for ::forma_core::Value<RecordFormat> {
    fn from(v: RecordFormat) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORD_FORMAT_TYPE.properties))
    }
}

/// The `MappingParameters` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct MappingParameters {
    props: ::forma_core::schema::Props,
}
impl MappingParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CSVMappingParameters`.
    pub fn csv_mapping_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CsvMappingParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `JSONMappingParameters`.
    pub fn json_mapping_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JsonMappingParameters>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MappingParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MappingParameters> for ::forma_core::Value<MappingParameters> {
    fn from(v: MappingParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAPPING_PARAMETERS_TYPE.properties))
    }
}

/// The `CSVMappingParameters` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvMappingParameters {
    props: ::forma_core::schema::Props,
}
impl CsvMappingParameters {
    /// A new value with its required properties: `RecordColumnDelimiter`, `RecordRowDelimiter`.
    pub fn new(
        record_column_delimiter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        record_row_delimiter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, record_column_delimiter.into().into_expr());
        props.set(1, record_row_delimiter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CsvMappingParameters> for ::forma_core::Value<CsvMappingParameters> {
    fn from(v: CsvMappingParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CSV_MAPPING_PARAMETERS_TYPE.properties))
    }
}

/// The `JSONMappingParameters` property type of `AWS::KinesisAnalytics::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonMappingParameters {
    props: ::forma_core::schema::Props,
}
impl JsonMappingParameters {
    /// A new value with its required properties: `RecordRowPath`.
    pub fn new(record_row_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, record_row_path.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JsonMappingParameters> for ::forma_core::Value<JsonMappingParameters> {
    fn from(v: JsonMappingParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JSON_MAPPING_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::KinesisAnalytics::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KinesisAnalytics::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ApplicationDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ApplicationName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Inputs",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.Input",
    properties: &[
        ::forma_core::schema::Property {
            name: "InputParallelism",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_PARALLELISM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputProcessingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_PROCESSING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputSchema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisFirehoseInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_FIREHOSE_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisStreamsInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_STREAMS_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NamePrefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INPUT_PARALLELISM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.InputParallelism",
    properties: &[::forma_core::schema::Property {
        name: "Count",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};

static INPUT_PROCESSING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.InputProcessingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "InputLambdaProcessor",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&INPUT_LAMBDA_PROCESSOR_TYPE),
    }],
    rules: &[],
};

static INPUT_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.InputSchema",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordColumns",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RECORD_COLUMN_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RecordEncoding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecordFormat",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECORD_FORMAT_TYPE),
        },
    ],
    rules: &[],
};

static KINESIS_FIREHOSE_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.KinesisFirehoseInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static KINESIS_STREAMS_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.KinesisStreamsInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INPUT_LAMBDA_PROCESSOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.InputLambdaProcessor",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RECORD_COLUMN_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.RecordColumn",
    properties: &[
        ::forma_core::schema::Property {
            name: "Mapping",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SqlType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RECORD_FORMAT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.RecordFormat",
    properties: &[
        ::forma_core::schema::Property {
            name: "MappingParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAPPING_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RecordFormatType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MAPPING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.MappingParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "CSVMappingParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CSV_MAPPING_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JSONMappingParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JSON_MAPPING_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
};

static CSV_MAPPING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.CSVMappingParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordColumnDelimiter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecordRowDelimiter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static JSON_MAPPING_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalytics::Application.JSONMappingParameters",
    properties: &[::forma_core::schema::Property {
        name: "RecordRowPath",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
