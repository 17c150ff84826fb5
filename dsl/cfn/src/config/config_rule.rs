// @generated from AWS::Config::ConfigRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Config::ConfigRule` and its property types.

/// You must first create and start the CC configuration recorder in order to create CC managed rules with CFNlong.
///
/// CloudFormation type `AWS::Config::ConfigRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigRule {
    props: ::forma_core::schema::Props,
}
impl ConfigRule {
    /// A new resource with its required properties: `Source`.
    #[track_caller]
    pub fn new(source: impl ::std::convert::Into<::forma_core::Value<Source>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicates whether an AWS resource or CC rule is compliant and provides the number of contributors that affect the compliance.
    #[track_caller]
    pub fn compliance(mut self, value: impl ::std::convert::Into<::forma_core::Value<Compliance>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A name for the CC rule.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn config_rule_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description that you provide for the CC rule.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The modes the CC rule can be evaluated in.
    #[track_caller]
    pub fn evaluation_modes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EvaluationModeConfiguration>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A string, in JSON format, that is passed to the CC rule Lambda function.
    #[track_caller]
    pub fn input_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum frequency with which CC runs evaluations for a rule.
    #[track_caller]
    pub fn maximum_execution_frequency(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines which resources can trigger an evaluation for the rule.
    #[track_caller]
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<Scope>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfigRule {
    type Attributes = ConfigRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::Config::ConfigRule"
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
/// The attributes of a `AWS::Config::ConfigRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigRuleAttributes {
    /// `Fn::GetAtt` `ConfigRuleId`.
    pub fn config_rule_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigRuleId")
    }
    /// `Fn::GetAtt` `Compliance.Type`.
    pub fn compliance_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Compliance.Type")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// Indicates whether an AWS resource or CC rule is compliant and provides the number of contributors that affect the compliance.
#[derive(Debug, Clone, PartialEq)]
pub struct Compliance {
    props: ::forma_core::schema::Props,
}
impl Compliance {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Compliance type determined by the Config rule
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Compliance {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Compliance> for ::forma_core::Value<Compliance> {
    fn from(v: Compliance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPLIANCE_TYPE.properties))
    }
}

/// The configuration object for CC rule evaluation mode.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationModeConfiguration {
    props: ::forma_core::schema::Props,
}
impl EvaluationModeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The mode of an evaluation.
    pub fn mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EvaluationModeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EvaluationModeConfiguration> for ::forma_core::Value<EvaluationModeConfiguration> {
    fn from(v: EvaluationModeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVALUATION_MODE_CONFIGURATION_TYPE.properties))
    }
}

/// Defines which resources trigger an evaluation for an CC rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    props: ::forma_core::schema::Props,
}
impl Scope {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the only AWS resource that you want to trigger an evaluation for the rule.
    pub fn compliance_resource_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The resource types of only those AWS resources that you want to trigger an evaluation for the rule.
    pub fn compliance_resource_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The tag key that is applied to only those AWS resources that you want to trigger an evaluation for the rule.
    pub fn tag_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The tag value applied to only those AWS resources that you want to trigger an evaluation for the rule.
    pub fn tag_value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Scope {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCOPE_TYPE.properties))
    }
}

/// Provides the CustomPolicyDetails, the rule owner (`` for managed rules, `CUSTOM_POLICY` for Custom Policy rules, and `CUSTOM_LAMBDA` for Custom Lambda rules), the rule identifier, and the events that cause the evaluation of your AWS resources.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    props: ::forma_core::schema::Props,
}
impl Source {
    /// A new value with its required properties: `Owner`.
    pub fn new(owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, owner.into().into_expr());
        Self { props }
    }
    /// Provides the runtime system, policy definition, and whether debug logging is enabled.
    pub fn custom_policy_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomPolicyDetails>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Provides the source and the message types that cause CC to evaluate your AWS resources against a rule.
    pub fn source_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceDetail>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// For CC Managed rules, a predefined identifier from a list.
    pub fn source_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Source> for ::forma_core::Value<Source> {
    fn from(v: Source) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_TYPE.properties))
    }
}

/// Provides the CustomPolicyDetails, the rule owner (`` for managed rules, `CUSTOM_POLICY` for Custom Policy rules, and `CUSTOM_LAMBDA` for Custom Lambda rules), the rule identifier, and the events that cause the evaluation of your AWS resources.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomPolicyDetails {
    props: ::forma_core::schema::Props,
}
impl CustomPolicyDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The boolean expression for enabling debug logging for your CC Custom Policy rule.
    pub fn enable_debug_log_delivery(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The runtime system for your CC Custom Policy rule.
    pub fn policy_runtime(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The policy definition containing the logic for your CC Custom Policy rule.
    pub fn policy_text(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomPolicyDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomPolicyDetails> for ::forma_core::Value<CustomPolicyDetails> {
    fn from(v: CustomPolicyDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_POLICY_DETAILS_TYPE.properties))
    }
}

/// Provides the source and the message types that trigger CC to evaluate your AWS resources against a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceDetail {
    props: ::forma_core::schema::Props,
}
impl SourceDetail {
    /// A new value with its required properties: `EventSource`, `MessageType`.
    pub fn new(
        event_source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        message_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_source.into().into_expr());
        props.set(2, message_type.into().into_expr());
        Self { props }
    }
    /// The frequency at which you want CC to run evaluations for a custom rule with a periodic trigger.
    pub fn maximum_execution_frequency(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SourceDetail> for ::forma_core::Value<SourceDetail> {
    fn from(v: SourceDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_DETAIL_TYPE.properties))
    }
}

/// The schema of `AWS::Config::ConfigRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Config::ConfigRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Compliance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPLIANCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfigRuleName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EvaluationModes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EVALUATION_MODE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "InputParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "MaximumExecutionFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCOPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["ConfigRuleId", "Compliance.Type", "Arn"],
};

static COMPLIANCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigRule.Compliance",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static EVALUATION_MODE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigRule.EvaluationModeConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Mode",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SCOPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigRule.Scope",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComplianceResourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ComplianceResourceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TagKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TagValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigRule.Source",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomPolicyDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOM_POLICY_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Owner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SOURCE_DETAIL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CUSTOM_POLICY_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigRule.CustomPolicyDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnableDebugLogDelivery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PolicyRuntime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PolicyText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SOURCE_DETAIL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::ConfigRule.SourceDetail",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventSource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaximumExecutionFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MessageType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
