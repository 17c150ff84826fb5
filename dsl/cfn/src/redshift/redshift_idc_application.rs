// @generated from AWS::Redshift::RedshiftIdcApplication (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Redshift::RedshiftIdcApplication` and its property types.

/// Resource Type definition for AWS::Redshift::RedshiftIdcApplication.
///
/// CloudFormation type `AWS::Redshift::RedshiftIdcApplication`.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftIdcApplication {
    props: ::forma_core::schema::Props,
}
impl RedshiftIdcApplication {
    /// A new resource with its required properties: `IamRoleArn`, `IdcDisplayName`, `IdcInstanceArn`, `RedshiftIdcApplicationName`.
    #[track_caller]
    pub fn new(
        iam_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        idc_display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        idc_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        redshift_idc_application_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, iam_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, idc_display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, idc_instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, redshift_idc_application_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The type of application being created.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn application_type(mut self, value: impl ::forma_core::schema::EnumArg<ApplicationType>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The token issuer list for the Amazon Redshift IAM Identity Center application instance.
    #[track_caller]
    pub fn authorized_token_issuer_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AuthorizedTokenIssuer>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The namespace for the Amazon Redshift IAM Identity Center application instance.
    ///
    /// Allowed: length 1 to 127.
    #[track_caller]
    pub fn identity_namespace(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of service integrations for the Redshift IAM Identity Center application.
    #[track_caller]
    pub fn service_integrations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ServiceIntegrationsUnion>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tag keys that Redshift Identity Center applications copy to IAM Identity Center.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn sso_tag_keys(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RedshiftIdcApplication {
    type Attributes = RedshiftIdcApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Redshift::RedshiftIdcApplication"
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
/// The attributes of a `AWS::Redshift::RedshiftIdcApplication` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RedshiftIdcApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RedshiftIdcApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RedshiftIdcApplicationAttributes {
    /// `Fn::GetAtt` `RedshiftIdcApplicationArn`.
    pub fn redshift_idc_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RedshiftIdcApplicationArn")
    }
    /// `Fn::GetAtt` `IdcManagedApplicationArn`.
    pub fn idc_managed_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdcManagedApplicationArn")
    }
    /// `Fn::GetAtt` `IdcOnboardStatus`.
    pub fn idc_onboard_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdcOnboardStatus")
    }
}

/// The values CloudFormation documents: `None`, `Lakehouse`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApplicationType {
    /// `None`
    None,
    /// `Lakehouse`
    Lakehouse,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApplicationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "None",
            Self::Lakehouse => "Lakehouse",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["None", "Lakehouse"]
    }
}
impl ::std::convert::From<ApplicationType> for ::forma_core::Value<ApplicationType> {
    fn from(v: ApplicationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApplicationType {}

/// The authorized token issuer for the Amazon Redshift IAM Identity Center application.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizedTokenIssuer {
    props: ::forma_core::schema::Props,
}
impl AuthorizedTokenIssuer {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The list of audiences for the authorized token issuer.
    pub fn authorized_audiences_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN for the authorized token issuer for integrating Amazon Redshift with IDC Identity Center.
    ///
    /// Allowed: length 0 to 2147483647.
    pub fn trusted_token_issuer_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuthorizedTokenIssuer {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuthorizedTokenIssuer> for ::forma_core::Value<AuthorizedTokenIssuer> {
    fn from(v: AuthorizedTokenIssuer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTHORIZED_TOKEN_ISSUER_TYPE.properties))
    }
}

/// A list of service integrations.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceIntegrationsUnion {
    props: ::forma_core::schema::Props,
}
impl ServiceIntegrationsUnion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of scopes set up for Lake Formation integration.
    pub fn lake_formation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LakeFormationScopeUnion>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of scopes set up for Amazon Redshift integration.
    pub fn redshift(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RedshiftScopeUnion>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of scopes set up for S3 Access Grants integration.
    pub fn s3_access_grants(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<S3AccessGrantsScopeUnion>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServiceIntegrationsUnion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServiceIntegrationsUnion> for ::forma_core::Value<ServiceIntegrationsUnion> {
    fn from(v: ServiceIntegrationsUnion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVICE_INTEGRATIONS_UNION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Redshift::RedshiftIdcApplication`.
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

/// A list of scopes set up for Lake Formation integration.
#[derive(Debug, Clone, PartialEq)]
pub struct LakeFormationScopeUnion {
    props: ::forma_core::schema::Props,
}
impl LakeFormationScopeUnion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Lake Formation scope.
    pub fn lake_formation_query(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LakeFormationQuery>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LakeFormationScopeUnion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LakeFormationScopeUnion> for ::forma_core::Value<LakeFormationScopeUnion> {
    fn from(v: LakeFormationScopeUnion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAKE_FORMATION_SCOPE_UNION_TYPE.properties))
    }
}

/// A union structure that defines the scope of Amazon Redshift service integrations.
#[derive(Debug, Clone, PartialEq)]
pub struct RedshiftScopeUnion {
    props: ::forma_core::schema::Props,
}
impl RedshiftScopeUnion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Redshift connect integration scope.
    pub fn connect(mut self, value: impl ::std::convert::Into<::forma_core::Value<Connect>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RedshiftScopeUnion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RedshiftScopeUnion> for ::forma_core::Value<RedshiftScopeUnion> {
    fn from(v: RedshiftScopeUnion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REDSHIFT_SCOPE_UNION_TYPE.properties))
    }
}

/// A list of scopes set up for S3 Access Grants integration.
#[derive(Debug, Clone, PartialEq)]
pub struct S3AccessGrantsScopeUnion {
    props: ::forma_core::schema::Props,
}
impl S3AccessGrantsScopeUnion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The S3 Access Grants scope.
    pub fn read_write_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<ReadWriteAccess>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for S3AccessGrantsScopeUnion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<S3AccessGrantsScopeUnion> for ::forma_core::Value<S3AccessGrantsScopeUnion> {
    fn from(v: S3AccessGrantsScopeUnion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ACCESS_GRANTS_SCOPE_UNION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Enabled`, `Disabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Authorization {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Authorization {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Enabled", "Disabled"]
    }
}
impl ::std::convert::From<Authorization> for ::forma_core::Value<Authorization> {
    fn from(v: Authorization) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Authorization {}

/// The Lake Formation scope.
#[derive(Debug, Clone, PartialEq)]
pub struct LakeFormationQuery {
    props: ::forma_core::schema::Props,
}
impl LakeFormationQuery {
    /// A new value with its required properties: `Authorization`.
    pub fn new(authorization: impl ::forma_core::schema::EnumArg<Authorization>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorization.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<LakeFormationQuery> for ::forma_core::Value<LakeFormationQuery> {
    fn from(v: LakeFormationQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAKE_FORMATION_QUERY_TYPE.properties))
    }
}

/// The Amazon Redshift connect integration scope.
#[derive(Debug, Clone, PartialEq)]
pub struct Connect {
    props: ::forma_core::schema::Props,
}
impl Connect {
    /// A new value with its required properties: `Authorization`.
    pub fn new(authorization: impl ::forma_core::schema::EnumArg<Authorization>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorization.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Connect> for ::forma_core::Value<Connect> {
    fn from(v: Connect) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECT_TYPE.properties))
    }
}

/// The S3 Access Grants scope.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadWriteAccess {
    props: ::forma_core::schema::Props,
}
impl ReadWriteAccess {
    /// A new value with its required properties: `Authorization`.
    pub fn new(authorization: impl ::forma_core::schema::EnumArg<Authorization>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, authorization.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReadWriteAccess> for ::forma_core::Value<ReadWriteAccess> {
    fn from(v: ReadWriteAccess) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(READ_WRITE_ACCESS_TYPE.properties))
    }
}

/// The schema of `AWS::Redshift::RedshiftIdcApplication`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Redshift::RedshiftIdcApplication",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["None", "Lakehouse"]),
        },
        ::forma_core::schema::Property {
            name: "AuthorizedTokenIssuerList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AUTHORIZED_TOKEN_ISSUER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IamRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-zA-Z-]*:[a-zA-Z0-9-]+:[a-z0-9-]*:[0-9]*:.+$"),
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdcDisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdcInstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-zA-Z-]*:[a-zA-Z0-9-]+:[a-z0-9-]*:[0-9]*:.+$"),
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdentityNamespace",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_+.#@$-]+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "RedshiftIdcApplicationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceIntegrations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SERVICE_INTEGRATIONS_UNION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SsoTagKeys",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2147483647),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    ],
    rules: &[],
    attributes: &["RedshiftIdcApplicationArn", "IdcManagedApplicationArn", "IdcOnboardStatus"],
};

static AUTHORIZED_TOKEN_ISSUER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::RedshiftIdcApplication.AuthorizedTokenIssuer",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizedAudiencesList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(2147483647),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrustedTokenIssuerArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-zA-Z-]*:[a-zA-Z0-9-]+:[a-z0-9-]*:[0-9]*:.+$"),
                min_length: Some(0),
                max_length: Some(2147483647),
            }),
        },
    ],
    rules: &[],
};

static SERVICE_INTEGRATIONS_UNION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::RedshiftIdcApplication.ServiceIntegrationsUnion",
    properties: &[
        ::forma_core::schema::Property {
            name: "LakeFormation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAKE_FORMATION_SCOPE_UNION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Redshift",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REDSHIFT_SCOPE_UNION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "S3AccessGrants",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&S3_ACCESS_GRANTS_SCOPE_UNION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::RedshiftIdcApplication.Tag",
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

static LAKE_FORMATION_SCOPE_UNION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::RedshiftIdcApplication.LakeFormationScopeUnion",
    properties: &[::forma_core::schema::Property {
        name: "LakeFormationQuery",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LAKE_FORMATION_QUERY_TYPE),
    }],
    rules: &[],
};

static REDSHIFT_SCOPE_UNION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::RedshiftIdcApplication.RedshiftScopeUnion",
    properties: &[::forma_core::schema::Property {
        name: "Connect",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CONNECT_TYPE),
    }],
    rules: &[],
};

static S3_ACCESS_GRANTS_SCOPE_UNION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::RedshiftIdcApplication.S3AccessGrantsScopeUnion",
    properties: &[::forma_core::schema::Property {
        name: "ReadWriteAccess",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&READ_WRITE_ACCESS_TYPE),
    }],
    rules: &[],
};

static LAKE_FORMATION_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::RedshiftIdcApplication.LakeFormationQuery",
    properties: &[::forma_core::schema::Property {
        name: "Authorization",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
    }],
    rules: &[],
};

static CONNECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::RedshiftIdcApplication.Connect",
    properties: &[::forma_core::schema::Property {
        name: "Authorization",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
    }],
    rules: &[],
};

static READ_WRITE_ACCESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Redshift::RedshiftIdcApplication.ReadWriteAccess",
    properties: &[::forma_core::schema::Property {
        name: "Authorization",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["Enabled", "Disabled"]),
    }],
    rules: &[],
};
