// @generated from AWS::BedrockAgentCore::RuntimeEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::BedrockAgentCore::RuntimeEndpoint` and its property types.

/// Resource definition for AWS::BedrockAgentCore::RuntimeEndpoint
///
/// CloudFormation type `AWS::BedrockAgentCore::RuntimeEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuntimeEndpoint {
    props: ::forma_core::schema::Props,
}
impl RuntimeEndpoint {
    /// A new resource with its required properties: `AgentRuntimeId`, `Name`.
    #[track_caller]
    pub fn new(
        agent_runtime_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, agent_runtime_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The version of the AgentCore Runtime to use for the endpoint.
    #[track_caller]
    pub fn agent_runtime_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the AgentCore Runtime endpoint.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RuntimeEndpoint {
    type Attributes = RuntimeEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::BedrockAgentCore::RuntimeEndpoint"
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
/// The attributes of a `AWS::BedrockAgentCore::RuntimeEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RuntimeEndpointAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RuntimeEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RuntimeEndpointAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `AgentRuntimeEndpointArn`.
    pub fn agent_runtime_endpoint_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentRuntimeEndpointArn")
    }
    /// `Fn::GetAtt` `AgentRuntimeArn`.
    pub fn agent_runtime_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentRuntimeArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `FailureReason`.
    pub fn failure_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FailureReason")
    }
    /// `Fn::GetAtt` `TargetVersion`.
    pub fn target_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetVersion")
    }
    /// `Fn::GetAtt` `LiveVersion`.
    pub fn live_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LiveVersion")
    }
}

/// The schema of `AWS::BedrockAgentCore::RuntimeEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::BedrockAgentCore::RuntimeEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentRuntimeId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,99}-[a-zA-Z0-9]{10}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AgentRuntimeVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([1-9][0-9]{0,4})$"),
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
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"),
                min_length: Some(1),
                max_length: Some(48),
            }),
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
        "Id",
        "AgentRuntimeEndpointArn",
        "AgentRuntimeArn",
        "Status",
        "CreatedAt",
        "LastUpdatedAt",
        "FailureReason",
        "TargetVersion",
        "LiveVersion",
    ],
};
