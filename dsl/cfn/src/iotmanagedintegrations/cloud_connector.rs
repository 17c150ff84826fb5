// @generated from AWS::IoTManagedIntegrations::CloudConnector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTManagedIntegrations::CloudConnector` and its property types.

/// Resource type definition for AWS::IoTManagedIntegrations::CloudConnector.
///
/// CloudFormation type `AWS::IoTManagedIntegrations::CloudConnector`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudConnector {
    props: ::forma_core::schema::Props,
}
impl CloudConnector {
    /// A new resource with its required properties: `EndpointConfig`, `Name`.
    #[track_caller]
    pub fn new(
        endpoint_config: impl ::std::convert::Into<::forma_core::Value<EndpointConfig>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, endpoint_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the C2C connector.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of endpoint used for the cloud connector, which defines how the connector communicates with external services.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoint_type(mut self, value: impl ::forma_core::schema::EnumArg<EndpointType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CloudConnector {
    type Attributes = CloudConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTManagedIntegrations::CloudConnector"
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
/// The attributes of a `AWS::IoTManagedIntegrations::CloudConnector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CloudConnectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CloudConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CloudConnectorAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
}

/// The values CloudFormation documents: `LAMBDA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EndpointType {
    /// `LAMBDA`
    Lambda,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lambda => "LAMBDA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LAMBDA"]
    }
}
impl ::std::convert::From<EndpointType> for ::forma_core::Value<EndpointType> {
    fn from(v: EndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EndpointType {}

/// The configuration details for the cloud connector endpoint, including connection parameters and authentication requirements.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointConfig {
    props: ::forma_core::schema::Props,
}
impl EndpointConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration details for an AWS Lambda function used as an endpoint for a cloud connector.
    pub fn lambda(mut self, value: impl ::std::convert::Into<::forma_core::Value<LambdaConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EndpointConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EndpointConfig> for ::forma_core::Value<EndpointConfig> {
    fn from(v: EndpointConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_CONFIG_TYPE.properties))
    }
}

/// Configuration details for an AWS Lambda function used as an endpoint for a cloud connector.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaConfig {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LambdaConfig> for ::forma_core::Value<LambdaConfig> {
    fn from(v: LambdaConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::IoTManagedIntegrations::CloudConnector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTManagedIntegrations::CloudConnector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_\\- ]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndpointConfig",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENDPOINT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndpointType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["LAMBDA"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-_ ]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "Type"],
};

static ENDPOINT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTManagedIntegrations::CloudConnector.EndpointConfig",
    properties: &[::forma_core::schema::Property {
        name: "Lambda",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LAMBDA_CONFIG_TYPE),
    }],
    rules: &[],
};

static LAMBDA_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTManagedIntegrations::CloudConnector.LambdaConfig",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some(
                "^(arn:aws:lambda:[0-9a-zA-Z-]+:[0-9]+:function:)?([a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?)$",
            ),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};
