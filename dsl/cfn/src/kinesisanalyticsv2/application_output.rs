// @generated from AWS::KinesisAnalyticsV2::ApplicationOutput (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::KinesisAnalyticsV2::ApplicationOutput` and its property types.

/// Resource Type definition for AWS::KinesisAnalyticsV2::ApplicationOutput
///
/// CloudFormation type `AWS::KinesisAnalyticsV2::ApplicationOutput`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationOutput {
    props: ::forma_core::schema::Props,
}
impl ApplicationOutput {
    /// A new resource with its required properties: `ApplicationName`, `Output`.
    #[track_caller]
    pub fn new(
        application_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        output: impl ::std::convert::Into<::forma_core::Value<Output>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, output.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ApplicationOutput {
    type Attributes = ApplicationOutputAttributes;
    fn type_name(&self) -> &str {
        "AWS::KinesisAnalyticsV2::ApplicationOutput"
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
/// The attributes of a `AWS::KinesisAnalyticsV2::ApplicationOutput` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationOutputAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationOutputAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationOutputAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Output` property type of `AWS::KinesisAnalyticsV2::ApplicationOutput`.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    props: ::forma_core::schema::Props,
}
impl Output {
    /// A new value with its required properties: `DestinationSchema`.
    pub fn new(destination_schema: impl ::std::convert::Into<::forma_core::Value<DestinationSchema>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_schema.into().into_expr());
        Self { props }
    }
    /// `KinesisFirehoseOutput`.
    pub fn kinesis_firehose_output(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisFirehoseOutput>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `KinesisStreamsOutput`.
    pub fn kinesis_streams_output(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisStreamsOutput>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `LambdaOutput`.
    pub fn lambda_output(mut self, value: impl ::std::convert::Into<::forma_core::Value<LambdaOutput>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Output> for ::forma_core::Value<Output> {
    fn from(v: Output) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTPUT_TYPE.properties))
    }
}

/// The `DestinationSchema` property type of `AWS::KinesisAnalyticsV2::ApplicationOutput`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationSchema {
    props: ::forma_core::schema::Props,
}
impl DestinationSchema {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RecordFormatType`.
    pub fn record_format_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationSchema {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationSchema> for ::forma_core::Value<DestinationSchema> {
    fn from(v: DestinationSchema) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_SCHEMA_TYPE.properties))
    }
}

/// The `KinesisFirehoseOutput` property type of `AWS::KinesisAnalyticsV2::ApplicationOutput`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisFirehoseOutput {
    props: ::forma_core::schema::Props,
}
impl KinesisFirehoseOutput {
    /// A new value with its required properties: `ResourceARN`.
    pub fn new(resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisFirehoseOutput> for ::forma_core::Value<KinesisFirehoseOutput> {
    fn from(v: KinesisFirehoseOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_FIREHOSE_OUTPUT_TYPE.properties))
    }
}

/// The `KinesisStreamsOutput` property type of `AWS::KinesisAnalyticsV2::ApplicationOutput`.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisStreamsOutput {
    props: ::forma_core::schema::Props,
}
impl KinesisStreamsOutput {
    /// A new value with its required properties: `ResourceARN`.
    pub fn new(resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisStreamsOutput> for ::forma_core::Value<KinesisStreamsOutput> {
    fn from(v: KinesisStreamsOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_STREAMS_OUTPUT_TYPE.properties))
    }
}

/// The `LambdaOutput` property type of `AWS::KinesisAnalyticsV2::ApplicationOutput`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaOutput {
    props: ::forma_core::schema::Props,
}
impl LambdaOutput {
    /// A new value with its required properties: `ResourceARN`.
    pub fn new(resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LambdaOutput> for ::forma_core::Value<LambdaOutput> {
    fn from(v: LambdaOutput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_OUTPUT_TYPE.properties))
    }
}

/// The schema of `AWS::KinesisAnalyticsV2::ApplicationOutput`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::KinesisAnalyticsV2::ApplicationOutput",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Output",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTPUT_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::ApplicationOutput.Output",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationSchema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_SCHEMA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisFirehoseOutput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_FIREHOSE_OUTPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisStreamsOutput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_STREAMS_OUTPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LambdaOutput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_OUTPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DESTINATION_SCHEMA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::ApplicationOutput.DestinationSchema",
    properties: &[::forma_core::schema::Property {
        name: "RecordFormatType",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static KINESIS_FIREHOSE_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::ApplicationOutput.KinesisFirehoseOutput",
    properties: &[::forma_core::schema::Property {
        name: "ResourceARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static KINESIS_STREAMS_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::ApplicationOutput.KinesisStreamsOutput",
    properties: &[::forma_core::schema::Property {
        name: "ResourceARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static LAMBDA_OUTPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::KinesisAnalyticsV2::ApplicationOutput.LambdaOutput",
    properties: &[::forma_core::schema::Property {
        name: "ResourceARN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
