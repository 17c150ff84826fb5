// @generated from AWS::AppConfig::DeploymentStrategy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppConfig::DeploymentStrategy` and its property types.

/// Resource Type definition for AWS::AppConfig::DeploymentStrategy
///
/// CloudFormation type `AWS::AppConfig::DeploymentStrategy`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentStrategy {
    props: ::forma_core::schema::Props,
}
impl DeploymentStrategy {
    /// A new resource with its required properties: `DeploymentDurationInMinutes`, `GrowthFactor`, `Name`, `ReplicateTo`.
    #[track_caller]
    pub fn new(
        deployment_duration_in_minutes: impl ::std::convert::Into<::forma_core::Value<f64>>,
        growth_factor: impl ::std::convert::Into<::forma_core::Value<f64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        replicate_to: impl ::forma_core::schema::EnumArg<ReplicateTo>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, deployment_duration_in_minutes.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, growth_factor.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, replicate_to.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the deployment strategy.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the amount of time AWS AppConfig monitors for Amazon CloudWatch alarms after the configuration has been deployed to 100% of its targets, before considering the deployment to be complete.
    ///
    /// Allowed: 0 to 1440.
    #[track_caller]
    pub fn final_bake_time_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The algorithm used to define how percentage grows over time.
    #[track_caller]
    pub fn growth_type(mut self, value: impl ::forma_core::schema::EnumArg<GrowthType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Assigns metadata to an AWS AppConfig resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DeploymentStrategy {
    type Attributes = DeploymentStrategyAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppConfig::DeploymentStrategy"
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
/// The attributes of a `AWS::AppConfig::DeploymentStrategy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeploymentStrategyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeploymentStrategyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DeploymentStrategyAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `EXPONENTIAL`, `LINEAR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GrowthType {
    /// `EXPONENTIAL`
    Exponential,
    /// `LINEAR`
    Linear,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GrowthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Exponential => "EXPONENTIAL",
            Self::Linear => "LINEAR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EXPONENTIAL", "LINEAR"]
    }
}
impl ::std::convert::From<GrowthType> for ::forma_core::Value<GrowthType> {
    fn from(v: GrowthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GrowthType {}

/// The values CloudFormation documents: `NONE`, `SSM_DOCUMENT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplicateTo {
    /// `NONE`
    None,
    /// `SSM_DOCUMENT`
    SsmDocument,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ReplicateTo {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::SsmDocument => "SSM_DOCUMENT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "SSM_DOCUMENT"]
    }
}
impl ::std::convert::From<ReplicateTo> for ::forma_core::Value<ReplicateTo> {
    fn from(v: ReplicateTo) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ReplicateTo {}

/// Metadata to assign to the deployment strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key name of the tag.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value for the tag.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::AppConfig::DeploymentStrategy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppConfig::DeploymentStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeploymentDurationInMinutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1440.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "FinalBakeTimeInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1440.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "GrowthFactor",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "GrowthType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["EXPONENTIAL", "LINEAR"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReplicateTo",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "SSM_DOCUMENT"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppConfig::DeploymentStrategy.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
