// @generated from AWS::S3Outposts::Bucket (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3Outposts::Bucket` and its property types.

/// Resource Type Definition for AWS::S3Outposts::Bucket
///
/// CloudFormation type `AWS::S3Outposts::Bucket`.
#[derive(Debug, Clone, PartialEq)]
pub struct Bucket {
    props: ::forma_core::schema::Props,
}
impl Bucket {
    /// A new resource with its required properties: `BucketName`, `OutpostId`.
    #[track_caller]
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        outpost_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, bucket_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, outpost_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Rules that define how Amazon S3Outposts manages objects during their lifetime.
    #[track_caller]
    pub fn lifecycle_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LifecycleConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An arbitrary set of tags (key-value pairs) for this S3Outposts bucket.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Bucket {
    type Attributes = BucketAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3Outposts::Bucket"
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
/// The attributes of a `AWS::S3Outposts::Bucket` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BucketAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BucketAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BucketAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `LifecycleConfiguration` property type of `AWS::S3Outposts::Bucket`.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleConfiguration {
    props: ::forma_core::schema::Props,
}
impl LifecycleConfiguration {
    /// A new value with its required properties: `Rules`.
    pub fn new(rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LifecycleConfiguration> for ::forma_core::Value<LifecycleConfiguration> {
    fn from(v: LifecycleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIFECYCLE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::S3Outposts::Bucket`.
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

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// Specifies lifecycle rules for an Amazon S3Outposts bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value with its required properties: `Status`.
    ///
    /// CloudFormation also needs at least one of `AbortIncompleteMultipartUpload`, `ExpirationDate` or `ExpirationInDays`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, status.into_enum_expr());
        Self { props }
    }
    /// Specifies a lifecycle rule that stops incomplete multipart uploads to an Amazon S3Outposts bucket.
    pub fn abort_incomplete_multipart_upload(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AbortIncompleteMultipartUpload>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates when objects are deleted from Amazon S3Outposts.
    pub fn expiration_date(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates the number of days after creation when objects are deleted from Amazon S3Outposts.
    ///
    /// Allowed: at least 1.
    pub fn expiration_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The container for the filter of the lifecycle rule.
    pub fn filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuleFilter>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Unique identifier for the lifecycle rule.
    ///
    /// Allowed: length 0 to 255.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3Outposts will wait before permanently removing all parts of the upload.
#[derive(Debug, Clone, PartialEq)]
pub struct AbortIncompleteMultipartUpload {
    props: ::forma_core::schema::Props,
}
impl AbortIncompleteMultipartUpload {
    /// A new value with its required properties: `DaysAfterInitiation`.
    pub fn new(days_after_initiation: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, days_after_initiation.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AbortIncompleteMultipartUpload> for ::forma_core::Value<AbortIncompleteMultipartUpload> {
    fn from(v: AbortIncompleteMultipartUpload) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ABORT_INCOMPLETE_MULTIPART_UPLOAD_TYPE.properties))
    }
}

/// The container for the filter of the lifecycle rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleFilter {
    props: ::forma_core::schema::Props,
}
impl RuleFilter {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `Prefix`, `Tag` or `AndOperator`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The container for the AND condition for the lifecycle rule.
    pub fn and_operator(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Object key prefix that identifies one or more objects to which this rule applies.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies a tag used to identify a subset of objects for an Amazon S3Outposts bucket.
    pub fn tag(mut self, value: impl ::std::convert::Into<::forma_core::Value<FilterTag>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuleFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuleFilter> for ::forma_core::Value<RuleFilter> {
    fn from(v: RuleFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_FILTER_TYPE.properties))
    }
}

/// Tag used to identify a subset of objects for an Amazon S3Outposts bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterTag {
    props: ::forma_core::schema::Props,
}
impl FilterTag {
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
impl ::std::convert::From<FilterTag> for ::forma_core::Value<FilterTag> {
    fn from(v: FilterTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TAG_TYPE.properties))
    }
}

/// The schema of `AWS::S3Outposts::Bucket`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::S3Outposts::Bucket",
properties: &[
::forma_core::schema::Property { name: "BucketName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(?=^.{3,63}$)(?!^(\\d+\\.)+\\d+$)(^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$)"), min_length: Some(3), max_length: Some(63) }) },
::forma_core::schema::Property { name: "LifecycleConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LIFECYCLE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "OutpostId", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(op-[a-f0-9]{17}|\\d{12}|ec2)$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["Arn"],
};

static LIFECYCLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Outposts::Bucket.LifecycleConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Rules",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RULE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Outposts::Bucket.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:.*)([\\p{L}\\p{Z}\\p{N}_.:=+\\/\\-@%]*)$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:=+\\/\\-@%]*)$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::S3Outposts::Bucket.Rule",
properties: &[
::forma_core::schema::Property { name: "AbortIncompleteMultipartUpload", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ABORT_INCOMPLETE_MULTIPART_UPLOAD_TYPE) },
::forma_core::schema::Property { name: "ExpirationDate", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([0-2]\\d{3})-(0[0-9]|1[0-2])-([0-2]\\d|3[01])T([01]\\d|2[0-4]):([0-5]\\d):([0-6]\\d)((\\.\\d{3})?)Z$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ExpirationInDays", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "Filter", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&RULE_FILTER_TYPE) },
::forma_core::schema::Property { name: "Id", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(255) }) },
::forma_core::schema::Property { name: "Status", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]) },
],
rules: &[::forma_core::schema::Combination::AnyOf(&[&["Status", "AbortIncompleteMultipartUpload"], &["Status", "ExpirationDate"], &["Status", "ExpirationInDays"]])],
};

static ABORT_INCOMPLETE_MULTIPART_UPLOAD_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3Outposts::Bucket.AbortIncompleteMultipartUpload",
        properties: &[::forma_core::schema::Property {
            name: "DaysAfterInitiation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        }],
        rules: &[],
    };

static RULE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Outposts::Bucket.RuleFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "AndOperator",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tag",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_TAG_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["Prefix"], &["Tag"], &["AndOperator"]])],
};

static FILTER_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3Outposts::Bucket.FilterTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:=+\\/\\-@%]*)$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:=+\\/\\-@%]*)$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
