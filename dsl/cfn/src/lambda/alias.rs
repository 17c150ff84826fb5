// @generated from AWS::Lambda::Alias (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lambda::Alias` and its property types.

/// Resource Type definition for AWS::Lambda::Alias
///
/// CloudFormation type `AWS::Lambda::Alias`.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    props: ::forma_core::schema::Props,
}
impl Alias {
    /// A new resource with its required properties: `FunctionName`, `FunctionVersion`, `Name`.
    #[track_caller]
    pub fn new(
        function_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        function_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, function_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, function_version.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the alias.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies a provisioned concurrency configuration for a function's alias.
    #[track_caller]
    pub fn provisioned_concurrency_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ProvisionedConcurrencyConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The routing configuration of the alias.
    #[track_caller]
    pub fn routing_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AliasRoutingConfiguration>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Alias {
    type Attributes = AliasAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lambda::Alias"
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
/// The attributes of a `AWS::Lambda::Alias` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AliasAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AliasAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AliasAttributes {
    /// `Fn::GetAtt` `AliasArn`.
    pub fn alias_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AliasArn")
    }
}

/// A provisioned concurrency configuration for a function's alias.
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

/// The traffic-shifting configuration of a Lambda function alias.
#[derive(Debug, Clone, PartialEq)]
pub struct AliasRoutingConfiguration {
    props: ::forma_core::schema::Props,
}
impl AliasRoutingConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The second version, and the percentage of traffic that's routed to it.
    pub fn additional_version_weights(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VersionWeight>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AliasRoutingConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AliasRoutingConfiguration> for ::forma_core::Value<AliasRoutingConfiguration> {
    fn from(v: AliasRoutingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ALIAS_ROUTING_CONFIGURATION_TYPE.properties))
    }
}

/// The traffic-shifting configuration of a Lambda function alias.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionWeight {
    props: ::forma_core::schema::Props,
}
impl VersionWeight {
    /// A new value with its required properties: `FunctionVersion`, `FunctionWeight`.
    pub fn new(
        function_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        function_weight: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, function_version.into().into_expr());
        props.set(1, function_weight.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<VersionWeight> for ::forma_core::Value<VersionWeight> {
    fn from(v: VersionWeight) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VERSION_WEIGHT_TYPE.properties))
    }
}

/// The schema of `AWS::Lambda::Alias`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lambda::Alias",
    properties: &[
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
            name: "FunctionName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FunctionVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\$LATEST(\\.PUBLISHED)?|[0-9]*)$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProvisionedConcurrencyConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVISIONED_CONCURRENCY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoutingConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ALIAS_ROUTING_CONFIGURATION_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::Excludes("ProvisionedConcurrencyConfig", &["RoutingConfig"])],
    attributes: &["AliasArn"],
};

static PROVISIONED_CONCURRENCY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Lambda::Alias.ProvisionedConcurrencyConfiguration",
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

static ALIAS_ROUTING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Alias.AliasRoutingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AdditionalVersionWeights",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&VERSION_WEIGHT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static VERSION_WEIGHT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Lambda::Alias.VersionWeight",
    properties: &[
        ::forma_core::schema::Property {
            name: "FunctionVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FunctionWeight",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
