// @generated from AWS::SSM::Association (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSM::Association` and its property types.

/// The AWS::SSM::Association resource associates an SSM document in AWS Systems Manager with EC2 instances that contain a configuration agent to process the document.
///
/// CloudFormation type `AWS::SSM::Association`.
#[derive(Debug, Clone, PartialEq)]
pub struct Association {
    props: ::forma_core::schema::Props,
}
impl Association {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(10, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ApplyOnlyAtCronInterval`.
    #[track_caller]
    pub fn apply_only_at_cron_interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A role used by association to take actions on your behalf.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn association_dispatch_assume_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the association.
    #[track_caller]
    pub fn association_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AutomationTargetParameterName`.
    ///
    /// Allowed: length 1 to 50.
    #[track_caller]
    pub fn automation_target_parameter_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CalendarNames`.
    #[track_caller]
    pub fn calendar_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ComplianceSeverity`.
    #[track_caller]
    pub fn compliance_severity(mut self, value: impl ::forma_core::schema::EnumArg<ComplianceSeverity>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of the SSM document to associate with the target.
    #[track_caller]
    pub fn document_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the instance that the SSM document is associated with.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaxConcurrency`.
    ///
    /// Allowed: length 1 to 7.
    #[track_caller]
    pub fn max_concurrency(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaxErrors`.
    ///
    /// Allowed: length 1 to 7.
    #[track_caller]
    pub fn max_errors(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OutputLocation`.
    #[track_caller]
    pub fn output_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceAssociationOutputLocation>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Parameter values that the SSM document uses at runtime.
    #[track_caller]
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A Cron or Rate expression that specifies when the association is applied to the target.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn schedule_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ScheduleOffset`.
    ///
    /// Allowed: 1 to 6.
    #[track_caller]
    pub fn schedule_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SyncCompliance`.
    #[track_caller]
    pub fn sync_compliance(mut self, value: impl ::forma_core::schema::EnumArg<SyncCompliance>) -> Self {
        self.props.set_at(15, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The targets that the SSM document sends commands to.
    #[track_caller]
    pub fn targets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Target>>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `WaitForSuccessTimeoutSeconds`.
    ///
    /// Allowed: 15 to 172800.
    #[track_caller]
    pub fn wait_for_success_timeout_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Association {
    type Attributes = AssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSM::Association"
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
/// The attributes of a `AWS::SSM::Association` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssociationAttributes {
    /// `Fn::GetAtt` `AssociationId`.
    pub fn association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationId")
    }
}

/// The values CloudFormation documents: `CRITICAL`, `HIGH`, `MEDIUM`, `LOW`, `UNSPECIFIED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComplianceSeverity {
    /// `CRITICAL`
    Critical,
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// `UNSPECIFIED`
    Unspecified,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComplianceSeverity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Critical => "CRITICAL",
            Self::High => "HIGH",
            Self::Medium => "MEDIUM",
            Self::Low => "LOW",
            Self::Unspecified => "UNSPECIFIED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNSPECIFIED"]
    }
}
impl ::std::convert::From<ComplianceSeverity> for ::forma_core::Value<ComplianceSeverity> {
    fn from(v: ComplianceSeverity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComplianceSeverity {}

/// The values CloudFormation documents: `AUTO`, `MANUAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SyncCompliance {
    /// `AUTO`
    Auto,
    /// `MANUAL`
    Manual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SyncCompliance {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "AUTO",
            Self::Manual => "MANUAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTO", "MANUAL"]
    }
}
impl ::std::convert::From<SyncCompliance> for ::forma_core::Value<SyncCompliance> {
    fn from(v: SyncCompliance) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SyncCompliance {}

/// The `InstanceAssociationOutputLocation` property type of `AWS::SSM::Association`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceAssociationOutputLocation {
    props: ::forma_core::schema::Props,
}
impl InstanceAssociationOutputLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `S3Location`.
    pub fn s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3OutputLocation>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceAssociationOutputLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceAssociationOutputLocation>
    for ::forma_core::Value<InstanceAssociationOutputLocation>
{
    fn from(v: InstanceAssociationOutputLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_ASSOCIATION_OUTPUT_LOCATION_TYPE.properties))
    }
}

/// Metadata that you assign to your AWS resources.
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

/// The `Target` property type of `AWS::SSM::Association`.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    props: ::forma_core::schema::Props,
}
impl Target {
    /// A new value with its required properties: `Key`, `Values`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Target> for ::forma_core::Value<Target> {
    fn from(v: Target) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_TYPE.properties))
    }
}

/// The `S3OutputLocation` property type of `AWS::SSM::Association`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3OutputLocation {
    props: ::forma_core::schema::Props,
}
impl S3OutputLocation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OutputS3BucketName`.
    ///
    /// Allowed: length 3 to 63.
    pub fn output_s3_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `OutputS3KeyPrefix`.
    ///
    /// Allowed: length 0 to 1024.
    pub fn output_s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `OutputS3Region`.
    ///
    /// Allowed: length 3 to 20.
    pub fn output_s3_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3OutputLocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3OutputLocation> for ::forma_core::Value<S3OutputLocation> {
    fn from(v: S3OutputLocation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_OUTPUT_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::SSM::Association`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSM::Association",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplyOnlyAtCronInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AssociationDispatchAssumeRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "AssociationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.]{3,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AutomationTargetParameterName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "CalendarNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComplianceSeverity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNSPECIFIED"]),
        },
        ::forma_core::schema::Property {
            name: "DocumentVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxConcurrency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([1-9][0-9]{0,6}|[1-9][0-9]%|[1-9]%|100%)$"),
                min_length: Some(1),
                max_length: Some(7),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxErrors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([1-9][0-9]{0,6}|[0]|[1-9][0-9]%|[0-9]%|100%)$"),
                min_length: Some(1),
                max_length: Some(7),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.:/]{3,200}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_ASSOCIATION_OUTPUT_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            )),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(6.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SyncCompliance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AUTO", "MANUAL"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGET_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WaitForSuccessTimeoutSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(15.0),
                maximum: Some(172800.0),
            }),
        },
    ],
    rules: &[],
    attributes: &["AssociationId"],
};

static INSTANCE_ASSOCIATION_OUTPUT_LOCATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SSM::Association.InstanceAssociationOutputLocation",
        properties: &[::forma_core::schema::Property {
            name: "S3Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_OUTPUT_LOCATION_TYPE),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::Association.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::Association.Target",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}$|resource-groups:Name"),
                min_length: Some(1),
                max_length: Some(163),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static S3_OUTPUT_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::Association.S3OutputLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "OutputS3BucketName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputS3KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputS3Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(20),
            }),
        },
    ],
    rules: &[],
};
