// @generated from AWS::Bedrock::FlowVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::FlowVersion` and its property types.

/// Definition of AWS::Bedrock::FlowVersion Resource Type
///
/// CloudFormation type `AWS::Bedrock::FlowVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowVersion {
    props: ::forma_core::schema::Props,
}
impl FlowVersion {
    /// A new resource with its required properties: `FlowArn`.
    #[track_caller]
    pub fn new(flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, flow_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Description of the flow version
    ///
    /// Allowed: length 1 to 200.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FlowVersion {
    type Attributes = FlowVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::FlowVersion"
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
/// The attributes of a `AWS::Bedrock::FlowVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlowVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlowVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlowVersionAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Definition`.
    pub fn definition(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Definition")
    }
    /// `Fn::GetAtt` `ExecutionRoleArn`.
    pub fn execution_role_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ExecutionRoleArn")
    }
    /// `Fn::GetAtt` `FlowId`.
    pub fn flow_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FlowId")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `CustomerEncryptionKeyArn`.
    pub fn customer_encryption_key_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CustomerEncryptionKeyArn")
    }
}

/// The schema of `AWS::Bedrock::FlowVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::FlowVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "FlowArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:flow/[0-9a-zA-Z]{10}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &[
        "CreatedAt",
        "Definition",
        "ExecutionRoleArn",
        "FlowId",
        "Name",
        "Status",
        "Version",
        "CustomerEncryptionKeyArn",
    ],
};
