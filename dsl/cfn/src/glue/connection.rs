// @generated from AWS::Glue::Connection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Connection` and its property types.

/// Resource Type definition for AWS::Glue::Connection
///
/// CloudFormation type `AWS::Glue::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connection {
    props: ::forma_core::schema::Props,
}
impl Connection {
    /// A new resource with its required properties: `CatalogId`, `ConnectionInput`.
    #[track_caller]
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        connection_input: impl ::std::convert::Into<::forma_core::Value<ConnectionInput>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, catalog_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, connection_input.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The collection of tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connection {
    type Attributes = ConnectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Connection"
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
/// The attributes of a `AWS::Glue::Connection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectionAttributes {
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
}

/// The values CloudFormation documents: `ADOBEANALYTICS`, `ASANA`, `AZURECOSMOS`, `AZURESQL`, `BIGQUERY`, `BLACKBAUD`, `BLACKBAUDRAISEREDGENXT`, `CIRCLECI`, `CLOUDERAHIVE`, `CLOUDERAIMPALA`, `CLOUDWATCH`, `CLOUDWATCHMETRICS`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionType {
    /// `ADOBEANALYTICS`
    Adobeanalytics,
    /// `ASANA`
    Asana,
    /// `AZURECOSMOS`
    Azurecosmos,
    /// `AZURESQL`
    Azuresql,
    /// `BIGQUERY`
    Bigquery,
    /// `BLACKBAUD`
    Blackbaud,
    /// `BLACKBAUDRAISEREDGENXT`
    Blackbaudraiseredgenxt,
    /// `CIRCLECI`
    Circleci,
    /// `CLOUDERAHIVE`
    Clouderahive,
    /// `CLOUDERAIMPALA`
    Clouderaimpala,
    /// `CLOUDWATCH`
    Cloudwatch,
    /// `CLOUDWATCHMETRICS`
    Cloudwatchmetrics,
    /// `CMDB`
    Cmdb,
    /// `CUSTOM`
    Custom,
    /// `DATADOG`
    Datadog,
    /// `DATALAKEGEN2`
    Datalakegen2,
    /// `DB2`
    Db2,
    /// `DB2AS400`
    Db2As400,
    /// `DOCUMENTDB`
    Documentdb,
    /// `DOCUSIGNMONITOR`
    Docusignmonitor,
    /// `DOMO`
    Domo,
    /// `DYNAMODB`
    Dynamodb,
    /// `DYNATRACE`
    Dynatrace,
    /// `FACEBOOKADS`
    Facebookads,
    /// `FACEBOOKPAGEINSIGHTS`
    Facebookpageinsights,
    /// `FRESHDESK`
    Freshdesk,
    /// `FRESHSALES`
    Freshsales,
    /// `GITLAB`
    Gitlab,
    /// `GOOGLEADS`
    Googleads,
    /// `GOOGLEANALYTICS4`
    Googleanalytics4,
    /// `GOOGLECLOUDSTORAGE`
    Googlecloudstorage,
    /// `GOOGLESEARCHCONSOLE`
    Googlesearchconsole,
    /// `GOOGLESHEETS`
    Googlesheets,
    /// `HBASE`
    Hbase,
    /// `HUBSPOT`
    Hubspot,
    /// `INSTAGRAMADS`
    Instagramads,
    /// `INTERCOM`
    Intercom,
    /// `JDBC`
    Jdbc,
    /// `JIRACLOUD`
    Jiracloud,
    /// `KAFKA`
    Kafka,
    /// `KUSTOMER`
    Kustomer,
    /// `LINKEDIN`
    Linkedin,
    /// `MAILCHIMP`
    Mailchimp,
    /// `MARKETO`
    Marketo,
    /// `MARKETPLACE`
    Marketplace,
    /// `MICROSOFTDYNAMIC365FINANCEANDOPS`
    Microsoftdynamic365Financeandops,
    /// `MICROSOFTDYNAMICS365CRM`
    Microsoftdynamics365Crm,
    /// `MICROSOFTTEAMS`
    Microsoftteams,
    /// `MIXPANEL`
    Mixpanel,
    /// `MONDAY`
    Monday,
    /// `MONGODB`
    Mongodb,
    /// `MYSQL`
    Mysql,
    /// `NETSUITEERP`
    Netsuiteerp,
    /// `NETWORK`
    Network,
    /// `OKTA`
    Okta,
    /// `OPENSEARCH`
    Opensearch,
    /// `ORACLE`
    Oracle,
    /// `PAYPAL`
    Paypal,
    /// `PENDO`
    Pendo,
    /// `PIPEDIVE`
    Pipedive,
    /// `PIPEDRIVE`
    Pipedrive,
    /// `POSTGRESQL`
    Postgresql,
    /// `PRODUCTBOARD`
    Productboard,
    /// `QUICKBOOKS`
    Quickbooks,
    /// `SALESFORCE`
    Salesforce,
    /// `SALESFORCECOMMERCECLOUD`
    Salesforcecommercecloud,
    /// `SALESFORCEMARKETINGCLOUD`
    Salesforcemarketingcloud,
    /// `SALESFORCEPARDOT`
    Salesforcepardot,
    /// `SAPCONCUR`
    Sapconcur,
    /// `SAPHANA`
    Saphana,
    /// `SAPODATA`
    Sapodata,
    /// `SENDGRID`
    Sendgrid,
    /// `SERVICENOW`
    Servicenow,
    /// `SFTP`
    Sftp,
    /// `SLACK`
    Slack,
    /// `SMARTSHEET`
    Smartsheet,
    /// `SNAPCHATADS`
    Snapchatads,
    /// `SQLSERVER`
    Sqlserver,
    /// `STRIPE`
    Stripe,
    /// `SYNAPSE`
    Synapse,
    /// `TERADATA`
    Teradata,
    /// `TERADATANOS`
    Teradatanos,
    /// `TIMESTREAM`
    Timestream,
    /// `TPCDS`
    Tpcds,
    /// `TWILIO`
    Twilio,
    /// `VERTICA`
    Vertica,
    /// `VIEW_VALIDATION_ATHENA`
    ViewValidationAthena,
    /// `VIEW_VALIDATION_REDSHIFT`
    ViewValidationRedshift,
    /// `WOOCOMMERCE`
    Woocommerce,
    /// `ZENDESK`
    Zendesk,
    /// `ZOHOCRM`
    Zohocrm,
    /// `ZOOM`
    Zoom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Adobeanalytics => "ADOBEANALYTICS",
            Self::Asana => "ASANA",
            Self::Azurecosmos => "AZURECOSMOS",
            Self::Azuresql => "AZURESQL",
            Self::Bigquery => "BIGQUERY",
            Self::Blackbaud => "BLACKBAUD",
            Self::Blackbaudraiseredgenxt => "BLACKBAUDRAISEREDGENXT",
            Self::Circleci => "CIRCLECI",
            Self::Clouderahive => "CLOUDERAHIVE",
            Self::Clouderaimpala => "CLOUDERAIMPALA",
            Self::Cloudwatch => "CLOUDWATCH",
            Self::Cloudwatchmetrics => "CLOUDWATCHMETRICS",
            Self::Cmdb => "CMDB",
            Self::Custom => "CUSTOM",
            Self::Datadog => "DATADOG",
            Self::Datalakegen2 => "DATALAKEGEN2",
            Self::Db2 => "DB2",
            Self::Db2As400 => "DB2AS400",
            Self::Documentdb => "DOCUMENTDB",
            Self::Docusignmonitor => "DOCUSIGNMONITOR",
            Self::Domo => "DOMO",
            Self::Dynamodb => "DYNAMODB",
            Self::Dynatrace => "DYNATRACE",
            Self::Facebookads => "FACEBOOKADS",
            Self::Facebookpageinsights => "FACEBOOKPAGEINSIGHTS",
            Self::Freshdesk => "FRESHDESK",
            Self::Freshsales => "FRESHSALES",
            Self::Gitlab => "GITLAB",
            Self::Googleads => "GOOGLEADS",
            Self::Googleanalytics4 => "GOOGLEANALYTICS4",
            Self::Googlecloudstorage => "GOOGLECLOUDSTORAGE",
            Self::Googlesearchconsole => "GOOGLESEARCHCONSOLE",
            Self::Googlesheets => "GOOGLESHEETS",
            Self::Hbase => "HBASE",
            Self::Hubspot => "HUBSPOT",
            Self::Instagramads => "INSTAGRAMADS",
            Self::Intercom => "INTERCOM",
            Self::Jdbc => "JDBC",
            Self::Jiracloud => "JIRACLOUD",
            Self::Kafka => "KAFKA",
            Self::Kustomer => "KUSTOMER",
            Self::Linkedin => "LINKEDIN",
            Self::Mailchimp => "MAILCHIMP",
            Self::Marketo => "MARKETO",
            Self::Marketplace => "MARKETPLACE",
            Self::Microsoftdynamic365Financeandops => "MICROSOFTDYNAMIC365FINANCEANDOPS",
            Self::Microsoftdynamics365Crm => "MICROSOFTDYNAMICS365CRM",
            Self::Microsoftteams => "MICROSOFTTEAMS",
            Self::Mixpanel => "MIXPANEL",
            Self::Monday => "MONDAY",
            Self::Mongodb => "MONGODB",
            Self::Mysql => "MYSQL",
            Self::Netsuiteerp => "NETSUITEERP",
            Self::Network => "NETWORK",
            Self::Okta => "OKTA",
            Self::Opensearch => "OPENSEARCH",
            Self::Oracle => "ORACLE",
            Self::Paypal => "PAYPAL",
            Self::Pendo => "PENDO",
            Self::Pipedive => "PIPEDIVE",
            Self::Pipedrive => "PIPEDRIVE",
            Self::Postgresql => "POSTGRESQL",
            Self::Productboard => "PRODUCTBOARD",
            Self::Quickbooks => "QUICKBOOKS",
            Self::Salesforce => "SALESFORCE",
            Self::Salesforcecommercecloud => "SALESFORCECOMMERCECLOUD",
            Self::Salesforcemarketingcloud => "SALESFORCEMARKETINGCLOUD",
            Self::Salesforcepardot => "SALESFORCEPARDOT",
            Self::Sapconcur => "SAPCONCUR",
            Self::Saphana => "SAPHANA",
            Self::Sapodata => "SAPODATA",
            Self::Sendgrid => "SENDGRID",
            Self::Servicenow => "SERVICENOW",
            Self::Sftp => "SFTP",
            Self::Slack => "SLACK",
            Self::Smartsheet => "SMARTSHEET",
            Self::Snapchatads => "SNAPCHATADS",
            Self::Sqlserver => "SQLSERVER",
            Self::Stripe => "STRIPE",
            Self::Synapse => "SYNAPSE",
            Self::Teradata => "TERADATA",
            Self::Teradatanos => "TERADATANOS",
            Self::Timestream => "TIMESTREAM",
            Self::Tpcds => "TPCDS",
            Self::Twilio => "TWILIO",
            Self::Vertica => "VERTICA",
            Self::ViewValidationAthena => "VIEW_VALIDATION_ATHENA",
            Self::ViewValidationRedshift => "VIEW_VALIDATION_REDSHIFT",
            Self::Woocommerce => "WOOCOMMERCE",
            Self::Zendesk => "ZENDESK",
            Self::Zohocrm => "ZOHOCRM",
            Self::Zoom => "ZOOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ADOBEANALYTICS",
            "ASANA",
            "AZURECOSMOS",
            "AZURESQL",
            "BIGQUERY",
            "BLACKBAUD",
            "BLACKBAUDRAISEREDGENXT",
            "CIRCLECI",
            "CLOUDERAHIVE",
            "CLOUDERAIMPALA",
            "CLOUDWATCH",
            "CLOUDWATCHMETRICS",
            "CMDB",
            "CUSTOM",
            "DATADOG",
            "DATALAKEGEN2",
            "DB2",
            "DB2AS400",
            "DOCUMENTDB",
            "DOCUSIGNMONITOR",
            "DOMO",
            "DYNAMODB",
            "DYNATRACE",
            "FACEBOOKADS",
            "FACEBOOKPAGEINSIGHTS",
            "FRESHDESK",
            "FRESHSALES",
            "GITLAB",
            "GOOGLEADS",
            "GOOGLEANALYTICS4",
            "GOOGLECLOUDSTORAGE",
            "GOOGLESEARCHCONSOLE",
            "GOOGLESHEETS",
            "HBASE",
            "HUBSPOT",
            "INSTAGRAMADS",
            "INTERCOM",
            "JDBC",
            "JIRACLOUD",
            "KAFKA",
            "KUSTOMER",
            "LINKEDIN",
            "MAILCHIMP",
            "MARKETO",
            "MARKETPLACE",
            "MICROSOFTDYNAMIC365FINANCEANDOPS",
            "MICROSOFTDYNAMICS365CRM",
            "MICROSOFTTEAMS",
            "MIXPANEL",
            "MONDAY",
            "MONGODB",
            "MYSQL",
            "NETSUITEERP",
            "NETWORK",
            "OKTA",
            "OPENSEARCH",
            "ORACLE",
            "PAYPAL",
            "PENDO",
            "PIPEDIVE",
            "PIPEDRIVE",
            "POSTGRESQL",
            "PRODUCTBOARD",
            "QUICKBOOKS",
            "SALESFORCE",
            "SALESFORCECOMMERCECLOUD",
            "SALESFORCEMARKETINGCLOUD",
            "SALESFORCEPARDOT",
            "SAPCONCUR",
            "SAPHANA",
            "SAPODATA",
            "SENDGRID",
            "SERVICENOW",
            "SFTP",
            "SLACK",
            "SMARTSHEET",
            "SNAPCHATADS",
            "SQLSERVER",
            "STRIPE",
            "SYNAPSE",
            "TERADATA",
            "TERADATANOS",
            "TIMESTREAM",
            "TPCDS",
            "TWILIO",
            "VERTICA",
            "VIEW_VALIDATION_ATHENA",
            "VIEW_VALIDATION_REDSHIFT",
            "WOOCOMMERCE",
            "ZENDESK",
            "ZOHOCRM",
            "ZOOM",
        ]
    }
}
impl ::std::convert::From<ConnectionType> for ::forma_core::Value<ConnectionType> {
    fn from(v: ConnectionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectionType {}

/// The values CloudFormation documents: `ATHENA`, `PYTHON`, `SPARK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ValidateForComputeEnvironments {
    /// `ATHENA`
    Athena,
    /// `PYTHON`
    Python,
    /// `SPARK`
    Spark,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ValidateForComputeEnvironments {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Athena => "ATHENA",
            Self::Python => "PYTHON",
            Self::Spark => "SPARK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ATHENA", "PYTHON", "SPARK"]
    }
}
impl ::std::convert::From<ValidateForComputeEnvironments> for ::forma_core::Value<ValidateForComputeEnvironments> {
    fn from(v: ValidateForComputeEnvironments) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ValidateForComputeEnvironments {}

/// The `ConnectionInput` property type of `AWS::Glue::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionInput {
    props: ::forma_core::schema::Props,
}
impl ConnectionInput {
    /// A new value with its required properties: `ConnectionType`.
    pub fn new(connection_type: impl ::forma_core::schema::EnumArg<ConnectionType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, connection_type.into_enum_expr());
        Self { props }
    }
    /// Connection properties specific to the Athena compute environment.
    pub fn athena_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The authentication configuration used to connect to the connection.
    pub fn authentication_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthenticationConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ConnectionProperties`.
    pub fn connection_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A description of the connection.
    ///
    /// Allowed: length 0 to 2048.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A list of criteria that can be used in selecting this connection.
    pub fn match_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The name of the connection.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The physical connection requirements.
    pub fn physical_connection_requirements(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PhysicalConnectionRequirements>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// Connection properties specific to the Python compute environment.
    pub fn python_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// Connection properties specific to the Spark compute environment.
    pub fn spark_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// A flag to validate the credentials during create connection.
    pub fn validate_credentials(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// `ValidateForComputeEnvironments`.
    pub fn validate_for_compute_environments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ValidateForComputeEnvironments>>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConnectionInput> for ::forma_core::Value<ConnectionInput> {
    fn from(v: ConnectionInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTION_INPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BASIC`, `CUSTOM`, `IAM`, `OAUTH2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationType {
    /// `BASIC`
    Basic,
    /// `CUSTOM`
    Custom,
    /// `IAM`
    Iam,
    /// `OAUTH2`
    Oauth2,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Custom => "CUSTOM",
            Self::Iam => "IAM",
            Self::Oauth2 => "OAUTH2",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC", "CUSTOM", "IAM", "OAUTH2"]
    }
}
impl ::std::convert::From<AuthenticationType> for ::forma_core::Value<AuthenticationType> {
    fn from(v: AuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationType {}

/// The `AuthenticationConfiguration` property type of `AWS::Glue::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthenticationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuthenticationConfiguration {
    /// A new value with its required properties: `AuthenticationType`.
    pub fn new(authentication_type: impl ::forma_core::schema::EnumArg<AuthenticationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authentication_type.into_enum_expr());
        Self { props }
    }
    /// For supplying basic auth credentials when not providing a SecretArn value
    pub fn basic_authentication_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BasicAuthenticationCredentials>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A structure containing the authentication credentials in the CreateConnection request.
    pub fn custom_authentication_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the KMS key used in the authentication configuration.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A structure containing properties for OAuth2 in the CreateConnection request.
    pub fn oauth_2_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Oauth2Properties>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The secret manager ARN to store credentials in the CreateConnection request.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AuthenticationConfiguration> for ::forma_core::Value<AuthenticationConfiguration> {
    fn from(v: AuthenticationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHENTICATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `PhysicalConnectionRequirements` property type of `AWS::Glue::Connection`.
#[derive(Debug, Clone, PartialEq)]
pub struct PhysicalConnectionRequirements {
    props: ::forma_core::schema::Props,
}
impl PhysicalConnectionRequirements {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The availability zone where the connection is located.
    ///
    /// Allowed: length 1 to 255.
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The security group ID list used by the connection.
    pub fn security_group_id_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The subnet ID used by the connection.
    ///
    /// Allowed: length 1 to 255.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PhysicalConnectionRequirements {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PhysicalConnectionRequirements> for ::forma_core::Value<PhysicalConnectionRequirements> {
    fn from(v: PhysicalConnectionRequirements) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PHYSICAL_CONNECTION_REQUIREMENTS_TYPE.properties))
    }
}

