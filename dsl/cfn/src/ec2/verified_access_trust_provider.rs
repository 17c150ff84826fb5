// @generated from AWS::EC2::VerifiedAccessTrustProvider (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::VerifiedAccessTrustProvider` and its property types.

/// The AWS::EC2::VerifiedAccessTrustProvider type describes a verified access trust provider
///
/// CloudFormation type `AWS::EC2::VerifiedAccessTrustProvider`.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedAccessTrustProvider {
    props: ::forma_core::schema::Props,
}
impl VerifiedAccessTrustProvider {
    /// A new resource with its required properties: `PolicyReferenceName`, `TrustProviderType`.
    #[track_caller]
    pub fn new(
        policy_reference_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        trust_provider_type: impl ::forma_core::schema::EnumArg<TrustProviderType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, policy_reference_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, trust_provider_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description for the Amazon Web Services Verified Access trust provider.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The options for device identity based trust providers.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn device_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<DeviceOptions>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of device-based trust provider.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn device_trust_provider_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<DeviceTrustProviderType>,
    ) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The OpenID Connect details for an oidc -type, user-identity based trust provider for L4.
    #[track_caller]
    pub fn native_application_oidc_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NativeApplicationOidcOptions>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The OpenID Connect details for an oidc -type, user-identity based trust provider.
    #[track_caller]
    pub fn oidc_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<OidcOptions>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration options for customer provided KMS encryption.
    #[track_caller]
    pub fn sse_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SseSpecificationObject>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of device-based trust provider.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn user_trust_provider_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<UserTrustProviderType>,
    ) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VerifiedAccessTrustProvider {
    type Attributes = VerifiedAccessTrustProviderAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::VerifiedAccessTrustProvider"
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
/// The attributes of a `AWS::EC2::VerifiedAccessTrustProvider` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VerifiedAccessTrustProviderAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VerifiedAccessTrustProviderAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VerifiedAccessTrustProviderAttributes {
    /// `Fn::GetAtt` `VerifiedAccessTrustProviderId`.
    pub fn verified_access_trust_provider_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VerifiedAccessTrustProviderId")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// The values CloudFormation documents: `crowdstrike`, `jamf`, `jumpcloud`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeviceTrustProviderType {
    /// `crowdstrike`
    Crowdstrike,
    /// `jamf`
    Jamf,
    /// `jumpcloud`
    Jumpcloud,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeviceTrustProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Crowdstrike => "crowdstrike",
            Self::Jamf => "jamf",
            Self::Jumpcloud => "jumpcloud",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["crowdstrike", "jamf", "jumpcloud"]
    }
}
impl ::std::convert::From<DeviceTrustProviderType> for ::forma_core::Value<DeviceTrustProviderType> {
    fn from(v: DeviceTrustProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeviceTrustProviderType {}

/// The values CloudFormation documents: `device`, `user`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrustProviderType {
    /// `device`
    Device,
    /// `user`
    User,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrustProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Device => "device",
            Self::User => "user",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["device", "user"]
    }
}
impl ::std::convert::From<TrustProviderType> for ::forma_core::Value<TrustProviderType> {
    fn from(v: TrustProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrustProviderType {}

/// The values CloudFormation documents: `iam-identity-center`, `oidc`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserTrustProviderType {
    /// `iam-identity-center`
    IamIdentityCenter,
    /// `oidc`
    Oidc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UserTrustProviderType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IamIdentityCenter => "iam-identity-center",
            Self::Oidc => "oidc",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["iam-identity-center", "oidc"]
    }
}
impl ::std::convert::From<UserTrustProviderType> for ::forma_core::Value<UserTrustProviderType> {
    fn from(v: UserTrustProviderType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UserTrustProviderType {}

/// The options for device identity based trust providers.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceOptions {
    props: ::forma_core::schema::Props,
}
impl DeviceOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// URL Verified Access will use to verify authenticity of the device tokens.
    pub fn public_signing_key_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the tenant application with the device-identity provider.
    pub fn tenant_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeviceOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeviceOptions> for ::forma_core::Value<DeviceOptions> {
    fn from(v: DeviceOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_OPTIONS_TYPE.properties))
    }
}

