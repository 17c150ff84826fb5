// @generated from AWS::ConnectCampaigns::Campaign (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ConnectCampaigns::Campaign` and its property types.

/// Definition of AWS::ConnectCampaigns::Campaign Resource Type
///
/// CloudFormation type `AWS::ConnectCampaigns::Campaign`.
#[derive(Debug, Clone, PartialEq)]
pub struct Campaign {
    props: ::forma_core::schema::Props,
}
impl Campaign {
    /// A new resource with its required properties: `ConnectInstanceArn`, `DialerConfig`, `Name`, `OutboundCallConfig`.
    #[track_caller]
    pub fn new(
        connect_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        dialer_config: impl ::std::convert::Into<::forma_core::Value<DialerConfig>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        outbound_call_config: impl ::std::convert::Into<::forma_core::Value<OutboundCallConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connect_instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, dialer_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, outbound_call_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Campaign {
    type Attributes = CampaignAttributes;
    fn type_name(&self) -> &str {
        "AWS::ConnectCampaigns::Campaign"
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
/// The attributes of a `AWS::ConnectCampaigns::Campaign` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CampaignAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CampaignAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CampaignAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The possible types of dialer config parameters
#[derive(Debug, Clone, PartialEq)]
pub struct DialerConfig {
    props: ::forma_core::schema::Props,
}
impl DialerConfig {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `ProgressiveDialerConfig`, `PredictiveDialerConfig` or `AgentlessDialerConfig`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Agentless Dialer config
    pub fn agentless_dialer_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AgentlessDialerConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Predictive Dialer config
    pub fn predictive_dialer_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PredictiveDialerConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Progressive Dialer config
    pub fn progressive_dialer_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProgressiveDialerConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DialerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DialerConfig> for ::forma_core::Value<DialerConfig> {
    fn from(v: DialerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DIALER_CONFIG_TYPE.properties))
    }
}

/// The configuration used for outbound calls.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboundCallConfig {
    props: ::forma_core::schema::Props,
}
impl OutboundCallConfig {
    /// A new value with its required properties: `ConnectContactFlowArn`.
    pub fn new(
        connect_contact_flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, connect_contact_flow_arn.into().into_expr());
        Self { props }
    }
    /// The configuration used for answering machine detection during outbound calls
    pub fn answer_machine_detection_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AnswerMachineDetectionConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The queue for the call.
    ///
    /// Allowed: length 0 to 500.
    pub fn connect_queue_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The phone number associated with the Amazon Connect instance, in E.164 format.
    ///
    /// Allowed: length 0 to 100.
    pub fn connect_source_phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OutboundCallConfig> for ::forma_core::Value<OutboundCallConfig> {
    fn from(v: OutboundCallConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OUTBOUND_CALL_CONFIG_TYPE.properties))
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

/// Agentless Dialer config
#[derive(Debug, Clone, PartialEq)]
pub struct AgentlessDialerConfig {
    props: ::forma_core::schema::Props,
}
impl AgentlessDialerConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Allocates dialing capacity for this campaign between multiple active campaigns.
    ///
    /// Allowed: 0.01 to 1.
    pub fn dialing_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AgentlessDialerConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AgentlessDialerConfig> for ::forma_core::Value<AgentlessDialerConfig> {
    fn from(v: AgentlessDialerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENTLESS_DIALER_CONFIG_TYPE.properties))
    }
}

/// Predictive Dialer config
#[derive(Debug, Clone, PartialEq)]
pub struct PredictiveDialerConfig {
    props: ::forma_core::schema::Props,
}
impl PredictiveDialerConfig {
    /// A new value with its required properties: `BandwidthAllocation`.
    pub fn new(bandwidth_allocation: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bandwidth_allocation.into().into_expr());
        Self { props }
    }
    /// Allocates dialing capacity for this campaign between multiple active campaigns.
    ///
    /// Allowed: 0.01 to 1.
    pub fn dialing_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PredictiveDialerConfig> for ::forma_core::Value<PredictiveDialerConfig> {
    fn from(v: PredictiveDialerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICTIVE_DIALER_CONFIG_TYPE.properties))
    }
}

/// Progressive Dialer config
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressiveDialerConfig {
    props: ::forma_core::schema::Props,
}
impl ProgressiveDialerConfig {
    /// A new value with its required properties: `BandwidthAllocation`.
    pub fn new(bandwidth_allocation: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bandwidth_allocation.into().into_expr());
        Self { props }
    }
    /// Allocates dialing capacity for this campaign between multiple active campaigns.
    ///
    /// Allowed: 0.01 to 1.
    pub fn dialing_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ProgressiveDialerConfig> for ::forma_core::Value<ProgressiveDialerConfig> {
    fn from(v: ProgressiveDialerConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROGRESSIVE_DIALER_CONFIG_TYPE.properties))
    }
}

/// The configuration used for answering machine detection during outbound calls
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerMachineDetectionConfig {
    props: ::forma_core::schema::Props,
}
impl AnswerMachineDetectionConfig {
    /// A new value with its required properties: `EnableAnswerMachineDetection`.
    pub fn new(enable_answer_machine_detection: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, enable_answer_machine_detection.into().into_expr());
        Self { props }
    }
    /// Enables detection of prompts (e.g., beep after after a voicemail greeting)
    pub fn await_answer_machine_prompt(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AnswerMachineDetectionConfig> for ::forma_core::Value<AnswerMachineDetectionConfig> {
    fn from(v: AnswerMachineDetectionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANSWER_MACHINE_DETECTION_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::ConnectCampaigns::Campaign`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ConnectCampaigns::Campaign",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectInstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DialerConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DIALER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "OutboundCallConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OUTBOUND_CALL_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static DIALER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaigns::Campaign.DialerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentlessDialerConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGENTLESS_DIALER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PredictiveDialerConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PREDICTIVE_DIALER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ProgressiveDialerConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROGRESSIVE_DIALER_CONFIG_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["ProgressiveDialerConfig"],
        &["PredictiveDialerConfig"],
        &["AgentlessDialerConfig"],
    ])],
};

static OUTBOUND_CALL_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ConnectCampaigns::Campaign.OutboundCallConfig",
properties: &[
::forma_core::schema::Property { name: "AnswerMachineDetectionConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&ANSWER_MACHINE_DETECTION_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ConnectContactFlowArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*$"), min_length: None, max_length: Some(500) }) },
::forma_core::schema::Property { name: "ConnectQueueArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/queue/[-a-zA-Z0-9]*$"), min_length: None, max_length: Some(500) }) },
::forma_core::schema::Property { name: "ConnectSourcePhoneNumber", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(100) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaigns::Campaign.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AGENTLESS_DIALER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaigns::Campaign.AgentlessDialerConfig",
    properties: &[::forma_core::schema::Property {
        name: "DialingCapacity",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(0.01),
            maximum: Some(1.0),
        }),
    }],
    rules: &[],
};

static PREDICTIVE_DIALER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaigns::Campaign.PredictiveDialerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BandwidthAllocation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DialingCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.01),
                maximum: Some(1.0),
            }),
        },
    ],
    rules: &[],
};

static PROGRESSIVE_DIALER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaigns::Campaign.ProgressiveDialerConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "BandwidthAllocation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "DialingCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.01),
                maximum: Some(1.0),
            }),
        },
    ],
    rules: &[],
};

static ANSWER_MACHINE_DETECTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ConnectCampaigns::Campaign.AnswerMachineDetectionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwaitAnswerMachinePrompt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableAnswerMachineDetection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};
