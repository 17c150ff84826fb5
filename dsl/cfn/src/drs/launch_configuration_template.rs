// @generated from AWS::DRS::LaunchConfigurationTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DRS::LaunchConfigurationTemplate` and its property types.

/// Account level Launch Configuration Template for AWS Elastic Disaster Recovery.
///
/// CloudFormation type `AWS::DRS::LaunchConfigurationTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchConfigurationTemplate {
    props: ::forma_core::schema::Props,
}
impl LaunchConfigurationTemplate {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Copy private IP.
    #[track_caller]
    pub fn copy_private_ip(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Copy tags.
    #[track_caller]
    pub fn copy_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// S3 bucket ARN to export Source Network templates.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn export_bucket_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Launch disposition.
    #[track_caller]
    pub fn launch_disposition(mut self, value: impl ::forma_core::schema::EnumArg<LaunchDisposition>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// DRS will set the 'launch into instance ID' of any source server when performing a drill, recovery or failback to the previous region or availability zone, using the instance ID of the source instance.
    #[track_caller]
    pub fn launch_into_source_instance(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration of a machine's license.
    #[track_caller]
    pub fn licensing(mut self, value: impl ::std::convert::Into<::forma_core::Value<Licensing>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether we want to activate post-launch actions.
    #[track_caller]
    pub fn post_launch_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of tags associated with the Launch Configuration Template.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Target instance type right-sizing method.
    #[track_caller]
    pub fn target_instance_type_right_sizing_method(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TargetInstanceTypeRightSizingMethod>,
    ) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for LaunchConfigurationTemplate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for LaunchConfigurationTemplate {
    type Attributes = LaunchConfigurationTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::DRS::LaunchConfigurationTemplate"
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
/// The attributes of a `AWS::DRS::LaunchConfigurationTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LaunchConfigurationTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LaunchConfigurationTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LaunchConfigurationTemplateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `LaunchConfigurationTemplateID`.
    pub fn launch_configuration_template_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LaunchConfigurationTemplateID")
    }
}

/// The values CloudFormation documents: `STOPPED`, `STARTED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LaunchDisposition {
    /// `STOPPED`
    Stopped,
    /// `STARTED`
    Started,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LaunchDisposition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stopped => "STOPPED",
            Self::Started => "STARTED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STOPPED", "STARTED"]
    }
}
impl ::std::convert::From<LaunchDisposition> for ::forma_core::Value<LaunchDisposition> {
    fn from(v: LaunchDisposition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LaunchDisposition {}

/// The values CloudFormation documents: `NONE`, `BASIC`, `IN_AWS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetInstanceTypeRightSizingMethod {
    /// `NONE`
    None,
    /// `BASIC`
    Basic,
    /// `IN_AWS`
    InAws,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetInstanceTypeRightSizingMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Basic => "BASIC",
            Self::InAws => "IN_AWS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "BASIC", "IN_AWS"]
    }
}
impl ::std::convert::From<TargetInstanceTypeRightSizingMethod>
    for ::forma_core::Value<TargetInstanceTypeRightSizingMethod>
{
    fn from(v: TargetInstanceTypeRightSizingMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetInstanceTypeRightSizingMethod {}

/// Configuration of a machine's license.
#[derive(Debug, Clone, PartialEq)]
pub struct Licensing {
    props: ::forma_core::schema::Props,
}
impl Licensing {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to enable Bring your own license or not.
    pub fn os_byol(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Licensing {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Licensing> for ::forma_core::Value<Licensing> {
    fn from(v: Licensing) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LICENSING_TYPE.properties))
    }
}

/// A key-value pair to associate with the Launch Configuration Template.
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

/// The schema of `AWS::DRS::LaunchConfigurationTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DRS::LaunchConfigurationTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "CopyPrivateIp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CopyTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExportBucketArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.{16,2044}$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchDisposition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STOPPED", "STARTED"]),
        },
        ::forma_core::schema::Property {
            name: "LaunchIntoSourceInstance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Licensing",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LICENSING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PostLaunchEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetInstanceTypeRightSizingMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "BASIC", "IN_AWS"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "LaunchConfigurationTemplateID"],
};

static LICENSING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DRS::LaunchConfigurationTemplate.Licensing",
    properties: &[::forma_core::schema::Property {
        name: "OsByol",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DRS::LaunchConfigurationTemplate.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
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
