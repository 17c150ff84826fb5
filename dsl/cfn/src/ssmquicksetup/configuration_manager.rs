// @generated from AWS::SSMQuickSetup::ConfigurationManager (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSMQuickSetup::ConfigurationManager` and its property types.

/// Definition of AWS::SSMQuickSetup::ConfigurationManager Resource Type
///
/// CloudFormation type `AWS::SSMQuickSetup::ConfigurationManager`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationManager {
    props: ::forma_core::schema::Props,
}
impl ConfigurationManager {
    /// A new resource with its required properties: `ConfigurationDefinitions`.
    #[track_caller]
    pub fn new(
        configuration_definitions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfigurationDefinition>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, configuration_definitions.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ConfigurationManager {
    type Attributes = ConfigurationManagerAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSMQuickSetup::ConfigurationManager"
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
/// The attributes of a `AWS::SSMQuickSetup::ConfigurationManager` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationManagerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationManagerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConfigurationManagerAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastModifiedAt`.
    pub fn last_modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedAt")
    }
    /// `Fn::GetAtt` `ManagerArn`.
    pub fn manager_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ManagerArn")
    }
    /// `Fn::GetAtt` `StatusSummaries`.
    pub fn status_summaries(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "StatusSummaries")
    }
    /// `Fn::GetAtt` `ConfigurationDefinitions.*.id`.
    pub fn configuration_definitions_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ConfigurationDefinitions.*.id")
    }
}

/// The `ConfigurationDefinition` property type of `AWS::SSMQuickSetup::ConfigurationManager`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationDefinition {
    props: ::forma_core::schema::Props,
}
impl ConfigurationDefinition {
    /// A new value with its required properties: `Parameters`, `Type`.
    pub fn new(
        parameters: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, parameters.into().into_expr());
        props.set(3, type_.into().into_expr());
        Self { props }
    }
    /// `LocalDeploymentAdministrationRoleArn`.
    pub fn local_deployment_administration_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LocalDeploymentExecutionRoleName`.
    ///
    /// Allowed: length 1 to 256.
    pub fn local_deployment_execution_role_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TypeVersion`.
    ///
    /// Allowed: length 1 to 128.
    pub fn type_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `id`.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConfigurationDefinition> for ::forma_core::Value<ConfigurationDefinition> {
    fn from(v: ConfigurationDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_DEFINITION_TYPE.properties))
    }
}

/// The schema of `AWS::SSMQuickSetup::ConfigurationManager`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSMQuickSetup::ConfigurationManager",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationDefinitions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_DEFINITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.{0,512}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ A-Za-z0-9_-]{1,50}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[A-Za-z0-9 +=@_\\/:.-]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                },
            )),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "LastModifiedAt", "ManagerArn", "StatusSummaries", "ConfigurationDefinitions.*.id"],
};

static CONFIGURATION_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMQuickSetup::ConfigurationManager.ConfigurationDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalDeploymentAdministrationRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "LocalDeploymentExecutionRoleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(40960) },
            )),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.:/]{3,200}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TypeVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
