// @generated from AWS::ApiGatewayV2::Stage (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGatewayV2::Stage` and its property types.

/// Resource Type definition for AWS::ApiGatewayV2::Stage
///
/// CloudFormation type `AWS::ApiGatewayV2::Stage`.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    props: ::forma_core::schema::Props,
}
impl Stage {
    /// A new resource with its required properties: `ApiId`, `StageName`.
    #[track_caller]
    pub fn new(
        api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stage_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, api_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, stage_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Settings for logging access in this stage.
    #[track_caller]
    pub fn access_log_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccessLogSettings>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether updates to an API automatically trigger a new deployment.
    #[track_caller]
    pub fn auto_deploy(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of a client certificate for a Stage.
    #[track_caller]
    pub fn client_certificate_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The default route settings for the stage.
    #[track_caller]
    pub fn default_route_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RouteSettings>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The deployment identifier for the API stage.
    #[track_caller]
    pub fn deployment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description for the API stage.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RouteSettings`.
    #[track_caller]
    pub fn route_settings(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StageVariables`.
    #[track_caller]
    pub fn stage_variables(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Stage {
    type Attributes = StageAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGatewayV2::Stage"
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
/// The attributes of a `AWS::ApiGatewayV2::Stage` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StageAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StageAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `AccessLogSettings` property type of `AWS::ApiGatewayV2::Stage`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessLogSettings {
    props: ::forma_core::schema::Props,
}
impl AccessLogSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DestinationArn`.
    pub fn destination_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Format`.
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

/// The `RouteSettings` property type of `AWS::ApiGatewayV2::Stage`.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteSettings {
    props: ::forma_core::schema::Props,
}
impl RouteSettings {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DataTraceEnabled`.
    pub fn data_trace_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DetailedMetricsEnabled`.
    pub fn detailed_metrics_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `LoggingLevel`.
    pub fn logging_level(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `ThrottlingBurstLimit`.
    pub fn throttling_burst_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ThrottlingRateLimit`.
    pub fn throttling_rate_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
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

/// The schema of `AWS::ApiGatewayV2::Stage`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGatewayV2::Stage",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLogSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_LOG_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AutoDeploy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ClientCertificateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DefaultRouteSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTE_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeploymentId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
            name: "StageName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StageVariables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &[],
};

static ACCESS_LOG_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::Stage.AccessLogSettings",
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
    name: "AWS::ApiGatewayV2::Stage.RouteSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataTraceEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DetailedMetricsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LoggingLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
