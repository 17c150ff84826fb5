// @generated from AWS::Greengrass::LoggerDefinitionVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::LoggerDefinitionVersion` and its property types.

/// Resource Type definition for AWS::Greengrass::LoggerDefinitionVersion
///
/// CloudFormation type `AWS::Greengrass::LoggerDefinitionVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggerDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl LoggerDefinitionVersion {
    /// A new resource with its required properties: `LoggerDefinitionId`, `Loggers`.
    #[track_caller]
    pub fn new(
        logger_definition_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        loggers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Logger>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, logger_definition_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, loggers.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for LoggerDefinitionVersion {
    type Attributes = LoggerDefinitionVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::LoggerDefinitionVersion"
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
/// The attributes of a `AWS::Greengrass::LoggerDefinitionVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LoggerDefinitionVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LoggerDefinitionVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LoggerDefinitionVersionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Logger` property type of `AWS::Greengrass::LoggerDefinitionVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct Logger {
    props: ::forma_core::schema::Props,
}
impl Logger {
    /// A new value with its required properties: `Component`, `Id`, `Level`, `Type`.
    pub fn new(
        component: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        level: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, component.into().into_expr());
        props.set(1, id.into().into_expr());
        props.set(2, level.into().into_expr());
        props.set(4, type_.into().into_expr());
        Self { props }
    }
    /// `Space`.
    pub fn space(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Logger> for ::forma_core::Value<Logger> {
    fn from(v: Logger) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGER_TYPE.properties))
    }
}

/// The schema of `AWS::Greengrass::LoggerDefinitionVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::LoggerDefinitionVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "LoggerDefinitionId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Loggers",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOGGER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static LOGGER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::LoggerDefinitionVersion.Logger",
    properties: &[
        ::forma_core::schema::Property {
            name: "Component",
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
            name: "Level",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Space",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
