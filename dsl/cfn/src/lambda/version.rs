// @generated from AWS::Lambda::Version (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::Version` and its property types.

/// Resource Type definition for AWS::Lambda::Version
///
/// CloudFormation type `AWS::Lambda::Version`.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    props: ::forma_core::schema::Props,
}
impl Version {
    /// A new resource with its required properties: `FunctionName`.
    #[track_caller]
    pub fn new(function_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, function_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Only publish a version if the hash value matches the value that's specified.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn code_sha256(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the version to override the description in the function configuration.
    ///
    /// Allowed: length 0 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The scaling configuration to apply to the function, including minimum and maximum execution environment limits.
    #[track_caller]
    pub fn function_scaling_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FunctionScalingConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a provisioned concurrency configuration for a function's version.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn provisioned_concurrency_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisionedConcurrencyConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the runtime management configuration of a function.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn runtime_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuntimePolicy>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Version {
    type Attributes = VersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::Version"
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
/// The attributes of a `AWS::Lambda::Version` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VersionAttributes {
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `FunctionArn`.
    pub fn function_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FunctionArn")
    }
}

/// Configuration that defines the scaling behavior for a Lambda Managed Instances function, including the minimum and maximum number of execution environments that can be provisioned.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionScalingConfig {
    props: ::forma_core::schema::Props,
}
impl FunctionScalingConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum number of execution environments that can be provisioned for the function.
    ///
    /// Allowed: 0 to 15000.
    pub fn max_execution_environments(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The minimum number of execution environments to maintain for the function.
    ///
    /// Allowed: 0 to 15000.
    pub fn min_execution_environments(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FunctionScalingConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FunctionScalingConfig> for ::forma_core::Value<FunctionScalingConfig> {
    fn from(v: FunctionScalingConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_SCALING_CONFIG_TYPE.properties))
    }
}

/// A provisioned concurrency configuration for a function's version.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionedConcurrencyConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProvisionedConcurrencyConfiguration {
    /// A new value with its required properties: `ProvisionedConcurrentExecutions`.
    pub fn new(provisioned_concurrent_executions: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, provisioned_concurrent_executions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProvisionedConcurrencyConfiguration>
    for ::forma_core::Value<ProvisionedConcurrencyConfiguration>
{
    fn from(v: ProvisionedConcurrencyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVISIONED_CONCURRENCY_CONFIGURATION_TYPE.properties))
    }
}

/// Runtime Management Config of a function.
#[derive(Debug, Clone, PartialEq)]
pub struct RuntimePolicy {
    props: ::forma_core::schema::Props,
}
impl RuntimePolicy {
    /// A new value with its required properties: `UpdateRuntimeOn`.
    pub fn new(update_runtime_on: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, update_runtime_on.into().into_expr());
        Self { props }
    }
    /// The ARN of the runtime the function is configured to use.
    ///
    /// Allowed: length 26 to 2048.
    pub fn runtime_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RuntimePolicy> for ::forma_core::Value<RuntimePolicy> {
    fn from(v: RuntimePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUNTIME_POLICY_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::Version`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Lambda::Version",
properties: &[
::forma_core::schema::Property { name: "CodeSha256", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "Description", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) }) },
::forma_core::schema::Property { name: "FunctionName", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?$"), min_length: Some(1), max_length: Some(140) }) },
::forma_core::schema::Property { name: "FunctionScalingConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&FUNCTION_SCALING_CONFIG_TYPE) },
::forma_core::schema::Property { name: "ProvisionedConcurrencyConfig", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&PROVISIONED_CONCURRENCY_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "RuntimePolicy", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&RUNTIME_POLICY_TYPE) },
],
rules: &[],
attributes: &["Version", "FunctionArn"],
};

static FUNCTION_SCALING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Version.FunctionScalingConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxExecutionEnvironments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(15000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "MinExecutionEnvironments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(15000.0),
            }),
        },
    ],
    rules: &[],
};

static PROVISIONED_CONCURRENCY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lambda::Version.ProvisionedConcurrencyConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "ProvisionedConcurrentExecutions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        }],
        rules: &[],
    };

static RUNTIME_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Version.RuntimePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "RuntimeVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}::runtime:.+$",
                ),
                min_length: Some(26),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "UpdateRuntimeOn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
