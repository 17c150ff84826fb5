// @generated from AWS::InspectorV2::CodeSecurityScanConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::InspectorV2::CodeSecurityScanConfiguration` and its property types.

/// Inspector CodeSecurityScanConfiguration resource schema
///
/// CloudFormation type `AWS::InspectorV2::CodeSecurityScanConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeSecurityScanConfiguration {
    props: ::forma_core::schema::Props,
}
impl CodeSecurityScanConfiguration {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Code Security Scan Configuration
    #[track_caller]
    pub fn configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeSecurityScanConfigurationProperty>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration Level
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn level(mut self, value: impl ::forma_core::schema::EnumArg<ConfigurationLevel>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Code Security Scan Configuration name
    ///
    /// Allowed: length 1 to 60.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Scope Settings
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scope_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScopeSettings>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for CodeSecurityScanConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for CodeSecurityScanConfiguration {
    type Attributes = CodeSecurityScanConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::InspectorV2::CodeSecurityScanConfiguration"
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
/// The attributes of a `AWS::InspectorV2::CodeSecurityScanConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CodeSecurityScanConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CodeSecurityScanConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CodeSecurityScanConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `ORGANIZATION`, `ACCOUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfigurationLevel {
    /// `ORGANIZATION`
    Organization,
    /// `ACCOUNT`
    Account,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfigurationLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Organization => "ORGANIZATION",
            Self::Account => "ACCOUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ORGANIZATION", "ACCOUNT"]
    }
}
impl ::std::convert::From<ConfigurationLevel> for ::forma_core::Value<ConfigurationLevel> {
    fn from(v: ConfigurationLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfigurationLevel {}

/// The values CloudFormation documents: `SAST`, `IAC`, `SCA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleSetCategory {
    /// `SAST`
    Sast,
    /// `IAC`
    Iac,
    /// `SCA`
    Sca,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RuleSetCategory {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sast => "SAST",
            Self::Iac => "IAC",
            Self::Sca => "SCA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SAST", "IAC", "SCA"]
    }
}
impl ::std::convert::From<RuleSetCategory> for ::forma_core::Value<RuleSetCategory> {
    fn from(v: RuleSetCategory) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RuleSetCategory {}

/// The `CodeSecurityScanConfiguration` property type of `AWS::InspectorV2::CodeSecurityScanConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeSecurityScanConfigurationProperty {
    props: ::forma_core::schema::Props,
}
impl CodeSecurityScanConfigurationProperty {
    /// A new value with its required properties: `ruleSetCategories`.
    pub fn new(
        rule_set_categories: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RuleSetCategory>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, rule_set_categories.into().into_expr());
        Self { props }
    }
    /// `continuousIntegrationScanConfiguration`.
    pub fn continuous_integration_scan_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContinuousIntegrationScanConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `periodicScanConfiguration`.
    pub fn periodic_scan_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PeriodicScanConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CodeSecurityScanConfigurationProperty>
    for ::forma_core::Value<CodeSecurityScanConfigurationProperty>
{
    fn from(v: CodeSecurityScanConfigurationProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_SECURITY_SCAN_CONFIGURATION_PROPERTY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProjectSelectionScope {
    /// `ALL`
    All,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProjectSelectionScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL"]
    }
}
impl ::std::convert::From<ProjectSelectionScope> for ::forma_core::Value<ProjectSelectionScope> {
    fn from(v: ProjectSelectionScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProjectSelectionScope {}

/// The `ScopeSettings` property type of `AWS::InspectorV2::CodeSecurityScanConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScopeSettings {
    props: ::forma_core::schema::Props,
}
impl ScopeSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `projectSelectionScope`.
    pub fn project_selection_scope(mut self, value: impl ::forma_core::schema::EnumArg<ProjectSelectionScope>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ScopeSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScopeSettings> for ::forma_core::Value<ScopeSettings> {
    fn from(v: ScopeSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCOPE_SETTINGS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PULL_REQUEST`, `PUSH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContinuousIntegrationScanEvent {
    /// `PULL_REQUEST`
    PullRequest,
    /// `PUSH`
    Push,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContinuousIntegrationScanEvent {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PullRequest => "PULL_REQUEST",
            Self::Push => "PUSH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PULL_REQUEST", "PUSH"]
    }
}
impl ::std::convert::From<ContinuousIntegrationScanEvent> for ::forma_core::Value<ContinuousIntegrationScanEvent> {
    fn from(v: ContinuousIntegrationScanEvent) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContinuousIntegrationScanEvent {}

/// The `ContinuousIntegrationScanConfiguration` property type of `AWS::InspectorV2::CodeSecurityScanConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContinuousIntegrationScanConfiguration {
    props: ::forma_core::schema::Props,
}
impl ContinuousIntegrationScanConfiguration {
    /// A new value with its required properties: `supportedEvents`.
    pub fn new(
        supported_events: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContinuousIntegrationScanEvent>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, supported_events.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContinuousIntegrationScanConfiguration>
    for ::forma_core::Value<ContinuousIntegrationScanConfiguration>
{
    fn from(v: ContinuousIntegrationScanConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTINUOUS_INTEGRATION_SCAN_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `WEEKLY`, `MONTHLY`, `NEVER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PeriodicScanFrequency {
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// `NEVER`
    Never,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PeriodicScanFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Weekly => "WEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Never => "NEVER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WEEKLY", "MONTHLY", "NEVER"]
    }
}
impl ::std::convert::From<PeriodicScanFrequency> for ::forma_core::Value<PeriodicScanFrequency> {
    fn from(v: PeriodicScanFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PeriodicScanFrequency {}

/// The `PeriodicScanConfiguration` property type of `AWS::InspectorV2::CodeSecurityScanConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodicScanConfiguration {
    props: ::forma_core::schema::Props,
}
impl PeriodicScanConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `frequency`.
    pub fn frequency(mut self, value: impl ::forma_core::schema::EnumArg<PeriodicScanFrequency>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `frequencyExpression`.
    ///
    /// Allowed: length 1 to 256.
    pub fn frequency_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PeriodicScanConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PeriodicScanConfiguration> for ::forma_core::Value<PeriodicScanConfiguration> {
    fn from(v: PeriodicScanConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERIODIC_SCAN_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::InspectorV2::CodeSecurityScanConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::InspectorV2::CodeSecurityScanConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_SECURITY_SCAN_CONFIGURATION_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ORGANIZATION", "ACCOUNT"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_$:.]*$"),
                min_length: Some(1),
                max_length: Some(60),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScopeSettings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SCOPE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: Some("^.{1,255}$"), min_length: None, max_length: None },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static CODE_SECURITY_SCAN_CONFIGURATION_PROPERTY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::InspectorV2::CodeSecurityScanConfiguration.CodeSecurityScanConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "continuousIntegrationScanConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CONTINUOUS_INTEGRATION_SCAN_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "periodicScanConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&PERIODIC_SCAN_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "ruleSetCategories",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["SAST", "IAC", "SCA"]),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
                ),
            },
        ],
        rules: &[],
    };

static SCOPE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::CodeSecurityScanConfiguration.ScopeSettings",
    properties: &[::forma_core::schema::Property {
        name: "projectSelectionScope",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ALL"]),
    }],
    rules: &[],
};

static CONTINUOUS_INTEGRATION_SCAN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::InspectorV2::CodeSecurityScanConfiguration.ContinuousIntegrationScanConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "supportedEvents",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["PULL_REQUEST", "PUSH"]),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        }],
        rules: &[],
    };

static PERIODIC_SCAN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::CodeSecurityScanConfiguration.PeriodicScanConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "frequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WEEKLY", "MONTHLY", "NEVER"]),
        },
        ::forma_core::schema::Property {
            name: "frequencyExpression",
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
