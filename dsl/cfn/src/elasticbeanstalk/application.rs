// @generated from AWS::ElasticBeanstalk::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElasticBeanstalk::Application` and its property types.

/// The AWS::ElasticBeanstalk::Application resource specifies an Elastic Beanstalk application.
///
/// CloudFormation type `AWS::ElasticBeanstalk::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A name for the Elastic Beanstalk application.
    ///
    /// Allowed: length 1 to 100.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Your description of the application.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies an application resource lifecycle configuration to prevent your application from accumulating too many versions.
    #[track_caller]
    pub fn resource_lifecycle_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationResourceLifecycleConfig>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Application {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElasticBeanstalk::Application"
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
/// The attributes of a `AWS::ElasticBeanstalk::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `ApplicationResourceLifecycleConfig` property type of `AWS::ElasticBeanstalk::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationResourceLifecycleConfig {
    props: ::forma_core::schema::Props,
}
impl ApplicationResourceLifecycleConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of an IAM service role that Elastic Beanstalk has permission to assume.
    pub fn service_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Defines lifecycle settings for application versions.
    pub fn version_lifecycle_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationVersionLifecycleConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApplicationResourceLifecycleConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApplicationResourceLifecycleConfig>
    for ::forma_core::Value<ApplicationResourceLifecycleConfig>
{
    fn from(v: ApplicationResourceLifecycleConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_RESOURCE_LIFECYCLE_CONFIG_TYPE.properties))
    }
}

/// The `ApplicationVersionLifecycleConfig` property type of `AWS::ElasticBeanstalk::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationVersionLifecycleConfig {
    props: ::forma_core::schema::Props,
}
impl ApplicationVersionLifecycleConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specify a max age rule to restrict the length of time that application versions are retained for an application.
    pub fn max_age_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<MaxAgeRule>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specify a max count rule to restrict the number of application versions that are retained for an application.
    pub fn max_count_rule(mut self, value: impl ::std::convert::Into<::forma_core::Value<MaxCountRule>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApplicationVersionLifecycleConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApplicationVersionLifecycleConfig>
    for ::forma_core::Value<ApplicationVersionLifecycleConfig>
{
    fn from(v: ApplicationVersionLifecycleConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_VERSION_LIFECYCLE_CONFIG_TYPE.properties))
    }
}

/// The `MaxAgeRule` property type of `AWS::ElasticBeanstalk::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaxAgeRule {
    props: ::forma_core::schema::Props,
}
impl MaxAgeRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Set to true to delete a version's source bundle from Amazon S3 when Elastic Beanstalk deletes the application version.
    pub fn delete_source_from_s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specify true to apply the rule, or false to disable it.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specify the number of days to retain an application versions.
    pub fn max_age_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MaxAgeRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaxAgeRule> for ::forma_core::Value<MaxAgeRule> {
    fn from(v: MaxAgeRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAX_AGE_RULE_TYPE.properties))
    }
}

/// The `MaxCountRule` property type of `AWS::ElasticBeanstalk::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct MaxCountRule {
    props: ::forma_core::schema::Props,
}
impl MaxCountRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Set to true to delete a version's source bundle from Amazon S3 when Elastic Beanstalk deletes the application version.
    pub fn delete_source_from_s3(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specify true to apply the rule, or false to disable it.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specify the maximum number of application versions to retain.
    pub fn max_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MaxCountRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MaxCountRule> for ::forma_core::Value<MaxCountRule> {
    fn from(v: MaxCountRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAX_COUNT_RULE_TYPE.properties))
    }
}

/// The schema of `AWS::ElasticBeanstalk::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElasticBeanstalk::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceLifecycleConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_RESOURCE_LIFECYCLE_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static APPLICATION_RESOURCE_LIFECYCLE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ElasticBeanstalk::Application.ApplicationResourceLifecycleConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "ServiceRole",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "VersionLifecycleConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&APPLICATION_VERSION_LIFECYCLE_CONFIG_TYPE),
            },
        ],
        rules: &[],
    };

static APPLICATION_VERSION_LIFECYCLE_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ElasticBeanstalk::Application.ApplicationVersionLifecycleConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxAgeRule",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MAX_AGE_RULE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "MaxCountRule",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MAX_COUNT_RULE_TYPE),
            },
        ],
        rules: &[],
    };

static MAX_AGE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticBeanstalk::Application.MaxAgeRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteSourceFromS3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxAgeInDays",
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

static MAX_COUNT_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticBeanstalk::Application.MaxCountRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeleteSourceFromS3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MaxCount",
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
