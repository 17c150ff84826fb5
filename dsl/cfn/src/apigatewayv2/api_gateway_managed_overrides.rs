// @generated from AWS::ApiGatewayV2::ApiGatewayManagedOverrides (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGatewayV2::ApiGatewayManagedOverrides` and its property types.

/// Resource Type definition for AWS::ApiGatewayV2::ApiGatewayManagedOverrides
///
/// CloudFormation type `AWS::ApiGatewayV2::ApiGatewayManagedOverrides`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiGatewayManagedOverrides {
    props: ::forma_core::schema::Props,
}
impl ApiGatewayManagedOverrides {
    /// A new resource with its required properties: `ApiId`.
    #[track_caller]
    pub fn new(api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, api_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Overrides the integration configuration for an API Gateway-managed integration.
    #[track_caller]
    pub fn integration(mut self, value: impl ::std::convert::Into<::forma_core::Value<IntegrationOverrides>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Overrides the route configuration for an API Gateway-managed route.
    #[track_caller]
    pub fn route(mut self, value: impl ::std::convert::Into<::forma_core::Value<RouteOverrides>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Overrides the stage configuration for an API Gateway-managed stage.
    #[track_caller]
    pub fn stage(mut self, value: impl ::std::convert::Into<::forma_core::Value<StageOverrides>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApiGatewayManagedOverrides {
    type Attributes = ApiGatewayManagedOverridesAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGatewayV2::ApiGatewayManagedOverrides"
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
/// The attributes of a `AWS::ApiGatewayV2::ApiGatewayManagedOverrides` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApiGatewayManagedOverridesAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApiGatewayManagedOverridesAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApiGatewayManagedOverridesAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `IntegrationOverrides` property type of `AWS::ApiGatewayV2::ApiGatewayManagedOverrides`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntegrationOverrides {
    props: ::forma_core::schema::Props,
}
impl IntegrationOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The description of the integration.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the integration's HTTP method type.
    pub fn integration_method(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the format of the payload sent to an integration.
    pub fn payload_format_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Custom timeout between 50 and 29,000 milliseconds for WebSocket APIs and between 50 and 30,000 milliseconds for HTTP APIs.
    pub fn timeout_in_millis(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IntegrationOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IntegrationOverrides> for ::forma_core::Value<IntegrationOverrides> {
    fn from(v: IntegrationOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGRATION_OVERRIDES_TYPE.properties))
    }
}

/// The `RouteOverrides` property type of `AWS::ApiGatewayV2::ApiGatewayManagedOverrides`.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteOverrides {
    props: ::forma_core::schema::Props,
}
impl RouteOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The authorization scopes supported by this route.
    pub fn authorization_scopes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The authorization type for the route.
    pub fn authorization_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The identifier of the Authorizer resource to be associated with this route.
    pub fn authorizer_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The operation name for the route.
    pub fn operation_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// For HTTP integrations, specify a fully qualified URL.
    pub fn target(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RouteOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RouteOverrides> for ::forma_core::Value<RouteOverrides> {
    fn from(v: RouteOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTE_OVERRIDES_TYPE.properties))
    }
}

/// The `StageOverrides` property type of `AWS::ApiGatewayV2::ApiGatewayManagedOverrides`.
#[derive(Debug, Clone, PartialEq)]
pub struct StageOverrides {
    props: ::forma_core::schema::Props,
}
impl StageOverrides {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Settings for logging access in a stage.
    pub fn access_log_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccessLogSettings>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether updates to an API automatically trigger a new deployment.
    pub fn auto_deploy(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The default route settings for the stage.
    pub fn default_route_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RouteSettings>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The description for the API stage.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RouteSettings`.
    pub fn route_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `StageVariables`.
    pub fn stage_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StageOverrides {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StageOverrides> for ::forma_core::Value<StageOverrides> {
    fn from(v: StageOverrides) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STAGE_OVERRIDES_TYPE.properties))
    }
}

/// The `AccessLogSettings` property type of `AWS::ApiGatewayV2::ApiGatewayManagedOverrides`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessLogSettings {
    props: ::forma_core::schema::Props,
}
impl AccessLogSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the CloudWatch Logs log group to receive access logs.
    pub fn destination_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A single line format of the access logs of data, as specified by selected $context variables.
    pub fn format(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessLogSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessLogSettings> for ::forma_core::Value<AccessLogSettings> {
    fn from(v: AccessLogSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_LOG_SETTINGS_TYPE.properties))
    }
}

/// The `RouteSettings` property type of `AWS::ApiGatewayV2::ApiGatewayManagedOverrides`.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteSettings {
    props: ::forma_core::schema::Props,
}
impl RouteSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether detailed metrics are enabled.
    pub fn detailed_metrics_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the throttling burst limit.
    pub fn throttling_burst_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the throttling rate limit.
    pub fn throttling_rate_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RouteSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RouteSettings> for ::forma_core::Value<RouteSettings> {
    fn from(v: RouteSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTE_SETTINGS_TYPE.properties))
    }
}

/// The schema of `AWS::ApiGatewayV2::ApiGatewayManagedOverrides`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGatewayV2::ApiGatewayManagedOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Integration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTEGRATION_OVERRIDES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Route",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTE_OVERRIDES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Stage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STAGE_OVERRIDES_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static INTEGRATION_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::ApiGatewayManagedOverrides.IntegrationOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IntegrationMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PayloadFormatVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInMillis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static ROUTE_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::ApiGatewayManagedOverrides.RouteOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthorizationScopes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AuthorizationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AuthorizerId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OperationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Target",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STAGE_OVERRIDES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::ApiGatewayManagedOverrides.StageOverrides",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLogSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_LOG_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AutoDeploy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DefaultRouteSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RouteSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "StageVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static ACCESS_LOG_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::ApiGatewayManagedOverrides.AccessLogSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ROUTE_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::ApiGatewayManagedOverrides.RouteSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DetailedMetricsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ThrottlingBurstLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ThrottlingRateLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
