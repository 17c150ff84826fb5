// @generated from AWS::WAFRegional::RateBasedRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WAFRegional::RateBasedRule` and its property types.

/// Resource Type definition for AWS::WAFRegional::RateBasedRule
///
/// CloudFormation type `AWS::WAFRegional::RateBasedRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RateBasedRule {
    props: ::forma_core::schema::Props,
}
impl RateBasedRule {
    /// A new resource with its required properties: `MetricName`, `Name`, `RateKey`, `RateLimit`.
    #[track_caller]
    pub fn new(
        metric_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rate_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rate_limit: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, metric_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, rate_key.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, rate_limit.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `MatchPredicates`.
    #[track_caller]
    pub fn match_predicates(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Predicate>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RateBasedRule {
    type Attributes = RateBasedRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::WAFRegional::RateBasedRule"
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
/// The attributes of a `AWS::WAFRegional::RateBasedRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RateBasedRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RateBasedRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RateBasedRuleAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Predicate` property type of `AWS::WAFRegional::RateBasedRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Predicate {
    props: ::forma_core::schema::Props,
}
impl Predicate {
    /// A new value with its required properties: `DataId`, `Negated`, `Type`.
    pub fn new(
        data_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        negated: impl ::std::convert::Into<::forma_core::Value<bool>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_id.into().into_expr());
        props.set(1, negated.into().into_expr());
        props.set(2, type_.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Predicate> for ::forma_core::Value<Predicate> {
    fn from(v: Predicate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREDICATE_TYPE.properties))
    }
}

/// The schema of `AWS::WAFRegional::RateBasedRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WAFRegional::RateBasedRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchPredicates",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PREDICATE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "RateKey",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RateLimit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static PREDICATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WAFRegional::RateBasedRule.Predicate",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Negated",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
