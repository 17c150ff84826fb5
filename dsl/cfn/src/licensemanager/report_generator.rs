// @generated from AWS::LicenseManager::ReportGenerator (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LicenseManager::ReportGenerator` and its property types.

/// A report generator that creates periodic reports about your AWS License Manager license configurations.
///
/// CloudFormation type `AWS::LicenseManager::ReportGenerator`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportGenerator {
    props: ::forma_core::schema::Props,
}
impl ReportGenerator {
    /// A new resource with its required properties: `ReportContext`, `ReportFrequency`, `ReportGeneratorName`, `ReportType`.
    #[track_caller]
    pub fn new(
        report_context: impl ::std::convert::Into<::forma_core::Value<ReportContext>>,
        report_frequency: impl ::std::convert::Into<::forma_core::Value<ReportFrequency>>,
        report_generator_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        report_type: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReportType>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, report_context.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, report_frequency.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, report_generator_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, report_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the report generator.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReportGenerator {
    type Attributes = ReportGeneratorAttributes;
    fn type_name(&self) -> &str {
        "AWS::LicenseManager::ReportGenerator"
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
/// The attributes of a `AWS::LicenseManager::ReportGenerator` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReportGeneratorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReportGeneratorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReportGeneratorAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `S3Location`.
    pub fn s3_location(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "S3Location")
    }
    /// `Fn::GetAtt` `CreateTime`.
    pub fn create_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreateTime")
    }
    /// `Fn::GetAtt` `ReportCreatorAccount`.
    pub fn report_creator_account(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReportCreatorAccount")
    }
}

/// The values CloudFormation documents: `LicenseConfigurationSummaryReport`, `LicenseConfigurationUsageReport`, `LicenseAssetGroupUsageReport`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReportType {
    /// `LicenseConfigurationSummaryReport`
    LicenseConfigurationSummaryReport,
    /// `LicenseConfigurationUsageReport`
    LicenseConfigurationUsageReport,
    /// `LicenseAssetGroupUsageReport`
    LicenseAssetGroupUsageReport,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReportType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LicenseConfigurationSummaryReport => "LicenseConfigurationSummaryReport",
            Self::LicenseConfigurationUsageReport => "LicenseConfigurationUsageReport",
            Self::LicenseAssetGroupUsageReport => "LicenseAssetGroupUsageReport",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LicenseConfigurationSummaryReport", "LicenseConfigurationUsageReport", "LicenseAssetGroupUsageReport"]
    }
}
impl ::std::convert::From<ReportType> for ::forma_core::Value<ReportType> {
    fn from(v: ReportType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReportType {}

/// Details of the license configurations and asset groups that this generator reports on.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportContext {
    props: ::forma_core::schema::Props,
}
impl ReportContext {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Amazon Resource Names (ARNs) of the license asset groups to include in the report.
    pub fn license_asset_group_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Amazon Resource Names (ARNs) of the license configurations that this generator reports on.
    pub fn license_configuration_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// End date for the report data collection period.
    pub fn report_end_date(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Start date for the report data collection period.
    pub fn report_start_date(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReportContext {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReportContext> for ::forma_core::Value<ReportContext> {
    fn from(v: ReportContext) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPORT_CONTEXT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAY`, `WEEK`, `MONTH`, `ONE_TIME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Period {
    /// `DAY`
    Day,
    /// `WEEK`
    Week,
    /// `MONTH`
    Month,
    /// `ONE_TIME`
    OneTime,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Period {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Day => "DAY",
            Self::Week => "WEEK",
            Self::Month => "MONTH",
            Self::OneTime => "ONE_TIME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAY", "WEEK", "MONTH", "ONE_TIME"]
    }
}
impl ::std::convert::From<Period> for ::forma_core::Value<Period> {
    fn from(v: Period) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Period {}

/// Details about how frequently reports are generated.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportFrequency {
    props: ::forma_core::schema::Props,
}
impl ReportFrequency {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Time period between each report.
    pub fn period(mut self, value: impl ::forma_core::schema::EnumArg<Period>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Number of times within the frequency period that a report is generated.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReportFrequency {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReportFrequency> for ::forma_core::Value<ReportFrequency> {
    fn from(v: ReportFrequency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPORT_FREQUENCY_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::LicenseManager::ReportGenerator`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LicenseManager::ReportGenerator",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ReportContext",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPORT_CONTEXT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReportFrequency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPORT_FREQUENCY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReportGeneratorName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReportType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "LicenseConfigurationSummaryReport",
                    "LicenseConfigurationUsageReport",
                    "LicenseAssetGroupUsageReport",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    attributes: &["Arn", "S3Location", "CreateTime", "ReportCreatorAccount"],
};

static REPORT_CONTEXT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::LicenseManager::ReportGenerator.ReportContext",
properties: &[
::forma_core::schema::Property { name: "LicenseAssetGroupArns", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"), min_length: Some(0), max_length: Some(2048) }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "LicenseConfigurationArns", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"), min_length: Some(0), max_length: Some(2048) }), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "ReportEndDate", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "ReportStartDate", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
],
rules: &[],
};

static REPORT_FREQUENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::ReportGenerator.ReportFrequency",
    properties: &[
        ::forma_core::schema::Property {
            name: "Period",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAY", "WEEK", "MONTH", "ONE_TIME"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::ReportGenerator.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
