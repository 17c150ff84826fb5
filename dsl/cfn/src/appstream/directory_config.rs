// @generated from AWS::AppStream::DirectoryConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::DirectoryConfig` and its property types.

/// Resource Type definition for AWS::AppStream::DirectoryConfig
///
/// CloudFormation type `AWS::AppStream::DirectoryConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryConfig {
    props: ::forma_core::schema::Props,
}
impl DirectoryConfig {
    /// A new resource with its required properties: `DirectoryName`, `OrganizationalUnitDistinguishedNames`, `ServiceAccountCredentials`.
    #[track_caller]
    pub fn new(
        directory_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        organizational_unit_distinguished_names: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<::std::string::String>>,
        >,
        service_account_credentials: impl ::std::convert::Into<::forma_core::Value<ServiceAccountCredentials>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, directory_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, organizational_unit_distinguished_names.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, service_account_credentials.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CertificateBasedAuthProperties`.
    #[track_caller]
    pub fn certificate_based_auth_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CertificateBasedAuthProperties>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DirectoryConfig {
    type Attributes = DirectoryConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::DirectoryConfig"
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
/// The attributes of a `AWS::AppStream::DirectoryConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DirectoryConfigAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DirectoryConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`, `ENABLED_NO_DIRECTORY_LOGIN_FALLBACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// `ENABLED_NO_DIRECTORY_LOGIN_FALLBACK`
    EnabledNoDirectoryLoginFallback,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::EnabledNoDirectoryLoginFallback => "ENABLED_NO_DIRECTORY_LOGIN_FALLBACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED", "ENABLED_NO_DIRECTORY_LOGIN_FALLBACK"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The `CertificateBasedAuthProperties` property type of `AWS::AppStream::DirectoryConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateBasedAuthProperties {
    props: ::forma_core::schema::Props,
}
impl CertificateBasedAuthProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CertificateAuthorityArn`.
    pub fn certificate_authority_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Status`.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for CertificateBasedAuthProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CertificateBasedAuthProperties> for ::forma_core::Value<CertificateBasedAuthProperties> {
    fn from(v: CertificateBasedAuthProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERTIFICATE_BASED_AUTH_PROPERTIES_TYPE.properties))
    }
}

/// The `ServiceAccountCredentials` property type of `AWS::AppStream::DirectoryConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceAccountCredentials {
    props: ::forma_core::schema::Props,
}
impl ServiceAccountCredentials {
    /// A new value with its required properties: `AccountName`, `AccountPassword`.
    pub fn new(
        account_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        account_password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, account_name.into().into_expr());
        props.set(1, account_password.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ServiceAccountCredentials> for ::forma_core::Value<ServiceAccountCredentials> {
    fn from(v: ServiceAccountCredentials) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_ACCOUNT_CREDENTIALS_TYPE.properties))
    }
}

/// The schema of `AWS::AppStream::DirectoryConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppStream::DirectoryConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateBasedAuthProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CERTIFICATE_BASED_AUTH_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DirectoryName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OrganizationalUnitDistinguishedNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2000),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServiceAccountCredentials",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SERVICE_ACCOUNT_CREDENTIALS_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static CERTIFICATE_BASED_AUTH_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::AppStream::DirectoryConfig.CertificateBasedAuthProperties",
properties: &[
::forma_core::schema::Property { name: "CertificateAuthorityArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(?:\\-cn|\\-iso\\-b|\\-iso|\\-us\\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\\\-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Status", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED", "ENABLED_NO_DIRECTORY_LOGIN_FALLBACK"]) },
],
rules: &[],
};

static SERVICE_ACCOUNT_CREDENTIALS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppStream::DirectoryConfig.ServiceAccountCredentials",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AccountPassword",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
    ],
    rules: &[],
};
