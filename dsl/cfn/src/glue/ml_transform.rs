// @generated from AWS::Glue::MLTransform (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::MLTransform` and its property types.

/// Resource Type definition for AWS::Glue::MLTransform
///
/// CloudFormation type `AWS::Glue::MLTransform`.
#[derive(Debug, Clone, PartialEq)]
pub struct MlTransform {
    props: ::forma_core::schema::Props,
}
impl MlTransform {
    /// A new resource with its required properties: `InputRecordTables`, `Role`, `TransformParameters`.
    #[track_caller]
    pub fn new(
        input_record_tables: impl ::std::convert::Into<::forma_core::Value<InputRecordTables>>,
        role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transform_parameters: impl ::std::convert::Into<::forma_core::Value<TransformParameters>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, input_record_tables.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, transform_parameters.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A user-defined, long-form description text for the machine learning transform.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of AWS Glue this machine learning transform is compatible with.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn glue_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of AWS Glue DPUs allocated to task runs for this transform.
    ///
    /// Allowed: 1 to 100.
    #[track_caller]
    pub fn max_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum number of times to retry after an MLTaskRun fails.
    #[track_caller]
    pub fn max_retries(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A user-defined name for the machine learning transform.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of workers of a defined workerType that are allocated when a task runs.
    #[track_caller]
    pub fn number_of_workers(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The timeout in minutes of the machine learning transform.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The encryption-at-rest settings of the transform.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn transform_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TransformEncryption>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of predefined worker that is allocated when a task runs.
    #[track_caller]
    pub fn worker_type(mut self, value: impl ::forma_core::schema::EnumArg<WorkerType>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MlTransform {
    type Attributes = MlTransformAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::MLTransform"
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
/// The attributes of a `AWS::Glue::MLTransform` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MlTransformAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MlTransformAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MlTransformAttributes {
    /// `Fn::GetAtt` `TransformId`.
    pub fn transform_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TransformId")
    }
}

/// The values CloudFormation documents: `G.025X`, `G.1X`, `G.2X`, `G.4X`, `G.8X`, `Standard`, `Z.2X`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkerType {
    /// `G.025X`
    G025X,
    /// `G.1X`
    G1X,
    /// `G.2X`
    G2X,
    /// `G.4X`
    G4X,
    /// `G.8X`
    G8X,
    /// `Standard`
    Standard,
    /// `Z.2X`
    Z2X,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::G025X => "G.025X",
            Self::G1X => "G.1X",
            Self::G2X => "G.2X",
            Self::G4X => "G.4X",
            Self::G8X => "G.8X",
            Self::Standard => "Standard",
            Self::Z2X => "Z.2X",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["G.025X", "G.1X", "G.2X", "G.4X", "G.8X", "Standard", "Z.2X"]
    }
}
impl ::std::convert::From<WorkerType> for ::forma_core::Value<WorkerType> {
    fn from(v: WorkerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkerType {}

/// A list of AWS Glue table definitions used by the transform.
#[derive(Debug, Clone, PartialEq)]
pub struct InputRecordTables {
    props: ::forma_core::schema::Props,
}
impl InputRecordTables {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The database and table in the AWS Glue Data Catalog that is used for input or output data.
    pub fn glue_tables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<GlueTables>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputRecordTables {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputRecordTables> for ::forma_core::Value<InputRecordTables> {
    fn from(v: InputRecordTables) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_RECORD_TABLES_TYPE.properties))
    }
}

/// The encryption-at-rest settings of the transform that apply to accessing user data.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformEncryption {
    props: ::forma_core::schema::Props,
}
impl TransformEncryption {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The encryption-at-rest settings of the transform that apply to accessing user data.
    pub fn ml_user_data_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MlUserDataEncryption>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the security configuration.
    ///
    /// Allowed: length 1 to 255.
    pub fn task_run_security_configuration_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TransformEncryption {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TransformEncryption> for ::forma_core::Value<TransformEncryption> {
    fn from(v: TransformEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_ENCRYPTION_TYPE.properties))
    }
}

/// The algorithm-specific parameters that are associated with the machine learning transform.
#[derive(Debug, Clone, PartialEq)]
pub struct TransformParameters {
    props: ::forma_core::schema::Props,
}
impl TransformParameters {
    /// A new value with its required properties: `TransformType`.
    pub fn new(transform_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, transform_type.into().into_expr());
        Self { props }
    }
    /// The parameters to configure the find matches transform.
    pub fn find_matches_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FindMatchesParameters>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TransformParameters> for ::forma_core::Value<TransformParameters> {
    fn from(v: TransformParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSFORM_PARAMETERS_TYPE.properties))
    }
}

