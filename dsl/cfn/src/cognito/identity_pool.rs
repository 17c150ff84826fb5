// @generated from AWS::Cognito::IdentityPool (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::IdentityPool` and its property types.

/// Resource Type definition for AWS::Cognito::IdentityPool
///
/// CloudFormation type `AWS::Cognito::IdentityPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityPool {
    props: ::forma_core::schema::Props,
}
impl IdentityPool {
    /// A new resource with its required properties: `AllowUnauthenticatedIdentities`.
    #[track_caller]
    pub fn new(allow_unauthenticated_identities: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, allow_unauthenticated_identities.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AllowClassicFlow`.
    #[track_caller]
    pub fn allow_classic_flow(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CognitoEvents`.
    #[track_caller]
    pub fn cognito_events(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CognitoIdentityProviders`.
    #[track_caller]
    pub fn cognito_identity_providers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CognitoIdentityProvider>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CognitoStreams`.
    #[track_caller]
    pub fn cognito_streams(mut self, value: impl ::std::convert::Into<::forma_core::Value<CognitoStreams>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DeveloperProviderName`.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn developer_provider_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IdentityPoolName`.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn identity_pool_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn identity_pool_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OpenIdConnectProviderARNs`.
    #[track_caller]
    pub fn open_id_connect_provider_ar_ns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PushSync`.
    #[track_caller]
    pub fn push_sync(mut self, value: impl ::std::convert::Into<::forma_core::Value<PushSync>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SamlProviderARNs`.
    #[track_caller]
    pub fn saml_provider_ar_ns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SupportedLoginProviders`.
    #[track_caller]
    pub fn supported_login_providers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IdentityPool {
    type Attributes = IdentityPoolAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::IdentityPool"
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
/// The attributes of a `AWS::Cognito::IdentityPool` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IdentityPoolAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IdentityPoolAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IdentityPoolAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
}

/// The `CognitoIdentityProvider` property type of `AWS::Cognito::IdentityPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct CognitoIdentityProvider {
    props: ::forma_core::schema::Props,
}
impl CognitoIdentityProvider {
    /// A new value with its required properties: `ClientId`, `ProviderName`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        provider_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        props.set(1, provider_name.into().into_expr());
        Self { props }
    }
    /// `ServerSideTokenCheck`.
    pub fn server_side_token_check(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CognitoIdentityProvider> for ::forma_core::Value<CognitoIdentityProvider> {
    fn from(v: CognitoIdentityProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COGNITO_IDENTITY_PROVIDER_TYPE.properties))
    }
}

/// The `CognitoStreams` property type of `AWS::Cognito::IdentityPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct CognitoStreams {
    props: ::forma_core::schema::Props,
}
impl CognitoStreams {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RoleArn`.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StreamName`.
    pub fn stream_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StreamingStatus`.
    pub fn streaming_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CognitoStreams {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CognitoStreams> for ::forma_core::Value<CognitoStreams> {
    fn from(v: CognitoStreams) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COGNITO_STREAMS_TYPE.properties))
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

/// The `PushSync` property type of `AWS::Cognito::IdentityPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct PushSync {
    props: ::forma_core::schema::Props,
}
impl PushSync {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApplicationArns`.
    pub fn application_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RoleArn`.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PushSync {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PushSync> for ::forma_core::Value<PushSync> {
    fn from(v: PushSync) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUSH_SYNC_TYPE.properties))
    }
}

/// The schema of `AWS::Cognito::IdentityPool`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::IdentityPool",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowClassicFlow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AllowUnauthenticatedIdentities",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CognitoEvents",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "CognitoIdentityProviders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COGNITO_IDENTITY_PROVIDER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CognitoStreams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COGNITO_STREAMS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeveloperProviderName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w._-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdentityPoolName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\s+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdentityPoolTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OpenIdConnectProviderARNs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PushSync",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PUSH_SYNC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SamlProviderARNs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SupportedLoginProviders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["Id", "Name"],
};

static COGNITO_IDENTITY_PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::IdentityPool.CognitoIdentityProvider",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w_]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProviderName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w._:/-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerSideTokenCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static COGNITO_STREAMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::IdentityPool.CognitoStreams",
    properties: &[
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StreamName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StreamingStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::IdentityPool.Tag",
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

static PUSH_SYNC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::IdentityPool.PushSync",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
