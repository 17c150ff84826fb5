// @generated from AWS::DevOpsAgent::Association (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DevOpsAgent::Association` and its property types.

/// Resource Type definition for AWS::DevOpsAgent::Association defining how the AgentSpace interacts with external services like GitHub, Slack, AWS accounts, and others.
///
/// CloudFormation type `AWS::DevOpsAgent::Association`.
#[derive(Debug, Clone, PartialEq)]
pub struct Association {
    props: ::forma_core::schema::Props,
}
impl Association {
    /// A new resource with its required properties: `AgentSpaceId`, `Configuration`, `ServiceId`.
    #[track_caller]
    pub fn new(
        agent_space_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        service_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, agent_space_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, service_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Set of linked association IDs for parent-child relationships
    #[track_caller]
    pub fn linked_association_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Association {
    type Attributes = AssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::DevOpsAgent::Association"
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
/// The attributes of a `AWS::DevOpsAgent::Association` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssociationAttributes {
    /// `Fn::GetAtt` `AssociationId`.
    pub fn association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationId")
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

/// The schema of `AWS::DevOpsAgent::Association`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DevOpsAgent::Association",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentSpaceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "LinkedAssociationIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ServiceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &["AssociationId", "CreatedAt", "UpdatedAt"],
};