/// The database and table in the AWS Glue Data Catalog that is used for input or output data.
#[derive(Debug, Clone, PartialEq)]
pub struct GlueTables {
    props: ::forma_core::schema::Props,
}
impl GlueTables {
    /// A new value with its required properties: `DatabaseName`, `TableName`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, database_name.into().into_expr());
        props.set(3, table_name.into().into_expr());
        Self { props }
    }
    /// A unique identifier for the AWS Glue Data Catalog.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the connection to the AWS Glue Data Catalog.
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GlueTables> for ::forma_core::Value<GlueTables> {
    fn from(v: GlueTables) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GLUE_TABLES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DISABLED`, `SSE-KMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MlUserDataEncryptionMode {
    /// `DISABLED`
    Disabled,
    /// `SSE-KMS`
    SseKms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MlUserDataEncryptionMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::SseKms => "SSE-KMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "SSE-KMS"]
    }
}
impl ::std::convert::From<MlUserDataEncryptionMode> for ::forma_core::Value<MlUserDataEncryptionMode> {
    fn from(v: MlUserDataEncryptionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MlUserDataEncryptionMode {}

/// The encryption-at-rest settings of the transform that apply to accessing user data.
#[derive(Debug, Clone, PartialEq)]
pub struct MlUserDataEncryption {
    props: ::forma_core::schema::Props,
}
impl MlUserDataEncryption {
    /// A new value with its required properties: `MLUserDataEncryptionMode`.
    pub fn new(ml_user_data_encryption_mode: impl ::forma_core::schema::EnumArg<MlUserDataEncryptionMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, ml_user_data_encryption_mode.into_enum_expr());
        Self { props }
    }
    /// The ID for the customer-provided KMS key.
    ///
    /// Allowed: length 1 to 255.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MlUserDataEncryption> for ::forma_core::Value<MlUserDataEncryption> {
    fn from(v: MlUserDataEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ML_USER_DATA_ENCRYPTION_TYPE.properties))
    }
}

/// The parameters to configure the find matches transform.
#[derive(Debug, Clone, PartialEq)]
pub struct FindMatchesParameters {
    props: ::forma_core::schema::Props,
}
impl FindMatchesParameters {
    /// A new value with its required properties: `PrimaryKeyColumnName`.
    pub fn new(primary_key_column_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, primary_key_column_name.into().into_expr());
        Self { props }
    }
    /// The value for accuracy and cost tradeoff.
    pub fn accuracy_cost_tradeoff(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If true, forces the output to match the provided labels.
    pub fn enforce_provided_labels(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The value for precision and recall tradeoff.
    pub fn precision_recall_tradeoff(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FindMatchesParameters> for ::forma_core::Value<FindMatchesParameters> {
    fn from(v: FindMatchesParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIND_MATCHES_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::MLTransform`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::MLTransform",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "GlueVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\w+\\.)+\\w+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InputRecordTables",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&INPUT_RECORD_TABLES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxRetries",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
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
        ::forma_core::schema::Property {
            name: "NumberOfWorkers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Timeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TransformEncryption",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TransformParameters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSFORM_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WorkerType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["G.025X", "G.1X", "G.2X", "G.4X", "G.8X", "Standard", "Z.2X"]),
        },
    ],
    rules: &[],
    attributes: &["TransformId"],
};

static INPUT_RECORD_TABLES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::MLTransform.InputRecordTables",
    properties: &[::forma_core::schema::Property {
        name: "GlueTables",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&GLUE_TABLES_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TRANSFORM_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::MLTransform.TransformEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "MLUserDataEncryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ML_USER_DATA_ENCRYPTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TaskRunSecurityConfigurationName",
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

static TRANSFORM_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::MLTransform.TransformParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "FindMatchesParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIND_MATCHES_PARAMETERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TransformType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GLUE_TABLES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::MLTransform.GlueTables",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ML_USER_DATA_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::MLTransform.MLUserDataEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MLUserDataEncryptionMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "SSE-KMS"]),
        },
    ],
    rules: &[],
};

static FIND_MATCHES_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::MLTransform.FindMatchesParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccuracyCostTradeoff",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnforceProvidedLabels",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PrecisionRecallTradeoff",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryKeyColumnName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
