// @generated from AWS::HealthLake::FHIRDatastore (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::HealthLake::FHIRDatastore` and its property types.

/// HealthLake FHIR Datastore
///
/// CloudFormation type `AWS::HealthLake::FHIRDatastore`.
#[derive(Debug, Clone, PartialEq)]
pub struct FhirDatastore {
    props: ::forma_core::schema::Props,
}
impl FhirDatastore {
    /// A new resource with its required properties: `DatastoreTypeVersion`.
    #[track_caller]
    pub fn new(datastore_type_version: impl ::forma_core::schema::EnumArg<DatastoreTypeVersion>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, datastore_type_version.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The analytics configuration for the Data Store.
    #[track_caller]
    pub fn analytics_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AnalyticsConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The user-generated name for the Data Store.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn datastore_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identity provider configuration for the datastore
    #[track_caller]
    pub fn identity_provider_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IdentityProviderConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The natural language processing (NLP) configuration for the Data Store.
    #[track_caller]
    pub fn nlp_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NlpConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The preloaded data configuration for the Data Store.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn preload_data_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PreloadDataConfig>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The profile configuration for the Data Store.
    #[track_caller]
    pub fn profile_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProfileConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The server-side encryption key configuration for a customer provided encryption key.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn sse_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SseConfiguration>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FhirDatastore {
    type Attributes = FhirDatastoreAttributes;
    fn type_name(&self) -> &str {
        "AWS::HealthLake::FHIRDatastore"
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
/// The attributes of a `AWS::HealthLake::FHIRDatastore` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FhirDatastoreAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FhirDatastoreAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FhirDatastoreAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `DatastoreArn`.
    pub fn datastore_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatastoreArn")
    }
    /// `Fn::GetAtt` `DatastoreEndpoint`.
    pub fn datastore_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatastoreEndpoint")
    }
    /// `Fn::GetAtt` `DatastoreId`.
    pub fn datastore_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatastoreId")
    }
    /// `Fn::GetAtt` `DatastoreStatus`.
    pub fn datastore_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatastoreStatus")
    }
}

