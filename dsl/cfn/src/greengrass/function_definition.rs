// @generated from AWS::Greengrass::FunctionDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::FunctionDefinition` and its property types.

/// Resource Type definition for AWS::Greengrass::FunctionDefinition
///
/// CloudFormation type `AWS::Greengrass::FunctionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDefinition {
    props: ::forma_core::schema::Props,
}
impl FunctionDefinition {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `InitialVersion`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn initial_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FunctionDefinitionVersion>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FunctionDefinition {
    type Attributes = FunctionDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::FunctionDefinition"
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
/// The attributes of a `AWS::Greengrass::FunctionDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FunctionDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FunctionDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FunctionDefinitionAttributes {
    /// `Fn::GetAtt` `LatestVersionArn`.
    pub fn latest_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersionArn")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `FunctionDefinitionVersion` property type of `AWS::Greengrass::FunctionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl FunctionDefinitionVersion {
    /// A new value with its required properties: `Functions`.
    pub fn new(functions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Function>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, functions.into().into_expr());
        Self { props }
    }
    /// `DefaultConfig`.
    pub fn default_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<DefaultConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FunctionDefinitionVersion> for ::forma_core::Value<FunctionDefinitionVersion> {
    fn from(v: FunctionDefinitionVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_DEFINITION_VERSION_TYPE.properties))
    }
}

/// The `DefaultConfig` property type of `AWS::Greengrass::FunctionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultConfig {
    props: ::forma_core::schema::Props,
}
impl DefaultConfig {
    /// A new value with its required properties: `Execution`.
    pub fn new(execution: impl ::std::convert::Into<::forma_core::Value<Execution>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, execution.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DefaultConfig> for ::forma_core::Value<DefaultConfig> {
    fn from(v: DefaultConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_CONFIG_TYPE.properties))
    }
}

/// The `Function` property type of `AWS::Greengrass::FunctionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    props: ::forma_core::schema::Props,
}
impl Function {
    /// A new value with its required properties: `FunctionArn`, `FunctionConfiguration`, `Id`.
    pub fn new(
        function_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        function_configuration: impl ::std::convert::Into<::forma_core::Value<FunctionConfiguration>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, function_arn.into().into_expr());
        props.set(1, function_configuration.into().into_expr());
        props.set(2, id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Function> for ::forma_core::Value<Function> {
    fn from(v: Function) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_TYPE.properties))
    }
}

/// The `Execution` property type of `AWS::Greengrass::FunctionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Execution {
    props: ::forma_core::schema::Props,
}
impl Execution {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IsolationMode`.
    pub fn isolation_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `RunAs`.
    pub fn run_as(mut self, value: impl ::std::convert::Into<::forma_core::Value<RunAs>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Execution {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Execution> for ::forma_core::Value<Execution> {
    fn from(v: Execution) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXECUTION_TYPE.properties))
    }
}

/// The `FunctionConfiguration` property type of `AWS::Greengrass::FunctionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionConfiguration {
    props: ::forma_core::schema::Props,
}
impl FunctionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EncodingType`.
    pub fn encoding_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Environment`.
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<Environment>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ExecArgs`.
    pub fn exec_args(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Executable`.
    pub fn executable(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `MemorySize`.
    pub fn memory_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Pinned`.
    pub fn pinned(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Timeout`.
    pub fn timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FunctionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FunctionConfiguration> for ::forma_core::Value<FunctionConfiguration> {
    fn from(v: FunctionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FUNCTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `RunAs` property type of `AWS::Greengrass::FunctionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct RunAs {
    props: ::forma_core::schema::Props,
}
impl RunAs {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Gid`.
    pub fn gid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Uid`.
    pub fn uid(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RunAs {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RunAs> for ::forma_core::Value<RunAs> {
    fn from(v: RunAs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUN_AS_TYPE.properties))
    }
}

/// The `Environment` property type of `AWS::Greengrass::FunctionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Environment {
    props: ::forma_core::schema::Props,
}
impl Environment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessSysfs`.
    pub fn access_sysfs(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Execution`.
    pub fn execution(mut self, value: impl ::std::convert::Into<::forma_core::Value<Execution>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ResourceAccessPolicies`.
    pub fn resource_access_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceAccessPolicy>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Variables`.
    pub fn variables(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Environment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Environment> for ::forma_core::Value<Environment> {
    fn from(v: Environment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_TYPE.properties))
    }
}

/// The `ResourceAccessPolicy` property type of `AWS::Greengrass::FunctionDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceAccessPolicy {
    props: ::forma_core::schema::Props,
}
impl ResourceAccessPolicy {
    /// A new value with its required properties: `ResourceId`.
    pub fn new(resource_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, resource_id.into().into_expr());
        Self { props }
    }
    /// `Permission`.
    pub fn permission(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResourceAccessPolicy> for ::forma_core::Value<ResourceAccessPolicy> {
    fn from(v: ResourceAccessPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_ACCESS_POLICY_TYPE.properties))
    }
}

/// The schema of `AWS::Greengrass::FunctionDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::FunctionDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "InitialVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&FUNCTION_DEFINITION_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["LatestVersionArn", "Arn", "Id"],
};

static FUNCTION_DEFINITION_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::FunctionDefinition.FunctionDefinitionVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Functions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FUNCTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DEFAULT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::FunctionDefinition.DefaultConfig",
    properties: &[::forma_core::schema::Property {
        name: "Execution",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&EXECUTION_TYPE),
    }],
    rules: &[],
};

static FUNCTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::FunctionDefinition.Function",
    properties: &[
        ::forma_core::schema::Property {
            name: "FunctionArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FunctionConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FUNCTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static EXECUTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::FunctionDefinition.Execution",
    properties: &[
        ::forma_core::schema::Property {
            name: "IsolationMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RunAs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RUN_AS_TYPE),
        },
    ],
    rules: &[],
};

static FUNCTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::FunctionDefinition.FunctionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncodingType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENVIRONMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExecArgs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Executable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemorySize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Pinned",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Timeout",
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

static RUN_AS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::FunctionDefinition.RunAs",
    properties: &[
        ::forma_core::schema::Property {
            name: "Gid",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Uid",
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

static ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::FunctionDefinition.Environment",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessSysfs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Execution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXECUTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceAccessPolicies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_ACCESS_POLICY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Variables",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static RESOURCE_ACCESS_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::FunctionDefinition.ResourceAccessPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Permission",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
