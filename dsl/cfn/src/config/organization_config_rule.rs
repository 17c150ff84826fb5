// @generated from AWS::Config::OrganizationConfigRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Config::OrganizationConfigRule` and its property types.

/// Resource Type definition for AWS::Config::OrganizationConfigRule
///
/// CloudFormation type `AWS::Config::OrganizationConfigRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationConfigRule {
    props: ::forma_core::schema::Props,
}
impl OrganizationConfigRule {
    /// A new resource with its required properties: `OrganizationConfigRuleName`.
    #[track_caller]
    pub fn new(
        organization_config_rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, organization_config_rule_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A comma-separated list of accounts that you want to exclude from an organization AWS Config rule.
    #[track_caller]
    pub fn excluded_accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This object specifies metadata for your organization's AWS Config Custom Policy rule.
    #[track_caller]
    pub fn organization_custom_policy_rule_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OrganizationCustomPolicyRuleMetadata>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This object specifies organization custom rule metadata such as resource type, resource ID of AWS resource, Lambda function ARN, and organization trigger types that trigger AWS Config to evaluate your AWS resources against a rule.
    #[track_caller]
    pub fn organization_custom_rule_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OrganizationCustomRuleMetadata>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// This object specifies organization managed rule metadata such as resource type and ID of AWS resource along with the rule identifier.
    #[track_caller]
    pub fn organization_managed_rule_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OrganizationManagedRuleMetadata>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OrganizationConfigRule {
    type Attributes = OrganizationConfigRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::Config::OrganizationConfigRule"
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
/// The attributes of a `AWS::Config::OrganizationConfigRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OrganizationConfigRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OrganizationConfigRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OrganizationConfigRuleAttributes {
    /// `Fn::GetAtt` `OrganizationConfigRuleArn`.
    pub fn organization_config_rule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OrganizationConfigRuleArn")
    }
}

/// The values CloudFormation documents: `ConfigurationItemChangeNotification`, `OversizedConfigurationItemChangeNotification`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrganizationConfigRuleTriggerTypes {
    /// `ConfigurationItemChangeNotification`
    ConfigurationItemChangeNotification,
    /// `OversizedConfigurationItemChangeNotification`
    OversizedConfigurationItemChangeNotification,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OrganizationConfigRuleTriggerTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConfigurationItemChangeNotification => "ConfigurationItemChangeNotification",
            Self::OversizedConfigurationItemChangeNotification => "OversizedConfigurationItemChangeNotification",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ConfigurationItemChangeNotification", "OversizedConfigurationItemChangeNotification"]
    }
}
impl ::std::convert::From<OrganizationConfigRuleTriggerTypes>
    for ::forma_core::Value<OrganizationConfigRuleTriggerTypes>
{
    fn from(v: OrganizationConfigRuleTriggerTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OrganizationConfigRuleTriggerTypes {}

/// The `OrganizationCustomPolicyRuleMetadata` property type of `AWS::Config::OrganizationConfigRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationCustomPolicyRuleMetadata {
    props: ::forma_core::schema::Props,
}
impl OrganizationCustomPolicyRuleMetadata {
    /// A new value with its required properties: `PolicyText`, `Runtime`.
    pub fn new(
        policy_text: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        runtime: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, policy_text.into().into_expr());
        props.set(7, runtime.into().into_expr());
        Self { props }
    }
    /// A list of accounts that you can enable debug logging for your organization AWS Config Custom Policy rule.
    pub fn debug_log_delivery_accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The description that you provide for your organization AWS Config rule.
    ///
    /// Allowed: length 0 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A string, in JSON format, that is passed to your organization AWS Config Custom Policy rule.
    ///
    /// Allowed: length 1 to 1024.
    pub fn input_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The type of notification that initiates AWS Config to run an evaluation for a rule.
    pub fn organization_config_rule_trigger_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OrganizationConfigRuleTriggerTypes>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The ID of the AWS resource that was evaluated.
    ///
    /// Allowed: length 1 to 768.
    pub fn resource_id_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The type of the AWS resource that was evaluated.
    pub fn resource_types_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// One part of a key-value pair that make up a tag.
    ///
    /// Allowed: length 1 to 128.
    pub fn tag_key_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The optional part of a key-value pair that make up a tag.
    ///
    /// Allowed: length 1 to 256.
    pub fn tag_value_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OrganizationCustomPolicyRuleMetadata>
    for ::forma_core::Value<OrganizationCustomPolicyRuleMetadata>
{
    fn from(v: OrganizationCustomPolicyRuleMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORGANIZATION_CUSTOM_POLICY_RULE_METADATA_TYPE.properties))
    }
}

