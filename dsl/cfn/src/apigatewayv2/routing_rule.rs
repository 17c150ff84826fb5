// @generated from AWS::ApiGatewayV2::RoutingRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGatewayV2::RoutingRule` and its property types.

/// Represents a routing rule.
///
/// CloudFormation type `AWS::ApiGatewayV2::RoutingRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingRule {
    props: ::forma_core::schema::Props,
}
impl RoutingRule {
    /// A new resource with its required properties: `Actions`, `Conditions`, `DomainNameArn`, `Priority`.
    #[track_caller]
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>,
        conditions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Condition>>>,
        domain_name_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, conditions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, domain_name_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, priority.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for RoutingRule {
    type Attributes = RoutingRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGatewayV2::RoutingRule"
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
/// The attributes of a `AWS::ApiGatewayV2::RoutingRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RoutingRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RoutingRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RoutingRuleAttributes {
    /// `Fn::GetAtt` `RoutingRuleArn`.
    pub fn routing_rule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RoutingRuleArn")
    }
    /// `Fn::GetAtt` `RoutingRuleId`.
    pub fn routing_rule_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RoutingRuleId")
    }
}

/// Represents a routing rule action.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value with its required properties: `InvokeApi`.
    pub fn new(invoke_api: impl ::std::convert::Into<::forma_core::Value<ActionInvokeApi>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, invoke_api.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// Represents a condition.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    props: ::forma_core::schema::Props,
}
impl Condition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The base path to be matched.
    pub fn match_base_paths(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchBasePaths>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The headers to be matched.
    pub fn match_headers(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchHeaders>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Condition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_TYPE.properties))
    }
}

/// Represents an InvokeApi action.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionInvokeApi {
    props: ::forma_core::schema::Props,
}
impl ActionInvokeApi {
    /// A new value with its required properties: `ApiId`, `Stage`.
    pub fn new(
        api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stage: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, api_id.into().into_expr());
        props.set(1, stage.into().into_expr());
        Self { props }
    }
    /// The strip base path setting.
    pub fn strip_base_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ActionInvokeApi> for ::forma_core::Value<ActionInvokeApi> {
    fn from(v: ActionInvokeApi) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_INVOKE_API_TYPE.properties))
    }
}

/// Represents a `MatchBasePaths` condition.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchBasePaths {
    props: ::forma_core::schema::Props,
}
impl MatchBasePaths {
    /// A new value with its required properties: `AnyOf`.
    pub fn new(any_of: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, any_of.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MatchBasePaths> for ::forma_core::Value<MatchBasePaths> {
    fn from(v: MatchBasePaths) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCH_BASE_PATHS_TYPE.properties))
    }
}

/// Represents a `MatchHeaders` condition.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchHeaders {
    props: ::forma_core::schema::Props,
}
impl MatchHeaders {
    /// A new value with its required properties: `AnyOf`.
    pub fn new(any_of: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MatchHeaderValue>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, any_of.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MatchHeaders> for ::forma_core::Value<MatchHeaders> {
    fn from(v: MatchHeaders) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCH_HEADERS_TYPE.properties))
    }
}

/// Represents a `MatchHeaderValue`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchHeaderValue {
    props: ::forma_core::schema::Props,
}
impl MatchHeaderValue {
    /// A new value with its required properties: `Header`, `ValueGlob`.
    pub fn new(
        header: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value_glob: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, header.into().into_expr());
        props.set(1, value_glob.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MatchHeaderValue> for ::forma_core::Value<MatchHeaderValue> {
    fn from(v: MatchHeaderValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCH_HEADER_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::ApiGatewayV2::RoutingRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGatewayV2::RoutingRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Conditions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DomainNameArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000000.0),
            }),
        },
    ],
    rules: &[],
    attributes: &["RoutingRuleArn", "RoutingRuleId"],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::RoutingRule.Action",
    properties: &[::forma_core::schema::Property {
        name: "InvokeApi",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ACTION_INVOKE_API_TYPE),
    }],
    rules: &[],
};

static CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::RoutingRule.Condition",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchBasePaths",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_BASE_PATHS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchHeaders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_HEADERS_TYPE),
        },
    ],
    rules: &[],
};

static ACTION_INVOKE_API_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::RoutingRule.ActionInvokeApi",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Stage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StripBasePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static MATCH_BASE_PATHS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::RoutingRule.MatchBasePaths",
    properties: &[::forma_core::schema::Property {
        name: "AnyOf",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static MATCH_HEADERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::RoutingRule.MatchHeaders",
    properties: &[::forma_core::schema::Property {
        name: "AnyOf",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&MATCH_HEADER_VALUE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static MATCH_HEADER_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGatewayV2::RoutingRule.MatchHeaderValue",
    properties: &[
        ::forma_core::schema::Property {
            name: "Header",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ValueGlob",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
