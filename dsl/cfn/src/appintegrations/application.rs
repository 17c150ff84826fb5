// @generated from AWS::AppIntegrations::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppIntegrations::Application` and its property types.

/// Resource Type definition for AWS:AppIntegrations::Application
///
/// CloudFormation type `AWS::AppIntegrations::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `ApplicationSourceConfig`, `Name`, `Namespace`.
    #[track_caller]
    pub fn new(
        application_source_config: impl ::std::convert::Into<::forma_core::Value<ApplicationSourceConfig>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, application_source_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, namespace.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The application configuration.
    #[track_caller]
    pub fn application_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApplicationConfig>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of application
    #[track_caller]
    pub fn application_type(mut self, value: impl ::forma_core::schema::EnumArg<ApplicationType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The application description.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The iframe configuration
    #[track_caller]
    pub fn iframe_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<IframeConfig>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The initialization timeout in milliseconds.
    ///
    /// Allowed: 1 to 600000.
    #[track_caller]
    pub fn initialization_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates if the application is a service
    #[track_caller]
    pub fn is_service(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration of events or requests that the application has access to.
    #[track_caller]
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags (keys and values) associated with the application.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppIntegrations::Application"
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
/// The attributes of a `AWS::AppIntegrations::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationAttributes {
    /// `Fn::GetAtt` `ApplicationArn`.
    pub fn application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationArn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `STANDARD`, `SERVICE`, `MCP_SERVER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationType {
    /// `STANDARD`
    Standard,
    /// `SERVICE`
    Service,
    /// `MCP_SERVER`
    McpServer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Service => "SERVICE",
            Self::McpServer => "MCP_SERVER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "SERVICE", "MCP_SERVER"]
    }
}
impl ::std::convert::From<ApplicationType> for ::forma_core::Value<ApplicationType> {
    fn from(v: ApplicationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationType {}

/// The `ApplicationConfig` property type of `AWS::AppIntegrations::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationConfig {
    props: ::forma_core::schema::Props,
}
impl ApplicationConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ContactHandling`.
    pub fn contact_handling(mut self, value: impl ::std::convert::Into<::forma_core::Value<ContactHandling>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApplicationConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApplicationConfig> for ::forma_core::Value<ApplicationConfig> {
    fn from(v: ApplicationConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_CONFIG_TYPE.properties))
    }
}

/// Application source config
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationSourceConfig {
    props: ::forma_core::schema::Props,
}
impl ApplicationSourceConfig {
    /// A new value with its required properties: `ExternalUrlConfig`.
    pub fn new(external_url_config: impl ::std::convert::Into<::forma_core::Value<ExternalUrlConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, external_url_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApplicationSourceConfig> for ::forma_core::Value<ApplicationSourceConfig> {
    fn from(v: ApplicationSourceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICATION_SOURCE_CONFIG_TYPE.properties))
    }
}

/// The `IframeConfig` property type of `AWS::AppIntegrations::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct IframeConfig {
    props: ::forma_core::schema::Props,
}
impl IframeConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Allow`.
    pub fn allow(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Sandbox`.
    pub fn sandbox(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IframeConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IframeConfig> for ::forma_core::Value<IframeConfig> {
    fn from(v: IframeConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IFRAME_CONFIG_TYPE.properties))
    }
}

/// A label for tagging Application resources
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

/// The values CloudFormation documents: `CROSS_CONTACTS`, `PER_CONTACT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `CROSS_CONTACTS`
    CrossContacts,
    /// `PER_CONTACT`
    PerContact,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CrossContacts => "CROSS_CONTACTS",
            Self::PerContact => "PER_CONTACT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CROSS_CONTACTS", "PER_CONTACT"]
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scope {}

/// The `ContactHandling` property type of `AWS::AppIntegrations::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactHandling {
    props: ::forma_core::schema::Props,
}
impl ContactHandling {
    /// A new value with its required properties: `Scope`.
    pub fn new(scope: impl ::forma_core::schema::EnumArg<Scope>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, scope.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContactHandling> for ::forma_core::Value<ContactHandling> {
    fn from(v: ContactHandling) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTACT_HANDLING_TYPE.properties))
    }
}

/// The `ExternalUrlConfig` property type of `AWS::AppIntegrations::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalUrlConfig {
    props: ::forma_core::schema::Props,
}
impl ExternalUrlConfig {
    /// A new value with its required properties: `AccessUrl`.
    pub fn new(access_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_url.into().into_expr());
        Self { props }
    }
    /// `ApprovedOrigins`.
    pub fn approved_origins(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ExternalUrlConfig> for ::forma_core::Value<ExternalUrlConfig> {
    fn from(v: ExternalUrlConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXTERNAL_URL_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppIntegrations::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppIntegrations::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApplicationSourceConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICATION_SOURCE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApplicationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "SERVICE", "MCP_SERVER"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "IframeConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IFRAME_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InitializationTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(600000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "IsService",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\/\\._ \\-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9/\\._\\-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\/\\._\\-\\*]+$"),
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(150) },
            ),
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
    attributes: &["ApplicationArn", "Id"],
};

static APPLICATION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppIntegrations::Application.ApplicationConfig",
    properties: &[::forma_core::schema::Property {
        name: "ContactHandling",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CONTACT_HANDLING_TYPE),
    }],
    rules: &[],
};

static APPLICATION_SOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppIntegrations::Application.ApplicationSourceConfig",
    properties: &[::forma_core::schema::Property {
        name: "ExternalUrlConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EXTERNAL_URL_CONFIG_TYPE),
    }],
    rules: &[],
};

static IFRAME_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppIntegrations::Application.IframeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Allow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z-]+$"),
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Sandbox",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z-]+$"),
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(25) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppIntegrations::Application.Tag",
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

static CONTACT_HANDLING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppIntegrations::Application.ContactHandling",
    properties: &[::forma_core::schema::Property {
        name: "Scope",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["CROSS_CONTACTS", "PER_CONTACT"]),
    }],
    rules: &[],
};

static EXTERNAL_URL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppIntegrations::Application.ExternalUrlConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\w+\\:\\/\\/.*$"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApprovedOrigins",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\w+\\:\\/\\/.*$"),
                    min_length: Some(1),
                    max_length: Some(1000),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};