/// A structure containing the authentication credentials in the CreateConnection request.
#[derive(Debug, Clone, PartialEq)]
pub struct BasicAuthenticationCredentials {
    props: ::forma_core::schema::Props,
}
impl BasicAuthenticationCredentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The password used in the authentication configuration.
    ///
    /// Allowed: length 0 to 512.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The username used in the authentication configuration.
    ///
    /// Allowed: length 0 to 512.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BasicAuthenticationCredentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BasicAuthenticationCredentials> for ::forma_core::Value<BasicAuthenticationCredentials> {
    fn from(v: BasicAuthenticationCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BASIC_AUTHENTICATION_CREDENTIALS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AUTHORIZATION_CODE`, `CLIENT_CREDENTIALS`, `JWT_BEARER`, `REFRESH_TOKEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Oauth2GrantType {
    /// `AUTHORIZATION_CODE`
    AuthorizationCode,
    /// `CLIENT_CREDENTIALS`
    ClientCredentials,
    /// `JWT_BEARER`
    JwtBearer,
    /// `REFRESH_TOKEN`
    RefreshToken,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Oauth2GrantType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthorizationCode => "AUTHORIZATION_CODE",
            Self::ClientCredentials => "CLIENT_CREDENTIALS",
            Self::JwtBearer => "JWT_BEARER",
            Self::RefreshToken => "REFRESH_TOKEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AUTHORIZATION_CODE", "CLIENT_CREDENTIALS", "JWT_BEARER", "REFRESH_TOKEN"]
    }
}
impl ::std::convert::From<Oauth2GrantType> for ::forma_core::Value<Oauth2GrantType> {
    fn from(v: Oauth2GrantType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Oauth2GrantType {}

/// A structure containing the authentication credentials in the CreateConnection request.
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2Properties {
    props: ::forma_core::schema::Props,
}
impl Oauth2Properties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The set of properties required for the the OAuth2 AUTHORIZATION_CODE grant type workflow.
    pub fn authorization_code_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthorizationCodeProperties>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The OAuth2 client app used for the connection.
    pub fn oauth_2_client_application(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Oauth2ClientApplication>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A structure containing the OAuth2 credentials used in the authentication configuration.
    pub fn oauth_2_credentials(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Oauth2Credentials>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The grant type used in the authentication configuration.
    pub fn oauth_2_grant_type(mut self, value: impl ::forma_core::schema::EnumArg<Oauth2GrantType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The URL used in the authentication configuration.
    ///
    /// Allowed: length 0 to 256.
    pub fn token_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A map of key-value pairs used in the authentication configuration.
    pub fn token_url_parameters_map(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Oauth2Properties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Oauth2Properties> for ::forma_core::Value<Oauth2Properties> {
    fn from(v: Oauth2Properties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH2_PROPERTIES_TYPE.properties))
    }
}

/// A structure containing the authorization code used in the authentication configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizationCodeProperties {
    props: ::forma_core::schema::Props,
}
impl AuthorizationCodeProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The authorization code used in the authentication configuration.
    ///
    /// Allowed: length 1 to 4096.
    pub fn authorization_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The redirect URI where the user gets redirected to by authorization server when issuing an authorization code.
    ///
    /// Allowed: length 0 to 512.
    pub fn redirect_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthorizationCodeProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthorizationCodeProperties> for ::forma_core::Value<AuthorizationCodeProperties> {
    fn from(v: AuthorizationCodeProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZATION_CODE_PROPERTIES_TYPE.properties))
    }
}

/// The OAuth2 client app used for the connection.
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2ClientApplication {
    props: ::forma_core::schema::Props,
}
impl Oauth2ClientApplication {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The reference to the SaaS-side client app that is AWS managed.
    ///
    /// Allowed: length 0 to 2048.
    pub fn aws_managed_client_application_reference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The client application clientID if the ClientAppType is USER_MANAGED.
    ///
    /// Allowed: length 0 to 2048.
    pub fn user_managed_client_application_client_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Oauth2ClientApplication {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Oauth2ClientApplication> for ::forma_core::Value<Oauth2ClientApplication> {
    fn from(v: Oauth2ClientApplication) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH2_CLIENT_APPLICATION_TYPE.properties))
    }
}

