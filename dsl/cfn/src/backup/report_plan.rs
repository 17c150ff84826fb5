// @generated from AWS::Backup::ReportPlan (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Backup::ReportPlan` and its property types.

/// Contains detailed information about a report plan in AWS Backup Audit Manager.
///
/// CloudFormation type `AWS::Backup::ReportPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportPlan {
    props: ::forma_core::schema::Props,
}
impl ReportPlan {
    /// A new resource with its required properties: `ReportDeliveryChannel`, `ReportSetting`.
    #[track_caller]
    pub fn new(
        report_delivery_channel: impl ::std::convert::Into<::forma_core::Value<ReportDeliveryChannel>>,
        report_setting: impl ::std::convert::Into<::forma_core::Value<ReportSetting>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, report_delivery_channel.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, report_setting.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An optional description of the report plan with a maximum of 1,024 characters.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn report_plan_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique name of the report plan.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn report_plan_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata that you can assign to help organize the report plans that you create.
    #[track_caller]
    pub fn report_plan_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReportPlan {
    type Attributes = ReportPlanAttributes;
    fn type_name(&self) -> &str {
        "AWS::Backup::ReportPlan"
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
/// The attributes of a `AWS::Backup::ReportPlan` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReportPlanAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReportPlanAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReportPlanAttributes {
    /// `Fn::GetAtt` `ReportPlanArn`.
    pub fn report_plan_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ReportPlanArn")
    }
}

/// A structure that contains information about where and how to deliver your reports, specifically your Amazon S3 bucket name, S3 key prefix, and the formats of your reports.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportDeliveryChannel {
    props: ::forma_core::schema::Props,
}
impl ReportDeliveryChannel {
    /// A new value with its required properties: `S3BucketName`.
    pub fn new(s3_bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, s3_bucket_name.into().into_expr());
        Self { props }
    }
    /// A list of the format of your reports: CSV, JSON, or both.
    pub fn formats(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The prefix for where AWS Backup Audit Manager delivers your reports to Amazon S3.
    pub fn s3_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReportDeliveryChannel> for ::forma_core::Value<ReportDeliveryChannel> {
    fn from(v: ReportDeliveryChannel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPORT_DELIVERY_CHANNEL_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key name of the tag.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// Identifies the report template for the report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportSetting {
    props: ::forma_core::schema::Props,
}
impl ReportSetting {
    /// A new value with its required properties: `ReportTemplate`.
    pub fn new(report_template: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, report_template.into().into_expr());
        Self { props }
    }
    /// The list of AWS accounts that a report covers.
    pub fn accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Amazon Resource Names (ARNs) of the frameworks a report covers.
    pub fn framework_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The list of AWS organization units that a report covers.
    pub fn organization_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The list of AWS regions that a report covers.
    pub fn regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReportSetting> for ::forma_core::Value<ReportSetting> {
    fn from(v: ReportSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPORT_SETTING_TYPE.properties))
    }
}

/// The schema of `AWS::Backup::ReportPlan`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Backup::ReportPlan",
    properties: &[
        ::forma_core::schema::Property {
            name: "ReportDeliveryChannel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPORT_DELIVERY_CHANNEL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReportPlanDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReportPlanName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z][_a-zA-Z0-9]*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReportPlanTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReportSetting",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPORT_SETTING_TYPE),
        },
    ],
    rules: &[],
    attributes: &["ReportPlanArn"],
};

static REPORT_DELIVERY_CHANNEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::ReportPlan.ReportDeliveryChannel",
    properties: &[
        ::forma_core::schema::Property {
            name: "Formats",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "S3BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3KeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::ReportPlan.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
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

static REPORT_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::ReportPlan.ReportSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Accounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FrameworkArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OrganizationUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Regions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ReportTemplate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