/// The OpenID Connect details for an oidc -type, user-identity based trust provider for L4.
#[derive(Debug, Clone, PartialEq)]
pub struct NativeApplicationOidcOptions {
    props: ::forma_core::schema::Props,
}
impl NativeApplicationOidcOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The OIDC authorization endpoint.
    pub fn authorization_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The client identifier.
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The client secret.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The OIDC issuer.
    pub fn issuer(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The public signing key for endpoint
    pub fn public_signing_key_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// OpenID Connect (OIDC) scopes are used by an application during authentication to authorize access to details of a user.
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The OIDC token endpoint.
    pub fn token_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The OIDC user info endpoint.
    pub fn user_info_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NativeApplicationOidcOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NativeApplicationOidcOptions> for ::forma_core::Value<NativeApplicationOidcOptions> {
    fn from(v: NativeApplicationOidcOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NATIVE_APPLICATION_OIDC_OPTIONS_TYPE.properties))
    }
}

/// The OpenID Connect details for an oidc -type, user-identity based trust provider.
#[derive(Debug, Clone, PartialEq)]
pub struct OidcOptions {
    props: ::forma_core::schema::Props,
}
impl OidcOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The OIDC authorization endpoint.
    pub fn authorization_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The client identifier.
    pub fn client_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The client secret.
    pub fn client_secret(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The OIDC issuer.
    pub fn issuer(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// OpenID Connect (OIDC) scopes are used by an application during authentication to authorize access to details of a user.
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The OIDC token endpoint.
    pub fn token_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The OIDC user info endpoint.
    pub fn user_info_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OidcOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OidcOptions> for ::forma_core::Value<OidcOptions> {
    fn from(v: OidcOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OIDC_OPTIONS_TYPE.properties))
    }
}

/// The configuration options for customer provided KMS encryption.
#[derive(Debug, Clone, PartialEq)]
pub struct SseSpecificationObject {
    props: ::forma_core::schema::Props,
}
impl SseSpecificationObject {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Whether to encrypt the policy with the provided key or disable encryption
    pub fn customer_managed_key_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// KMS Key Arn used to encrypt the group policy
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SseSpecificationObject {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SseSpecificationObject> for ::forma_core::Value<SseSpecificationObject> {
    fn from(v: SseSpecificationObject) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSE_SPECIFICATION_OBJECT_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::EC2::VerifiedAccessTrustProvider`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::VerifiedAccessTrustProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DeviceOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DEVICE_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeviceTrustProviderType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["crowdstrike", "jamf", "jumpcloud"]),
        },
        ::forma_core::schema::Property {
            name: "NativeApplicationOidcOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NATIVE_APPLICATION_OIDC_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OidcOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OIDC_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PolicyReferenceName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SseSpecification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SSE_SPECIFICATION_OBJECT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrustProviderType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["device", "user"]),
        },
        ::forma_core::schema::Property {
            name: "UserTrustProviderType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["iam-identity-center", "oidc"]),
        },
    ],
    rules: &[],
    attributes: &["VerifiedAccessTrustProviderId", "CreationTime", "LastUpdatedTime"],
};

static DEVICE_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessTrustProvider.DeviceOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "PublicSigningKeyUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TenantId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static NATIVE_APPLICATION_OIDC_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessTrustProvider.NativeApplicationOidcOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Issuer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PublicSigningKeyEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TokenEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserInfoEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static OIDC_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessTrustProvider.OidcOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Issuer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TokenEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserInfoEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SSE_SPECIFICATION_OBJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessTrustProvider.SseSpecificationObject",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerManagedKeyEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::VerifiedAccessTrustProvider.Tag",
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
