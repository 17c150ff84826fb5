// @generated from AWS::Rbin::Rule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Rbin::Rule` and its property types.

/// Resource Type definition for AWS::Rbin::Rule
///
/// CloudFormation type `AWS::Rbin::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new resource with its required properties: `ResourceType`, `RetentionPeriod`.
    #[track_caller]
    pub fn new(
        resource_type: impl ::forma_core::schema::EnumArg<ResourceType>,
        retention_period: impl ::std::convert::Into<::forma_core::Value<RetentionPeriod>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, resource_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, retention_period.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the retention rule.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the exclude resource tags used to identify resources that are excluded by the retention rule.
    #[track_caller]
    pub fn exclude_resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTag>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the retention rule lock configuration.
    #[track_caller]
    pub fn lock_configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<UnlockDelay>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the resource tags used to identify resources that are retained by the retention rule.
    #[track_caller]
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTag>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The state of the retention rule.
    #[track_caller]
    pub fn status(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the tags assigned to the retention rule.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Rule {
    type Attributes = RuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::Rbin::Rule"
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
/// The attributes of a `AWS::Rbin::Rule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RuleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Identifier`.
    pub fn identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Identifier")
    }
    /// `Fn::GetAtt` `LockState`.
    pub fn lock_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LockState")
    }
}

/// The values CloudFormation documents: `EBS_SNAPSHOT`, `EC2_IMAGE`, `EBS_VOLUME`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `EBS_SNAPSHOT`
    EbsSnapshot,
    /// `EC2_IMAGE`
    Ec2Image,
    /// `EBS_VOLUME`
    EbsVolume,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EbsSnapshot => "EBS_SNAPSHOT",
            Self::Ec2Image => "EC2_IMAGE",
            Self::EbsVolume => "EBS_VOLUME",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EBS_SNAPSHOT", "EC2_IMAGE", "EBS_VOLUME"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The resource tag of the rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceTag {
    props: ::forma_core::schema::Props,
}
impl ResourceTag {
    /// A new value with its required properties: `ResourceTagKey`, `ResourceTagValue`.
    pub fn new(
        resource_tag_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_tag_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_tag_key.into().into_expr());
        props.set(1, resource_tag_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceTag> for ::forma_core::Value<ResourceTag> {
    fn from(v: ResourceTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAYS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnlockDelayUnit {
    /// `DAYS`
    Days,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UnlockDelayUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS"]
    }
}
impl ::std::convert::From<UnlockDelayUnit> for ::forma_core::Value<UnlockDelayUnit> {
    fn from(v: UnlockDelayUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UnlockDelayUnit {}

/// The `UnlockDelay` property type of `AWS::Rbin::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct UnlockDelay {
    props: ::forma_core::schema::Props,
}
impl UnlockDelay {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The unit of time in which to measure the unlock delay.
    pub fn unlock_delay_unit(mut self, value: impl ::forma_core::schema::EnumArg<UnlockDelayUnit>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The unlock delay period, measured in the unit specified for UnlockDelayUnit.
    ///
    /// Allowed: 7 to 30.
    pub fn unlock_delay_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UnlockDelay {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UnlockDelay> for ::forma_core::Value<UnlockDelay> {
    fn from(v: UnlockDelay) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UNLOCK_DELAY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DAYS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetentionPeriodUnit {
    /// `DAYS`
    Days,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RetentionPeriodUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS"]
    }
}
impl ::std::convert::From<RetentionPeriodUnit> for ::forma_core::Value<RetentionPeriodUnit> {
    fn from(v: RetentionPeriodUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RetentionPeriodUnit {}

/// The retention period of the rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionPeriod {
    props: ::forma_core::schema::Props,
}
impl RetentionPeriod {
    /// A new value with its required properties: `RetentionPeriodUnit`, `RetentionPeriodValue`.
    pub fn new(
        retention_period_unit: impl ::forma_core::schema::EnumArg<RetentionPeriodUnit>,
        retention_period_value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, retention_period_unit.into_enum_expr());
        props.set(1, retention_period_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RetentionPeriod> for ::forma_core::Value<RetentionPeriod> {
    fn from(v: RetentionPeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RETENTION_PERIOD_TYPE.properties))
    }
}

/// Metadata of a retention rule, consisting of a key-value pair.
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

/// The schema of `AWS::Rbin::Rule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Rbin::Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S ]{0,255}$"),
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExcludeResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LockConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UNLOCK_DELAY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["EBS_SNAPSHOT", "EC2_IMAGE", "EBS_VOLUME"]),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriod",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RETENTION_PERIOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("pending|available"),
                min_length: None,
                max_length: None,
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
    attributes: &["Arn", "Identifier", "LockState"],
};

static RESOURCE_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rbin::Rule.ResourceTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceTagKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]{1,128}$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceTagValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]{0,256}$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static UNLOCK_DELAY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rbin::Rule.UnlockDelay",
    properties: &[
        ::forma_core::schema::Property {
            name: "UnlockDelayUnit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS"]),
        },
        ::forma_core::schema::Property {
            name: "UnlockDelayValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(7.0),
                maximum: Some(30.0),
            }),
        },
    ],
    rules: &[],
};

static RETENTION_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rbin::Rule.RetentionPeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "RetentionPeriodUnit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS"]),
        },
        ::forma_core::schema::Property {
            name: "RetentionPeriodValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(3650.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rbin::Rule.Tag",
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
