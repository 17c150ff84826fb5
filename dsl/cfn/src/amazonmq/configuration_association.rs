// @generated from AWS::AmazonMQ::ConfigurationAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AmazonMQ::ConfigurationAssociation` and its property types.

/// Resource Type definition for AWS::AmazonMQ::ConfigurationAssociation
///
/// CloudFormation type `AWS::AmazonMQ::ConfigurationAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationAssociation {
    props: ::forma_core::schema::Props,
}
impl ConfigurationAssociation {
    /// A new resource with its required properties: `Broker`, `Configuration`.
    #[track_caller]
    pub fn new(
        broker: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        configuration: impl ::std::convert::Into<::forma_core::Value<ConfigurationId>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, broker.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ConfigurationAssociation {
    type Attributes = ConfigurationAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AmazonMQ::ConfigurationAssociation"
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
/// The attributes of a `AWS::AmazonMQ::ConfigurationAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationAssociationAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `ConfigurationId` property type of `AWS::AmazonMQ::ConfigurationAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationId {
    props: ::forma_core::schema::Props,
}
impl ConfigurationId {
    /// A new value with its required properties: `Id`, `Revision`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        revision: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, revision.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConfigurationId> for ::forma_core::Value<ConfigurationId> {
    fn from(v: ConfigurationId) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_ID_TYPE.properties))
    }
}

/// The schema of `AWS::AmazonMQ::ConfigurationAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AmazonMQ::ConfigurationAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Broker",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIGURATION_ID_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CONFIGURATION_ID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AmazonMQ::ConfigurationAssociation.ConfigurationId",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Revision",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
