// @generated from AWS::SecurityHub::OrganizationConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::OrganizationConfiguration` and its property types.

/// The AWS::SecurityHub::OrganizationConfiguration resource represents the configuration of your organization in Security Hub.
///
/// CloudFormation type `AWS::SecurityHub::OrganizationConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationConfiguration {
    props: ::forma_core::schema::Props,
}
impl OrganizationConfiguration {
    /// A new resource with its required properties: `AutoEnable`.
    #[track_caller]
    pub fn new(auto_enable: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, auto_enable.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Whether to automatically enable Security Hub default standards in new member accounts when they join the organization.
    #[track_caller]
    pub fn auto_enable_standards(mut self, value: impl ::forma_core::schema::EnumArg<AutoEnableStandards>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the organization uses local or central configuration.
    #[track_caller]
    pub fn configuration_type(mut self, value: impl ::forma_core::schema::EnumArg<ConfigurationType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OrganizationConfiguration {
    type Attributes = OrganizationConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::OrganizationConfiguration"
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
/// The attributes of a `AWS::SecurityHub::OrganizationConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OrganizationConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OrganizationConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OrganizationConfigurationAttributes {
    /// `Fn::GetAtt` `OrganizationConfigurationIdentifier`.
    pub fn organization_configuration_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OrganizationConfigurationIdentifier")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
    /// `Fn::GetAtt` `MemberAccountLimitReached`.
    pub fn member_account_limit_reached(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "MemberAccountLimitReached")
    }
}

/// The values CloudFormation documents: `DEFAULT`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutoEnableStandards {
    /// `DEFAULT`
    Default,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutoEnableStandards {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "NONE"]
    }
}
impl ::std::convert::From<AutoEnableStandards> for ::forma_core::Value<AutoEnableStandards> {
    fn from(v: AutoEnableStandards) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutoEnableStandards {}

/// The values CloudFormation documents: `CENTRAL`, `LOCAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfigurationType {
    /// `CENTRAL`
    Central,
    /// `LOCAL`
    Local,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfigurationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Central => "CENTRAL",
            Self::Local => "LOCAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CENTRAL", "LOCAL"]
    }
}
impl ::std::convert::From<ConfigurationType> for ::forma_core::Value<ConfigurationType> {
    fn from(v: ConfigurationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfigurationType {}

/// The schema of `AWS::SecurityHub::OrganizationConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::OrganizationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoEnable",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AutoEnableStandards",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CENTRAL", "LOCAL"]),
        },
    ],
    rules: &[],
    attributes: &["OrganizationConfigurationIdentifier", "Status", "StatusMessage", "MemberAccountLimitReached"],
};
