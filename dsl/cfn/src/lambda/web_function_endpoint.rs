// @generated from AWS::Lambda::WebFunctionEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::WebFunctionEndpoint` and its property types.

/// Resource Type definition for AWS::Lambda::WebFunctionEndpoint.
///
/// CloudFormation type `AWS::Lambda::WebFunctionEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebFunctionEndpoint {
    props: ::forma_core::schema::Props,
}
impl WebFunctionEndpoint {
    /// A new resource with its required properties: `AuthType`, `EndpointName`, `EndpointType`, `FunctionName`.
    #[track_caller]
    pub fn new(
        auth_type: impl ::forma_core::schema::EnumArg<AuthType>,
        endpoint_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        endpoint_type: impl ::forma_core::schema::EnumArg<EndpointType>,
        function_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, auth_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, endpoint_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, endpoint_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, function_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the endpoint.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of AWS Regions for the endpoint.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of revision routing entries.
    #[track_caller]
    pub fn revision_weights(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RevisionWeight>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scaling configuration for the endpoint.
    #[track_caller]
    pub fn scaling_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScalingConfig>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The throttling configuration for the endpoint.
    #[track_caller]
    pub fn throttle_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ThrottleConfig>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WebFunctionEndpoint {
    type Attributes = WebFunctionEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::WebFunctionEndpoint"
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
/// The attributes of a `AWS::Lambda::WebFunctionEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WebFunctionEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WebFunctionEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WebFunctionEndpointAttributes {
    /// `Fn::GetAtt` `FunctionArn`.
    pub fn function_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FunctionArn")
    }
    /// `Fn::GetAtt` `EndpointArn`.
    pub fn endpoint_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointArn")
    }
    /// `Fn::GetAtt` `DomainName`.
    pub fn domain_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainName")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `StateReason`.
    pub fn state_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StateReason")
    }
    /// `Fn::GetAtt` `UpdateStatus`.
    pub fn update_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateStatus")
    }
    /// `Fn::GetAtt` `UpdateStatusReason`.
    pub fn update_status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateStatusReason")
    }
    /// `Fn::GetAtt` `RegionalEndpoints`.
    pub fn regional_endpoints(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "RegionalEndpoints")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `ApplicationManaged`, `IamAuth`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthType {
    /// `ApplicationManaged`
    ApplicationManaged,
    /// `IamAuth`
    IamAuth,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApplicationManaged => "ApplicationManaged",
            Self::IamAuth => "IamAuth",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ApplicationManaged", "IamAuth"]
    }
}
impl ::std::convert::From<AuthType> for ::forma_core::Value<AuthType> {
    fn from(v: AuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthType {}

/// The values CloudFormation documents: `HomeRegion`, `MultiRegion`, `PerRegion`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointType {
    /// `HomeRegion`
    HomeRegion,
    /// `MultiRegion`
    MultiRegion,
    /// `PerRegion`
    PerRegion,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HomeRegion => "HomeRegion",
            Self::MultiRegion => "MultiRegion",
            Self::PerRegion => "PerRegion",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HomeRegion", "MultiRegion", "PerRegion"]
    }
}
impl ::std::convert::From<EndpointType> for ::forma_core::Value<EndpointType> {
    fn from(v: EndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointType {}

/// A revision routing entry.
#[derive(Debug, Clone, PartialEq)]
pub struct RevisionWeight {
    props: ::forma_core::schema::Props,
}
impl RevisionWeight {
    /// A new value with its required properties: `RevisionId`, `Weight`.
    pub fn new(
        revision_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        weight: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, revision_id.into().into_expr());
        props.set(1, weight.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RevisionWeight> for ::forma_core::Value<RevisionWeight> {
    fn from(v: RevisionWeight) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REVISION_WEIGHT_TYPE.properties))
    }
}

/// The scaling configuration for the endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct ScalingConfig {
    props: ::forma_core::schema::Props,
}
impl ScalingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of concurrent execution environments for the endpoint.
    ///
    /// Allowed: at least 2.
    pub fn max_environments(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ScalingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScalingConfig> for ::forma_core::Value<ScalingConfig> {
    fn from(v: ScalingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCALING_CONFIG_TYPE.properties))
    }
}

/// The throttling configuration for the endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct ThrottleConfig {
    props: ::forma_core::schema::Props,
}
impl ThrottleConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum request rate per second for the endpoint, up to a maximum of 10000.
    ///
    /// Allowed: at least 0.
    pub fn rate_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ThrottleConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ThrottleConfig> for ::forma_core::Value<ThrottleConfig> {
    fn from(v: ThrottleConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(THROTTLE_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::WebFunctionEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lambda::WebFunctionEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ApplicationManaged", "IamAuth"]),
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
            name: "EndpointName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndpointType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["HomeRegion", "MultiRegion", "PerRegion"]),
        },
        ::forma_core::schema::Property {
            name: "FunctionName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Regions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^([a-z]{2,}-){2,}[0-9]$"),
                    min_length: Some(1),
                    max_length: Some(50),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RevisionWeights",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REVISION_WEIGHT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScalingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCALING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ThrottleConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&THROTTLE_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "FunctionArn",
        "EndpointArn",
        "DomainName",
        "State",
        "StateReason",
        "UpdateStatus",
        "UpdateStatusReason",
        "RegionalEndpoints",
        "CreatedAt",
        "UpdatedAt",
    ],
};

static REVISION_WEIGHT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::WebFunctionEndpoint.RevisionWeight",
    properties: &[
        ::forma_core::schema::Property {
            name: "RevisionId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static SCALING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::WebFunctionEndpoint.ScalingConfig",
    properties: &[::forma_core::schema::Property {
        name: "MaxEnvironments",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(2.0),
            maximum: None,
        }),
    }],
    rules: &[],
};

static THROTTLE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::WebFunctionEndpoint.ThrottleConfig",
    properties: &[::forma_core::schema::Property {
        name: "RateLimit",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: None,
        }),
    }],
    rules: &[],
};
