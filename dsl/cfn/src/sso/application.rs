// @generated from AWS::SSO::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSO::Application` and its property types.

/// Resource Type definition for Identity Center (SSO) Application
///
/// CloudFormation type `AWS::SSO::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `ApplicationProviderArn`, `InstanceArn`, `Name`.
    #[track_caller]
    pub fn new(
        application_provider_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_provider_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description information for the Identity Center (SSO) Application
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure that describes the options for the portal associated with an application
    #[track_caller]
    pub fn portal_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PortalOptionsConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the application is enabled or disabled
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSO::Application"
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
/// The attributes of a `AWS::SSO::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationAttributes {
    /// `Fn::GetAtt` `ApplicationArn`.
    pub fn application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationArn")
    }
    /// `Fn::GetAtt` `IdentityStoreArn`.
    pub fn identity_store_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityStoreArn")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Visibility {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Visibility {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<Visibility> for ::forma_core::Value<Visibility> {
    fn from(v: Visibility) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Visibility {}

/// A structure that describes the options for the access portal associated with an application
#[derive(Debug, Clone, PartialEq)]
pub struct PortalOptionsConfiguration {
    props: ::forma_core::schema::Props,
}
impl PortalOptionsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A structure that describes the sign-in options for the access portal
    pub fn sign_in_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SignInOptions>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates whether this application is visible in the access portal
    pub fn visibility(mut self, value: impl ::forma_core::schema::EnumArg<Visibility>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for PortalOptionsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PortalOptionsConfiguration> for ::forma_core::Value<PortalOptionsConfiguration> {
    fn from(v: PortalOptionsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORTAL_OPTIONS_CONFIGURATION_TYPE.properties))
    }
}

/// The metadata that you apply to the Identity Center (SSO) Application to help you categorize and organize them.
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

/// The values CloudFormation documents: `IDENTITY_CENTER`, `APPLICATION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Origin {
    /// `IDENTITY_CENTER`
    IdentityCenter,
    /// `APPLICATION`
    Application,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Origin {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IdentityCenter => "IDENTITY_CENTER",
            Self::Application => "APPLICATION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IDENTITY_CENTER", "APPLICATION"]
    }
}
impl ::std::convert::From<Origin> for ::forma_core::Value<Origin> {
    fn from(v: Origin) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Origin {}

/// A structure that describes the sign-in options for an application portal
#[derive(Debug, Clone, PartialEq)]
pub struct SignInOptions {
    props: ::forma_core::schema::Props,
}
impl SignInOptions {
    /// A new value with its required properties: `Origin`.
    pub fn new(origin: impl ::forma_core::schema::EnumArg<Origin>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, origin.into_enum_expr());
        Self { props }
    }
    /// The URL that accepts authentication requests for an application, this is a required parameter if the Origin parameter is APPLICATION
    ///
    /// Allowed: length 1 to 512.
    pub fn application_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SignInOptions> for ::forma_core::Value<SignInOptions> {
    fn from(v: SignInOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIGN_IN_OPTIONS_TYPE.properties))
    }
}

/// The schema of `AWS::SSO::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSO::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationProviderArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[a-z]{1,5}){0,3}:sso::aws:applicationProvider/[a-zA-Z0-9-/]+$"),
                min_length: Some(10),
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$"),
                min_length: Some(10),
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@-]+$"),
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PortalOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PORTAL_OPTIONS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(75) },
            ),
        },
    ],
    rules: &[],
    attributes: &["ApplicationArn", "IdentityStoreArn"],
};

static PORTAL_OPTIONS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSO::Application.PortalOptionsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SignInOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIGN_IN_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Visibility",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSO::Application.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@-]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SIGN_IN_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSO::Application.SignInOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^http(s)?:\\/\\/[-a-zA-Z0-9+&@#\\/%?=~_|!:,.;]*[-a-zA-Z0-9+&bb@#\\/%?=~_|]$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Origin",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IDENTITY_CENTER", "APPLICATION"]),
        },
    ],
    rules: &[],
};
