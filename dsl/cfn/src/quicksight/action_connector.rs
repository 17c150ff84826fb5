// @generated from AWS::QuickSight::ActionConnector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::ActionConnector` and its property types.

/// Definition of the AWS::QuickSight::ActionConnector Resource Type.
///
/// CloudFormation type `AWS::QuickSight::ActionConnector`.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionConnector {
    props: ::forma_core::schema::Props,
}
impl ActionConnector {
    /// A new resource with its required properties: `ActionConnectorId`, `AuthenticationConfig`, `AwsAccountId`, `Name`, `Type`.
    #[track_caller]
    pub fn new(
        action_connector_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        authentication_config: impl ::std::convert::Into<::forma_core::Value<AuthConfig>>,
        aws_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<ActionConnectorType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action_connector_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, authentication_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, aws_account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Permissions`.
    #[track_caller]
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourcePermission>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcConnectionArn`.
    #[track_caller]
    pub fn vpc_connection_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ActionConnector {
    type Attributes = ActionConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::ActionConnector"
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
/// The attributes of a `AWS::QuickSight::ActionConnector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ActionConnectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ActionConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ActionConnectorAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
    /// `Fn::GetAtt` `EnabledActions`.
    pub fn enabled_actions(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "EnabledActions")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The values CloudFormation documents: `GENERIC_HTTP`, `SERVICENOW_NOW_PLATFORM`, `SALESFORCE_CRM`, `MICROSOFT_OUTLOOK`, `PAGERDUTY_ADVANCE`, `JIRA_CLOUD`, `ATLASSIAN_CONFLUENCE`, `AMAZON_S3`, `AMAZON_BEDROCK_AGENT_RUNTIME`, `AMAZON_BEDROCK_RUNTIME`, `AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME`, `AMAZON_TEXTRACT`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ActionConnectorType {
    /// `GENERIC_HTTP`
    GenericHttp,
    /// `SERVICENOW_NOW_PLATFORM`
    ServicenowNowPlatform,
    /// `SALESFORCE_CRM`
    SalesforceCrm,
    /// `MICROSOFT_OUTLOOK`
    MicrosoftOutlook,
    /// `PAGERDUTY_ADVANCE`
    PagerdutyAdvance,
    /// `JIRA_CLOUD`
    JiraCloud,
    /// `ATLASSIAN_CONFLUENCE`
    AtlassianConfluence,
    /// `AMAZON_S3`
    AmazonS3,
    /// `AMAZON_BEDROCK_AGENT_RUNTIME`
    AmazonBedrockAgentRuntime,
    /// `AMAZON_BEDROCK_RUNTIME`
    AmazonBedrockRuntime,
    /// `AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME`
    AmazonBedrockDataAutomationRuntime,
    /// `AMAZON_TEXTRACT`
    AmazonTextract,
    /// `AMAZON_COMPREHEND`
    AmazonComprehend,
    /// `AMAZON_COMPREHEND_MEDICAL`
    AmazonComprehendMedical,
    /// `MICROSOFT_ONEDRIVE`
    MicrosoftOnedrive,
    /// `MICROSOFT_SHAREPOINT`
    MicrosoftSharepoint,
    /// `MICROSOFT_TEAMS`
    MicrosoftTeams,
    /// `SAP_BUSINESSPARTNER`
    SapBusinesspartner,
    /// `SAP_PRODUCTMASTERDATA`
    SapProductmasterdata,
    /// `SAP_PHYSICALINVENTORY`
    SapPhysicalinventory,
    /// `SAP_BILLOFMATERIALS`
    SapBillofmaterials,
    /// `SAP_MATERIALSTOCK`
    SapMaterialstock,
    /// `ZENDESK_SUITE`
    ZendeskSuite,
    /// `SMARTSHEET`
    Smartsheet,
    /// `SLACK`
    Slack,
    /// `ASANA`
    Asana,
    /// `BAMBOO_HR`
    BambooHr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ActionConnectorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GenericHttp => "GENERIC_HTTP",
            Self::ServicenowNowPlatform => "SERVICENOW_NOW_PLATFORM",
            Self::SalesforceCrm => "SALESFORCE_CRM",
            Self::MicrosoftOutlook => "MICROSOFT_OUTLOOK",
            Self::PagerdutyAdvance => "PAGERDUTY_ADVANCE",
            Self::JiraCloud => "JIRA_CLOUD",
            Self::AtlassianConfluence => "ATLASSIAN_CONFLUENCE",
            Self::AmazonS3 => "AMAZON_S3",
            Self::AmazonBedrockAgentRuntime => "AMAZON_BEDROCK_AGENT_RUNTIME",
            Self::AmazonBedrockRuntime => "AMAZON_BEDROCK_RUNTIME",
            Self::AmazonBedrockDataAutomationRuntime => "AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME",
            Self::AmazonTextract => "AMAZON_TEXTRACT",
            Self::AmazonComprehend => "AMAZON_COMPREHEND",
            Self::AmazonComprehendMedical => "AMAZON_COMPREHEND_MEDICAL",
            Self::MicrosoftOnedrive => "MICROSOFT_ONEDRIVE",
            Self::MicrosoftSharepoint => "MICROSOFT_SHAREPOINT",
            Self::MicrosoftTeams => "MICROSOFT_TEAMS",
            Self::SapBusinesspartner => "SAP_BUSINESSPARTNER",
            Self::SapProductmasterdata => "SAP_PRODUCTMASTERDATA",
            Self::SapPhysicalinventory => "SAP_PHYSICALINVENTORY",
            Self::SapBillofmaterials => "SAP_BILLOFMATERIALS",
            Self::SapMaterialstock => "SAP_MATERIALSTOCK",
            Self::ZendeskSuite => "ZENDESK_SUITE",
            Self::Smartsheet => "SMARTSHEET",
            Self::Slack => "SLACK",
            Self::Asana => "ASANA",
            Self::BambooHr => "BAMBOO_HR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "GENERIC_HTTP",
            "SERVICENOW_NOW_PLATFORM",
            "SALESFORCE_CRM",
            "MICROSOFT_OUTLOOK",
            "PAGERDUTY_ADVANCE",
            "JIRA_CLOUD",
            "ATLASSIAN_CONFLUENCE",
            "AMAZON_S3",
            "AMAZON_BEDROCK_AGENT_RUNTIME",
            "AMAZON_BEDROCK_RUNTIME",
            "AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME",
            "AMAZON_TEXTRACT",
            "AMAZON_COMPREHEND",
            "AMAZON_COMPREHEND_MEDICAL",
            "MICROSOFT_ONEDRIVE",
            "MICROSOFT_SHAREPOINT",
            "MICROSOFT_TEAMS",
            "SAP_BUSINESSPARTNER",
            "SAP_PRODUCTMASTERDATA",
            "SAP_PHYSICALINVENTORY",
            "SAP_BILLOFMATERIALS",
            "SAP_MATERIALSTOCK",
            "ZENDESK_SUITE",
            "SMARTSHEET",
            "SLACK",
            "ASANA",
            "BAMBOO_HR",
        ]
    }
}
impl ::std::convert::From<ActionConnectorType> for ::forma_core::Value<ActionConnectorType> {
    fn from(v: ActionConnectorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ActionConnectorType {}

/// The values CloudFormation documents: `BASIC`, `API_KEY`, `OAUTH2_CLIENT_CREDENTIALS`, `NONE`, `IAM`, `OAUTH2_AUTHORIZATION_CODE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionAuthType {
    /// `BASIC`
    Basic,
    /// `API_KEY`
    ApiKey,
    /// `OAUTH2_CLIENT_CREDENTIALS`
    Oauth2ClientCredentials,
    /// `NONE`
    None,
    /// `IAM`
    Iam,
    /// `OAUTH2_AUTHORIZATION_CODE`
    Oauth2AuthorizationCode,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectionAuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::ApiKey => "API_KEY",
            Self::Oauth2ClientCredentials => "OAUTH2_CLIENT_CREDENTIALS",
            Self::None => "NONE",
            Self::Iam => "IAM",
            Self::Oauth2AuthorizationCode => "OAUTH2_AUTHORIZATION_CODE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC", "API_KEY", "OAUTH2_CLIENT_CREDENTIALS", "NONE", "IAM", "OAUTH2_AUTHORIZATION_CODE"]
    }
}
impl ::std::convert::From<ConnectionAuthType> for ::forma_core::Value<ConnectionAuthType> {
    fn from(v: ConnectionAuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectionAuthType {}

/// The `AuthConfig` property type of `AWS::QuickSight::ActionConnector`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthConfig {
    props: ::forma_core::schema::Props,
}
impl AuthConfig {
    /// A new value with its required properties: `AuthenticationMetadata`, `AuthenticationType`.
    pub fn new(
        authentication_metadata: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        authentication_type: impl ::forma_core::schema::EnumArg<ConnectionAuthType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authentication_metadata.into().into_expr());
        props.set(1, authentication_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuthConfig> for ::forma_core::Value<AuthConfig> {
    fn from(v: AuthConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTH_CONFIG_TYPE.properties))
    }
}

/// <p>Permission for the resource.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePermission {
    props: ::forma_core::schema::Props,
}
impl ResourcePermission {
    /// A new value with its required properties: `Actions`, `Principal`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(1, principal.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourcePermission> for ::forma_core::Value<ResourcePermission> {
    fn from(v: ResourcePermission) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_PERMISSION_TYPE.properties))
    }
}

