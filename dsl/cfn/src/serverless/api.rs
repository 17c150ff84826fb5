// @generated from AWS::Serverless::Api (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Serverless::Api` and its property types.

/// A `AWS::Serverless::Api`.
///
/// CloudFormation type `AWS::Serverless::Api`.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    props: ::forma_core::schema::Props,
}
impl Api {
    /// A new resource with its required properties: `StageName`.
    #[track_caller]
    pub fn new(stage_name: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(28, stage_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AccessLogSetting`.
    #[track_caller]
    pub fn access_log_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsApiGatewayStageAccessLogSetting>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AlwaysDeploy`.
    #[track_caller]
    pub fn always_deploy(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ApiKeySourceType`.
    #[track_caller]
    pub fn api_key_source_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Auth`.
    #[track_caller]
    pub fn auth(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `BinaryMediaTypes`.
    #[track_caller]
    pub fn binary_media_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CacheClusterEnabled`.
    #[track_caller]
    pub fn cache_cluster_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CacheClusterSize`.
    #[track_caller]
    pub fn cache_cluster_size(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CanarySetting`.
    #[track_caller]
    pub fn canary_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsApiGatewayStageCanarySetting>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Cors`.
    #[track_caller]
    pub fn cors(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefinitionBody`.
    #[track_caller]
    pub fn definition_body(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DefinitionUri`.
    #[track_caller]
    pub fn definition_uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisableExecuteApiEndpoint`.
    #[track_caller]
    pub fn disable_execute_api_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Domain`.
    #[track_caller]
    pub fn domain(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EndpointAccessMode`.
    #[track_caller]
    pub fn endpoint_access_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EndpointConfiguration`.
    #[track_caller]
    pub fn endpoint_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FailOnWarnings`.
    #[track_caller]
    pub fn fail_on_warnings(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `GatewayResponses`.
    #[track_caller]
    pub fn gateway_responses(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MergeDefinitions`.
    #[track_caller]
    pub fn merge_definitions(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MethodSettings`.
    #[track_caller]
    pub fn method_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AwsApiGatewayStageMethodSetting>>>,
    ) -> Self {
        self.props.set_at(19, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MinimumCompressionSize`.
    #[track_caller]
    pub fn minimum_compression_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(20, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Mode`.
    #[track_caller]
    pub fn mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(21, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Models`.
    #[track_caller]
    pub fn models(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(22, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(23, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OpenApiVersion`.
    #[track_caller]
    pub fn open_api_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(24, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Policy`.
    #[track_caller]
    pub fn policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(25, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PropagateTags`.
    #[track_caller]
    pub fn propagate_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(26, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecurityPolicy`.
    #[track_caller]
    pub fn security_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(27, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(29, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TracingEnabled`.
    #[track_caller]
    pub fn tracing_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(30, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Variables`.
    #[track_caller]
    pub fn variables(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(31, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Api {
    type Attributes = ApiAttributes;
    fn type_name(&self) -> &str {
        "AWS::Serverless::Api"
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
/// The attributes of a `AWS::Serverless::Api` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApiAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApiAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApiAttributes {
    /// `Fn::GetAtt` `RestApiId`.
    pub fn rest_api_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RestApiId")
    }
    /// `Fn::GetAtt` `RootResourceId`.
    pub fn root_resource_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RootResourceId")
    }
}

/// The `AWS::ApiGateway::Stage.AccessLogSetting` property type of `AWS::Serverless::Api`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsApiGatewayStageAccessLogSetting {
    props: ::forma_core::schema::Props,
}
impl AwsApiGatewayStageAccessLogSetting {
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
impl ::std::default::Default for AwsApiGatewayStageAccessLogSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsApiGatewayStageAccessLogSetting>
    for ::forma_core::Value<AwsApiGatewayStageAccessLogSetting>
{
    fn from(v: AwsApiGatewayStageAccessLogSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_API_GATEWAY_STAGE_ACCESS_LOG_SETTING_TYPE.properties))
    }
}

/// The `AWS::ApiGateway::Stage.CanarySetting` property type of `AWS::Serverless::Api`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsApiGatewayStageCanarySetting {
    props: ::forma_core::schema::Props,
}
impl AwsApiGatewayStageCanarySetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DeploymentId`.
    pub fn deployment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PercentTraffic`.
    pub fn percent_traffic(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `StageVariableOverrides`.
    pub fn stage_variable_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UseStageCache`.
    pub fn use_stage_cache(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsApiGatewayStageCanarySetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsApiGatewayStageCanarySetting> for ::forma_core::Value<AwsApiGatewayStageCanarySetting> {
    fn from(v: AwsApiGatewayStageCanarySetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_API_GATEWAY_STAGE_CANARY_SETTING_TYPE.properties))
    }
}

/// The `AWS::ApiGateway::Stage.MethodSetting` property type of `AWS::Serverless::Api`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsApiGatewayStageMethodSetting {
    props: ::forma_core::schema::Props,
}
impl AwsApiGatewayStageMethodSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CacheDataEncrypted`.
    pub fn cache_data_encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `CacheTtlInSeconds`.
    pub fn cache_ttl_in_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `CachingEnabled`.
    pub fn caching_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DataTraceEnabled`.
    pub fn data_trace_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `HttpMethod`.
    pub fn http_method(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `LoggingLevel`.
    pub fn logging_level(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `MetricsEnabled`.
    pub fn metrics_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `ResourcePath`.
    pub fn resource_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `ThrottlingBurstLimit`.
    pub fn throttling_burst_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `ThrottlingRateLimit`.
    pub fn throttling_rate_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsApiGatewayStageMethodSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsApiGatewayStageMethodSetting> for ::forma_core::Value<AwsApiGatewayStageMethodSetting> {
    fn from(v: AwsApiGatewayStageMethodSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_API_GATEWAY_STAGE_METHOD_SETTING_TYPE.properties))
    }
}

/// The schema of `AWS::Serverless::Api`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Serverless::Api",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLogSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_API_GATEWAY_STAGE_ACCESS_LOG_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AlwaysDeploy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ApiKeySourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Auth",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "BinaryMediaTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "CacheClusterEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "CacheClusterSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CanarySetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_API_GATEWAY_STAGE_CANARY_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Cors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DefinitionBody",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "DefinitionUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DisableExecuteApiEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Domain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "EndpointAccessMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndpointConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "FailOnWarnings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "GatewayResponses",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "MergeDefinitions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MethodSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AWS_API_GATEWAY_STAGE_METHOD_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MinimumCompressionSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Models",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OpenApiVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PropagateTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SecurityPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StageName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TracingEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Variables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["RestApiId", "RootResourceId"],
};

static AWS_API_GATEWAY_STAGE_ACCESS_LOG_SETTING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Api.AWS::ApiGateway::Stage.AccessLogSetting",
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

static AWS_API_GATEWAY_STAGE_CANARY_SETTING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Api.AWS::ApiGateway::Stage.CanarySetting",
        properties: &[
            ::forma_core::schema::Property {
                name: "DeploymentId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "PercentTraffic",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "StageVariableOverrides",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                    &::forma_core::schema::ANY_STRING,
                )),
            },
            ::forma_core::schema::Property {
                name: "UseStageCache",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static AWS_API_GATEWAY_STAGE_METHOD_SETTING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Serverless::Api.AWS::ApiGateway::Stage.MethodSetting",
        properties: &[
            ::forma_core::schema::Property {
                name: "CacheDataEncrypted",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "CacheTtlInSeconds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "CachingEnabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "DataTraceEnabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "HttpMethod",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "LoggingLevel",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "MetricsEnabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "ResourcePath",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ThrottlingBurstLimit",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
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
