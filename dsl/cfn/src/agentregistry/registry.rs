// @generated from AWS::AgentRegistry::Registry (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AgentRegistry::Registry` and its property types.

/// Definition of AWS::AgentRegistry::Registry Resource Type
///
/// CloudFormation type `AWS::AgentRegistry::Registry`.
#[derive(Debug, Clone, PartialEq)]
pub struct Registry {
    props: ::forma_core::schema::Props,
}
impl Registry {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(8, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Configuration for the registry's record approval workflow.
    #[track_caller]
    pub fn approval_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApprovalConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of authorizer that controls how consumers access the registry's search and MCP invoke operations.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn authorizer_type(mut self, value: impl ::forma_core::schema::EnumArg<RegistryAuthorizerType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether auto-detection is requested for the registry.
    #[track_caller]
    pub fn auto_detection_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source from which resources are detected.
    #[track_caller]
    pub fn auto_detection_scope(mut self, value: impl ::forma_core::schema::EnumArg<AutoDetectionScope>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration that defines a typed metadata schema for a registry.
    #[track_caller]
    pub fn custom_metadata_schema_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomMetadataSchemaConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the registry.
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Discovery configuration for the registry.
    #[track_caller]
    pub fn discovery_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DiscoveryConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The server-side encryption configuration for a registry.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the registry.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Registry {
    type Attributes = RegistryAttributes;
    fn type_name(&self) -> &str {
        "AWS::AgentRegistry::Registry"
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
/// The attributes of a `AWS::AgentRegistry::Registry` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RegistryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RegistryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RegistryAttributes {
    /// `Fn::GetAtt` `RegistryId`.
    pub fn registry_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegistryId")
    }
    /// `Fn::GetAtt` `RegistryArn`.
    pub fn registry_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegistryArn")
    }
    /// `Fn::GetAtt` `AutoDetectionStatus`.
    pub fn auto_detection_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutoDetectionStatus")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `CUSTOM_JWT`, `AWS_IAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RegistryAuthorizerType {
    /// `CUSTOM_JWT`
    CustomJwt,
    /// `AWS_IAM`
    AwsIam,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RegistryAuthorizerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomJwt => "CUSTOM_JWT",
            Self::AwsIam => "AWS_IAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOM_JWT", "AWS_IAM"]
    }
}
impl ::std::convert::From<RegistryAuthorizerType> for ::forma_core::Value<RegistryAuthorizerType> {
    fn from(v: RegistryAuthorizerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RegistryAuthorizerType {}

/// The values CloudFormation documents: `ORGANIZATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoDetectionScope {
    /// `ORGANIZATION`
    Organization,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoDetectionScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Organization => "ORGANIZATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ORGANIZATION"]
    }
}
impl ::std::convert::From<AutoDetectionScope> for ::forma_core::Value<AutoDetectionScope> {
    fn from(v: AutoDetectionScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoDetectionScope {}

/// The values CloudFormation documents: `APPROVE_ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoApprovalRule {
    /// `APPROVE_ALL`
    ApproveAll,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoApprovalRule {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApproveAll => "APPROVE_ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["APPROVE_ALL"]
    }
}
impl ::std::convert::From<AutoApprovalRule> for ::forma_core::Value<AutoApprovalRule> {
    fn from(v: AutoApprovalRule) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoApprovalRule {}

/// Configuration for the registry's record approval workflow.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalConfiguration {
    props: ::forma_core::schema::Props,
}
impl ApprovalConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The rules that determine which registry records are automatically approved on submission.
    pub fn auto_approval_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AutoApprovalRule>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApprovalConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApprovalConfiguration> for ::forma_core::Value<ApprovalConfiguration> {
    fn from(v: ApprovalConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPROVAL_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration that defines a typed metadata schema for a registry.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomMetadataSchemaConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomMetadataSchemaConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The default JSON Schema that applies to record types without a specific override.
    ///
    /// Allowed: length 1 to 10240.
    pub fn default_schema(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of per-record-type schema overrides.
    pub fn record_type_schema_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RecordTypeSchemaOverride>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomMetadataSchemaConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomMetadataSchemaConfiguration>
    for ::forma_core::Value<CustomMetadataSchemaConfiguration>
{
    fn from(v: CustomMetadataSchemaConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_METADATA_SCHEMA_CONFIGURATION_TYPE.properties))
    }
}

/// Discovery configuration for the registry.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscoveryConfiguration {
    props: ::forma_core::schema::Props,
}
impl DiscoveryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The authorizer configuration for the registry.
    pub fn authorizer_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuthorizerConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DiscoveryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DiscoveryConfiguration> for ::forma_core::Value<DiscoveryConfiguration> {
    fn from(v: DiscoveryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISCOVERY_CONFIGURATION_TYPE.properties))
    }
}