/// <p>The key or keys of the key-value pairs for the resource tag or tags assigned to the resource.</p>
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

/// The schema of `AWS::QuickSight::ActionConnector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::ActionConnector",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionConnectorId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\-]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthenticationConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTH_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9 _.,!?-]*$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9](?:[\\w- ]*[A-Za-z0-9])?$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_PERMISSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(64) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "GENERIC_HTTP",
                "SERVICENOW_NOW_PLATFORM",
                "SALESFORCE_CRM",
                "MICROSOFT_OUTLOOK",
                "PAGERDUTY_ADVANCE",
                "JIRA_CLOUD",
                "ATLASSIAN_CONFLUENCE",
                "AMAZON_S3",
                "AMAZON_BEDROCK_AGENT_RUNTIME",
                "AMAZON_BEDROCK_RUNTIME",
                "AMAZON_BEDROCK_DATA_AUTOMATION_RUNTIME",
                "AMAZON_TEXTRACT",
                "AMAZON_COMPREHEND",
                "AMAZON_COMPREHEND_MEDICAL",
                "MICROSOFT_ONEDRIVE",
                "MICROSOFT_SHAREPOINT",
                "MICROSOFT_TEAMS",
                "SAP_BUSINESSPARTNER",
                "SAP_PRODUCTMASTERDATA",
                "SAP_PHYSICALINVENTORY",
                "SAP_BILLOFMATERIALS",
                "SAP_MATERIALSTOCK",
                "ZENDESK_SUITE",
                "SMARTSHEET",
                "SLACK",
                "ASANA",
                "BAMBOO_HR",
            ]),
        },
        ::forma_core::schema::Property {
            name: "VpcConnectionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedTime", "EnabledActions", "LastUpdatedTime", "Status"],
};

static AUTH_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::ActionConnector.AuthConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationMetadata",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "AuthenticationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BASIC",
                "API_KEY",
                "OAUTH2_CLIENT_CREDENTIALS",
                "NONE",
                "IAM",
                "OAUTH2_AUTHORIZATION_CODE",
            ]),
        },
    ],
    rules: &[],
};

static RESOURCE_PERMISSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::ActionConnector.ResourcePermission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(30) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::ActionConnector.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
