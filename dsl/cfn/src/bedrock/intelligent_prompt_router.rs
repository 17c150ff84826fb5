// @generated from AWS::Bedrock::IntelligentPromptRouter (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::IntelligentPromptRouter` and its property types.

/// Definition of AWS::Bedrock::IntelligentPromptRouter Resource Type
///
/// CloudFormation type `AWS::Bedrock::IntelligentPromptRouter`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntelligentPromptRouter {
    props: ::forma_core::schema::Props,
}
impl IntelligentPromptRouter {
    /// A new resource with its required properties: `FallbackModel`, `Models`, `PromptRouterName`, `RoutingCriteria`.
    #[track_caller]
    pub fn new(
        fallback_model: impl ::std::convert::Into<::forma_core::Value<PromptRouterTargetModel>>,
        models: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PromptRouterTargetModel>>>,
        prompt_router_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        routing_criteria: impl ::std::convert::Into<::forma_core::Value<RoutingCriteria>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, fallback_model.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, models.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, prompt_router_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, routing_criteria.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the Prompt Router.
    ///
    /// Allowed: length 1 to 200.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of Tags
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IntelligentPromptRouter {
    type Attributes = IntelligentPromptRouterAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::IntelligentPromptRouter"
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
/// The attributes of a `AWS::Bedrock::IntelligentPromptRouter` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IntelligentPromptRouterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IntelligentPromptRouterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IntelligentPromptRouterAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `PromptRouterArn`.
    pub fn prompt_router_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PromptRouterArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// Model configuration
#[derive(Debug, Clone, PartialEq)]
pub struct PromptRouterTargetModel {
    props: ::forma_core::schema::Props,
}
impl PromptRouterTargetModel {
    /// A new value with its required properties: `ModelArn`.
    pub fn new(model_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, model_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PromptRouterTargetModel> for ::forma_core::Value<PromptRouterTargetModel> {
    fn from(v: PromptRouterTargetModel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROMPT_ROUTER_TARGET_MODEL_TYPE.properties))
    }
}

/// Represents the criteria used for routing requests.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutingCriteria {
    props: ::forma_core::schema::Props,
}
impl RoutingCriteria {
    /// A new value with its required properties: `ResponseQualityDifference`.
    pub fn new(response_quality_difference: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, response_quality_difference.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RoutingCriteria> for ::forma_core::Value<RoutingCriteria> {
    fn from(v: RoutingCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTING_CRITERIA_TYPE.properties))
    }
}

/// Definition of the key/value pair for a tag
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::IntelligentPromptRouter`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::IntelligentPromptRouter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z:.][ _-]?)+$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "FallbackModel",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PROMPT_ROUTER_TARGET_MODEL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Models",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROMPT_ROUTER_TARGET_MODEL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PromptRouterName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][ _-]?)+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoutingCriteria",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ROUTING_CRITERIA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "PromptRouterArn", "Status", "Type", "UpdatedAt"],
};

static PROMPT_ROUTER_TARGET_MODEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::Bedrock::IntelligentPromptRouter.PromptRouterTargetModel",
properties: &[
::forma_core::schema::Property { name: "ModelArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("(^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}::foundation-model/[a-z0-9-]{1,63}[.]{1}([a-z0-9-]{1,63}[.]){0,2}[a-z0-9-]{1,63}([:][a-z0-9-]{1,63}){0,2})|(^arn:aws(|-us-gov|-cn|-iso|-iso-b):bedrock:(|[0-9a-z-]{0,20}):(|[0-9]{12}):(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)$"), min_length: Some(1), max_length: Some(2048) }) },
],
rules: &[],
};

static ROUTING_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::IntelligentPromptRouter.RoutingCriteria",
    properties: &[::forma_core::schema::Property {
        name: "ResponseQualityDifference",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(0.0),
            maximum: Some(100.0),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Bedrock::IntelligentPromptRouter.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
