// @generated from AWS::WAF::WebACL (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAF::WebACL` and its property types.

/// Resource Type definition for AWS::WAF::WebACL
///
/// CloudFormation type `AWS::WAF::WebACL`.
#[derive(Debug, Clone, PartialEq)]
pub struct WebAcl {
    props: ::forma_core::schema::Props,
}
impl WebAcl {
    /// A new resource with its required properties: `DefaultAction`, `MetricName`, `Name`.
    #[track_caller]
    pub fn new(
        default_action: impl ::std::convert::Into<::forma_core::Value<WafAction>>,
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, default_action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, metric_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Rules`.
    #[track_caller]
    pub fn rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ActivatedRule>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WebAcl {
    type Attributes = WebAclAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAF::WebACL"
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
/// The attributes of a `AWS::WAF::WebACL` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WebAclAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WebAclAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WebAclAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `WafAction` property type of `AWS::WAF::WebACL`.
#[derive(Debug, Clone, PartialEq)]
pub struct WafAction {
    props: ::forma_core::schema::Props,
}
impl WafAction {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<WafAction> for ::forma_core::Value<WafAction> {
    fn from(v: WafAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WAF_ACTION_TYPE.properties))
    }
}

/// The `ActivatedRule` property type of `AWS::WAF::WebACL`.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivatedRule {
    props: ::forma_core::schema::Props,
}
impl ActivatedRule {
    /// A new value with its required properties: `Priority`, `RuleId`.
    pub fn new(
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        rule_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, priority.into().into_expr());
        props.set(2, rule_id.into().into_expr());
        Self { props }
    }
    /// `Action`.
    pub fn action(mut self, value: impl ::std::convert::Into<::forma_core::Value<WafAction>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ActivatedRule> for ::forma_core::Value<ActivatedRule> {
    fn from(v: ActivatedRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTIVATED_RULE_TYPE.properties))
    }
}

/// The schema of `AWS::WAF::WebACL`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAF::WebACL",
    properties: &[
        ::forma_core::schema::Property {
            name: "DefaultAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WAF_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MetricName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Rules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTIVATED_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static WAF_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAF::WebACL.WafAction",
    properties: &[::forma_core::schema::Property {
        name: "Type",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ACTIVATED_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAF::WebACL.ActivatedRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WAF_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
