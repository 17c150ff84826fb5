// @generated from AWS::CloudFormation::HookTypeConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::HookTypeConfig` and its property types.

/// Specifies the configuration data for a registered hook in CloudFormation Registry.
///
/// CloudFormation type `AWS::CloudFormation::HookTypeConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct HookTypeConfig {
    props: ::forma_core::schema::Props,
}
impl HookTypeConfig {
    /// A new resource with its required properties: `Configuration`.
    ///
    /// CloudFormation also needs exactly one of `TypeArn` or `TypeName`.
    #[track_caller]
    pub fn new(configuration: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An alias by which to refer to this extension configuration data.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn configuration_alias(mut self, value: impl ::forma_core::schema::EnumArg<ConfigurationAlias>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the type without version number.
    #[track_caller]
    pub fn type_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the type being registered.
    #[track_caller]
    pub fn type_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for HookTypeConfig {
    type Attributes = HookTypeConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::HookTypeConfig"
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
/// The attributes of a `AWS::CloudFormation::HookTypeConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HookTypeConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HookTypeConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HookTypeConfigAttributes {
    /// `Fn::GetAtt` `ConfigurationArn`.
    pub fn configuration_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationArn")
    }
}

/// The values CloudFormation documents: `default`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConfigurationAlias {
    /// `default`
    Default,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConfigurationAlias {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["default"]
    }
}
impl ::std::convert::From<ConfigurationAlias> for ::forma_core::Value<ConfigurationAlias> {
    fn from(v: ConfigurationAlias) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConfigurationAlias {}

/// The schema of `AWS::CloudFormation::HookTypeConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::HookTypeConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\S]+"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationAlias",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["default"]),
        },
        ::forma_core::schema::Property {
            name: "TypeArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/hook/.+$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TypeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["TypeArn", "Configuration"],
        &["TypeName", "Configuration"],
    ])],
    attributes: &["ConfigurationArn"],
};
