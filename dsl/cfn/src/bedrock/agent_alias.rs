// @generated from AWS::Bedrock::AgentAlias (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::AgentAlias` and its property types.

/// Definition of AWS::Bedrock::AgentAlias Resource Type
///
/// CloudFormation type `AWS::Bedrock::AgentAlias`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentAlias {
    props: ::forma_core::schema::Props,
}
impl AgentAlias {
    /// A new resource with its required properties: `AgentAliasName`, `AgentId`.
    #[track_caller]
    pub fn new(
        agent_alias_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        agent_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, agent_alias_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, agent_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the Resource.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Routing configuration for an Agent alias.
    #[track_caller]
    pub fn routing_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AgentAliasRoutingConfigurationListItem>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AgentAlias {
    type Attributes = AgentAliasAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::AgentAlias"
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
/// The attributes of a `AWS::Bedrock::AgentAlias` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AgentAliasAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AgentAliasAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AgentAliasAttributes {
    /// `Fn::GetAtt` `AgentAliasArn`.
    pub fn agent_alias_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentAliasArn")
    }
    /// `Fn::GetAtt` `AgentAliasHistoryEvents`.
    pub fn agent_alias_history_events(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "AgentAliasHistoryEvents")
    }
    /// `Fn::GetAtt` `AgentAliasId`.
    pub fn agent_alias_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentAliasId")
    }
    /// `Fn::GetAtt` `AgentAliasStatus`.
    pub fn agent_alias_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentAliasStatus")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// Details about the routing configuration for an Agent alias.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentAliasRoutingConfigurationListItem {
    props: ::forma_core::schema::Props,
}
impl AgentAliasRoutingConfigurationListItem {
    /// A new value with its required properties: `AgentVersion`.
    pub fn new(agent_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, agent_version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AgentAliasRoutingConfigurationListItem>
    for ::forma_core::Value<AgentAliasRoutingConfigurationListItem>
{
    fn from(v: AgentAliasRoutingConfigurationListItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_ALIAS_ROUTING_CONFIGURATION_LIST_ITEM_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::AgentAlias`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::AgentAlias",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentAliasName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?){1,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AgentId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z]{10}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoutingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AGENT_ALIAS_ROUTING_CONFIGURATION_LIST_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                    min_length: Some(0),
                    max_length: Some(256),
                },
            )),
        },
    ],
    rules: &[],
    attributes: &[
        "AgentAliasArn",
        "AgentAliasHistoryEvents",
        "AgentAliasId",
        "AgentAliasStatus",
        "CreatedAt",
        "UpdatedAt",
    ],
};

static AGENT_ALIAS_ROUTING_CONFIGURATION_LIST_ITEM_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::AgentAlias.AgentAliasRoutingConfigurationListItem",
        properties: &[::forma_core::schema::Property {
            name: "AgentVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(DRAFT|[0-9]{0,4}[1-9][0-9]{0,4})$"),
                min_length: Some(1),
                max_length: Some(5),
            }),
        }],
        rules: &[],
    };
