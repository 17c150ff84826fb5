// @generated from AWS::DataSync::Agent (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataSync::Agent` and its property types.

/// Resource schema for AWS::DataSync::Agent.
///
/// CloudFormation type `AWS::DataSync::Agent`.
#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    props: ::forma_core::schema::Props,
}
impl Agent {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Activation key of the Agent.
    ///
    /// Allowed: length 0 to 29.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn activation_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name configured for the agent.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn agent_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARNs of the security group used to protect your data transfer task subnets.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_group_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARNs of the subnets in which DataSync will create elastic network interfaces for each data transfer task.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the VPC endpoint that the agent has access to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_endpoint_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Agent {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Agent {
    type Attributes = AgentAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataSync::Agent"
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
/// The attributes of a `AWS::DataSync::Agent` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AgentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AgentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AgentAttributes {
    /// `Fn::GetAtt` `AgentArn`.
    pub fn agent_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentArn")
    }
    /// `Fn::GetAtt` `EndpointType`.
    pub fn endpoint_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndpointType")
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::DataSync::Agent`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DataSync::Agent",
properties: &[
::forma_core::schema::Property { name: "ActivationKey", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}"), min_length: Some(0), max_length: Some(29) }) },
::forma_core::schema::Property { name: "AgentName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\s+=._:@/-]+$"), min_length: Some(0), max_length: Some(256) }) },
::forma_core::schema::Property { name: "SecurityGroupArns", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:security-group/.*$"), min_length: Some(0), max_length: Some(128) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
::forma_core::schema::Property { name: "SubnetArns", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:subnet/.*$"), min_length: Some(0), max_length: Some(128) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "VpcEndpointId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^vpce-[0-9a-f]{17}$"), min_length: None, max_length: None }) },
],
rules: &[],
attributes: &["AgentArn", "EndpointType"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::Agent.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:@/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
