// @generated from AWS::BedrockAgentCore::GatewayRateLimit (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::GatewayRateLimit` and its property types.

/// Definition of AWS::BedrockAgentCore::GatewayRateLimit Resource Type
///
/// CloudFormation type `AWS::BedrockAgentCore::GatewayRateLimit`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayRateLimit {
    props: ::forma_core::schema::Props,
}
impl GatewayRateLimit {
    /// A new resource with its required properties: `DimensionKeys`, `Entries`.
    #[track_caller]
    pub fn new(
        dimension_keys: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        entries: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LimitEntry>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, dimension_keys.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, entries.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Optional human-readable description for this limit.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GatewayIdentifier`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn gateway_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Limit identifier.
    ///
    /// Allowed: length 2 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn rate_limit_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GatewayRateLimit {
    type Attributes = GatewayRateLimitAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::GatewayRateLimit"
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
/// The attributes of a `AWS::BedrockAgentCore::GatewayRateLimit` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GatewayRateLimitAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GatewayRateLimitAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GatewayRateLimitAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// A single rule entry within a limit, mapping dimension values to rate configurations
#[derive(Debug, Clone, PartialEq)]
pub struct LimitEntry {
    props: ::forma_core::schema::Props,
}
impl LimitEntry {
    /// A new value with its required properties: `Dimensions`.
    pub fn new(dimensions: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, dimensions.into().into_expr());
        Self { props }
    }
    /// Connection rate limits (per second only).
    pub fn connections(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RateConfig>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Request rate limits (RPS or RPM).
    pub fn requests(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RateConfig>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Token rate limits (TPM).
    pub fn tokens(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RateConfig>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LimitEntry> for ::forma_core::Value<LimitEntry> {
    fn from(v: LimitEntry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIMIT_ENTRY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `second`, `minute`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Period {
    /// `second`
    Second,
    /// `minute`
    Minute,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Period {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Second => "second",
            Self::Minute => "minute",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["second", "minute"]
    }
}
impl ::std::convert::From<Period> for ::forma_core::Value<Period> {
    fn from(v: Period) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Period {}

/// Rate configuration for a metric (requests or tokens)
#[derive(Debug, Clone, PartialEq)]
pub struct RateConfig {
    props: ::forma_core::schema::Props,
}
impl RateConfig {
    /// A new value with its required properties: `Period`, `Rate`.
    pub fn new(
        period: impl ::forma_core::schema::EnumArg<Period>,
        rate: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, period.into_enum_expr());
        props.set(1, rate.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RateConfig> for ::forma_core::Value<RateConfig> {
    fn from(v: RateConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RATE_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::BedrockAgentCore::GatewayRateLimit`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::BedrockAgentCore::GatewayRateLimit",
properties: &[
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(512) }) },
::forma_core::schema::Property { name: "DimensionKeys", required: true, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(targetName|toolName|qualifiedModelId|\\$\\.context\\.iam\\.principal|\\$\\.context\\.iam\\.sourceIdentity|\\$\\.context\\.jwt\\.[a-zA-Z_][a-zA-Z0-9_\\-\\.]{0,61}[a-zA-Z0-9_])$"), min_length: Some(1), max_length: Some(80) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) }) },
::forma_core::schema::Property { name: "Entries", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&LIMIT_ENTRY_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1000) }) },
::forma_core::schema::Property { name: "GatewayIdentifier", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "RateLimitId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9\\-_\\.]{0,62}[a-zA-Z0-9]$"), min_length: Some(2), max_length: Some(64) }) },
],
rules: &[],
attributes: &["CreatedAt", "Status", "UpdatedAt"],
};

static LIMIT_ENTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::GatewayRateLimit.LimitEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Connections",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RATE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) },
            )),
        },
        ::forma_core::schema::Property {
            name: "Requests",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RATE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tokens",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RATE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
};

static RATE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::BedrockAgentCore::GatewayRateLimit.RateConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Period",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["second", "minute"]),
        },
        ::forma_core::schema::Property {
            name: "Rate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10000000.0),
            }),
        },
    ],
    rules: &[],
};
