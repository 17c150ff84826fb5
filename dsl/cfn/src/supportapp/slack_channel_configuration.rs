// @generated from AWS::SupportApp::SlackChannelConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SupportApp::SlackChannelConfiguration` and its property types.

/// An AWS Support App resource that creates, updates, lists and deletes Slack channel configurations.
///
/// CloudFormation type `AWS::SupportApp::SlackChannelConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SlackChannelConfiguration {
    props: ::forma_core::schema::Props,
}
impl SlackChannelConfiguration {
    /// A new resource with its required properties: `ChannelId`, `ChannelRoleArn`, `NotifyOnCaseSeverity`, `TeamId`.
    #[track_caller]
    pub fn new(
        channel_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        channel_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        notify_on_case_severity: impl ::forma_core::schema::EnumArg<NotifyOnCaseSeverity>,
        team_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, channel_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, channel_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, notify_on_case_severity.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(7, team_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The channel name in Slack.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn channel_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to notify when a correspondence is added to a case.
    #[track_caller]
    pub fn notify_on_add_correspondence_to_case(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to notify when a case is created or reopened.
    #[track_caller]
    pub fn notify_on_create_or_reopen_case(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to notify when a case is resolved.
    #[track_caller]
    pub fn notify_on_resolve_case(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SlackChannelConfiguration {
    type Attributes = SlackChannelConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SupportApp::SlackChannelConfiguration"
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
/// The attributes of a `AWS::SupportApp::SlackChannelConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SlackChannelConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SlackChannelConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `none`, `all`, `high`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NotifyOnCaseSeverity {
    /// `none`
    None,
    /// `all`
    All,
    /// `high`
    High,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl NotifyOnCaseSeverity {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::All => "all",
            Self::High => "high",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["none", "all", "high"]
    }
}
impl ::std::convert::From<NotifyOnCaseSeverity> for ::forma_core::Value<NotifyOnCaseSeverity> {
    fn from(v: NotifyOnCaseSeverity) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for NotifyOnCaseSeverity {}

/// The schema of `AWS::SupportApp::SlackChannelConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SupportApp::SlackChannelConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ChannelRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:iam::[0-9]{12}:role\\/(.+)$"),
                min_length: Some(31),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotifyOnAddCorrespondenceToCase",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NotifyOnCaseSeverity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["none", "all", "high"]),
        },
        ::forma_core::schema::Property {
            name: "NotifyOnCreateOrReopenCase",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NotifyOnResolveCase",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TeamId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
