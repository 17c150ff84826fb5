// @generated from AWS::SecurityHub::ConfigurationPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::ConfigurationPolicy` and its property types.

/// The AWS::SecurityHub::ConfigurationPolicy resource represents the Central Configuration Policy in your account.
///
/// CloudFormation type `AWS::SecurityHub::ConfigurationPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationPolicy {
    props: ::forma_core::schema::Props,
}
impl ConfigurationPolicy {
    /// A new resource with its required properties: `ConfigurationPolicy`, `Name`.
    #[track_caller]
    pub fn new(
        configuration_policy: impl ::std::convert::Into<::forma_core::Value<Policy>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration_policy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the configuration policy.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfigurationPolicy {
    type Attributes = ConfigurationPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::ConfigurationPolicy"
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
/// The attributes of a `AWS::SecurityHub::ConfigurationPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationPolicyAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `ServiceEnabled`.
    pub fn service_enabled(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "ServiceEnabled")
    }
}

/// An object that defines how Security Hub is configured.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    props: ::forma_core::schema::Props,
}
impl Policy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An object that defines how AWS Security Hub is configured.
    pub fn security_hub(mut self, value: impl ::std::convert::Into<::forma_core::Value<SecurityHubPolicy>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Policy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Policy> for ::forma_core::Value<Policy> {
    fn from(v: Policy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_TYPE.properties))
    }
}

/// An object that defines how AWS Security Hub is configured.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityHubPolicy {
    props: ::forma_core::schema::Props,
}
impl SecurityHubPolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list that defines which security standards are enabled in the configuration policy.
    pub fn enabled_standard_identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An object that defines which security controls are enabled in an AWS Security Hub configuration policy.
    pub fn security_controls_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecurityControlsConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Indicates whether Security Hub is enabled in the policy.
    pub fn service_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SecurityHubPolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SecurityHubPolicy> for ::forma_core::Value<SecurityHubPolicy> {
    fn from(v: SecurityHubPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECURITY_HUB_POLICY_TYPE.properties))
    }
}

/// An object that defines which security controls are enabled in an AWS Security Hub configuration policy.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityControlsConfiguration {
    props: ::forma_core::schema::Props,
}
impl SecurityControlsConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of security controls that are disabled in the configuration policy
    pub fn disabled_security_control_identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of security controls that are enabled in the configuration policy.
    pub fn enabled_security_control_identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of security controls and control parameter values that are included in a configuration policy.
    pub fn security_control_custom_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SecurityControlCustomParameter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SecurityControlsConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SecurityControlsConfiguration> for ::forma_core::Value<SecurityControlsConfiguration> {
    fn from(v: SecurityControlsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECURITY_CONTROLS_CONFIGURATION_TYPE.properties))
    }
}

/// An object of security control and control parameter value that are included in a configuration policy.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityControlCustomParameter {
    props: ::forma_core::schema::Props,
}
impl SecurityControlCustomParameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An object that specifies parameter values for a control in a configuration policy.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the security control.
    ///
    /// Allowed: length 0 to 2048.
    pub fn security_control_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SecurityControlCustomParameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SecurityControlCustomParameter> for ::forma_core::Value<SecurityControlCustomParameter> {
    fn from(v: SecurityControlCustomParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECURITY_CONTROL_CUSTOM_PARAMETER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEFAULT`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ValueType {
    /// `DEFAULT`
    Default,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "CUSTOM"]
    }
}
impl ::std::convert::From<ValueType> for ::forma_core::Value<ValueType> {
    fn from(v: ValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ValueType {}

/// An object that provides the current value of a security control parameter and identifies whether it has been customized.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterConfiguration {
    props: ::forma_core::schema::Props,
}
impl ParameterConfiguration {
    /// A new value with its required properties: `ValueType`.
    pub fn new(value_type: impl ::forma_core::schema::EnumArg<ValueType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, value_type.into_enum_expr());
        Self { props }
    }
    /// An object that includes the data type of a security control parameter and its current value.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<ParameterValue>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ParameterConfiguration> for ::forma_core::Value<ParameterConfiguration> {
    fn from(v: ParameterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_CONFIGURATION_TYPE.properties))
    }
}

/// An object that includes the data type of a security control parameter and its current value.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterValue {
    props: ::forma_core::schema::Props,
}
impl ParameterValue {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A control parameter that is a boolean.
    pub fn boolean(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A control parameter that is a double.
    pub fn double(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A control parameter that is an enum.
    ///
    /// Allowed: length 0 to 2048.
    pub fn enum_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A control parameter that is a list of enums.
    pub fn enum_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A control parameter that is an integer.
    pub fn integer(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A control parameter that is a list of integers.
    pub fn integer_list(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<i64>>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A control parameter that is a string.
    ///
    /// Allowed: length 0 to 2048.
    pub fn string(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// A control parameter that is a list of strings.
    pub fn string_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ParameterValue {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ParameterValue> for ::forma_core::Value<ParameterValue> {
    fn from(v: ParameterValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARAMETER_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::SecurityHub::ConfigurationPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::ConfigurationPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationPolicy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "CreatedAt", "UpdatedAt", "ServiceEnabled"],
};

static POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::ConfigurationPolicy.Policy",
    properties: &[::forma_core::schema::Property {
        name: "SecurityHub",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SECURITY_HUB_POLICY_TYPE),
    }],
    rules: &[],
};

static SECURITY_HUB_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::ConfigurationPolicy.SecurityHubPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "EnabledStandardIdentifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecurityControlsConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECURITY_CONTROLS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static SECURITY_CONTROLS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::ConfigurationPolicy.SecurityControlsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisabledSecurityControlIdentifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnabledSecurityControlIdentifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecurityControlCustomParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SECURITY_CONTROL_CUSTOM_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1000) },
            ),
        },
    ],
    rules: &[],
};

static SECURITY_CONTROL_CUSTOM_PARAMETER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SecurityHub::ConfigurationPolicy.SecurityControlCustomParameter",
        properties: &[
            ::forma_core::schema::Property {
                name: "Parameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(
                    &PARAMETER_CONFIGURATION_TYPE,
                )),
            },
            ::forma_core::schema::Property {
                name: "SecurityControlId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(2048),
                }),
            },
        ],
        rules: &[],
    };

static PARAMETER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::ConfigurationPolicy.ParameterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARAMETER_VALUE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ValueType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "CUSTOM"]),
        },
    ],
    rules: &[],
};

static PARAMETER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::ConfigurationPolicy.ParameterValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Boolean",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Double",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Enum",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnumList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Integer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "IntegerList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "String",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "StringList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};