/// The server-side encryption configuration for a registry.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `KmsKeyArn`.
    pub fn new(kms_key_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_key_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// A tag to assign to the registry.
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

/// The values CloudFormation documents: `MCP`, `AGENT`, `SKILL`, `GATEWAY`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordType {
    /// `MCP`
    Mcp,
    /// `AGENT`
    Agent,
    /// `SKILL`
    Skill,
    /// `GATEWAY`
    Gateway,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RecordType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mcp => "MCP",
            Self::Agent => "AGENT",
            Self::Skill => "SKILL",
            Self::Gateway => "GATEWAY",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MCP", "AGENT", "SKILL", "GATEWAY", "CUSTOM"]
    }
}
impl ::std::convert::From<RecordType> for ::forma_core::Value<RecordType> {
    fn from(v: RecordType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RecordType {}

/// A schema override for a specific record type within a custom metadata schema configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordTypeSchemaOverride {
    props: ::forma_core::schema::Props,
}
impl RecordTypeSchemaOverride {
    /// A new value with its required properties: `RecordType`, `Schema`.
    pub fn new(
        record_type: impl ::forma_core::schema::EnumArg<RecordType>,
        schema: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, record_type.into_enum_expr());
        props.set(1, schema.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RecordTypeSchemaOverride> for ::forma_core::Value<RecordTypeSchemaOverride> {
    fn from(v: RecordTypeSchemaOverride) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECORD_TYPE_SCHEMA_OVERRIDE_TYPE.properties))
    }
}

