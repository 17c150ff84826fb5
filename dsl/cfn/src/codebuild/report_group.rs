// @generated from AWS::CodeBuild::ReportGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodeBuild::ReportGroup` and its property types.

/// Resource Type definition for AWS::CodeBuild::ReportGroup
///
/// CloudFormation type `AWS::CodeBuild::ReportGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportGroup {
    props: ::forma_core::schema::Props,
}
impl ReportGroup {
    /// A new resource with its required properties: `ExportConfig`, `Type`.
    #[track_caller]
    pub fn new(
        export_config: impl ::std::convert::Into<::forma_core::Value<ReportExportConfig>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, export_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DeleteReports`.
    #[track_caller]
    pub fn delete_reports(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 2 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReportGroup {
    type Attributes = ReportGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodeBuild::ReportGroup"
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
/// The attributes of a `AWS::CodeBuild::ReportGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReportGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReportGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReportGroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `TEST`, `CODE_COVERAGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `TEST`
    Test,
    /// `CODE_COVERAGE`
    CodeCoverage,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Test => "TEST",
            Self::CodeCoverage => "CODE_COVERAGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TEST", "CODE_COVERAGE"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The values CloudFormation documents: `S3`, `NO_EXPORT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportConfigType {
    /// `S3`
    S3,
    /// `NO_EXPORT`
    NoExport,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExportConfigType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::NoExport => "NO_EXPORT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3", "NO_EXPORT"]
    }
}
impl ::std::convert::From<ExportConfigType> for ::forma_core::Value<ExportConfigType> {
    fn from(v: ExportConfigType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExportConfigType {}

/// The `ReportExportConfig` property type of `AWS::CodeBuild::ReportGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportExportConfig {
    props: ::forma_core::schema::Props,
}
impl ReportExportConfig {
    /// A new value with its required properties: `ExportConfigType`.
    pub fn new(export_config_type: impl ::forma_core::schema::EnumArg<ExportConfigType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, export_config_type.into_enum_expr());
        Self { props }
    }
    /// `S3Destination`.
    pub fn s3_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3ReportExportConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReportExportConfig> for ::forma_core::Value<ReportExportConfig> {
    fn from(v: ReportExportConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPORT_EXPORT_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::CodeBuild::ReportGroup`.
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

/// The values CloudFormation documents: `NONE`, `ZIP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Packaging {
    /// `NONE`
    None,
    /// `ZIP`
    Zip,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Packaging {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Zip => "ZIP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "ZIP"]
    }
}
impl ::std::convert::From<Packaging> for ::forma_core::Value<Packaging> {
    fn from(v: Packaging) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Packaging {}

/// The `S3ReportExportConfig` property type of `AWS::CodeBuild::ReportGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3ReportExportConfig {
    props: ::forma_core::schema::Props,
}
impl S3ReportExportConfig {
    /// A new value with its required properties: `Bucket`.
    pub fn new(bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        Self { props }
    }
    /// `BucketOwner`.
    pub fn bucket_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `EncryptionDisabled`.
    pub fn encryption_disabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EncryptionKey`.
    ///
    /// Allowed: length 1 to any.
    pub fn encryption_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Packaging`.
    pub fn packaging(mut self, value: impl ::forma_core::schema::EnumArg<Packaging>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `Path`.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3ReportExportConfig> for ::forma_core::Value<S3ReportExportConfig> {
    fn from(v: S3ReportExportConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_REPORT_EXPORT_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CodeBuild::ReportGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodeBuild::ReportGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteReports",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExportConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPORT_EXPORT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(2),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["TEST", "CODE_COVERAGE"]),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static REPORT_EXPORT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::ReportGroup.ReportExportConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExportConfigType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["S3", "NO_EXPORT"]),
        },
        ::forma_core::schema::Property {
            name: "S3Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_REPORT_EXPORT_CONFIG_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::ReportGroup.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=@+\\-]*)$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=@+\\-]*)$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static S3_REPORT_EXPORT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodeBuild::ReportGroup.S3ReportExportConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BucketOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EncryptionDisabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EncryptionKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Packaging",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "ZIP"]),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
