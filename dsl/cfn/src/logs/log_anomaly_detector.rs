// @generated from AWS::Logs::LogAnomalyDetector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::LogAnomalyDetector` and its property types.

/// The AWS::Logs::LogAnomalyDetector resource specifies a CloudWatch Logs LogAnomalyDetector.
///
/// CloudFormation type `AWS::Logs::LogAnomalyDetector`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogAnomalyDetector {
    props: ::forma_core::schema::Props,
}
impl LogAnomalyDetector {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Account ID for owner of detector
    #[track_caller]
    pub fn account_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AnomalyVisibilityTime`.
    ///
    /// Allowed: 7 to 90.
    #[track_caller]
    pub fn anomaly_visibility_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name of detector
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn detector_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// How often log group is evaluated
    #[track_caller]
    pub fn evaluation_frequency(mut self, value: impl ::forma_core::schema::EnumArg<EvaluationFrequency>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FilterPattern`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn filter_pattern(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the CMK to use when encrypting log data.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of Arns for the given log group
    #[track_caller]
    pub fn log_group_arn_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for LogAnomalyDetector {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for LogAnomalyDetector {
    type Attributes = LogAnomalyDetectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::LogAnomalyDetector"
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
/// The attributes of a `AWS::Logs::LogAnomalyDetector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LogAnomalyDetectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LogAnomalyDetectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LogAnomalyDetectorAttributes {
    /// `Fn::GetAtt` `AnomalyDetectorArn`.
    pub fn anomaly_detector_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AnomalyDetectorArn")
    }
    /// `Fn::GetAtt` `CreationTimeStamp`.
    pub fn creation_time_stamp(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "CreationTimeStamp")
    }
    /// `Fn::GetAtt` `LastModifiedTimeStamp`.
    pub fn last_modified_time_stamp(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTimeStamp")
    }
    /// `Fn::GetAtt` `AnomalyDetectorStatus`.
    pub fn anomaly_detector_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AnomalyDetectorStatus")
    }
}

/// The values CloudFormation documents: `FIVE_MIN`, `TEN_MIN`, `FIFTEEN_MIN`, `THIRTY_MIN`, `ONE_HOUR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EvaluationFrequency {
    /// `FIVE_MIN`
    FiveMin,
    /// `TEN_MIN`
    TenMin,
    /// `FIFTEEN_MIN`
    FifteenMin,
    /// `THIRTY_MIN`
    ThirtyMin,
    /// `ONE_HOUR`
    OneHour,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EvaluationFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FiveMin => "FIVE_MIN",
            Self::TenMin => "TEN_MIN",
            Self::FifteenMin => "FIFTEEN_MIN",
            Self::ThirtyMin => "THIRTY_MIN",
            Self::OneHour => "ONE_HOUR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FIVE_MIN", "TEN_MIN", "FIFTEEN_MIN", "THIRTY_MIN", "ONE_HOUR"]
    }
}
impl ::std::convert::From<EvaluationFrequency> for ::forma_core::Value<EvaluationFrequency> {
    fn from(v: EvaluationFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EvaluationFrequency {}

/// The schema of `AWS::Logs::LogAnomalyDetector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::LogAnomalyDetector",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AnomalyVisibilityTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(7.0),
                maximum: Some(90.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DetectorName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluationFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FIVE_MIN", "TEN_MIN", "FIFTEEN_MIN", "THIRTY_MIN", "ONE_HOUR"]),
        },
        ::forma_core::schema::Property {
            name: "FilterPattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(""),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:kms:[-a-z0-9]*:[0-9]*:key/[-a-z0-9]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogGroupArnList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\w#+=/:,.@*-]*$"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["AnomalyDetectorArn", "CreationTimeStamp", "LastModifiedTimeStamp", "AnomalyDetectorStatus"],
};
