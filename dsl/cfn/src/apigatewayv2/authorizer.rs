// @generated from AWS::ApiGatewayV2::Authorizer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGatewayV2::Authorizer` and its property types.

/// The `AWS::ApiGatewayV2::Authorizer` resource creates an authorizer for a WebSocket API or an HTTP API.
///
/// CloudFormation type `AWS::ApiGatewayV2::Authorizer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Authorizer {
    props: ::forma_core::schema::Props,
}
impl Authorizer {
    /// A new resource with its required properties: `ApiId`, `AuthorizerType`, `Name`.
    #[track_caller]
    pub fn new(
        api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        authorizer_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, authorizer_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies the required credentials as an IAM role for API Gateway to invoke the authorizer.
    #[track_caller]
    pub fn authorizer_credentials_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the format of the payload sent to an HTTP API Lambda authorizer.
    #[track_caller]
    pub fn authorizer_payload_format_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The time to live (TTL) for cached authorizer results, in seconds.
    #[track_caller]
    pub fn authorizer_result_ttl_in_seconds(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The authorizer's Uniform Resource Identifier (URI).
    #[track_caller]
    pub fn authorizer_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether a Lambda authorizer returns a response in a simple format.
    #[track_caller]
    pub fn enable_simple_responses(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identity source for which authorization is requested.
    #[track_caller]
    pub fn identity_source(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This parameter is not used.
    #[track_caller]
    pub fn identity_validation_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The `JWTConfiguration` property specifies the configuration of a JWT authorizer.
    #[track_caller]
    pub fn jwt_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JwtConfiguration>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Authorizer {
    type Attributes = AuthorizerAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGatewayV2::Authorizer"
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
/// The attributes of a `AWS::ApiGatewayV2::Authorizer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AuthorizerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AuthorizerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AuthorizerAttributes {
    /// `Fn::GetAtt` `AuthorizerId`.
    pub fn authorizer_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AuthorizerId")
    }
}

/// The `JWTConfiguration` property specifies the configuration of a JWT authorizer.
#[derive(Debug, Clone, PartialEq)]
pub struct JwtConfiguration {
    props: ::forma_core::schema::Props,
}
impl JwtConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of the intended recipients of the JWT.
    pub fn audience(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The base domain of the identity provider that issues JSON Web Tokens.
    pub fn issuer(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for JwtConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<JwtConfiguration> for ::forma_core::Value<JwtConfiguration> {
    fn from(v: JwtConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JWT_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::ApiGatewayV2::Authorizer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGatewayV2::Authorizer",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerCredentialsArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerPayloadFormatVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerResultTtlInSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EnableSimpleResponses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IdentitySource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "IdentityValidationExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "JwtConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JWT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["AuthorizerId"],
};

static JWT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::Authorizer.JWTConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Audience",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Issuer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