/// The values CloudFormation documents: `R4`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatastoreTypeVersion {
    /// `R4`
    R4,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DatastoreTypeVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::R4 => "R4",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["R4"]
    }
}
impl ::std::convert::From<DatastoreTypeVersion> for ::forma_core::Value<DatastoreTypeVersion> {
    fn from(v: DatastoreTypeVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DatastoreTypeVersion {}

/// The values CloudFormation documents: `ENABLED`, `PAUSED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `PAUSED`
    Paused,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Paused => "PAUSED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "PAUSED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The analytics configuration for the Data Store.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyticsConfiguration {
    props: ::forma_core::schema::Props,
}
impl AnalyticsConfiguration {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AnalyticsConfiguration> for ::forma_core::Value<AnalyticsConfiguration> {
    fn from(v: AnalyticsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANALYTICS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SMART_ON_FHIR_V1`, `AWS_AUTH`, `SMART_ON_FHIR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthorizationStrategy {
    /// `SMART_ON_FHIR_V1`
    SmartOnFhirV1,
    /// `AWS_AUTH`
    AwsAuth,
    /// `SMART_ON_FHIR`
    SmartOnFhir,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthorizationStrategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SmartOnFhirV1 => "SMART_ON_FHIR_V1",
            Self::AwsAuth => "AWS_AUTH",
            Self::SmartOnFhir => "SMART_ON_FHIR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SMART_ON_FHIR_V1", "AWS_AUTH", "SMART_ON_FHIR"]
    }
}
impl ::std::convert::From<AuthorizationStrategy> for ::forma_core::Value<AuthorizationStrategy> {
    fn from(v: AuthorizationStrategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthorizationStrategy {}

/// The identity provider configuration for the datastore
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityProviderConfiguration {
    props: ::forma_core::schema::Props,
}
impl IdentityProviderConfiguration {
    /// A new value with its required properties: `AuthorizationStrategy`.
    pub fn new(authorization_strategy: impl ::forma_core::schema::EnumArg<AuthorizationStrategy>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorization_strategy.into_enum_expr());
        Self { props }
    }
    /// Flag to indicate if fine-grained authorization will be enabled for the datastore
    pub fn fine_grained_authorization_enabled(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the Lambda function that will be used to decode the access token created by the authorization server.
    ///
    /// Allowed: length 49 to 256.
    pub fn idp_lambda_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The JSON metadata elements for identity provider configuration.
    pub fn metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IdentityProviderConfiguration> for ::forma_core::Value<IdentityProviderConfiguration> {
    fn from(v: IdentityProviderConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_PROVIDER_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NlpConfigurationStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NlpConfigurationStatus {
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
impl ::std::convert::From<NlpConfigurationStatus> for ::forma_core::Value<NlpConfigurationStatus> {
    fn from(v: NlpConfigurationStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NlpConfigurationStatus {}

/// The natural language processing (NLP) configuration for the Data Store.
#[derive(Debug, Clone, PartialEq)]
pub struct NlpConfiguration {
    props: ::forma_core::schema::Props,
}
impl NlpConfiguration {
    /// A new value with its required properties: `Status`.
    pub fn new(status: impl ::forma_core::schema::EnumArg<NlpConfigurationStatus>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<NlpConfiguration> for ::forma_core::Value<NlpConfiguration> {
    fn from(v: NlpConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NLP_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SYNTHEA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreloadDataType {
    /// `SYNTHEA`
    Synthea,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PreloadDataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Synthea => "SYNTHEA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SYNTHEA"]
    }
}
impl ::std::convert::From<PreloadDataType> for ::forma_core::Value<PreloadDataType> {
    fn from(v: PreloadDataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PreloadDataType {}

/// The preloaded data configuration for the Data Store.
#[derive(Debug, Clone, PartialEq)]
pub struct PreloadDataConfig {
    props: ::forma_core::schema::Props,
}
impl PreloadDataConfig {
    /// A new value with its required properties: `PreloadDataType`.
    pub fn new(preload_data_type: impl ::forma_core::schema::EnumArg<PreloadDataType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, preload_data_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<PreloadDataConfig> for ::forma_core::Value<PreloadDataConfig> {
    fn from(v: PreloadDataConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRELOAD_DATA_CONFIG_TYPE.properties))
    }
}

/// The profile configuration for the Data Store.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProfileConfiguration {
    /// A new value with its required properties: `DefaultProfiles`.
    pub fn new(
        default_profiles: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, default_profiles.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProfileConfiguration> for ::forma_core::Value<ProfileConfiguration> {
    fn from(v: ProfileConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROFILE_CONFIGURATION_TYPE.properties))
    }
}

/// The server-side encryption key configuration for a customer provided encryption key.
#[derive(Debug, Clone, PartialEq)]
pub struct SseConfiguration {
    props: ::forma_core::schema::Props,
}
impl SseConfiguration {
    /// A new value with its required properties: `KmsEncryptionConfig`.
    pub fn new(kms_encryption_config: impl ::std::convert::Into<::forma_core::Value<KmsEncryptionConfig>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_encryption_config.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SseConfiguration> for ::forma_core::Value<SseConfiguration> {
    fn from(v: SseConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSE_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair.
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

/// The values CloudFormation documents: `CUSTOMER_MANAGED_KMS_KEY`, `AWS_OWNED_KMS_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CmkType {
    /// `CUSTOMER_MANAGED_KMS_KEY`
    CustomerManagedKmsKey,
    /// `AWS_OWNED_KMS_KEY`
    AwsOwnedKmsKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CmkType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomerManagedKmsKey => "CUSTOMER_MANAGED_KMS_KEY",
            Self::AwsOwnedKmsKey => "AWS_OWNED_KMS_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KMS_KEY"]
    }
}
impl ::std::convert::From<CmkType> for ::forma_core::Value<CmkType> {
    fn from(v: CmkType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CmkType {}

/// The customer-managed-key (CMK) used when creating a Data Store.
#[derive(Debug, Clone, PartialEq)]
pub struct KmsEncryptionConfig {
    props: ::forma_core::schema::Props,
}
impl KmsEncryptionConfig {
    /// A new value with its required properties: `CmkType`.
    pub fn new(cmk_type: impl ::forma_core::schema::EnumArg<CmkType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cmk_type.into_enum_expr());
        Self { props }
    }
    /// The KMS encryption key id/alias used to encrypt the Data Store contents at rest.
    ///
    /// Allowed: length 1 to 400.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<KmsEncryptionConfig> for ::forma_core::Value<KmsEncryptionConfig> {
    fn from(v: KmsEncryptionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KMS_ENCRYPTION_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::HealthLake::FHIRDatastore`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::HealthLake::FHIRDatastore",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnalyticsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANALYTICS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatastoreName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatastoreTypeVersion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["R4"]),
        },
        ::forma_core::schema::Property {
            name: "IdentityProviderConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDENTITY_PROVIDER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NlpConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NLP_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PreloadDataConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PRELOAD_DATA_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProfileConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROFILE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SseConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SSE_CONFIGURATION_TYPE),
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
    attributes: &["CreatedAt", "DatastoreArn", "DatastoreEndpoint", "DatastoreId", "DatastoreStatus"],
};

static ANALYTICS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::HealthLake::FHIRDatastore.AnalyticsConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "PAUSED"]),
    }],
    rules: &[],
};

static IDENTITY_PROVIDER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::HealthLake::FHIRDatastore.IdentityProviderConfiguration",
properties: &[
::forma_core::schema::Property { name: "AuthorizationStrategy", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["SMART_ON_FHIR_V1", "AWS_AUTH", "SMART_ON_FHIR"]) },
::forma_core::schema::Property { name: "FineGrainedAuthorizationEnabled", required: false, create_only: false, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "IdpLambdaArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:aws[-a-z]*:lambda:[a-z]{2}-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9\\-_\\.]+(:(\\$LATEST|[a-zA-Z0-9\\-_]+))?"), min_length: Some(49), max_length: Some(256) }) },
::forma_core::schema::Property { name: "Metadata", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
],
rules: &[],
};

static NLP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::HealthLake::FHIRDatastore.NlpConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Status",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static PRELOAD_DATA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::HealthLake::FHIRDatastore.PreloadDataConfig",
    properties: &[::forma_core::schema::Property {
        name: "PreloadDataType",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["SYNTHEA"]),
    }],
    rules: &[],
};

static PROFILE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::HealthLake::FHIRDatastore.ProfileConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "DefaultProfiles",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\P{M}\\p{M}]{0,10000}$"),
                min_length: Some(0),
                max_length: Some(10000),
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static SSE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::HealthLake::FHIRDatastore.SseConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "KmsEncryptionConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&KMS_ENCRYPTION_CONFIG_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::HealthLake::FHIRDatastore.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static KMS_ENCRYPTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::HealthLake::FHIRDatastore.KmsEncryptionConfig",
properties: &[
::forma_core::schema::Property { name: "CmkType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["CUSTOMER_MANAGED_KMS_KEY", "AWS_OWNED_KMS_KEY"]) },
::forma_core::schema::Property { name: "KmsKeyId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(arn:aws((-us-gov)|(-iso)|(-iso-b)|(-cn))?:kms:)?([a-z]{2}-[a-z]+(-[a-z]+)?-\\d:)?(\\d{12}:)?(((key/)?[a-zA-Z0-9-_]+)|(alias/[a-zA-Z0-9:/_-]+))"), min_length: Some(1), max_length: Some(400) }) },
],
rules: &[],
};
