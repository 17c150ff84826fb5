// @generated from AWS::GameLiftStreams::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GameLiftStreams::Application` and its property types.

/// Definition of AWS::GameLiftStreams::Application Resource Type
///
/// CloudFormation type `AWS::GameLiftStreams::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `ApplicationSourceUri`, `Description`, `ExecutablePath`, `RuntimeEnvironment`.
    #[track_caller]
    pub fn new(
        application_source_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        executable_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        runtime_environment: impl ::std::convert::Into<::forma_core::Value<RuntimeEnvironment>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, application_source_uri.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, executable_path.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, runtime_environment.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ApplicationLogOutputUri`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn application_log_output_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ApplicationLogPaths`.
    #[track_caller]
    pub fn application_log_paths(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::GameLiftStreams::Application"
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
/// The attributes of a `AWS::GameLiftStreams::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `RuntimeEnvironment` property type of `AWS::GameLiftStreams::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct RuntimeEnvironment {
    props: ::forma_core::schema::Props,
}
impl RuntimeEnvironment {
    /// A new value with its required properties: `Type`, `Version`.
    pub fn new(
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, type_.into().into_expr());
        props.set(1, version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RuntimeEnvironment> for ::forma_core::Value<RuntimeEnvironment> {
    fn from(v: RuntimeEnvironment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RUNTIME_ENVIRONMENT_TYPE.properties))
    }
}

/// The schema of `AWS::GameLiftStreams::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GameLiftStreams::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationLogOutputUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|^s3://([a-zA-Z0-9][a-zA-Z0-9._-]{1,61}[a-zA-Z0-9])(/[a-zA-Z0-9._-]+)*/?$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApplicationLogPaths",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ApplicationSourceUri",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_.!+@/][a-zA-Z0-9-_.!+@/ ]*$"),
                min_length: Some(1),
                max_length: Some(80),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutablePath",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuntimeEnvironment",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RUNTIME_ENVIRONMENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id"],
};

static RUNTIME_ENVIRONMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::GameLiftStreams::Application.RuntimeEnvironment",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