/// The authorizer configuration for the registry.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizerConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuthorizerConfiguration {
    /// A new value with its required properties: `CustomJWTAuthorizer`.
    pub fn new(
        custom_jwt_authorizer: impl ::std::convert::Into<::forma_core::Value<CustomJwtAuthorizerConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, custom_jwt_authorizer.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuthorizerConfiguration> for ::forma_core::Value<AuthorizerConfiguration> {
    fn from(v: AuthorizerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZER_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for a custom JWT authorizer that validates inbound bearer tokens against an OpenID Connect identity provider.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomJwtAuthorizerConfiguration {
    props: ::forma_core::schema::Props,
}
impl CustomJwtAuthorizerConfiguration {
    /// A new value with its required properties: `DiscoveryUrl`.
    pub fn new(discovery_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, discovery_url.into().into_expr());
        Self { props }
    }
    /// The audience values accepted during JWT validation.
    pub fn allowed_audience(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The client identifiers accepted during JWT validation.
    pub fn allowed_clients(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The scopes accepted during JWT validation.
    pub fn allowed_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Additional custom claim validations applied to the inbound JWT.
    pub fn custom_claims(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomClaimValidationType>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomJwtAuthorizerConfiguration> for ::forma_core::Value<CustomJwtAuthorizerConfiguration> {
    fn from(v: CustomJwtAuthorizerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRING`, `STRING_ARRAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InboundTokenClaimValueType {
    /// `STRING`
    String,
    /// `STRING_ARRAY`
    StringArray,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InboundTokenClaimValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::StringArray => "STRING_ARRAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "STRING_ARRAY"]
    }
}
impl ::std::convert::From<InboundTokenClaimValueType> for ::forma_core::Value<InboundTokenClaimValueType> {
    fn from(v: InboundTokenClaimValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InboundTokenClaimValueType {}

/// A validation rule applied to a single claim of an inbound JWT.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomClaimValidationType {
    props: ::forma_core::schema::Props,
}
impl CustomClaimValidationType {
    /// A new value with its required properties: `AuthorizingClaimMatchValue`, `InboundTokenClaimName`, `InboundTokenClaimValueType`.
    pub fn new(
        authorizing_claim_match_value: impl ::std::convert::Into<::forma_core::Value<AuthorizingClaimMatchValueType>>,
        inbound_token_claim_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        inbound_token_claim_value_type: impl ::forma_core::schema::EnumArg<InboundTokenClaimValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorizing_claim_match_value.into().into_expr());
        props.set(1, inbound_token_claim_name.into().into_expr());
        props.set(2, inbound_token_claim_value_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomClaimValidationType> for ::forma_core::Value<CustomClaimValidationType> {
    fn from(v: CustomClaimValidationType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_CLAIM_VALIDATION_TYPE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `EQUALS`, `CONTAINS`, `CONTAINS_ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ClaimMatchOperator {
    /// `EQUALS`
    Equals,
    /// `CONTAINS`
    Contains,
    /// `CONTAINS_ANY`
    ContainsAny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ClaimMatchOperator {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::Contains => "CONTAINS",
            Self::ContainsAny => "CONTAINS_ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EQUALS", "CONTAINS", "CONTAINS_ANY"]
    }
}
impl ::std::convert::From<ClaimMatchOperator> for ::forma_core::Value<ClaimMatchOperator> {
    fn from(v: ClaimMatchOperator) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ClaimMatchOperator {}

/// The value and match operator used to authorize a claim during JWT validation.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizingClaimMatchValueType {
    props: ::forma_core::schema::Props,
}
impl AuthorizingClaimMatchValueType {
    /// A new value with its required properties: `ClaimMatchOperator`, `ClaimMatchValue`.
    pub fn new(
        claim_match_operator: impl ::forma_core::schema::EnumArg<ClaimMatchOperator>,
        claim_match_value: impl ::std::convert::Into<::forma_core::Value<ClaimMatchValueType>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, claim_match_operator.into_enum_expr());
        props.set(1, claim_match_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AuthorizingClaimMatchValueType> for ::forma_core::Value<AuthorizingClaimMatchValueType> {
    fn from(v: AuthorizingClaimMatchValueType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE.properties))
    }
}

/// The expected value used to match a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimMatchValueType {
    props: ::forma_core::schema::Props,
}
impl ClaimMatchValueType {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `MatchValueString` or `MatchValueStringList`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `MatchValueString`.
    ///
    /// Allowed: length 1 to 255.
    pub fn match_value_string(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MatchValueStringList`.
    pub fn match_value_string_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ClaimMatchValueType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ClaimMatchValueType> for ::forma_core::Value<ClaimMatchValueType> {
    fn from(v: ClaimMatchValueType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLAIM_MATCH_VALUE_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::AgentRegistry::Registry`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AgentRegistry::Registry",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApprovalConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPROVAL_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CUSTOM_JWT", "AWS_IAM"]),
        },
        ::forma_core::schema::Property {
            name: "AutoDetectionEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AutoDetectionScope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ORGANIZATION"]),
        },
        ::forma_core::schema::Property {
            name: "CustomMetadataSchemaConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_METADATA_SCHEMA_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "DiscoveryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DISCOVERY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_\\-\\.\\/]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["RegistryId", "RegistryArn", "AutoDetectionStatus", "Status", "CreatedAt", "UpdatedAt"],
};

static APPROVAL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::Registry.ApprovalConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AutoApprovalRules",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Enum(&["APPROVE_ALL"]),
            ::forma_core::schema::ListRule { min_items: None, max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static CUSTOM_METADATA_SCHEMA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AgentRegistry::Registry.CustomMetadataSchemaConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "DefaultSchema",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(10240),
                }),
            },
            ::forma_core::schema::Property {
                name: "RecordTypeSchemaOverrides",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&RECORD_TYPE_SCHEMA_OVERRIDE_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
                ),
            },
        ],
        rules: &[],
    };

static DISCOVERY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::Registry.DiscoveryConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AuthorizerConfiguration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AUTHORIZER_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::Registry.EncryptionConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "KmsKeyArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(-[^:]+)?:kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}$"),
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::Registry.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static RECORD_TYPE_SCHEMA_OVERRIDE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::Registry.RecordTypeSchemaOverride",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecordType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["MCP", "AGENT", "SKILL", "GATEWAY", "CUSTOM"]),
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(10240),
            }),
        },
    ],
    rules: &[],
};

static AUTHORIZER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::Registry.AuthorizerConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "CustomJWTAuthorizer",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static CUSTOM_JWT_AUTHORIZER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AgentRegistry::Registry.CustomJWTAuthorizerConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "AllowedAudience",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: Some(255),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AllowedClients",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: Some(255),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "AllowedScopes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"),
                        min_length: Some(1),
                        max_length: Some(255),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "CustomClaims",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&CUSTOM_CLAIM_VALIDATION_TYPE_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "DiscoveryUrl",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^.+/\\.well-known/openid-configuration$"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
        ],
        rules: &[],
    };

static CUSTOM_CLAIM_VALIDATION_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::Registry.CustomClaimValidationType",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizingClaimMatchValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InboundTokenClaimName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_.-:]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InboundTokenClaimValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "STRING_ARRAY"]),
        },
    ],
    rules: &[],
};

static AUTHORIZING_CLAIM_MATCH_VALUE_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AgentRegistry::Registry.AuthorizingClaimMatchValueType",
        properties: &[
            ::forma_core::schema::Property {
                name: "ClaimMatchOperator",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["EQUALS", "CONTAINS", "CONTAINS_ANY"]),
            },
            ::forma_core::schema::Property {
                name: "ClaimMatchValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CLAIM_MATCH_VALUE_TYPE_TYPE),
            },
        ],
        rules: &[],
    };

static CLAIM_MATCH_VALUE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AgentRegistry::Registry.ClaimMatchValueType",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchValueString",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_.:/-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MatchValueStringList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[A-Za-z0-9_.:/-]+$"),
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["MatchValueString"], &["MatchValueStringList"]])],
};
