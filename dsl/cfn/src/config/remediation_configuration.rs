// @generated from AWS::Config::RemediationConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Config::RemediationConfiguration` and its property types.

/// Resource Type definition for AWS::Config::RemediationConfiguration
///
/// CloudFormation type `AWS::Config::RemediationConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct RemediationConfiguration {
    props: ::forma_core::schema::Props,
}
impl RemediationConfiguration {
    /// A new resource with its required properties: `ConfigRuleName`, `TargetId`, `TargetType`.
    #[track_caller]
    pub fn new(
        config_rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, config_rule_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, target_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, target_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Automatic`.
    #[track_caller]
    pub fn automatic(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ExecutionControls`.
    #[track_caller]
    pub fn execution_controls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExecutionControls>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaximumAutomaticAttempts`.
    #[track_caller]
    pub fn maximum_automatic_attempts(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Parameters`.
    #[track_caller]
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceType`.
    #[track_caller]
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RetryAttemptSeconds`.
    #[track_caller]
    pub fn retry_attempt_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TargetVersion`.
    #[track_caller]
    pub fn target_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RemediationConfiguration {
    type Attributes = RemediationConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Config::RemediationConfiguration"
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
/// The attributes of a `AWS::Config::RemediationConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RemediationConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RemediationConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `ExecutionControls` property type of `AWS::Config::RemediationConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecutionControls {
    props: ::forma_core::schema::Props,
}
impl ExecutionControls {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SsmControls`.
    pub fn ssm_controls(mut self, value: impl ::std::convert::Into<::forma_core::Value<SsmControls>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExecutionControls {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExecutionControls> for ::forma_core::Value<ExecutionControls> {
    fn from(v: ExecutionControls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXECUTION_CONTROLS_TYPE.properties))
    }
}

/// The `SsmControls` property type of `AWS::Config::RemediationConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SsmControls {
    props: ::forma_core::schema::Props,
}
impl SsmControls {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConcurrentExecutionRatePercentage`.
    pub fn concurrent_execution_rate_percentage(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ErrorPercentage`.
    pub fn error_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SsmControls {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SsmControls> for ::forma_core::Value<SsmControls> {
    fn from(v: SsmControls) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSM_CONTROLS_TYPE.properties))
    }
}

/// The schema of `AWS::Config::RemediationConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Config::RemediationConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Automatic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ConfigRuleName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ExecutionControls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXECUTION_CONTROLS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaximumAutomaticAttempts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RetryAttemptSeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};

static EXECUTION_CONTROLS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::RemediationConfiguration.ExecutionControls",
    properties: &[::forma_core::schema::Property {
        name: "SsmControls",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SSM_CONTROLS_TYPE),
    }],
    rules: &[],
};

static SSM_CONTROLS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::RemediationConfiguration.SsmControls",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConcurrentExecutionRatePercentage",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ErrorPercentage",
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
