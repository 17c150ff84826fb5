// @generated from AWS::Config::Connector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Config::Connector` and its property types.

/// Resource Type definition for AWS::Config::Connector
///
/// CloudFormation type `AWS::Config::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    props: ::forma_core::schema::Props,
}
impl Connector {
    /// A new resource with its required properties: `ConnectorConfiguration`.
    #[track_caller]
    pub fn new(
        connector_configuration: impl ::std::convert::Into<::forma_core::Value<ConnectorConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connector_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags for the connector.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connector {
    type Attributes = ConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::Config::Connector"
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
/// The attributes of a `AWS::Config::Connector` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `CreatedTime`.
    pub fn created_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTime")
    }
}

/// The configuration for the connector.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorConfiguration {
    props: ::forma_core::schema::Props,
}
impl ConnectorConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for connecting to Microsoft Azure.
    pub fn azure(mut self, value: impl ::std::convert::Into<::forma_core::Value<AzureConnectorConfiguration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConnectorConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConnectorConfiguration> for ::forma_core::Value<ConnectorConfiguration> {
    fn from(v: ConnectorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_CONFIGURATION_TYPE.properties))
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

/// Configuration for connecting to Microsoft Azure.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureConnectorConfiguration {
    props: ::forma_core::schema::Props,
}
impl AzureConnectorConfiguration {
    /// A new value with its required properties: `ClientIdentifier`, `TenantIdentifier`.
    pub fn new(
        client_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tenant_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_identifier.into().into_expr());
        props.set(1, tenant_identifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AzureConnectorConfiguration> for ::forma_core::Value<AzureConnectorConfiguration> {
    fn from(v: AzureConnectorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AZURE_CONNECTOR_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Config::Connector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Config::Connector",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorConfiguration",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Name", "CreatedTime"],
};

static CONNECTOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::Connector.ConnectorConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Azure",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AZURE_CONNECTOR_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::Connector.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AZURE_CONNECTOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Config::Connector.AzureConnectorConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TenantIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
