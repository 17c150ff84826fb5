// @generated from AWS::EC2::TransitGatewayPolicyTableEntry (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::TransitGatewayPolicyTableEntry` and its property types.

/// AWS::EC2::TransitGatewayPolicyTableEntry Resource Definition
///
/// CloudFormation type `AWS::EC2::TransitGatewayPolicyTableEntry`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayPolicyTableEntry {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayPolicyTableEntry {
    /// A new resource with its required properties: `PolicyRule`, `PolicyRuleNumber`, `TargetRouteTableId`, `TransitGatewayPolicyTableId`.
    #[track_caller]
    pub fn new(
        policy_rule: impl ::std::convert::Into<::forma_core::Value<TransitGatewayPolicyRule>>,
        policy_rule_number: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_route_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        transit_gateway_policy_table_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, policy_rule.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, policy_rule_number.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, target_route_table_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, transit_gateway_policy_table_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TransitGatewayPolicyTableEntry {
    type Attributes = TransitGatewayPolicyTableEntryAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::TransitGatewayPolicyTableEntry"
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
/// The attributes of a `AWS::EC2::TransitGatewayPolicyTableEntry` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TransitGatewayPolicyTableEntryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TransitGatewayPolicyTableEntryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TransitGatewayPolicyTableEntryAttributes {
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
}

/// The `TransitGatewayPolicyRule` property type of `AWS::EC2::TransitGatewayPolicyTableEntry`.
#[derive(Debug, Clone, PartialEq)]
pub struct TransitGatewayPolicyRule {
    props: ::forma_core::schema::Props,
}
impl TransitGatewayPolicyRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The destination CIDR block for the transit gateway policy rule.
    pub fn destination_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The destination port range for the transit gateway policy rule.
    pub fn destination_port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The protocol for the transit gateway policy rule.
    pub fn protocol(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The source CIDR block for the transit gateway policy rule.
    pub fn source_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The source port range for the transit gateway policy rule.
    pub fn source_port_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TransitGatewayPolicyRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TransitGatewayPolicyRule> for ::forma_core::Value<TransitGatewayPolicyRule> {
    fn from(v: TransitGatewayPolicyRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRANSIT_GATEWAY_POLICY_RULE_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::TransitGatewayPolicyTableEntry`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::TransitGatewayPolicyTableEntry",
    properties: &[
        ::forma_core::schema::Property {
            name: "PolicyRule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRANSIT_GATEWAY_POLICY_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PolicyRuleNumber",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetRouteTableId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TransitGatewayPolicyTableId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["State"],
};

static TRANSIT_GATEWAY_POLICY_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::TransitGatewayPolicyTableEntry.TransitGatewayPolicyRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationCidrBlock",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DestinationPortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceCidrBlock",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourcePortRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
