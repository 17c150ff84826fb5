// @generated from AWS::CloudFront::ContinuousDeploymentPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::ContinuousDeploymentPolicy` and its property types.

/// Creates a continuous deployment policy that routes a subset of production traffic from a primary distribution to a staging distribution.
///
/// CloudFormation type `AWS::CloudFront::ContinuousDeploymentPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContinuousDeploymentPolicy {
    props: ::forma_core::schema::Props,
}
impl ContinuousDeploymentPolicy {
    /// A new resource with its required properties: `ContinuousDeploymentPolicyConfig`.
    #[track_caller]
    pub fn new(
        continuous_deployment_policy_config: impl ::std::convert::Into<
            ::forma_core::Value<ContinuousDeploymentPolicyConfig>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, continuous_deployment_policy_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ContinuousDeploymentPolicy {
    type Attributes = ContinuousDeploymentPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::ContinuousDeploymentPolicy"
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
/// The attributes of a `AWS::CloudFront::ContinuousDeploymentPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContinuousDeploymentPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContinuousDeploymentPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContinuousDeploymentPolicyAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// The values CloudFormation documents: `SingleWeight`, `SingleHeader`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `SingleWeight`
    SingleWeight,
    /// `SingleHeader`
    SingleHeader,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SingleWeight => "SingleWeight",
            Self::SingleHeader => "SingleHeader",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SingleWeight", "SingleHeader"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Contains the configuration for a continuous deployment policy.
#[derive(Debug, Clone, PartialEq)]
pub struct ContinuousDeploymentPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl ContinuousDeploymentPolicyConfig {
    /// A new value with its required properties: `Enabled`, `StagingDistributionDnsNames`.
    pub fn new(
        enabled: impl ::std::convert::Into<::forma_core::Value<bool>>,
        staging_distribution_dns_names: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<::std::string::String>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enabled.into().into_expr());
        props.set(3, staging_distribution_dns_names.into().into_expr());
        Self { props }
    }
    /// This configuration determines which HTTP requests are sent to the staging distribution.
    pub fn single_header_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContinuousDeploymentPolicyConfigSingleHeaderPolicyConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// This configuration determines the percentage of HTTP requests that are sent to the staging distribution.
    pub fn single_weight_policy_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContinuousDeploymentPolicyConfigSingleWeightPolicyConfig>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Contains the parameters for routing production traffic from your primary to staging distributions.
    pub fn traffic_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<TrafficConfig>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The type of traffic configuration.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<ContinuousDeploymentPolicyConfig> for ::forma_core::Value<ContinuousDeploymentPolicyConfig> {
    fn from(v: ContinuousDeploymentPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTINUOUS_DEPLOYMENT_POLICY_CONFIG_TYPE.properties))
    }
}

/// This configuration determines which HTTP requests are sent to the staging distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct ContinuousDeploymentPolicyConfigSingleHeaderPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl ContinuousDeploymentPolicyConfigSingleHeaderPolicyConfig {
    /// A new value with its required properties: `Header`, `Value`.
    pub fn new(
        header: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, header.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContinuousDeploymentPolicyConfigSingleHeaderPolicyConfig>
    for ::forma_core::Value<ContinuousDeploymentPolicyConfigSingleHeaderPolicyConfig>
{
    fn from(v: ContinuousDeploymentPolicyConfigSingleHeaderPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(CONTINUOUS_DEPLOYMENT_POLICY_CONFIG_SINGLE_HEADER_POLICY_CONFIG_TYPE.properties),
        )
    }
}

/// This configuration determines the percentage of HTTP requests that are sent to the staging distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct ContinuousDeploymentPolicyConfigSingleWeightPolicyConfig {
    props: ::forma_core::schema::Props,
}
impl ContinuousDeploymentPolicyConfigSingleWeightPolicyConfig {
    /// A new value with its required properties: `Weight`.
    pub fn new(weight: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, weight.into().into_expr());
        Self { props }
    }
    /// Session stickiness provides the ability to define multiple requests from a single viewer as a single session.
    pub fn session_stickiness_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SessionStickinessConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ContinuousDeploymentPolicyConfigSingleWeightPolicyConfig>
    for ::forma_core::Value<ContinuousDeploymentPolicyConfigSingleWeightPolicyConfig>
{
    fn from(v: ContinuousDeploymentPolicyConfigSingleWeightPolicyConfig) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(CONTINUOUS_DEPLOYMENT_POLICY_CONFIG_SINGLE_WEIGHT_POLICY_CONFIG_TYPE.properties),
        )
    }
}

/// The traffic configuration of your continuous deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficConfig {
    props: ::forma_core::schema::Props,
}
impl TrafficConfig {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// Determines which HTTP requests are sent to the staging distribution.
    pub fn single_header_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SingleHeaderConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains the percentage of traffic to send to the staging distribution.
    pub fn single_weight_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SingleWeightConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TrafficConfig> for ::forma_core::Value<TrafficConfig> {
    fn from(v: TrafficConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAFFIC_CONFIG_TYPE.properties))
    }
}

