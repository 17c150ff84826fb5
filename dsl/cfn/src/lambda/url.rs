// @generated from AWS::Lambda::Url (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::Url` and its property types.

/// Resource Type definition for AWS::Lambda::Url
///
/// CloudFormation type `AWS::Lambda::Url`.
#[derive(Debug, Clone, PartialEq)]
pub struct Url {
    props: ::forma_core::schema::Props,
}
impl Url {
    /// A new resource with its required properties: `AuthType`, `TargetFunctionArn`.
    #[track_caller]
    pub fn new(
        auth_type: impl ::forma_core::schema::EnumArg<AuthType>,
        target_function_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, auth_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, target_function_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Cors`.
    #[track_caller]
    pub fn cors(mut self, value: impl ::std::convert::Into<::forma_core::Value<Cors>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The invocation mode for the function's URL.
    #[track_caller]
    pub fn invoke_mode(mut self, value: impl ::forma_core::schema::EnumArg<InvokeMode>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The alias qualifier for the target function.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn qualifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Url {
    type Attributes = UrlAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::Url"
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
/// The attributes of a `AWS::Lambda::Url` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UrlAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UrlAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UrlAttributes {
    /// `Fn::GetAtt` `FunctionUrl`.
    pub fn function_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FunctionUrl")
    }
    /// `Fn::GetAtt` `FunctionArn`.
    pub fn function_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FunctionArn")
    }
}

/// The values CloudFormation documents: `AWS_IAM`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthType {
    /// `AWS_IAM`
    AwsIam,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsIam => "AWS_IAM",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_IAM", "NONE"]
    }
}
impl ::std::convert::From<AuthType> for ::forma_core::Value<AuthType> {
    fn from(v: AuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthType {}

/// The values CloudFormation documents: `BUFFERED`, `RESPONSE_STREAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvokeMode {
    /// `BUFFERED`
    Buffered,
    /// `RESPONSE_STREAM`
    ResponseStream,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InvokeMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Buffered => "BUFFERED",
            Self::ResponseStream => "RESPONSE_STREAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BUFFERED", "RESPONSE_STREAM"]
    }
}
impl ::std::convert::From<InvokeMode> for ::forma_core::Value<InvokeMode> {
    fn from(v: InvokeMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InvokeMode {}

/// The values CloudFormation documents: `GET`, `PUT`, `HEAD`, `POST`, `PATCH`, `DELETE`, `*`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllowMethods {
    /// `GET`
    Get,
    /// `PUT`
    Put,
    /// `HEAD`
    Head,
    /// `POST`
    Post,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
    /// `*`
    Value,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AllowMethods {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Put => "PUT",
            Self::Head => "HEAD",
            Self::Post => "POST",
            Self::Patch => "PATCH",
            Self::Delete => "DELETE",
            Self::Value => "*",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GET", "PUT", "HEAD", "POST", "PATCH", "DELETE", "*"]
    }
}
impl ::std::convert::From<AllowMethods> for ::forma_core::Value<AllowMethods> {
    fn from(v: AllowMethods) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AllowMethods {}

/// The `Cors` property type of `AWS::Lambda::Url`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cors {
    props: ::forma_core::schema::Props,
}
impl Cors {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether credentials are included in the CORS request.
    pub fn allow_credentials(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Represents a collection of allowed headers.
    pub fn allow_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Represents a collection of allowed HTTP methods.
    pub fn allow_methods(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AllowMethods>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Represents a collection of allowed origins.
    pub fn allow_origins(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Represents a collection of exposed headers.
    pub fn expose_headers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `MaxAge`.
    ///
    /// Allowed: 0 to 86400.
    pub fn max_age(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Cors {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Cors> for ::forma_core::Value<Cors> {
    fn from(v: Cors) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CORS_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::Url`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Lambda::Url",
properties: &[
::forma_core::schema::Property { name: "AuthType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["AWS_IAM", "NONE"]) },
::forma_core::schema::Property { name: "Cors", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CORS_TYPE) },
::forma_core::schema::Property { name: "InvokeMode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["BUFFERED", "RESPONSE_STREAM"]) },
::forma_core::schema::Property { name: "Qualifier", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("((?!^[0-9]+$)([a-zA-Z0-9-_]+))"), min_length: Some(1), max_length: Some(128) }) },
::forma_core::schema::Property { name: "TargetFunctionArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:((?!\\d+)[0-9a-zA-Z-_]+))?$"), min_length: None, max_length: None }) },
],
rules: &[],
attributes: &["FunctionUrl", "FunctionArn"],
};

static CORS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Url.Cors",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowCredentials",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AllowHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowMethods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["GET", "PUT", "HEAD", "POST", "PATCH", "DELETE", "*"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(6) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowOrigins",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(253),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExposeHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "MaxAge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(86400.0),
            }),
        },
    ],
    rules: &[],
};
