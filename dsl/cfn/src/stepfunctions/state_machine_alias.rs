// @generated from AWS::StepFunctions::StateMachineAlias (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::StepFunctions::StateMachineAlias` and its property types.

/// Resource schema for StateMachineAlias
///
/// CloudFormation type `AWS::StepFunctions::StateMachineAlias`.
#[derive(Debug, Clone, PartialEq)]
pub struct StateMachineAlias {
    props: ::forma_core::schema::Props,
}
impl StateMachineAlias {
    /// A new resource.
    ///
    /// CloudFormation also needs at least one of `RoutingConfiguration` or `DeploymentPreference`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The settings to enable gradual state machine deployments.
    #[track_caller]
    pub fn deployment_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentPreference>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An optional description of the alias.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The alias name.
    ///
    /// Allowed: length 1 to 80.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The routing configuration of the alias.
    #[track_caller]
    pub fn routing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RoutingConfigurationVersion>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StateMachineArn`.
    ///
    /// Allowed: length 1 to 2048.
    #[track_caller]
    pub fn state_machine_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for StateMachineAlias {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for StateMachineAlias {
    type Attributes = StateMachineAliasAttributes;
    fn type_name(&self) -> &str {
        "AWS::StepFunctions::StateMachineAlias"
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
/// The attributes of a `AWS::StepFunctions::StateMachineAlias` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StateMachineAliasAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StateMachineAliasAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StateMachineAliasAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `LINEAR`, `ALL_AT_ONCE`, `CANARY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `LINEAR`
    Linear,
    /// `ALL_AT_ONCE`
    AllAtOnce,
    /// `CANARY`
    Canary,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Linear => "LINEAR",
            Self::AllAtOnce => "ALL_AT_ONCE",
            Self::Canary => "CANARY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LINEAR", "ALL_AT_ONCE", "CANARY"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The settings to enable gradual state machine deployments.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentPreference {
    props: ::forma_core::schema::Props,
}
impl DeploymentPreference {
    /// A new value with its required properties: `StateMachineVersionArn`, `Type`.
    pub fn new(
        state_machine_version_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, state_machine_version_arn.into().into_expr());
        props.set(4, type_.into_enum_expr());
        Self { props }
    }
    /// A list of CloudWatch alarm names that will be monitored during the deployment.
    pub fn alarms(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time in minutes between each traffic shifting increment.
    ///
    /// Allowed: 1 to 2100.
    pub fn interval(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The percentage of traffic to shift to the new version in each increment.
    ///
    /// Allowed: 1 to 99.
    pub fn percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DeploymentPreference> for ::forma_core::Value<DeploymentPreference> {
    fn from(v: DeploymentPreference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_PREFERENCE_TYPE.properties))
    }
}

/// The `RoutingConfigurationVersion` property type of `AWS::StepFunctions::StateMachineAlias`.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingConfigurationVersion {
    props: ::forma_core::schema::Props,
}
impl RoutingConfigurationVersion {
    /// A new value with its required properties: `StateMachineVersionArn`, `Weight`.
    pub fn new(
        state_machine_version_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        weight: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, state_machine_version_arn.into().into_expr());
        props.set(1, weight.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RoutingConfigurationVersion> for ::forma_core::Value<RoutingConfigurationVersion> {
    fn from(v: RoutingConfigurationVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTING_CONFIGURATION_VERSION_TYPE.properties))
    }
}

/// The schema of `AWS::StepFunctions::StateMachineAlias`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::StepFunctions::StateMachineAlias",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeploymentPreference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_PREFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$"),
                min_length: Some(1),
                max_length: Some(80),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoutingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ROUTING_CONFIGURATION_VERSION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "StateMachineArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::AnyOf(&[&["RoutingConfiguration"], &["DeploymentPreference"]])],
    attributes: &["Arn"],
};

static DEPLOYMENT_PREFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::StateMachineAlias.DeploymentPreference",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alarms",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Interval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(2100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Percentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(99.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "StateMachineVersionArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LINEAR", "ALL_AT_ONCE", "CANARY"]),
        },
    ],
    rules: &[],
};

static ROUTING_CONFIGURATION_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StepFunctions::StateMachineAlias.RoutingConfigurationVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "StateMachineVersionArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};
