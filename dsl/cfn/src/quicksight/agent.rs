// @generated from AWS::QuickSight::Agent (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::Agent` and its property types.

/// Resource Type definition for AWS::QuickSight::Agent
///
/// CloudFormation type `AWS::QuickSight::Agent`.
#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    props: ::forma_core::schema::Props,
}
impl Agent {
    /// A new resource with its required properties: `AgentId`, `AwsAccountId`, `Name`.
    #[track_caller]
    pub fn new(
        agent_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        aws_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, agent_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, aws_account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of ActionConnector ARNs (max 10) attached to the agent.
    #[track_caller]
    pub fn action_connectors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The lifecycle stage of the agent.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn agent_lifecycle(mut self, value: impl ::forma_core::schema::EnumArg<AgentLifecycle>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Custom prompt configuration.
    #[track_caller]
    pub fn custom_prompt_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomPromptInput>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the agent.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The icon identifier for the agent.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn icon_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of Space ARNs (max 10) attached to the agent.
    #[track_caller]
    pub fn spaces(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of up to 3 starter prompts displayed to users.
    #[track_caller]
    pub fn starter_prompts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs to associate with the agent resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AgentTag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The welcome message displayed when a user opens the agent.
    ///
    /// Allowed: length 0 to 300.
    #[track_caller]
    pub fn welcome_message(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Agent {
    type Attributes = AgentAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::Agent"
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
/// The attributes of a `AWS::QuickSight::Agent` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AgentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AgentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AgentAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `AgentStatus`.
    pub fn agent_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentStatus")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Creator`.
    pub fn creator(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Creator")
    }
    /// `Fn::GetAtt` `CustomPromptInterface`.
    pub fn custom_prompt_interface(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CustomPromptInterface")
    }
    /// `Fn::GetAtt` `ErrorMessage`.
    pub fn error_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ErrorMessage")
    }
}

/// The values CloudFormation documents: `PREVIEW`, `PUBLISHED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgentLifecycle {
    /// `PREVIEW`
    Preview,
    /// `PUBLISHED`
    Published,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AgentLifecycle {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Preview => "PREVIEW",
            Self::Published => "PUBLISHED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PREVIEW", "PUBLISHED"]
    }
}
impl ::std::convert::From<AgentLifecycle> for ::forma_core::Value<AgentLifecycle> {
    fn from(v: AgentLifecycle) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AgentLifecycle {}

/// Custom prompt configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPromptInput {
    props: ::forma_core::schema::Props,
}
impl CustomPromptInput {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `ExistingPrompt` or `NewPrompt`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Reference to an existing custom prompt profile.
    pub fn existing_prompt(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomPromptProfile>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Parameters for creating a new custom prompt configuration.
    pub fn new_prompt(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomPromptInputParameters>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomPromptInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomPromptInput> for ::forma_core::Value<CustomPromptInput> {
    fn from(v: CustomPromptInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_PROMPT_INPUT_TYPE.properties))
    }
}

/// A key-value pair to associate with the agent resource.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentTag {
    props: ::forma_core::schema::Props,
}
impl AgentTag {
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
impl ::std::convert::From<AgentTag> for ::forma_core::Value<AgentTag> {
    fn from(v: AgentTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_TAG_TYPE.properties))
    }
}

/// Reference to an existing custom prompt profile.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPromptProfile {
    props: ::forma_core::schema::Props,
}
impl CustomPromptProfile {
    /// A new value with its required properties: `ModelProfileId`, `QbsAwsAccountId`, `SubscriptionId`.
    pub fn new(
        model_profile_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        qbs_aws_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subscription_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, model_profile_id.into().into_expr());
        props.set(1, qbs_aws_account_id.into().into_expr());
        props.set(2, subscription_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomPromptProfile> for ::forma_core::Value<CustomPromptProfile> {
    fn from(v: CustomPromptProfile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_PROMPT_PROFILE_TYPE.properties))
    }
}

/// Parameters for creating a new custom prompt configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPromptInputParameters {
    props: ::forma_core::schema::Props,
}
impl CustomPromptInputParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Custom instructions for the agent behavior.
    ///
    /// Allowed: length 5 to 350000.
    pub fn custom_instructions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identity or persona of the agent.
    ///
    /// Allowed: length 5 to 350000.
    pub fn identity(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The output style for the agent responses.
    ///
    /// Allowed: length 5 to 350000.
    pub fn output_style(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The desired response length for the agent.
    ///
    /// Allowed: length 5 to 350000.
    pub fn response_length(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The tone used in agent responses.
    ///
    /// Allowed: length 5 to 350000.
    pub fn tone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomPromptInputParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomPromptInputParameters> for ::forma_core::Value<CustomPromptInputParameters> {
    fn from(v: CustomPromptInputParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_PROMPT_INPUT_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::Agent`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::Agent",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionConnectors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AgentId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-_.+]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "AgentLifecycle",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["PREVIEW", "PUBLISHED"]),
        },
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "CustomPromptInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_PROMPT_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\P{C}*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "IconId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$).+$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Spaces",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "StarterPrompts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AGENT_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WelcomeMessage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(300),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "AgentStatus", "CreatedAt", "UpdatedAt", "Creator", "CustomPromptInterface", "ErrorMessage"],
};

static CUSTOM_PROMPT_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Agent.CustomPromptInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExistingPrompt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_PROMPT_PROFILE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NewPrompt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_PROMPT_INPUT_PARAMETERS_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["ExistingPrompt"], &["NewPrompt"]])],
};

static AGENT_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Agent.AgentTag",
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

static CUSTOM_PROMPT_PROFILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Agent.CustomPromptProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "ModelProfileId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "QbsAwsAccountId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^QBS[0-9]{12}$"),
                min_length: None,
                max_length: Some(15),
            }),
        },
        ::forma_core::schema::Property {
            name: "SubscriptionId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(32),
            }),
        },
    ],
    rules: &[],
};

static CUSTOM_PROMPT_INPUT_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Agent.CustomPromptInputParameters",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomInstructions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(5),
                max_length: Some(350000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Identity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(5),
                max_length: Some(350000),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutputStyle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(5),
                max_length: Some(350000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResponseLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(5),
                max_length: Some(350000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(5),
                max_length: Some(350000),
            }),
        },
    ],
    rules: &[],
};
