// @generated from AWS::AppIntegrations::DataIntegration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppIntegrations::DataIntegration` and its property types.

/// Resource Type definition for AWS::AppIntegrations::DataIntegration
///
/// CloudFormation type `AWS::AppIntegrations::DataIntegration`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataIntegration {
    props: ::forma_core::schema::Props,
}
impl DataIntegration {
    /// A new resource with its required properties: `KmsKey`, `Name`, `SourceURI`.
    #[track_caller]
    pub fn new(
        kms_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, kms_key.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, source_uri.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The data integration description.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for what files should be pulled from the source.
    #[track_caller]
    pub fn file_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FileConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration for what data should be pulled from the source.
    #[track_caller]
    pub fn object_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the data and how often it should be pulled from the source.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn schedule_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScheduleConfig>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags (keys and values) associated with the data integration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataIntegration {
    type Attributes = DataIntegrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppIntegrations::DataIntegration"
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
/// The attributes of a `AWS::AppIntegrations::DataIntegration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataIntegrationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataIntegrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataIntegrationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `DataIntegrationArn`.
    pub fn data_integration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataIntegrationArn")
    }
}

/// The configuration for what files should be pulled from the source.
#[derive(Debug, Clone, PartialEq)]
pub struct FileConfiguration {
    props: ::forma_core::schema::Props,
}
impl FileConfiguration {
    /// A new value with its required properties: `Folders`.
    pub fn new(
        folders: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, folders.into().into_expr());
        Self { props }
    }
    /// Restrictions for what files should be pulled from the source.
    pub fn filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FileConfiguration> for ::forma_core::Value<FileConfiguration> {
    fn from(v: FileConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILE_CONFIGURATION_TYPE.properties))
    }
}

/// The `ScheduleConfig` property type of `AWS::AppIntegrations::DataIntegration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleConfig {
    props: ::forma_core::schema::Props,
}
impl ScheduleConfig {
    /// A new value with its required properties: `ScheduleExpression`.
    pub fn new(schedule_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, schedule_expression.into().into_expr());
        Self { props }
    }
    /// The start date for objects to import in the first flow run.
    ///
    /// Allowed: length 1 to 255.
    pub fn first_execution_from(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the object to pull from the data source.
    ///
    /// Allowed: length 1 to 255.
    pub fn object(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScheduleConfig> for ::forma_core::Value<ScheduleConfig> {
    fn from(v: ScheduleConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_CONFIG_TYPE.properties))
    }
}

/// A label for tagging DataIntegration resources
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

/// The schema of `AWS::AppIntegrations::DataIntegration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::AppIntegrations::DataIntegration",
properties: &[
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(1000) }) },
::forma_core::schema::Property { name: "FileConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&FILE_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "KmsKey", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some(".*\\S.*"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9/\\._\\-]+$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "ObjectConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(255) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2048) }))) },
::forma_core::schema::Property { name: "ScheduleConfig", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&SCHEDULE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "SourceURI", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(\\w+\\:\\/\\/[\\w.-]+[\\w/!@#+=.-]+$)|(\\w+\\:\\/\\/[\\w.-]+[\\w/!@#+=.-]+[\\w/!@#+=.-]+[\\w/!@#+=.,-]+$)"), min_length: Some(1), max_length: Some(1000) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) }) },
],
rules: &[],
attributes: &["Id", "DataIntegrationArn"],
};

static FILE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppIntegrations::DataIntegration.FileConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2048) },
            )),
        },
        ::forma_core::schema::Property {
            name: "Folders",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(".*\\S.*"),
                    min_length: Some(1),
                    max_length: Some(200),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static SCHEDULE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppIntegrations::DataIntegration.ScheduleConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "FirstExecutionFrom",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Object",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9/\\._\\-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*\\S.*"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppIntegrations::DataIntegration.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
