// @generated from AWS::AppFabric::AppAuthorization (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppFabric::AppAuthorization` and its property types.

/// Creates an app authorization within an app bundle, which allows AppFabric to connect to an application.
///
/// CloudFormation type `AWS::AppFabric::AppAuthorization`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppAuthorization {
    props: ::forma_core::schema::Props,
}
impl AppAuthorization {
    /// A new resource with its required properties: `App`, `AppBundleIdentifier`, `AuthType`, `Tenant`.
    #[track_caller]
    pub fn new(
        app: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        app_bundle_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        auth_type: impl ::forma_core::schema::EnumArg<AuthType>,
        tenant: impl ::std::convert::Into<::forma_core::Value<Tenant>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, app_bundle_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, auth_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, tenant.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Contains credentials for the application.
    #[track_caller]
    pub fn credential(mut self, value: impl ::std::convert::Into<::forma_core::Value<Credential>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to apply to the app authorization.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AppAuthorization {
    type Attributes = AppAuthorizationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppFabric::AppAuthorization"
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
/// The attributes of a `AWS::AppFabric::AppAuthorization` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AppAuthorizationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AppAuthorizationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AppAuthorizationAttributes {
    /// `Fn::GetAtt` `AppAuthorizationArn`.
    pub fn app_authorization_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppAuthorizationArn")
    }
    /// `Fn::GetAtt` `AppAuthorizationIdentifier`.
    pub fn app_authorization_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppAuthorizationIdentifier")
    }
    /// `Fn::GetAtt` `AppBundleArn`.
    pub fn app_bundle_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppBundleArn")
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
    /// `Fn::GetAtt` `Persona`.
    pub fn persona(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Persona")
    }
}

/// The values CloudFormation documents: `oauth2`, `apiKey`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthType {
    /// `oauth2`
    Oauth2,
    /// `apiKey`
    ApiKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oauth2 => "oauth2",
            Self::ApiKey => "apiKey",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["oauth2", "apiKey"]
    }
}
impl ::std::convert::From<AuthType> for ::forma_core::Value<AuthType> {
    fn from(v: AuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthType {}

/// Contains credential information for the application.
#[derive(Debug, Clone, PartialEq)]
pub struct Credential {
    props: ::forma_core::schema::Props,
}
impl Credential {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains API key credential information.
    pub fn api_key_credential(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApiKeyCredential>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains OAuth2 client credential information.
    pub fn oauth2_credential(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<Oauth2Credential>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Credential {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Credential> for ::forma_core::Value<Credential> {
    fn from(v: Credential) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREDENTIAL_TYPE.properties))
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

/// Contains information about an application tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct Tenant {
    props: ::forma_core::schema::Props,
}
impl Tenant {
    /// A new value with its required properties: `TenantDisplayName`, `TenantIdentifier`.
    pub fn new(
        tenant_display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tenant_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, tenant_display_name.into().into_expr());
        props.set(1, tenant_identifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tenant> for ::forma_core::Value<Tenant> {
    fn from(v: Tenant) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TENANT_TYPE.properties))
    }
}

/// Contains API key credential information.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKeyCredential {
    props: ::forma_core::schema::Props,
}
impl ApiKeyCredential {
    /// A new value with its required properties: `ApiKey`.
    pub fn new(api_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApiKeyCredential> for ::forma_core::Value<ApiKeyCredential> {
    fn from(v: ApiKeyCredential) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(API_KEY_CREDENTIAL_TYPE.properties))
    }
}

/// Contains OAuth2 client credential information.
#[derive(Debug, Clone, PartialEq)]
pub struct Oauth2Credential {
    props: ::forma_core::schema::Props,
}
impl Oauth2Credential {
    /// A new value with its required properties: `ClientId`, `ClientSecret`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_secret: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        props.set(1, client_secret.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Oauth2Credential> for ::forma_core::Value<Oauth2Credential> {
    fn from(v: Oauth2Credential) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OAUTH2_CREDENTIAL_TYPE.properties))
    }
}

/// The schema of `AWS::AppFabric::AppAuthorization`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppFabric::AppAuthorization",
    properties: &[
        ::forma_core::schema::Property {
            name: "App",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "AppBundleIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.+$|^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["oauth2", "apiKey"]),
        },
        ::forma_core::schema::Property {
            name: "Credential",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CREDENTIAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tenant",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TENANT_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "AppAuthorizationArn",
        "AppAuthorizationIdentifier",
        "AppBundleArn",
        "Status",
        "CreatedAt",
        "UpdatedAt",
        "Persona",
    ],
};

static CREDENTIAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::AppAuthorization.Credential",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiKeyCredential",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&API_KEY_CREDENTIAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Oauth2Credential",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OAUTH2_CREDENTIAL_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::AppAuthorization.Tag",
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

static TENANT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::AppAuthorization.Tenant",
    properties: &[
        ::forma_core::schema::Property {
            name: "TenantDisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TenantIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static API_KEY_CREDENTIAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::AppAuthorization.ApiKeyCredential",
    properties: &[::forma_core::schema::Property {
        name: "ApiKey",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static OAUTH2_CREDENTIAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFabric::AppAuthorization.Oauth2Credential",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};
