// @generated from AWS::CodePipeline::Webhook (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CodePipeline::Webhook` and its property types.

/// Resource Type definition for AWS::CodePipeline::Webhook
///
/// CloudFormation type `AWS::CodePipeline::Webhook`.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    props: ::forma_core::schema::Props,
}
impl Webhook {
    /// A new resource with its required properties: `Authentication`, `AuthenticationConfiguration`, `Filters`, `TargetAction`, `TargetPipeline`.
    #[track_caller]
    pub fn new(
        authentication: impl ::forma_core::schema::EnumArg<Authentication>,
        authentication_configuration: impl ::std::convert::Into<::forma_core::Value<WebhookAuthConfiguration>>,
        filters: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WebhookFilterRule>>>,
        target_action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_pipeline: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, authentication.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, authentication_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, filters.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, target_action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, target_pipeline.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the webhook
    ///
    /// Allowed: length 1 to 100.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configures a connection between the webhook that was created and the external tool with events to be detected.
    #[track_caller]
    pub fn register_with_third_party(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The version number of the pipeline to be connected to the trigger request.
    #[track_caller]
    pub fn target_pipeline_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Webhook {
    type Attributes = WebhookAttributes;
    fn type_name(&self) -> &str {
        "AWS::CodePipeline::Webhook"
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
/// The attributes of a `AWS::CodePipeline::Webhook` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WebhookAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WebhookAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WebhookAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Url`.
    pub fn url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Url")
    }
}

/// The values CloudFormation documents: `GITHUB_HMAC`, `IP`, `UNAUTHENTICATED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Authentication {
    /// `GITHUB_HMAC`
    GithubHmac,
    /// `IP`
    Ip,
    /// `UNAUTHENTICATED`
    Unauthenticated,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Authentication {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GithubHmac => "GITHUB_HMAC",
            Self::Ip => "IP",
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GITHUB_HMAC", "IP", "UNAUTHENTICATED"]
    }
}
impl ::std::convert::From<Authentication> for ::forma_core::Value<Authentication> {
    fn from(v: Authentication) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Authentication {}

/// Properties that configure the authentication applied to incoming webhook trigger requests
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookAuthConfiguration {
    props: ::forma_core::schema::Props,
}
impl WebhookAuthConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The property used to configure acceptance of webhooks in an IP address range.
    ///
    /// Allowed: length 1 to 100.
    pub fn allowed_ip_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The property used to configure GitHub authentication.
    ///
    /// Allowed: length 1 to 100.
    pub fn secret_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for WebhookAuthConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<WebhookAuthConfiguration> for ::forma_core::Value<WebhookAuthConfiguration> {
    fn from(v: WebhookAuthConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEBHOOK_AUTH_CONFIGURATION_TYPE.properties))
    }
}

/// A list of rules applied to the body/payload sent in the POST request to a webhook URL.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookFilterRule {
    props: ::forma_core::schema::Props,
}
impl WebhookFilterRule {
    /// A new value with its required properties: `JsonPath`.
    pub fn new(json_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, json_path.into().into_expr());
        Self { props }
    }
    /// The value selected by the JsonPath expression must match what is supplied in the MatchEquals field.
    ///
    /// Allowed: length 1 to 150.
    pub fn match_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WebhookFilterRule> for ::forma_core::Value<WebhookFilterRule> {
    fn from(v: WebhookFilterRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEBHOOK_FILTER_RULE_TYPE.properties))
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

/// The schema of `AWS::CodePipeline::Webhook`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CodePipeline::Webhook",
    properties: &[
        ::forma_core::schema::Property {
            name: "Authentication",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GITHUB_HMAC", "IP", "UNAUTHENTICATED"]),
        },
        ::forma_core::schema::Property {
            name: "AuthenticationConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WEBHOOK_AUTH_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Filters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&WEBHOOK_FILTER_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9.@\\-_]+"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "RegisterWithThirdParty",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
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
        ::forma_core::schema::Property {
            name: "TargetAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9.@\\-_]+"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetPipeline",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[A-Za-z0-9.@\\-_]+"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetPipelineVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Id", "Url"],
};

static WEBHOOK_AUTH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Webhook.WebhookAuthConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowedIPRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecretToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static WEBHOOK_FILTER_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Webhook.WebhookFilterRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "JsonPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(150),
            }),
        },
        ::forma_core::schema::Property {
            name: "MatchEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(150),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CodePipeline::Webhook.Tag",
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
