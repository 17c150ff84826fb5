// @generated from AWS::EC2::CapacityManagerDataExport (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::CapacityManagerDataExport` and its property types.

/// Resource Type definition for AWS::EC2::CapacityManagerDataExport
///
/// CloudFormation type `AWS::EC2::CapacityManagerDataExport`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityManagerDataExport {
    props: ::forma_core::schema::Props,
}
impl CapacityManagerDataExport {
    /// A new resource with its required properties: `OutputFormat`, `S3BucketName`, `Schedule`.
    #[track_caller]
    pub fn new(
        output_format: impl ::forma_core::schema::EnumArg<OutputFormat>,
        s3_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schedule: impl ::forma_core::schema::EnumArg<Schedule>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, output_format.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, s3_bucket_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, schedule.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The prefix for the S3 bucket location where exported files will be placed.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn s3_bucket_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to the capacity manager data export.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CapacityManagerDataExport {
    type Attributes = CapacityManagerDataExportAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::CapacityManagerDataExport"
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
/// The attributes of a `AWS::EC2::CapacityManagerDataExport` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CapacityManagerDataExportAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CapacityManagerDataExportAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CapacityManagerDataExportAttributes {
    /// `Fn::GetAtt` `CapacityManagerDataExportId`.
    pub fn capacity_manager_data_export_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CapacityManagerDataExportId")
    }
}

/// The values CloudFormation documents: `csv`, `parquet`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputFormat {
    /// `csv`
    Csv,
    /// `parquet`
    Parquet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OutputFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "csv",
            Self::Parquet => "parquet",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["csv", "parquet"]
    }
}
impl ::std::convert::From<OutputFormat> for ::forma_core::Value<OutputFormat> {
    fn from(v: OutputFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OutputFormat {}

/// The values CloudFormation documents: `hourly`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Schedule {
    /// `hourly`
    Hourly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Schedule {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hourly => "hourly",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["hourly"]
    }
}
impl ::std::convert::From<Schedule> for ::forma_core::Value<Schedule> {
    fn from(v: Schedule) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Schedule {}

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

/// The schema of `AWS::EC2::CapacityManagerDataExport`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::CapacityManagerDataExport",
    properties: &[
        ::forma_core::schema::Property {
            name: "OutputFormat",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["csv", "parquet"]),
        },
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3BucketPrefix",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["hourly"]),
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
    attributes: &["CapacityManagerDataExportId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::CapacityManagerDataExport.Tag",
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
