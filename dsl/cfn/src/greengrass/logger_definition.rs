// @generated from AWS::Greengrass::LoggerDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::LoggerDefinition` and its property types.

/// Resource Type definition for AWS::Greengrass::LoggerDefinition
///
/// CloudFormation type `AWS::Greengrass::LoggerDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggerDefinition {
    props: ::forma_core::schema::Props,
}
impl LoggerDefinition {
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
        value: impl ::std::convert::Into<::forma_core::Value<LoggerDefinitionVersion>>,
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
impl ::forma_core::CfnResource for LoggerDefinition {
    type Attributes = LoggerDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::LoggerDefinition"
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
/// The attributes of a `AWS::Greengrass::LoggerDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LoggerDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LoggerDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LoggerDefinitionAttributes {
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

/// The `LoggerDefinitionVersion` property type of `AWS::Greengrass::LoggerDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggerDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl LoggerDefinitionVersion {
    /// A new value with its required properties: `Loggers`.
    pub fn new(loggers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Logger>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, loggers.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LoggerDefinitionVersion> for ::forma_core::Value<LoggerDefinitionVersion> {
    fn from(v: LoggerDefinitionVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGER_DEFINITION_VERSION_TYPE.properties))
    }
}

/// The `Logger` property type of `AWS::Greengrass::LoggerDefinition`.
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

/// The schema of `AWS::Greengrass::LoggerDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::LoggerDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "InitialVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&LOGGER_DEFINITION_VERSION_TYPE),
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

static LOGGER_DEFINITION_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::LoggerDefinition.LoggerDefinitionVersion",
    properties: &[::forma_core::schema::Property {
        name: "Loggers",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&LOGGER_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static LOGGER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::LoggerDefinition.Logger",
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