/// The values CloudFormation documents: `One_Hour`, `Six_Hours`, `Three_Hours`, `Twelve_Hours`, `TwentyFour_Hours`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MaximumExecutionFrequency {
    /// `One_Hour`
    OneHour,
    /// `Six_Hours`
    SixHours,
    /// `Three_Hours`
    ThreeHours,
    /// `Twelve_Hours`
    TwelveHours,
    /// `TwentyFour_Hours`
    TwentyFourHours,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MaximumExecutionFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneHour => "One_Hour",
            Self::SixHours => "Six_Hours",
            Self::ThreeHours => "Three_Hours",
            Self::TwelveHours => "Twelve_Hours",
            Self::TwentyFourHours => "TwentyFour_Hours",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["One_Hour", "Six_Hours", "Three_Hours", "Twelve_Hours", "TwentyFour_Hours"]
    }
}
impl ::std::convert::From<MaximumExecutionFrequency> for ::forma_core::Value<MaximumExecutionFrequency> {
    fn from(v: MaximumExecutionFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MaximumExecutionFrequency {}

/// The values CloudFormation documents: `ConfigurationItemChangeNotification`, `OversizedConfigurationItemChangeNotification`, `ScheduledNotification`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrganizationCustomRuleMetadataOrganizationConfigRuleTriggerTypes {
    /// `ConfigurationItemChangeNotification`
    ConfigurationItemChangeNotification,
    /// `OversizedConfigurationItemChangeNotification`
    OversizedConfigurationItemChangeNotification,
    /// `ScheduledNotification`
    ScheduledNotification,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OrganizationCustomRuleMetadataOrganizationConfigRuleTriggerTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConfigurationItemChangeNotification => "ConfigurationItemChangeNotification",
            Self::OversizedConfigurationItemChangeNotification => "OversizedConfigurationItemChangeNotification",
            Self::ScheduledNotification => "ScheduledNotification",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ConfigurationItemChangeNotification",
            "OversizedConfigurationItemChangeNotification",
            "ScheduledNotification",
        ]
    }
}
impl ::std::convert::From<OrganizationCustomRuleMetadataOrganizationConfigRuleTriggerTypes>
    for ::forma_core::Value<OrganizationCustomRuleMetadataOrganizationConfigRuleTriggerTypes>
{
    fn from(v: OrganizationCustomRuleMetadataOrganizationConfigRuleTriggerTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OrganizationCustomRuleMetadataOrganizationConfigRuleTriggerTypes {}

/// The `OrganizationCustomRuleMetadata` property type of `AWS::Config::OrganizationConfigRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationCustomRuleMetadata {
    props: ::forma_core::schema::Props,
}
impl OrganizationCustomRuleMetadata {
    /// A new value with its required properties: `LambdaFunctionArn`, `OrganizationConfigRuleTriggerTypes`.
    pub fn new(
        lambda_function_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        organization_config_rule_trigger_types: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<OrganizationCustomRuleMetadataOrganizationConfigRuleTriggerTypes>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, lambda_function_arn.into().into_expr());
        props.set(4, organization_config_rule_trigger_types.into().into_expr());
        Self { props }
    }
    /// The description that you provide for your organization AWS Config rule.
    ///
    /// Allowed: length 0 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A string, in JSON format, that is passed to your organization AWS Config rule Lambda function.
    ///
    /// Allowed: length 1 to 1024.
    pub fn input_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum frequency with which AWS Config runs evaluations for a rule.Allowed values: One_Hour | Three_Hours | Six_Hours | Twelve_Hours | TwentyFour_Hours.
    pub fn maximum_execution_frequency(
        mut self,
        value: impl ::forma_core::schema::EnumArg<MaximumExecutionFrequency>,
    ) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The ID of the AWS resource that was evaluated.
    ///
    /// Allowed: length 1 to 768.
    pub fn resource_id_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The type of the AWS resource that was evaluated.
    pub fn resource_types_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// One part of a key-value pair that make up a tag.
    ///
    /// Allowed: length 1 to 128.
    pub fn tag_key_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The optional part of a key-value pair that make up a tag.
    ///
    /// Allowed: length 1 to 256.
    pub fn tag_value_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OrganizationCustomRuleMetadata> for ::forma_core::Value<OrganizationCustomRuleMetadata> {
    fn from(v: OrganizationCustomRuleMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORGANIZATION_CUSTOM_RULE_METADATA_TYPE.properties))
    }
}

