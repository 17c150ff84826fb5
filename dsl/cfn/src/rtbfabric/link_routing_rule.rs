// @generated from AWS::RTBFabric::LinkRoutingRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RTBFabric::LinkRoutingRule` and its property types.

/// Resource Type definition for AWS::RTBFabric::LinkRoutingRule.
///
/// CloudFormation type `AWS::RTBFabric::LinkRoutingRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkRoutingRule {
    props: ::forma_core::schema::Props,
}
impl LinkRoutingRule {
    /// A new resource with its required properties: `Conditions`, `GatewayId`, `LinkId`, `Priority`.
    #[track_caller]
    pub fn new(
        conditions: impl ::std::convert::Into<::forma_core::Value<RuleCondition>>,
        gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        link_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, conditions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, gateway_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, link_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, priority.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tags to assign to the LinkRoutingRule.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LinkRoutingRule {
    type Attributes = LinkRoutingRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::RTBFabric::LinkRoutingRule"
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
/// The attributes of a `AWS::RTBFabric::LinkRoutingRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LinkRoutingRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LinkRoutingRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LinkRoutingRuleAttributes {
    /// `Fn::GetAtt` `RuleId`.
    pub fn rule_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `UpdatedTimestamp`.
    pub fn updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedTimestamp")
    }
}

/// Conditions for a routing rule.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleCondition {
    props: ::forma_core::schema::Props,
}
impl RuleCondition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Exact host match — RFC 3986 unreserved characters.
    ///
    /// Allowed: length 1 to 255.
    pub fn host_header(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Wildcard host pattern (e.g., *.example.com) — RFC 3986 unreserved characters plus *.
    ///
    /// Allowed: length 3 to 255.
    pub fn host_header_wildcard(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Exact path match — must start with /.
    ///
    /// Allowed: length 1 to 128.
    pub fn path_exact(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Path prefix matching — strict starts-with, must start with /.
    ///
    /// Allowed: length 1 to 128.
    pub fn path_prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Query string key=value pair match (single pair).
    pub fn query_string_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<QueryStringKeyValuePair>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Query string key presence check (any value accepted).
    ///
    /// Allowed: length 1 to 128.
    pub fn query_string_exists(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuleCondition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuleCondition> for ::forma_core::Value<RuleCondition> {
    fn from(v: RuleCondition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_CONDITION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `QueryStringKeyValuePair` property type of `AWS::RTBFabric::LinkRoutingRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryStringKeyValuePair {
    props: ::forma_core::schema::Props,
}
impl QueryStringKeyValuePair {
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
impl ::std::convert::From<QueryStringKeyValuePair> for ::forma_core::Value<QueryStringKeyValuePair> {
    fn from(v: QueryStringKeyValuePair) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_STRING_KEY_VALUE_PAIR_TYPE.properties))
    }
}

/// The schema of `AWS::RTBFabric::LinkRoutingRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RTBFabric::LinkRoutingRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Conditions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_CONDITION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GatewayId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^rtb-gw-[a-z0-9-]{1,25}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LinkId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^link-[a-z0-9-]{1,25}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["RuleId", "Arn", "Status", "CreatedTimestamp", "UpdatedTimestamp"],
};

static RULE_CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RTBFabric::LinkRoutingRule.RuleCondition",
    properties: &[
        ::forma_core::schema::Property {
            name: "HostHeader",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9._~-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "HostHeaderWildcard",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9._~*-]+$"),
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "PathExact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/[A-Za-z0-9._~/-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "PathPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^/[A-Za-z0-9._~/-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryStringEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_STRING_KEY_VALUE_PAIR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryStringExists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9._~-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RTBFabric::LinkRoutingRule.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(resourceArn|internalId|[a-zA-Z0-9+\\-=._:/@]+)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static QUERY_STRING_KEY_VALUE_PAIR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RTBFabric::LinkRoutingRule.QueryStringKeyValuePair",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9._~-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9._~-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