/// A structure containing the OAuth2 credentials used in the authentication configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2Credentials {
    props: ::forma_core::schema::Props,
}
impl Oauth2Credentials {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The access token used in the authentication configuration.
    ///
    /// Allowed: length 0 to 4096.
    pub fn access_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The JSON Web Token (JWT) used when the authentication type is OAuth2.
    ///
    /// Allowed: length 0 to 8000.
    pub fn jwt_token(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The refresh token used when the authentication type is OAuth2.
    ///
    /// Allowed: length 0 to 4096.
    pub fn refresh_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The client application client secret if the client application is user managed.
    ///
    /// Allowed: length 0 to 512.
    pub fn user_managed_client_application_client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Oauth2Credentials {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Oauth2Credentials> for ::forma_core::Value<Oauth2Credentials> {
    fn from(v: Oauth2Credentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH2_CREDENTIALS_TYPE.properties))
    }
}

/// The schema of `AWS::Glue::Connection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Connection",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectionInput",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTION_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["Name"],
};

static CONNECTION_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Connection.ConnectionInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "AthenaProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "AuthenticationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHENTICATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectionProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ConnectionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ADOBEANALYTICS",
                "ASANA",
                "AZURECOSMOS",
                "AZURESQL",
                "BIGQUERY",
                "BLACKBAUD",
                "BLACKBAUDRAISEREDGENXT",
                "CIRCLECI",
                "CLOUDERAHIVE",
                "CLOUDERAIMPALA",
                "CLOUDWATCH",
                "CLOUDWATCHMETRICS",
                "CMDB",
                "CUSTOM",
                "DATADOG",
                "DATALAKEGEN2",
                "DB2",
                "DB2AS400",
                "DOCUMENTDB",
                "DOCUSIGNMONITOR",
                "DOMO",
                "DYNAMODB",
                "DYNATRACE",
                "FACEBOOKADS",
                "FACEBOOKPAGEINSIGHTS",
                "FRESHDESK",
                "FRESHSALES",
                "GITLAB",
                "GOOGLEADS",
                "GOOGLEANALYTICS4",
                "GOOGLECLOUDSTORAGE",
                "GOOGLESEARCHCONSOLE",
                "GOOGLESHEETS",
                "HBASE",
                "HUBSPOT",
                "INSTAGRAMADS",
                "INTERCOM",
                "JDBC",
                "JIRACLOUD",
                "KAFKA",
                "KUSTOMER",
                "LINKEDIN",
                "MAILCHIMP",
                "MARKETO",
                "MARKETPLACE",
                "MICROSOFTDYNAMIC365FINANCEANDOPS",
                "MICROSOFTDYNAMICS365CRM",
                "MICROSOFTTEAMS",
                "MIXPANEL",
                "MONDAY",
                "MONGODB",
                "MYSQL",
                "NETSUITEERP",
                "NETWORK",
                "OKTA",
                "OPENSEARCH",
                "ORACLE",
                "PAYPAL",
                "PENDO",
                "PIPEDIVE",
                "PIPEDRIVE",
                "POSTGRESQL",
                "PRODUCTBOARD",
                "QUICKBOOKS",
                "SALESFORCE",
                "SALESFORCECOMMERCECLOUD",
                "SALESFORCEMARKETINGCLOUD",
                "SALESFORCEPARDOT",
                "SAPCONCUR",
                "SAPHANA",
                "SAPODATA",
                "SENDGRID",
                "SERVICENOW",
                "SFTP",
                "SLACK",
                "SMARTSHEET",
                "SNAPCHATADS",
                "SQLSERVER",
                "STRIPE",
                "SYNAPSE",
                "TERADATA",
                "TERADATANOS",
                "TIMESTREAM",
                "TPCDS",
                "TWILIO",
                "VERTICA",
                "VIEW_VALIDATION_ATHENA",
                "VIEW_VALIDATION_REDSHIFT",
                "WOOCOMMERCE",
                "ZENDESK",
                "ZOHOCRM",
                "ZOOM",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MatchCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PhysicalConnectionRequirements",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PHYSICAL_CONNECTION_REQUIREMENTS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PythonProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SparkProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ValidateCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ValidateForComputeEnvironments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["ATHENA", "PYTHON", "SPARK"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static AUTHENTICATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Connection.AuthenticationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BASIC", "CUSTOM", "IAM", "OAUTH2"]),
        },
        ::forma_core::schema::Property {
            name: "BasicAuthenticationCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BASIC_AUTHENTICATION_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomAuthenticationCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|arn:aws[a-z0-9-]*:kms:"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OAuth2Properties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH2_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-(cn|us-gov|iso(-[bef])?))?:secretsmanager:.*$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static PHYSICAL_CONNECTION_REQUIREMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Connection.PhysicalConnectionRequirements",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIdList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static BASIC_AUTHENTICATION_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Connection.BasicAuthenticationCredentials",
    properties: &[
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static OAUTH2_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Connection.OAuth2Properties",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationCodeProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZATION_CODE_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OAuth2ClientApplication",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH2_CLIENT_APPLICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OAuth2Credentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH2_CREDENTIALS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OAuth2GrantType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AUTHORIZATION_CODE",
                "CLIENT_CREDENTIALS",
                "JWT_BEARER",
                "REFRESH_TOKEN",
            ]),
        },
        ::forma_core::schema::Property {
            name: "TokenUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TokenUrlParametersMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static AUTHORIZATION_CODE_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Connection.AuthorizationCodeProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "RedirectUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?):\\/\\/[^\\s/$.?#].[^\\s]*$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static OAUTH2_CLIENT_APPLICATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Connection.OAuth2ClientApplication",
    properties: &[
        ::forma_core::schema::Property {
            name: "AWSManagedClientApplicationReference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserManagedClientApplicationClientId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static OAUTH2_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Connection.OAuth2Credentials",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\x20-\\x7E]*$"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "JwtToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_\\-\\+\\/=]*)$"),
                min_length: Some(0),
                max_length: Some(8000),
            }),
        },
        ::forma_core::schema::Property {
            name: "RefreshToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\x20-\\x7E]*$"),
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserManagedClientApplicationClientSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\x20-\\x7E]*$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};
