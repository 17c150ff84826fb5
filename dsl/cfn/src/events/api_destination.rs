// @generated from AWS::Events::ApiDestination (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Events::ApiDestination` and its property types.

/// Resource Type definition for AWS::Events::ApiDestination.
///
/// CloudFormation type `AWS::Events::ApiDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiDestination {
    props: ::forma_core::schema::Props,
}
impl ApiDestination {
    /// A new resource with its required properties: `ConnectionArn`, `HttpMethod`, `InvocationEndpoint`.
    #[track_caller]
    pub fn new(
        connection_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        http_method: impl ::forma_core::schema::EnumArg<HttpMethod>,
        invocation_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connection_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, http_method.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, invocation_endpoint.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `InvocationRateLimitPerSecond`.
    ///
    /// Allowed: at least 1.
    #[track_caller]
    pub fn invocation_rate_limit_per_second(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name of the apiDestination.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApiDestination {
    type Attributes = ApiDestinationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Events::ApiDestination"
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
/// The attributes of a `AWS::Events::ApiDestination` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApiDestinationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApiDestinationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApiDestinationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ArnForPolicy`.
    pub fn arn_for_policy(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ArnForPolicy")
    }
}

/// The values CloudFormation documents: `GET`, `HEAD`, `POST`, `OPTIONS`, `PUT`, `DELETE`, `PATCH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpMethod {
    /// `GET`
    Get,
    /// `HEAD`
    Head,
    /// `POST`
    Post,
    /// `OPTIONS`
    Options,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
    /// `PATCH`
    Patch,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Head => "HEAD",
            Self::Post => "POST",
            Self::Options => "OPTIONS",
            Self::Put => "PUT",
            Self::Delete => "DELETE",
            Self::Patch => "PATCH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"]
    }
}
impl ::std::convert::From<HttpMethod> for ::forma_core::Value<HttpMethod> {
    fn from(v: HttpMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpMethod {}

/// The schema of `AWS::Events::ApiDestination`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Events::ApiDestination",
properties: &[
::forma_core::schema::Property { name: "ConnectionArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws([a-z]|\\-)*:events:([a-z]|\\d|\\-)*:([0-9]{12})?:connection/[\\.\\-_A-Za-z0-9]+/[\\-A-Za-z0-9]+$"), min_length: Some(1), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(512) }) },
::forma_core::schema::Property { name: "HttpMethod", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"]) },
::forma_core::schema::Property { name: "InvocationEndpoint", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((%[0-9A-Fa-f]{2}|[-()_.!~*';/?:@\\x26=+$,A-Za-z0-9])+)([).!';/?:,])?$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "InvocationRateLimitPerSecond", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: None }) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[\\.\\-_A-Za-z0-9]+"), min_length: Some(1), max_length: Some(64) }) },
],
rules: &[],
attributes: &["Arn", "ArnForPolicy"],
};
