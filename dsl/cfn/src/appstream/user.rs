// @generated from AWS::AppStream::User (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppStream::User` and its property types.

/// Resource Type definition for AWS::AppStream::User
///
/// CloudFormation type `AWS::AppStream::User`.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    props: ::forma_core::schema::Props,
}
impl User {
    /// A new resource with its required properties: `AuthenticationType`, `UserName`.
    #[track_caller]
    pub fn new(
        authentication_type: impl ::forma_core::schema::EnumArg<AuthenticationType>,
        user_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, authentication_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, user_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The first name, or given name, of the user.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn first_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The last name, or surname, of the user.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn last_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The action to take for the welcome email that is sent to a user after the user is created in the user pool.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn message_action(mut self, value: impl ::forma_core::schema::EnumArg<MessageAction>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for User {
    type Attributes = UserAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppStream::User"
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
/// The attributes of a `AWS::AppStream::User` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `API`, `AWS_AD`, `SAML`, `USERPOOL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationType {
    /// `API`
    Api,
    /// `AWS_AD`
    AwsAd,
    /// `SAML`
    Saml,
    /// `USERPOOL`
    Userpool,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Api => "API",
            Self::AwsAd => "AWS_AD",
            Self::Saml => "SAML",
            Self::Userpool => "USERPOOL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["API", "AWS_AD", "SAML", "USERPOOL"]
    }
}
impl ::std::convert::From<AuthenticationType> for ::forma_core::Value<AuthenticationType> {
    fn from(v: AuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthenticationType {}

/// The values CloudFormation documents: `RESEND`, `SUPPRESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageAction {
    /// `RESEND`
    Resend,
    /// `SUPPRESS`
    Suppress,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MessageAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Resend => "RESEND",
            Self::Suppress => "SUPPRESS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RESEND", "SUPPRESS"]
    }
}
impl ::std::convert::From<MessageAction> for ::forma_core::Value<MessageAction> {
    fn from(v: MessageAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MessageAction {}

/// The schema of `AWS::AppStream::User`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppStream::User",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["API", "AWS_AD", "SAML", "USERPOOL"]),
        },
        ::forma_core::schema::Property {
            name: "FirstName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_\\-\\s]+$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LastName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9_\\-\\s]+$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MessageAction",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["RESEND", "SUPPRESS"]),
        },
        ::forma_core::schema::Property {
            name: "UserName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};
