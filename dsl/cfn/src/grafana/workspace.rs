// @generated from AWS::Grafana::Workspace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Grafana::Workspace` and its property types.

/// Definition of AWS::Grafana::Workspace Resource Type
///
/// CloudFormation type `AWS::Grafana::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workspace {
    props: ::forma_core::schema::Props,
}
impl Workspace {
    /// A new resource with its required properties: `AccountAccessType`, `AuthenticationProviders`, `PermissionType`.
    #[track_caller]
    pub fn new(
        account_access_type: impl ::forma_core::schema::EnumArg<AccountAccessType>,
        authentication_providers: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<AuthenticationProviderTypes>>,
        >,
        permission_type: impl ::forma_core::schema::EnumArg<PermissionType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, account_access_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, authentication_providers.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, permission_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A unique, case-sensitive, user-provided identifier to ensure the idempotency of the request.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn client_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of data sources on the service managed IAM role.
    #[track_caller]
    pub fn data_sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataSourceType>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of a workspace.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version of Grafana to support in your workspace.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn grafana_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user friendly name of a workspace.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration settings for Network Access Control.
    #[track_caller]
    pub fn network_access_control(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkAccessControl>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of notification destinations on the customers service managed IAM role that the Grafana workspace can query.
    #[track_caller]
    pub fn notification_destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<NotificationDestinationType>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an IAM role that already exists to use with AWS Organizations to access AWS data sources and notification channels in other accounts in an organization.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn organization_role_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of Organizational Units containing AWS accounts the Grafana workspace can pull data from.
    #[track_caller]
    pub fn organizational_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Allow workspace admins to install plugins
    #[track_caller]
    pub fn plugin_admin_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// IAM Role that will be used to grant the Grafana workspace access to a customers AWS resources.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// SAML configuration data associated with an AMG workspace.
    #[track_caller]
    pub fn saml_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SamlConfiguration>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the AWS CloudFormation stack set to use to generate IAM roles to be used for this workspace.
    #[track_caller]
    pub fn stack_set_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of tags associated with the workspace.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration settings for an Amazon VPC that contains data sources for your Grafana workspace to connect to.
    #[track_caller]
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcConfiguration>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Workspace {
    type Attributes = WorkspaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::Grafana::Workspace"
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
/// The attributes of a `AWS::Grafana::Workspace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkspaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkspaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkspaceAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `SsoClientId`.
    pub fn sso_client_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SsoClientId")
    }
    /// `Fn::GetAtt` `SamlConfigurationStatus`.
    pub fn saml_configuration_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SamlConfigurationStatus")
    }
    /// `Fn::GetAtt` `Endpoint`.
    pub fn endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Endpoint")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreationTimestamp`.
    pub fn creation_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTimestamp")
    }
    /// `Fn::GetAtt` `ModificationTimestamp`.
    pub fn modification_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModificationTimestamp")
    }
}

