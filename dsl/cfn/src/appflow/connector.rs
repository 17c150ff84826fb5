// @generated from AWS::AppFlow::Connector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AppFlow::Connector` and its property types.

/// Resource schema for AWS::AppFlow::Connector
///
/// CloudFormation type `AWS::AppFlow::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    props: ::forma_core::schema::Props,
}
impl Connector {
    /// A new resource with its required properties: `ConnectorProvisioningConfig`, `ConnectorProvisioningType`.
    #[track_caller]
    pub fn new(
        connector_provisioning_config: impl ::std::convert::Into<::forma_core::Value<ConnectorProvisioningConfig>>,
        connector_provisioning_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, connector_provisioning_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, connector_provisioning_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the connector.
    ///
    /// Allowed: length 0 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connector_label(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description about the connector that's being registered.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connector {
    type Attributes = ConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::AppFlow::Connector"
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
/// The attributes of a `AWS::AppFlow::Connector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectorAttributes {
    /// `Fn::GetAtt` `ConnectorArn`.
    pub fn connector_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorArn")
    }
}

/// Contains information about the configuration of the connector being registered.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorProvisioningConfig {
    props: ::forma_core::schema::Props,
}
impl ConnectorProvisioningConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains information about the configuration of the lambda which is being registered as the connector.
    pub fn lambda(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LambdaConnectorProvisioningConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectorProvisioningConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectorProvisioningConfig> for ::forma_core::Value<ConnectorProvisioningConfig> {
    fn from(v: ConnectorProvisioningConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_PROVISIONING_CONFIG_TYPE.properties))
    }
}

/// Contains information about the configuration of the lambda which is being registered as the connector.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaConnectorProvisioningConfig {
    props: ::forma_core::schema::Props,
}
impl LambdaConnectorProvisioningConfig {
    /// A new value with its required properties: `LambdaArn`.
    pub fn new(lambda_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, lambda_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LambdaConnectorProvisioningConfig>
    for ::forma_core::Value<LambdaConnectorProvisioningConfig>
{
    fn from(v: LambdaConnectorProvisioningConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_CONNECTOR_PROVISIONING_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::AppFlow::Connector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AppFlow::Connector",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorLabel",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9][\\w!@#.-]+"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ConnectorProvisioningConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_PROVISIONING_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectorProvisioningType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9][\\w!@#.-]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\s\\w/!@#+=.-]*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
    attributes: &["ConnectorArn"],
};

static CONNECTOR_PROVISIONING_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AppFlow::Connector.ConnectorProvisioningConfig",
    properties: &[::forma_core::schema::Property {
        name: "Lambda",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LAMBDA_CONNECTOR_PROVISIONING_CONFIG_TYPE),
    }],
    rules: &[],
};

static LAMBDA_CONNECTOR_PROVISIONING_CONFIG_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AppFlow::Connector.LambdaConnectorProvisioningConfig",
        properties: &[::forma_core::schema::Property {
            name: "LambdaArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:*:.*:.*:[0-9]+:.*"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        }],
        rules: &[],
    };
