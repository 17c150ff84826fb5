// @generated from AWS::Cognito::UserPoolRiskConfigurationAttachment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cognito::UserPoolRiskConfigurationAttachment` and its property types.

/// Resource Type definition for AWS::Cognito::UserPoolRiskConfigurationAttachment
///
/// CloudFormation type `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPoolRiskConfigurationAttachment {
    props: ::forma_core::schema::Props,
}
impl UserPoolRiskConfigurationAttachment {
    /// A new resource with its required properties: `ClientId`, `UserPoolId`.
    #[track_caller]
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_pool_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, client_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, user_pool_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AccountTakeoverRiskConfiguration`.
    #[track_caller]
    pub fn account_takeover_risk_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccountTakeoverRiskConfigurationType>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CompromisedCredentialsRiskConfiguration`.
    #[track_caller]
    pub fn compromised_credentials_risk_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CompromisedCredentialsRiskConfigurationType>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RiskExceptionConfiguration`.
    #[track_caller]
    pub fn risk_exception_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RiskExceptionConfigurationType>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserPoolRiskConfigurationAttachment {
    type Attributes = UserPoolRiskConfigurationAttachmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Cognito::UserPoolRiskConfigurationAttachment"
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
/// The attributes of a `AWS::Cognito::UserPoolRiskConfigurationAttachment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserPoolRiskConfigurationAttachmentAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserPoolRiskConfigurationAttachmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `AccountTakeoverRiskConfigurationType` property type of `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountTakeoverRiskConfigurationType {
    props: ::forma_core::schema::Props,
}
impl AccountTakeoverRiskConfigurationType {
    /// A new value with its required properties: `Actions`.
    pub fn new(actions: impl ::std::convert::Into<::forma_core::Value<AccountTakeoverActionsType>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        Self { props }
    }
    /// `NotifyConfiguration`.
    pub fn notify_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotifyConfigurationType>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AccountTakeoverRiskConfigurationType>
    for ::forma_core::Value<AccountTakeoverRiskConfigurationType>
{
    fn from(v: AccountTakeoverRiskConfigurationType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCOUNT_TAKEOVER_RISK_CONFIGURATION_TYPE_TYPE.properties))
    }
}

/// The `CompromisedCredentialsRiskConfigurationType` property type of `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct CompromisedCredentialsRiskConfigurationType {
    props: ::forma_core::schema::Props,
}
impl CompromisedCredentialsRiskConfigurationType {
    /// A new value with its required properties: `Actions`.
    pub fn new(actions: impl ::std::convert::Into<::forma_core::Value<CompromisedCredentialsActionsType>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        Self { props }
    }
    /// `EventFilter`.
    pub fn event_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CompromisedCredentialsRiskConfigurationType>
    for ::forma_core::Value<CompromisedCredentialsRiskConfigurationType>
{
    fn from(v: CompromisedCredentialsRiskConfigurationType) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(COMPROMISED_CREDENTIALS_RISK_CONFIGURATION_TYPE_TYPE.properties),
        )
    }
}

/// The `RiskExceptionConfigurationType` property type of `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskExceptionConfigurationType {
    props: ::forma_core::schema::Props,
}
impl RiskExceptionConfigurationType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BlockedIPRangeList`.
    pub fn blocked_ip_range_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SkippedIPRangeList`.
    pub fn skipped_ip_range_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RiskExceptionConfigurationType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RiskExceptionConfigurationType> for ::forma_core::Value<RiskExceptionConfigurationType> {
    fn from(v: RiskExceptionConfigurationType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RISK_EXCEPTION_CONFIGURATION_TYPE_TYPE.properties))
    }
}

/// The `AccountTakeoverActionsType` property type of `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountTakeoverActionsType {
    props: ::forma_core::schema::Props,
}
impl AccountTakeoverActionsType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HighAction`.
    pub fn high_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccountTakeoverActionType>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LowAction`.
    pub fn low_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccountTakeoverActionType>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MediumAction`.
    pub fn medium_action(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccountTakeoverActionType>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccountTakeoverActionsType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccountTakeoverActionsType> for ::forma_core::Value<AccountTakeoverActionsType> {
    fn from(v: AccountTakeoverActionsType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCOUNT_TAKEOVER_ACTIONS_TYPE_TYPE.properties))
    }
}

/// The `NotifyConfigurationType` property type of `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotifyConfigurationType {
    props: ::forma_core::schema::Props,
}
impl NotifyConfigurationType {
    /// A new value with its required properties: `SourceArn`.
    pub fn new(source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, source_arn.into().into_expr());
        Self { props }
    }
    /// `BlockEmail`.
    pub fn block_email(mut self, value: impl ::std::convert::Into<::forma_core::Value<NotifyEmailType>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `From`.
    pub fn from(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MfaEmail`.
    pub fn mfa_email(mut self, value: impl ::std::convert::Into<::forma_core::Value<NotifyEmailType>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `NoActionEmail`.
    pub fn no_action_email(mut self, value: impl ::std::convert::Into<::forma_core::Value<NotifyEmailType>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ReplyTo`.
    pub fn reply_to(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NotifyConfigurationType> for ::forma_core::Value<NotifyConfigurationType> {
    fn from(v: NotifyConfigurationType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFY_CONFIGURATION_TYPE_TYPE.properties))
    }
}

/// The `CompromisedCredentialsActionsType` property type of `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct CompromisedCredentialsActionsType {
    props: ::forma_core::schema::Props,
}
impl CompromisedCredentialsActionsType {
    /// A new value with its required properties: `EventAction`.
    pub fn new(event_action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_action.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CompromisedCredentialsActionsType>
    for ::forma_core::Value<CompromisedCredentialsActionsType>
{
    fn from(v: CompromisedCredentialsActionsType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPROMISED_CREDENTIALS_ACTIONS_TYPE_TYPE.properties))
    }
}