/// The `OrganizationManagedRuleMetadata` property type of `AWS::Config::OrganizationConfigRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationManagedRuleMetadata {
    props: ::forma_core::schema::Props,
}
impl OrganizationManagedRuleMetadata {
    /// A new value with its required properties: `RuleIdentifier`.
    pub fn new(rule_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, rule_identifier.into().into_expr());
        Self { props }
    }
    /// The description that you provide for your organization AWS Config rule.
    ///
    /// Allowed: length 0 to 256.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A string, in JSON format, that is passed to your organization AWS Config rule Lambda function.
    ///
    /// Allowed: length 1 to 1024.
    pub fn input_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The maximum frequency with which AWS Config runs evaluations for a rule.
    pub fn maximum_execution_frequency(
        mut self,
        value: impl ::forma_core::schema::EnumArg<MaximumExecutionFrequency>,
    ) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The ID of the AWS resource that was evaluated.
    ///
    /// Allowed: length 1 to 768.
    pub fn resource_id_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The type of the AWS resource that was evaluated.
    pub fn resource_types_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// One part of a key-value pair that make up a tag.
    ///
    /// Allowed: length 1 to 128.
    pub fn tag_key_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The optional part of a key-value pair that make up a tag.
    ///
    /// Allowed: length 1 to 256.
    pub fn tag_value_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OrganizationManagedRuleMetadata> for ::forma_core::Value<OrganizationManagedRuleMetadata> {
    fn from(v: OrganizationManagedRuleMetadata) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ORGANIZATION_MANAGED_RULE_METADATA_TYPE.properties))
    }
}

/// The schema of `AWS::Config::OrganizationConfigRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Config::OrganizationConfigRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludedAccounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^\\d{12}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OrganizationConfigRuleName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "OrganizationCustomPolicyRuleMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORGANIZATION_CUSTOM_POLICY_RULE_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OrganizationCustomRuleMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORGANIZATION_CUSTOM_RULE_METADATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OrganizationManagedRuleMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ORGANIZATION_MANAGED_RULE_METADATA_TYPE),
        },
    ],
    rules: &[],
    attributes: &["OrganizationConfigRuleArn"],
};

static ORGANIZATION_CUSTOM_POLICY_RULE_METADATA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Config::OrganizationConfigRule.OrganizationCustomPolicyRuleMetadata",
        properties: &[
            ::forma_core::schema::Property {
                name: "DebugLogDeliveryAccounts",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^\\d{12}$"),
                        min_length: None,
                        max_length: None,
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
                ),
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
                name: "InputParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "OrganizationConfigRuleTriggerTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&[
                        "ConfigurationItemChangeNotification",
                        "OversizedConfigurationItemChangeNotification",
                    ]),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "PolicyText",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(10000),
                }),
            },
            ::forma_core::schema::Property {
                name: "ResourceIdScope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(768),
                }),
            },
            ::forma_core::schema::Property {
                name: "ResourceTypesScope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: Some(256),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "Runtime",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "TagKeyScope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "TagValueScope",
                required: false,
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

static ORGANIZATION_CUSTOM_RULE_METADATA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Config::OrganizationConfigRule.OrganizationCustomRuleMetadata",
        properties: &[
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
                name: "InputParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "LambdaFunctionArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "MaximumExecutionFrequency",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "One_Hour",
                    "Six_Hours",
                    "Three_Hours",
                    "Twelve_Hours",
                    "TwentyFour_Hours",
                ]),
            },
            ::forma_core::schema::Property {
                name: "OrganizationConfigRuleTriggerTypes",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&[
                        "ConfigurationItemChangeNotification",
                        "OversizedConfigurationItemChangeNotification",
                        "ScheduledNotification",
                    ]),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "ResourceIdScope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(768),
                }),
            },
            ::forma_core::schema::Property {
                name: "ResourceTypesScope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: Some(256),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "TagKeyScope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "TagValueScope",
                required: false,
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

static ORGANIZATION_MANAGED_RULE_METADATA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Config::OrganizationConfigRule.OrganizationManagedRuleMetadata",
        properties: &[
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
                name: "InputParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "MaximumExecutionFrequency",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "One_Hour",
                    "Six_Hours",
                    "Three_Hours",
                    "Twelve_Hours",
                    "TwentyFour_Hours",
                ]),
            },
            ::forma_core::schema::Property {
                name: "ResourceIdScope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(768),
                }),
            },
            ::forma_core::schema::Property {
                name: "ResourceTypesScope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: Some(256),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
                ),
            },
            ::forma_core::schema::Property {
                name: "RuleIdentifier",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "TagKeyScope",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "TagValueScope",
                required: false,
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
