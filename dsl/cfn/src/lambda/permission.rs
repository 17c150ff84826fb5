// @generated from AWS::Lambda::Permission (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::Permission` and its property types.

/// The `AWS::Lambda::Permission` resource grants an AWS service or another account permission to use a function.
///
/// CloudFormation type `AWS::Lambda::Permission`.
#[derive(Debug, Clone, PartialEq)]
pub struct Permission {
    props: ::forma_core::schema::Props,
}
impl Permission {
    /// A new resource with its required properties: `Action`, `FunctionName`, `Principal`.
    #[track_caller]
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        function_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, function_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, principal.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// For Alexa Smart Home functions, a token that the invoker must supply.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn event_source_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of authentication that your function URL uses.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn function_url_auth_type(mut self, value: impl ::forma_core::schema::EnumArg<FunctionUrlAuthType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the permission applies when the function is invoked through a function URL.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn invoked_via_function_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier for your organization in AOlong.
    ///
    /// Allowed: length 12 to 34.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn principal_org_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// For AWS-service, the ID of the AWS-account that owns the resource.
    ///
    /// Allowed: length 12 to 12.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_account(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// For AWS-services, the ARN of the AWS resource that invokes the function.
    ///
    /// Allowed: length 12 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Permission {
    type Attributes = PermissionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::Permission"
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
/// The attributes of a `AWS::Lambda::Permission` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PermissionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PermissionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PermissionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `AWS_IAM`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FunctionUrlAuthType {
    /// `AWS_IAM`
    AwsIam,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FunctionUrlAuthType {
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
impl ::std::convert::From<FunctionUrlAuthType> for ::forma_core::Value<FunctionUrlAuthType> {
    fn from(v: FunctionUrlAuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FunctionUrlAuthType {}

/// The schema of `AWS::Lambda::Permission`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Lambda::Permission",
properties: &[
::forma_core::schema::Property { name: "Action", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(lambda:[*]|lambda:[a-zA-Z]+|[*])$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "EventSourceToken", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9._\\-]+$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "FunctionName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$"), min_length: Some(1), max_length: Some(140) }) },
::forma_core::schema::Property { name: "FunctionUrlAuthType", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["AWS_IAM", "NONE"]) },
::forma_core::schema::Property { name: "InvokedViaFunctionUrl", required: false, create_only: true, shape: ::forma_core::schema::Shape::Boolean },
::forma_core::schema::Property { name: "Principal", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.*$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "PrincipalOrgID", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^o-[a-z0-9]{10,32}$"), min_length: Some(12), max_length: Some(34) }) },
::forma_core::schema::Property { name: "SourceAccount", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^\\d{12}$"), min_length: Some(12), max_length: Some(12) }) },
::forma_core::schema::Property { name: "SourceArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)$"), min_length: Some(12), max_length: Some(1024) }) },
],
rules: &[],
attributes: &["Id"],
};
