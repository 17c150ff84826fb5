// @generated from AWS::EC2::TrafficMirrorFilterRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TrafficMirrorFilterRule` and its property types.

/// Resource Type definition for for AWS::EC2::TrafficMirrorFilterRule
///
/// CloudFormation type `AWS::EC2::TrafficMirrorFilterRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficMirrorFilterRule {
    props: ::forma_core::schema::Props,
}
impl TrafficMirrorFilterRule {
    /// A new resource with its required properties: `DestinationCidrBlock`, `RuleAction`, `RuleNumber`, `SourceCidrBlock`, `TrafficDirection`, `TrafficMirrorFilterId`.
    #[track_caller]
    pub fn new(
        destination_cidr_block: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rule_action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rule_number: impl ::std::convert::Into<::forma_core::Value<i64>>,
        source_cidr_block: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        traffic_direction: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        traffic_mirror_filter_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, destination_cidr_block.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, rule_action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, rule_number.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, source_cidr_block.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, traffic_direction.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, traffic_mirror_filter_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the Traffic Mirror Filter rule.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The destination port range.
    #[track_caller]
    pub fn destination_port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrafficMirrorPortRange>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of protocol, for example 17 (UDP), to assign to the Traffic Mirror rule.
    #[track_caller]
    pub fn protocol(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The source port range.
    #[track_caller]
    pub fn source_port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TrafficMirrorPortRange>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Any tags assigned to the Traffic Mirror Filter rule.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TrafficMirrorFilterRule {
    type Attributes = TrafficMirrorFilterRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TrafficMirrorFilterRule"
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
/// The attributes of a `AWS::EC2::TrafficMirrorFilterRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TrafficMirrorFilterRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TrafficMirrorFilterRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TrafficMirrorFilterRuleAttributes {
    /// `Fn::GetAtt` `TrafficMirrorFilterRuleId`.
    pub fn traffic_mirror_filter_rule_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TrafficMirrorFilterRuleId")
    }
}

/// The `TrafficMirrorPortRange` property type of `AWS::EC2::TrafficMirrorFilterRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrafficMirrorPortRange {
    props: ::forma_core::schema::Props,
}
impl TrafficMirrorPortRange {
    /// A new value with its required properties: `FromPort`, `ToPort`.
    pub fn new(
        from_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
        to_port: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, from_port.into().into_expr());
        props.set(1, to_port.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TrafficMirrorPortRange> for ::forma_core::Value<TrafficMirrorPortRange> {
    fn from(v: TrafficMirrorPortRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRAFFIC_MIRROR_PORT_RANGE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::EC2::TrafficMirrorFilterRule`.
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

/// The schema of `AWS::EC2::TrafficMirrorFilterRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TrafficMirrorFilterRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationCidrBlock",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationPortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAFFIC_MIRROR_PORT_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleAction",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RuleNumber",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceCidrBlock",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourcePortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRAFFIC_MIRROR_PORT_RANGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrafficDirection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TrafficMirrorFilterId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["TrafficMirrorFilterRuleId"],
};

static TRAFFIC_MIRROR_PORT_RANGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::TrafficMirrorFilterRule.TrafficMirrorPortRange",
    properties: &[
        ::forma_core::schema::Property {
            name: "FromPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ToPort",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::TrafficMirrorFilterRule.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
