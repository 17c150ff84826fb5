// @generated from AWS::Greengrass::ConnectorDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::ConnectorDefinition` and its property types.

/// Resource Type definition for AWS::Greengrass::ConnectorDefinition
///
/// CloudFormation type `AWS::Greengrass::ConnectorDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorDefinition {
    props: ::forma_core::schema::Props,
}
impl ConnectorDefinition {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `InitialVersion`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn initial_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectorDefinitionVersion>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConnectorDefinition {
    type Attributes = ConnectorDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::ConnectorDefinition"
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
/// The attributes of a `AWS::Greengrass::ConnectorDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectorDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectorDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectorDefinitionAttributes {
    /// `Fn::GetAtt` `LatestVersionArn`.
    pub fn latest_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersionArn")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `ConnectorDefinitionVersion` property type of `AWS::Greengrass::ConnectorDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl ConnectorDefinitionVersion {
    /// A new value with its required properties: `Connectors`.
    pub fn new(connectors: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Connector>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, connectors.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectorDefinitionVersion> for ::forma_core::Value<ConnectorDefinitionVersion> {
    fn from(v: ConnectorDefinitionVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_DEFINITION_VERSION_TYPE.properties))
    }
}

/// The `Connector` property type of `AWS::Greengrass::ConnectorDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    props: ::forma_core::schema::Props,
}
impl Connector {
    /// A new value with its required properties: `ConnectorArn`, `Id`.
    pub fn new(
        connector_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, connector_arn.into().into_expr());
        props.set(1, id.into().into_expr());
        Self { props }
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Connector> for ::forma_core::Value<Connector> {
    fn from(v: Connector) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTOR_TYPE.properties))
    }
}

/// The schema of `AWS::Greengrass::ConnectorDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::ConnectorDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "InitialVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONNECTOR_DEFINITION_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["LatestVersionArn", "Arn", "Id"],
};

static CONNECTOR_DEFINITION_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::ConnectorDefinition.ConnectorDefinitionVersion",
    properties: &[::forma_core::schema::Property {
        name: "Connectors",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&CONNECTOR_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static CONNECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::ConnectorDefinition.Connector",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};
