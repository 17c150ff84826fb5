// @generated from AWS::Greengrass::ConnectorDefinitionVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::ConnectorDefinitionVersion` and its property types.

/// Resource Type definition for AWS::Greengrass::ConnectorDefinitionVersion
///
/// CloudFormation type `AWS::Greengrass::ConnectorDefinitionVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl ConnectorDefinitionVersion {
    /// A new resource with its required properties: `ConnectorDefinitionId`, `Connectors`.
    #[track_caller]
    pub fn new(
        connector_definition_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        connectors: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Connector>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connector_definition_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, connectors.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ConnectorDefinitionVersion {
    type Attributes = ConnectorDefinitionVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::ConnectorDefinitionVersion"
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
/// The attributes of a `AWS::Greengrass::ConnectorDefinitionVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectorDefinitionVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectorDefinitionVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectorDefinitionVersionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Connector` property type of `AWS::Greengrass::ConnectorDefinitionVersion`.
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

/// The schema of `AWS::Greengrass::ConnectorDefinitionVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::ConnectorDefinitionVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorDefinitionId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Connectors",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONNECTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CONNECTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::ConnectorDefinitionVersion.Connector",
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
