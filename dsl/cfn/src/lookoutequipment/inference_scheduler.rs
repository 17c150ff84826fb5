// @generated from AWS::LookoutEquipment::InferenceScheduler (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LookoutEquipment::InferenceScheduler` and its property types.

/// Resource schema for LookoutEquipment InferenceScheduler.
///
/// CloudFormation type `AWS::LookoutEquipment::InferenceScheduler`.
#[derive(Debug, Clone, PartialEq)]
pub struct InferenceScheduler {
    props: ::forma_core::schema::Props,
}
impl InferenceScheduler {
    /// A new resource with its required properties: `DataInputConfiguration`, `DataOutputConfiguration`, `DataUploadFrequency`, `ModelName`, `RoleArn`.
    #[track_caller]
    pub fn new(
        data_input_configuration: impl ::std::convert::Into<::forma_core::Value<DataInputConfiguration>>,
        data_output_configuration: impl ::std::convert::Into<::forma_core::Value<DataOutputConfiguration>>,
        data_upload_frequency: impl ::forma_core::schema::EnumArg<DataUploadFrequency>,
        model_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, data_input_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, data_output_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, data_upload_frequency.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, model_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A period of time (in minutes) by which inference on the data is delayed after the data starts.
    ///
    /// Allowed: 0 to 60.
    #[track_caller]
    pub fn data_delay_offset_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the inference scheduler being created.
    ///
    /// Allowed: length 1 to 200.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn inference_scheduler_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provides the identifier of the AWS KMS customer master key (CMK) used to encrypt inference scheduler data by Amazon Lookout for Equipment.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn server_side_kms_key_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Any tags associated with the inference scheduler.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InferenceScheduler {
    type Attributes = InferenceSchedulerAttributes;
    fn type_name(&self) -> &str {
        "AWS::LookoutEquipment::InferenceScheduler"
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
/// The attributes of a `AWS::LookoutEquipment::InferenceScheduler` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InferenceSchedulerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InferenceSchedulerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InferenceSchedulerAttributes {
    /// `Fn::GetAtt` `InferenceSchedulerArn`.
    pub fn inference_scheduler_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InferenceSchedulerArn")
    }
}

/// The values CloudFormation documents: `PT5M`, `PT10M`, `PT15M`, `PT30M`, `PT1H`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataUploadFrequency {
    /// `PT5M`
    Pt5M,
    /// `PT10M`
    Pt10M,
    /// `PT15M`
    Pt15M,
    /// `PT30M`
    Pt30M,
    /// `PT1H`
    Pt1H,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataUploadFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pt5M => "PT5M",
            Self::Pt10M => "PT10M",
            Self::Pt15M => "PT15M",
            Self::Pt30M => "PT30M",
            Self::Pt1H => "PT1H",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PT5M", "PT10M", "PT15M", "PT30M", "PT1H"]
    }
}
impl ::std::convert::From<DataUploadFrequency> for ::forma_core::Value<DataUploadFrequency> {
    fn from(v: DataUploadFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataUploadFrequency {}

/// Specifies configuration information for the input data for the inference scheduler, including delimiter, format, and dataset location.
#[derive(Debug, Clone, PartialEq)]
pub struct DataInputConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataInputConfiguration {
    /// A new value with its required properties: `S3InputConfiguration`.
    pub fn new(s3_input_configuration: impl ::std::convert::Into<::forma_core::Value<S3InputConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, s3_input_configuration.into().into_expr());
        Self { props }
    }
    /// Specifies configuration information for the input data for the inference, including timestamp format and delimiter.
    pub fn inference_input_name_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InputNameConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates the difference between your time zone and Greenwich Mean Time (GMT).
    pub fn input_time_zone_offset(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataInputConfiguration> for ::forma_core::Value<DataInputConfiguration> {
    fn from(v: DataInputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_INPUT_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies configuration information for the output results for the inference scheduler, including the S3 location for the output.
#[derive(Debug, Clone, PartialEq)]
pub struct DataOutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl DataOutputConfiguration {
    /// A new value with its required properties: `S3OutputConfiguration`.
    pub fn new(s3_output_configuration: impl ::std::convert::Into<::forma_core::Value<S3OutputConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, s3_output_configuration.into().into_expr());
        Self { props }
    }
    /// The ID number for the AWS KMS key used to encrypt the inference output.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataOutputConfiguration> for ::forma_core::Value<DataOutputConfiguration> {
    fn from(v: DataOutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// A tag is a key-value pair that can be added to a resource as metadata.
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

/// Specifies configuration information for the input data for the inference, including timestamp format and delimiter.
#[derive(Debug, Clone, PartialEq)]
pub struct InputNameConfiguration {
    props: ::forma_core::schema::Props,
}
impl InputNameConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates the delimiter character used between items in the data.
    ///
    /// Allowed: length 0 to 1.
    pub fn component_timestamp_delimiter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The format of the timestamp, whether Epoch time, or standard, with or without hyphens (-).
    pub fn timestamp_format(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputNameConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputNameConfiguration> for ::forma_core::Value<InputNameConfiguration> {
    fn from(v: InputNameConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_NAME_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies configuration information for the input data for the inference, including input data S3 location.
#[derive(Debug, Clone, PartialEq)]
pub struct S3InputConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3InputConfiguration {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        Self { props }
    }
    /// `Prefix`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3InputConfiguration> for ::forma_core::Value<S3InputConfiguration> {
    fn from(v: S3InputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_INPUT_CONFIGURATION_TYPE.properties))
    }
}

/// Specifies configuration information for the output results from the inference, including output S3 location.
#[derive(Debug, Clone, PartialEq)]
pub struct S3OutputConfiguration {
    props: ::forma_core::schema::Props,
}
impl S3OutputConfiguration {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        Self { props }
    }
    /// `Prefix`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3OutputConfiguration> for ::forma_core::Value<S3OutputConfiguration> {
    fn from(v: S3OutputConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_OUTPUT_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::LookoutEquipment::InferenceScheduler`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LookoutEquipment::InferenceScheduler",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataDelayOffsetInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(60.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DataInputConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_INPUT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataOutputConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_OUTPUT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataUploadFrequency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PT5M", "PT10M", "PT15M", "PT30M", "PT1H"]),
        },
        ::forma_core::schema::Property {
            name: "InferenceSchedulerName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z_-]{1,200}$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "ModelName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z_-]{1,200}$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerSideKmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["InferenceSchedulerArn"],
};

static DATA_INPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LookoutEquipment::InferenceScheduler.DataInputConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "InferenceInputNameConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INPUT_NAME_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InputTimeZoneOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\+|\\-)[0-9]{2}\\:[0-9]{2}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "S3InputConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_INPUT_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static DATA_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LookoutEquipment::InferenceScheduler.DataOutputConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3OutputConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_OUTPUT_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LookoutEquipment::InferenceScheduler.Tag",
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
                pattern: Some("[\\s\\w+-=\\.:/@]*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static INPUT_NAME_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LookoutEquipment::InferenceScheduler.InputNameConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComponentTimestampDelimiter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\-|\\_|\\s)?$"),
                min_length: Some(0),
                max_length: Some(1),
            }),
        },
        ::forma_core::schema::Property {
            name: "TimestampFormat",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^EPOCH|yyyy-MM-dd-HH-mm-ss|yyyyMMddHHmmss$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static S3_INPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LookoutEquipment::InferenceScheduler.S3InputConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(^$)|([\\u0009\\u000A\\u000D\\u0020-\\u00FF]{1,1023}/$)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static S3_OUTPUT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LookoutEquipment::InferenceScheduler.S3OutputConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(^$)|([\\u0009\\u000A\\u000D\\u0020-\\u00FF]{1,1023}/$)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