/// The values CloudFormation documents: `CURRENT_ACCOUNT`, `ORGANIZATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccountAccessType {
    /// `CURRENT_ACCOUNT`
    CurrentAccount,
    /// `ORGANIZATION`
    Organization,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccountAccessType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CurrentAccount => "CURRENT_ACCOUNT",
            Self::Organization => "ORGANIZATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CURRENT_ACCOUNT", "ORGANIZATION"]
    }
}
impl ::std::convert::From<AccountAccessType> for ::forma_core::Value<AccountAccessType> {
    fn from(v: AccountAccessType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccountAccessType {}

/// The values CloudFormation documents: `AWS_SSO`, `SAML`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationProviderTypes {
    /// `AWS_SSO`
    AwsSso,
    /// `SAML`
    Saml,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationProviderTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsSso => "AWS_SSO",
            Self::Saml => "SAML",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_SSO", "SAML"]
    }
}
impl ::std::convert::From<AuthenticationProviderTypes> for ::forma_core::Value<AuthenticationProviderTypes> {
    fn from(v: AuthenticationProviderTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationProviderTypes {}

/// The values CloudFormation documents: `AMAZON_OPENSEARCH_SERVICE`, `CLOUDWATCH`, `PROMETHEUS`, `XRAY`, `TIMESTREAM`, `SITEWISE`, `ATHENA`, `REDSHIFT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataSourceType {
    /// `AMAZON_OPENSEARCH_SERVICE`
    AmazonOpensearchService,
    /// `CLOUDWATCH`
    Cloudwatch,
    /// `PROMETHEUS`
    Prometheus,
    /// `XRAY`
    Xray,
    /// `TIMESTREAM`
    Timestream,
    /// `SITEWISE`
    Sitewise,
    /// `ATHENA`
    Athena,
    /// `REDSHIFT`
    Redshift,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonOpensearchService => "AMAZON_OPENSEARCH_SERVICE",
            Self::Cloudwatch => "CLOUDWATCH",
            Self::Prometheus => "PROMETHEUS",
            Self::Xray => "XRAY",
            Self::Timestream => "TIMESTREAM",
            Self::Sitewise => "SITEWISE",
            Self::Athena => "ATHENA",
            Self::Redshift => "REDSHIFT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AMAZON_OPENSEARCH_SERVICE",
            "CLOUDWATCH",
            "PROMETHEUS",
            "XRAY",
            "TIMESTREAM",
            "SITEWISE",
            "ATHENA",
            "REDSHIFT",
        ]
    }
}
impl ::std::convert::From<DataSourceType> for ::forma_core::Value<DataSourceType> {
    fn from(v: DataSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataSourceType {}

/// The values CloudFormation documents: `SNS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotificationDestinationType {
    /// `SNS`
    Sns,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NotificationDestinationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sns => "SNS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SNS"]
    }
}
impl ::std::convert::From<NotificationDestinationType> for ::forma_core::Value<NotificationDestinationType> {
    fn from(v: NotificationDestinationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NotificationDestinationType {}

/// The values CloudFormation documents: `CUSTOMER_MANAGED`, `SERVICE_MANAGED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PermissionType {
    /// `CUSTOMER_MANAGED`
    CustomerManaged,
    /// `SERVICE_MANAGED`
    ServiceManaged,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PermissionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomerManaged => "CUSTOMER_MANAGED",
            Self::ServiceManaged => "SERVICE_MANAGED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOMER_MANAGED", "SERVICE_MANAGED"]
    }
}
impl ::std::convert::From<PermissionType> for ::forma_core::Value<PermissionType> {
    fn from(v: PermissionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PermissionType {}

/// The configuration settings for Network Access Control.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkAccessControl {
    props: ::forma_core::schema::Props,
}
impl NetworkAccessControl {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of prefix list IDs.
    pub fn prefix_list_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The list of Amazon VPC endpoint IDs for the workspace.
    pub fn vpce_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkAccessControl {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkAccessControl> for ::forma_core::Value<NetworkAccessControl> {
    fn from(v: NetworkAccessControl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_ACCESS_CONTROL_TYPE.properties))
    }
}

/// SAML configuration data associated with an AMG workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct SamlConfiguration {
    props: ::forma_core::schema::Props,
}
impl SamlConfiguration {
    /// A new value with its required properties: `IdpMetadata`.
    pub fn new(idp_metadata: impl ::std::convert::Into<::forma_core::Value<IdpMetadata>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, idp_metadata.into().into_expr());
        Self { props }
    }
    /// List of SAML organizations allowed to access Grafana.
    pub fn allowed_organizations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Maps Grafana friendly names to the IdPs SAML attributes.
    pub fn assertion_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AssertionAttributes>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum lifetime an authenticated user can be logged in (in minutes) before being required to re-authenticate.
    pub fn login_validity_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Maps SAML roles to the Grafana Editor and Admin roles.
    pub fn role_values(mut self, value: impl ::std::convert::Into<::forma_core::Value<RoleValues>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SamlConfiguration> for ::forma_core::Value<SamlConfiguration> {
    fn from(v: SamlConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAML_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::Grafana::Workspace`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The configuration settings for an Amazon VPC that contains data sources for your Grafana workspace to connect to.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl VpcConfiguration {
    /// A new value with its required properties: `SecurityGroupIds`, `SubnetIds`.
    pub fn new(
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_group_ids.into().into_expr());
        props.set(1, subnet_ids.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VpcConfiguration> for ::forma_core::Value<VpcConfiguration> {
    fn from(v: VpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIGURATION_TYPE.properties))
    }
}

/// Maps Grafana friendly names to the IdPs SAML attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct AssertionAttributes {
    props: ::forma_core::schema::Props,
}
impl AssertionAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Name of the attribute within the SAML assert to use as the users email in Grafana.
    ///
    /// Allowed: length 1 to 256.
    pub fn email(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Name of the attribute within the SAML assert to use as the users groups in Grafana.
    ///
    /// Allowed: length 1 to 256.
    pub fn groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Name of the attribute within the SAML assert to use as the users login handle in Grafana.
    ///
    /// Allowed: length 1 to 256.
    pub fn login(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Name of the attribute within the SAML assert to use as the users name in Grafana.
    ///
    /// Allowed: length 1 to 256.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Name of the attribute within the SAML assert to use as the users organizations in Grafana.
    ///
    /// Allowed: length 1 to 256.
    pub fn org(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Name of the attribute within the SAML assert to use as the users roles in Grafana.
    ///
    /// Allowed: length 1 to 256.
    pub fn role(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AssertionAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AssertionAttributes> for ::forma_core::Value<AssertionAttributes> {
    fn from(v: AssertionAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSERTION_ATTRIBUTES_TYPE.properties))
    }
}

/// IdP Metadata used to configure SAML authentication in Grafana.
#[derive(Debug, Clone, PartialEq)]
pub struct IdpMetadata {
    props: ::forma_core::schema::Props,
}
impl IdpMetadata {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// URL that vends the IdPs metadata.
    ///
    /// Allowed: length 1 to 2048.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// XML blob of the IdPs metadata.
    pub fn xml(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IdpMetadata {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IdpMetadata> for ::forma_core::Value<IdpMetadata> {
    fn from(v: IdpMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDP_METADATA_TYPE.properties))
    }
}

/// Maps SAML roles to the Grafana Editor and Admin roles.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleValues {
    props: ::forma_core::schema::Props,
}
impl RoleValues {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of SAML roles which will be mapped into the Grafana Admin role.
    pub fn admin(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of SAML roles which will be mapped into the Grafana Editor role.
    pub fn editor(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RoleValues {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RoleValues> for ::forma_core::Value<RoleValues> {
    fn from(v: RoleValues) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROLE_VALUES_TYPE.properties))
    }
}

/// The schema of `AWS::Grafana::Workspace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Grafana::Workspace",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountAccessType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CURRENT_ACCOUNT", "ORGANIZATION"]),
        },
        ::forma_core::schema::Property {
            name: "AuthenticationProviders",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["AWS_SSO", "SAML"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ClientToken",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[!-~]{1,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DataSources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "AMAZON_OPENSEARCH_SERVICE",
                    "CLOUDWATCH",
                    "PROMETHEUS",
                    "XRAY",
                    "TIMESTREAM",
                    "SITEWISE",
                    "ATHENA",
                    "REDSHIFT",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "GrafanaVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-._~]{1,255}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "NetworkAccessControl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NETWORK_ACCESS_CONTROL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NotificationDestinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["SNS"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OrganizationRoleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "OrganizationalUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PermissionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOMER_MANAGED", "SERVICE_MANAGED"]),
        },
        ::forma_core::schema::Property {
            name: "PluginAdminEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "SamlConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAML_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StackSetName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Id",
        "SsoClientId",
        "SamlConfigurationStatus",
        "Endpoint",
        "Status",
        "CreationTimestamp",
        "ModificationTimestamp",
    ],
};

static NETWORK_ACCESS_CONTROL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Grafana::Workspace.NetworkAccessControl",
    properties: &[
        ::forma_core::schema::Property {
            name: "PrefixListIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpceIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
    ],
    rules: &[],
};

static SAML_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Grafana::Workspace.SamlConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedOrganizations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AssertionAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASSERTION_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IdpMetadata",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDP_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LoginValidityDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROLE_VALUES_TYPE),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Grafana::Workspace.Tags",
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

static VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Grafana::Workspace.VpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(2), max_items: Some(6) },
            ),
        },
    ],
    rules: &[],
};

static ASSERTION_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Grafana::Workspace.AssertionAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "Email",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Groups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Login",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Org",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Role",
            required: false,
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

static IDP_METADATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Grafana::Workspace.IdpMetadata",
    properties: &[
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Xml",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ROLE_VALUES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Grafana::Workspace.RoleValues",
    properties: &[
        ::forma_core::schema::Property {
            name: "Admin",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Editor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