/// The `AccountTakeoverActionType` property type of `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountTakeoverActionType {
    props: ::forma_core::schema::Props,
}
impl AccountTakeoverActionType {
    /// A new value with its required properties: `EventAction`, `Notify`.
    pub fn new(
        event_action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        notify: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_action.into().into_expr());
        props.set(1, notify.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccountTakeoverActionType> for ::forma_core::Value<AccountTakeoverActionType> {
    fn from(v: AccountTakeoverActionType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCOUNT_TAKEOVER_ACTION_TYPE_TYPE.properties))
    }
}

/// The `NotifyEmailType` property type of `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotifyEmailType {
    props: ::forma_core::schema::Props,
}
impl NotifyEmailType {
    /// A new value with its required properties: `Subject`.
    pub fn new(subject: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, subject.into().into_expr());
        Self { props }
    }
    /// `HtmlBody`.
    pub fn html_body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `TextBody`.
    pub fn text_body(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<NotifyEmailType> for ::forma_core::Value<NotifyEmailType> {
    fn from(v: NotifyEmailType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFY_EMAIL_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Cognito::UserPoolRiskConfigurationAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountTakeoverRiskConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCOUNT_TAKEOVER_RISK_CONFIGURATION_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ClientId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CompromisedCredentialsRiskConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPROMISED_CREDENTIALS_RISK_CONFIGURATION_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RiskExceptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RISK_EXCEPTION_CONFIGURATION_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UserPoolId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};

static ACCOUNT_TAKEOVER_RISK_CONFIGURATION_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Cognito::UserPoolRiskConfigurationAttachment.AccountTakeoverRiskConfigurationType",
        properties: &[
            ::forma_core::schema::Property {
                name: "Actions",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&ACCOUNT_TAKEOVER_ACTIONS_TYPE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "NotifyConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&NOTIFY_CONFIGURATION_TYPE_TYPE),
            },
        ],
        rules: &[],
    };

static COMPROMISED_CREDENTIALS_RISK_CONFIGURATION_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Cognito::UserPoolRiskConfigurationAttachment.CompromisedCredentialsRiskConfigurationType",
        properties: &[
            ::forma_core::schema::Property {
                name: "Actions",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&COMPROMISED_CREDENTIALS_ACTIONS_TYPE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "EventFilter",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static RISK_EXCEPTION_CONFIGURATION_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Cognito::UserPoolRiskConfigurationAttachment.RiskExceptionConfigurationType",
        properties: &[
            ::forma_core::schema::Property {
                name: "BlockedIPRangeList",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "SkippedIPRangeList",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static ACCOUNT_TAKEOVER_ACTIONS_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRiskConfigurationAttachment.AccountTakeoverActionsType",
    properties: &[
        ::forma_core::schema::Property {
            name: "HighAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCOUNT_TAKEOVER_ACTION_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LowAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCOUNT_TAKEOVER_ACTION_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MediumAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCOUNT_TAKEOVER_ACTION_TYPE_TYPE),
        },
    ],
    rules: &[],
};

static NOTIFY_CONFIGURATION_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRiskConfigurationAttachment.NotifyConfigurationType",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlockEmail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFY_EMAIL_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "From",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MfaEmail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFY_EMAIL_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NoActionEmail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&NOTIFY_EMAIL_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReplyTo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COMPROMISED_CREDENTIALS_ACTIONS_TYPE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Cognito::UserPoolRiskConfigurationAttachment.CompromisedCredentialsActionsType",
        properties: &[::forma_core::schema::Property {
            name: "EventAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static ACCOUNT_TAKEOVER_ACTION_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRiskConfigurationAttachment.AccountTakeoverActionType",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Notify",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static NOTIFY_EMAIL_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cognito::UserPoolRiskConfigurationAttachment.NotifyEmailType",
    properties: &[
        ::forma_core::schema::Property {
            name: "HtmlBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Subject",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TextBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
