// @generated from AWS::ElasticBeanstalk::ConfigurationTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElasticBeanstalk::ConfigurationTemplate` and its property types.

/// Resource Type definition for AWS::ElasticBeanstalk::ConfigurationTemplate
///
/// CloudFormation type `AWS::ElasticBeanstalk::ConfigurationTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationTemplate {
    props: ::forma_core::schema::Props,
}
impl ConfigurationTemplate {
    /// A new resource with its required properties: `ApplicationName`.
    #[track_caller]
    pub fn new(application_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An optional description for this configuration.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of an environment whose settings you want to use to create the configuration template.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn environment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Option values for the Elastic Beanstalk configuration, such as the instance type.
    #[track_caller]
    pub fn option_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfigurationOptionSetting>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the custom platform.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn platform_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an Elastic Beanstalk solution stack (platform version) that this configuration uses.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn solution_stack_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An Elastic Beanstalk configuration template to base this one on.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfigurationTemplate {
    type Attributes = ConfigurationTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElasticBeanstalk::ConfigurationTemplate"
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
/// The attributes of a `AWS::ElasticBeanstalk::ConfigurationTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationTemplateAttributes {
    /// `Fn::GetAtt` `TemplateName`.
    pub fn template_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TemplateName")
    }
}

/// The `ConfigurationOptionSetting` property type of `AWS::ElasticBeanstalk::ConfigurationTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationOptionSetting {
    props: ::forma_core::schema::Props,
}
impl ConfigurationOptionSetting {
    /// A new value with its required properties: `Namespace`, `OptionName`.
    pub fn new(
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        option_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, namespace.into().into_expr());
        props.set(1, option_name.into().into_expr());
        Self { props }
    }
    /// A unique resource name for the option setting.
    ///
    /// Allowed: length 1 to 256.
    pub fn resource_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The current value for the configuration option.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConfigurationOptionSetting> for ::forma_core::Value<ConfigurationOptionSetting> {
    fn from(v: ConfigurationOptionSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_OPTION_SETTING_TYPE.properties))
    }
}

/// The `SourceConfiguration` property type of `AWS::ElasticBeanstalk::ConfigurationTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl SourceConfiguration {
    /// A new value with its required properties: `ApplicationName`, `TemplateName`.
    pub fn new(
        application_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, application_name.into().into_expr());
        props.set(1, template_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceConfiguration> for ::forma_core::Value<SourceConfiguration> {
    fn from(v: SourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::ElasticBeanstalk::ConfigurationTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElasticBeanstalk::ConfigurationTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationName",
            required: true,
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
            name: "EnvironmentId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OptionSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_OPTION_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PlatformArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SolutionStackName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["TemplateName"],
};

static CONFIGURATION_OPTION_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticBeanstalk::ConfigurationTemplate.ConfigurationOptionSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OptionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticBeanstalk::ConfigurationTemplate.SourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};
