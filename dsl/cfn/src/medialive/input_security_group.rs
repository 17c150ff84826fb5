// @generated from AWS::MediaLive::InputSecurityGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaLive::InputSecurityGroup` and its property types.

/// Resource Type definition for AWS::MediaLive::InputSecurityGroup
///
/// CloudFormation type `AWS::MediaLive::InputSecurityGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct InputSecurityGroup {
    props: ::forma_core::schema::Props,
}
impl InputSecurityGroup {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whitelist rules and their sync status
    #[track_caller]
    pub fn whitelist_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InputWhitelistRule>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for InputSecurityGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for InputSecurityGroup {
    type Attributes = InputSecurityGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaLive::InputSecurityGroup"
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
/// The attributes of a `AWS::MediaLive::InputSecurityGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InputSecurityGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InputSecurityGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InputSecurityGroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Inputs`.
    pub fn inputs(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "Inputs")
    }
}

/// Whitelist rule
#[derive(Debug, Clone, PartialEq)]
pub struct InputWhitelistRule {
    props: ::forma_core::schema::Props,
}
impl InputWhitelistRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The IPv4 CIDR that's whitelisted.
    pub fn cidr(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InputWhitelistRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InputWhitelistRule> for ::forma_core::Value<InputWhitelistRule> {
    fn from(v: InputWhitelistRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INPUT_WHITELIST_RULE_TYPE.properties))
    }
}

/// The schema of `AWS::MediaLive::InputSecurityGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaLive::InputSecurityGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "WhitelistRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INPUT_WHITELIST_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "Inputs"],
};

static INPUT_WHITELIST_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaLive::InputSecurityGroup.InputWhitelistRule",
    properties: &[::forma_core::schema::Property {
        name: "Cidr",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
