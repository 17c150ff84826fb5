// @generated from AWS::CUR::ReportDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CUR::ReportDefinition` and its property types.

/// The AWS::CUR::ReportDefinition resource creates a Cost & Usage Report with user-defined settings.
///
/// CloudFormation type `AWS::CUR::ReportDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportDefinition {
    props: ::forma_core::schema::Props,
}
impl ReportDefinition {
    /// A new resource with its required properties: `Compression`, `Format`, `RefreshClosedReports`, `ReportName`, `ReportVersioning`, `S3Bucket`, `S3Prefix`, `S3Region`, `TimeUnit`.
    #[allow(clippy::too_many_arguments)]
    #[track_caller]
    pub fn new(
        compression: impl ::forma_core::schema::EnumArg<Compression>,
        format: impl ::forma_core::schema::EnumArg<Format>,
        refresh_closed_reports: impl ::std::convert::Into<::forma_core::Value<bool>>,
        report_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        report_versioning: impl ::forma_core::schema::EnumArg<ReportVersioning>,
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        time_unit: impl ::forma_core::schema::EnumArg<TimeUnit>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, compression.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, format.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, refresh_closed_reports.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, report_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, report_versioning.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(8, s3_bucket.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, s3_prefix.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, s3_region.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, time_unit.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of manifests that you want Amazon Web Services to create for this report.
    #[track_caller]
    pub fn additional_artifacts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdditionalArtifacts>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of strings that indicate additional content that Amazon Web Services includes in the report, such as individual resource IDs.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn additional_schema_elements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AdditionalSchemaElements>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon resource name of the billing view.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn billing_view_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReportDefinition {
    type Attributes = ReportDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CUR::ReportDefinition"
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
/// The attributes of a `AWS::CUR::ReportDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReportDefinitionAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReportDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `REDSHIFT`, `QUICKSIGHT`, `ATHENA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdditionalArtifacts {
    /// `REDSHIFT`
    Redshift,
    /// `QUICKSIGHT`
    Quicksight,
    /// `ATHENA`
    Athena,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdditionalArtifacts {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Redshift => "REDSHIFT",
            Self::Quicksight => "QUICKSIGHT",
            Self::Athena => "ATHENA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REDSHIFT", "QUICKSIGHT", "ATHENA"]
    }
}
impl ::std::convert::From<AdditionalArtifacts> for ::forma_core::Value<AdditionalArtifacts> {
    fn from(v: AdditionalArtifacts) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdditionalArtifacts {}

/// The values CloudFormation documents: `RESOURCES`, `SPLIT_COST_ALLOCATION_DATA`, `MANUAL_DISCOUNT_COMPATIBILITY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdditionalSchemaElements {
    /// `RESOURCES`
    Resources,
    /// `SPLIT_COST_ALLOCATION_DATA`
    SplitCostAllocationData,
    /// `MANUAL_DISCOUNT_COMPATIBILITY`
    ManualDiscountCompatibility,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AdditionalSchemaElements {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Resources => "RESOURCES",
            Self::SplitCostAllocationData => "SPLIT_COST_ALLOCATION_DATA",
            Self::ManualDiscountCompatibility => "MANUAL_DISCOUNT_COMPATIBILITY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RESOURCES", "SPLIT_COST_ALLOCATION_DATA", "MANUAL_DISCOUNT_COMPATIBILITY"]
    }
}
impl ::std::convert::From<AdditionalSchemaElements> for ::forma_core::Value<AdditionalSchemaElements> {
    fn from(v: AdditionalSchemaElements) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AdditionalSchemaElements {}

/// The values CloudFormation documents: `ZIP`, `GZIP`, `Parquet`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Compression {
    /// `ZIP`
    Zip,
    /// `GZIP`
    Gzip,
    /// `Parquet`
    Parquet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Compression {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zip => "ZIP",
            Self::Gzip => "GZIP",
            Self::Parquet => "Parquet",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ZIP", "GZIP", "Parquet"]
    }
}
impl ::std::convert::From<Compression> for ::forma_core::Value<Compression> {
    fn from(v: Compression) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Compression {}

/// The values CloudFormation documents: `textORcsv`, `Parquet`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `textORcsv`
    TextORcsv,
    /// `Parquet`
    Parquet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TextORcsv => "textORcsv",
            Self::Parquet => "Parquet",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["textORcsv", "Parquet"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// The values CloudFormation documents: `CREATE_NEW_REPORT`, `OVERWRITE_REPORT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReportVersioning {
    /// `CREATE_NEW_REPORT`
    CreateNewReport,
    /// `OVERWRITE_REPORT`
    OverwriteReport,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReportVersioning {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreateNewReport => "CREATE_NEW_REPORT",
            Self::OverwriteReport => "OVERWRITE_REPORT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CREATE_NEW_REPORT", "OVERWRITE_REPORT"]
    }
}
impl ::std::convert::From<ReportVersioning> for ::forma_core::Value<ReportVersioning> {
    fn from(v: ReportVersioning) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReportVersioning {}

/// The values CloudFormation documents: `HOURLY`, `DAILY`, `MONTHLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeUnit {
    /// `HOURLY`
    Hourly,
    /// `DAILY`
    Daily,
    /// `MONTHLY`
    Monthly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TimeUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hourly => "HOURLY",
            Self::Daily => "DAILY",
            Self::Monthly => "MONTHLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HOURLY", "DAILY", "MONTHLY"]
    }
}
impl ::std::convert::From<TimeUnit> for ::forma_core::Value<TimeUnit> {
    fn from(v: TimeUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TimeUnit {}

/// The `Tag` property type of `AWS::CUR::ReportDefinition`.
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

/// The schema of `AWS::CUR::ReportDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CUR::ReportDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalArtifacts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["REDSHIFT", "QUICKSIGHT", "ATHENA"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AdditionalSchemaElements",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "RESOURCES",
                    "SPLIT_COST_ALLOCATION_DATA",
                    "MANUAL_DISCOUNT_COMPATIBILITY",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BillingViewArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(arn:aws(-cn)?:billing::[0-9]{12}:billingview/)?[a-zA-Z0-9_\\+=\\.\\-@].{1,30}"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Compression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ZIP", "GZIP", "Parquet"]),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["textORcsv", "Parquet"]),
        },
        ::forma_core::schema::Property {
            name: "RefreshClosedReports",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ReportName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9A-Za-z!\\-_.*\\'()]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReportVersioning",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CREATE_NEW_REPORT", "OVERWRITE_REPORT"]),
        },
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9_\\.\\-]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Prefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9A-Za-z!\\-_.*\\'()/]*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TimeUnit",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["HOURLY", "DAILY", "MONTHLY"]),
        },
    ],
    rules: &[],
    attributes: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CUR::ReportDefinition.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
