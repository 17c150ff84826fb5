// @generated from AWS::QBusiness::Plugin (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QBusiness::Plugin` and its property types.

/// Definition of AWS::QBusiness::Plugin Resource Type
///
/// CloudFormation type `AWS::QBusiness::Plugin`.
#[derive(Debug, Clone, PartialEq)]
pub struct Plugin {
    props: ::forma_core::schema::Props,
}
impl Plugin {
    /// A new resource with its required properties: `AuthConfiguration`, `DisplayName`, `Type`.
    #[track_caller]
    pub fn new(
        auth_configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<PluginType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, auth_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ApplicationId`.
    ///
    /// Allowed: length 36 to 36.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn application_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CustomPluginConfiguration`.
    #[track_caller]
    pub fn custom_plugin_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomPluginConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServerUrl`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn server_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `State`.
    #[track_caller]
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<PluginState>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Plugin {
    type Attributes = PluginAttributes;
    fn type_name(&self) -> &str {
        "AWS::QBusiness::Plugin"
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
/// The attributes of a `AWS::QBusiness::Plugin` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PluginAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PluginAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PluginAttributes {
    /// `Fn::GetAtt` `BuildStatus`.
    pub fn build_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BuildStatus")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `PluginArn`.
    pub fn plugin_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PluginArn")
    }
    /// `Fn::GetAtt` `PluginId`.
    pub fn plugin_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PluginId")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PluginState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PluginState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<PluginState> for ::forma_core::Value<PluginState> {
    fn from(v: PluginState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PluginState {}

/// The values CloudFormation documents: `SERVICE_NOW`, `SALESFORCE`, `JIRA`, `ZENDESK`, `CUSTOM`, `QUICKSIGHT`, `SERVICENOW_NOW_PLATFORM`, `JIRA_CLOUD`, `SALESFORCE_CRM`, `ZENDESK_SUITE`, `ATLASSIAN_CONFLUENCE`, `GOOGLE_CALENDAR`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PluginType {
    /// `SERVICE_NOW`
    ServiceNow,
    /// `SALESFORCE`
    Salesforce,
    /// `JIRA`
    Jira,
    /// `ZENDESK`
    Zendesk,
    /// `CUSTOM`
    Custom,
    /// `QUICKSIGHT`
    Quicksight,
    /// `SERVICENOW_NOW_PLATFORM`
    ServicenowNowPlatform,
    /// `JIRA_CLOUD`
    JiraCloud,
    /// `SALESFORCE_CRM`
    SalesforceCrm,
    /// `ZENDESK_SUITE`
    ZendeskSuite,
    /// `ATLASSIAN_CONFLUENCE`
    AtlassianConfluence,
    /// `GOOGLE_CALENDAR`
    GoogleCalendar,
    /// `MICROSOFT_TEAMS`
    MicrosoftTeams,
    /// `MICROSOFT_EXCHANGE`
    MicrosoftExchange,
    /// `PAGERDUTY_ADVANCE`
    PagerdutyAdvance,
    /// `SMARTSHEET`
    Smartsheet,
    /// `ASANA`
    Asana,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PluginType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServiceNow => "SERVICE_NOW",
            Self::Salesforce => "SALESFORCE",
            Self::Jira => "JIRA",
            Self::Zendesk => "ZENDESK",
            Self::Custom => "CUSTOM",
            Self::Quicksight => "QUICKSIGHT",
            Self::ServicenowNowPlatform => "SERVICENOW_NOW_PLATFORM",
            Self::JiraCloud => "JIRA_CLOUD",
            Self::SalesforceCrm => "SALESFORCE_CRM",
            Self::ZendeskSuite => "ZENDESK_SUITE",
            Self::AtlassianConfluence => "ATLASSIAN_CONFLUENCE",
            Self::GoogleCalendar => "GOOGLE_CALENDAR",
            Self::MicrosoftTeams => "MICROSOFT_TEAMS",
            Self::MicrosoftExchange => "MICROSOFT_EXCHANGE",
            Self::PagerdutyAdvance => "PAGERDUTY_ADVANCE",
            Self::Smartsheet => "SMARTSHEET",
            Self::Asana => "ASANA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "SERVICE_NOW",
            "SALESFORCE",
            "JIRA",
            "ZENDESK",
            "CUSTOM",
            "QUICKSIGHT",
            "SERVICENOW_NOW_PLATFORM",
            "JIRA_CLOUD",
            "SALESFORCE_CRM",
            "ZENDESK_SUITE",
            "ATLASSIAN_CONFLUENCE",
            "GOOGLE_CALENDAR",
            "MICROSOFT_TEAMS",
            "MICROSOFT_EXCHANGE",
            "PAGERDUTY_ADVANCE",
            "SMARTSHEET",
            "ASANA",
        ]
    }
}
impl ::std::convert::From<PluginType> for ::forma_core::Value<PluginType> {
    fn from(v: PluginType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PluginType {}

/// The values CloudFormation documents: `OPEN_API_V3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiSchemaType {
    /// `OPEN_API_V3`
    OpenApiV3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApiSchemaType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OpenApiV3 => "OPEN_API_V3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OPEN_API_V3"]
    }
}
impl ::std::convert::From<ApiSchemaType> for ::forma_core::Value<ApiSchemaType> {
    fn from(v: ApiSchemaType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApiSchemaType {}

/// The `CustomPluginConfiguration` property type of `AWS::QBusiness::Plugin`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPluginConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomPluginConfiguration {
    /// A new value with its required properties: `ApiSchema`, `ApiSchemaType`, `Description`.
    pub fn new(
        api_schema: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        api_schema_type: impl ::forma_core::schema::EnumArg<ApiSchemaType>,
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_schema.into().into_expr());
        props.set(1, api_schema_type.into_enum_expr());
        props.set(2, description.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomPluginConfiguration> for ::forma_core::Value<CustomPluginConfiguration> {
    fn from(v: CustomPluginConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_PLUGIN_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::QBusiness::Plugin`.
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

/// The schema of `AWS::QBusiness::Plugin`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QBusiness::Plugin",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "CustomPluginConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_PLUGIN_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?|ftp|file)://([^\\s]*)$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
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
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SERVICE_NOW",
                "SALESFORCE",
                "JIRA",
                "ZENDESK",
                "CUSTOM",
                "QUICKSIGHT",
                "SERVICENOW_NOW_PLATFORM",
                "JIRA_CLOUD",
                "SALESFORCE_CRM",
                "ZENDESK_SUITE",
                "ATLASSIAN_CONFLUENCE",
                "GOOGLE_CALENDAR",
                "MICROSOFT_TEAMS",
                "MICROSOFT_EXCHANGE",
                "PAGERDUTY_ADVANCE",
                "SMARTSHEET",
                "ASANA",
            ]),
        },
    ],
    rules: &[],
    attributes: &["BuildStatus", "CreatedAt", "PluginArn", "PluginId", "UpdatedAt"],
};

static CUSTOM_PLUGIN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Plugin.CustomPluginConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiSchema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ApiSchemaType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OPEN_API_V3"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Plugin.Tag",
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