/// Session stickiness provides the ability to define multiple requests from a single viewer as a single session.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionStickinessConfig {
    props: ::forma_core::schema::Props,
}
impl SessionStickinessConfig {
    /// A new value with its required properties: `IdleTTL`, `MaximumTTL`.
    pub fn new(
        idle_ttl: impl ::std::convert::Into<::forma_core::Value<i64>>,
        maximum_ttl: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, idle_ttl.into().into_expr());
        props.set(1, maximum_ttl.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SessionStickinessConfig> for ::forma_core::Value<SessionStickinessConfig> {
    fn from(v: SessionStickinessConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SESSION_STICKINESS_CONFIG_TYPE.properties))
    }
}

/// Determines which HTTP requests are sent to the staging distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct SingleHeaderConfig {
    props: ::forma_core::schema::Props,
}
impl SingleHeaderConfig {
    /// A new value with its required properties: `Header`, `Value`.
    pub fn new(
        header: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, header.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SingleHeaderConfig> for ::forma_core::Value<SingleHeaderConfig> {
    fn from(v: SingleHeaderConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SINGLE_HEADER_CONFIG_TYPE.properties))
    }
}

/// This configuration determines the percentage of HTTP requests that are sent to the staging distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct SingleWeightConfig {
    props: ::forma_core::schema::Props,
}
impl SingleWeightConfig {
    /// A new value with its required properties: `Weight`.
    pub fn new(weight: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, weight.into().into_expr());
        Self { props }
    }
    /// Session stickiness provides the ability to define multiple requests from a single viewer as a single session.
    pub fn session_stickiness_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SessionStickinessConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SingleWeightConfig> for ::forma_core::Value<SingleWeightConfig> {
    fn from(v: SingleWeightConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SINGLE_WEIGHT_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::ContinuousDeploymentPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::ContinuousDeploymentPolicy",
    properties: &[::forma_core::schema::Property {
        name: "ContinuousDeploymentPolicyConfig",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CONTINUOUS_DEPLOYMENT_POLICY_CONFIG_TYPE),
    }],
    rules: &[],
    attributes: &["Id", "LastModifiedTime"],
};

static CONTINUOUS_DEPLOYMENT_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudFront::ContinuousDeploymentPolicy.ContinuousDeploymentPolicyConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "Enabled",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "SingleHeaderPolicyConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &CONTINUOUS_DEPLOYMENT_POLICY_CONFIG_SINGLE_HEADER_POLICY_CONFIG_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "SingleWeightPolicyConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &CONTINUOUS_DEPLOYMENT_POLICY_CONFIG_SINGLE_WEIGHT_POLICY_CONFIG_TYPE,
                ),
            },
            ::forma_core::schema::Property {
                name: "StagingDistributionDnsNames",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "TrafficConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TRAFFIC_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["SingleWeight", "SingleHeader"]),
            },
        ],
        rules: &[],
    };

static CONTINUOUS_DEPLOYMENT_POLICY_CONFIG_SINGLE_HEADER_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudFront::ContinuousDeploymentPolicy.ContinuousDeploymentPolicyConfigSingleHeaderPolicyConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "Header",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1783),
                }),
            },
        ],
        rules: &[],
    };

static CONTINUOUS_DEPLOYMENT_POLICY_CONFIG_SINGLE_WEIGHT_POLICY_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::CloudFront::ContinuousDeploymentPolicy.ContinuousDeploymentPolicyConfigSingleWeightPolicyConfig",
        properties: &[
            ::forma_core::schema::Property {
                name: "SessionStickinessConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SESSION_STICKINESS_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Weight",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(1.0),
                }),
            },
        ],
        rules: &[],
    };

static TRAFFIC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ContinuousDeploymentPolicy.TrafficConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SingleHeaderConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SINGLE_HEADER_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SingleWeightConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SINGLE_WEIGHT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SingleWeight", "SingleHeader"]),
        },
    ],
    rules: &[],
};

static SESSION_STICKINESS_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ContinuousDeploymentPolicy.SessionStickinessConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "IdleTTL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(300.0),
                maximum: Some(3600.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumTTL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(300.0),
                maximum: Some(3600.0),
            }),
        },
    ],
    rules: &[],
};

static SINGLE_HEADER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ContinuousDeploymentPolicy.SingleHeaderConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Header",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1783),
            }),
        },
    ],
    rules: &[],
};

static SINGLE_WEIGHT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::ContinuousDeploymentPolicy.SingleWeightConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SessionStickinessConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SESSION_STICKINESS_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
    ],
    rules: &[],
};
