// @generated from AWS::DataZone::EnvironmentActions (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataZone::EnvironmentActions` and its property types.

/// Definition of AWS::DataZone::EnvironmentActions Resource Type
///
/// CloudFormation type `AWS::DataZone::EnvironmentActions`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentActions {
    props: ::forma_core::schema::Props,
}
impl EnvironmentActions {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the Amazon DataZone environment action.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the Amazon DataZone domain in which the environment would be created.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the Amazon DataZone environment in which the action is taking place
    ///
    /// Allowed: length 1 to 36.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn environment_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the Amazon DataZone environment action.
    ///
    /// Allowed: length 1 to 36.
    #[track_caller]
    pub fn identifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The parameters of the environment action.
    #[track_caller]
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AwsConsoleLinkParameters>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EnvironmentActions {
    type Attributes = EnvironmentActionsAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataZone::EnvironmentActions"
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
/// The attributes of a `AWS::DataZone::EnvironmentActions` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EnvironmentActionsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EnvironmentActionsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EnvironmentActionsAttributes {
    /// `Fn::GetAtt` `DomainId`.
    pub fn domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainId")
    }
    /// `Fn::GetAtt` `EnvironmentId`.
    pub fn environment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentId")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The parameters of the console link specified as part of the environment action
#[derive(Debug, Clone, PartialEq)]
pub struct AwsConsoleLinkParameters {
    props: ::forma_core::schema::Props,
}
impl AwsConsoleLinkParameters {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The URI of the console link specified as part of the environment action.
    ///
    /// Allowed: length 1 to 2048.
    pub fn uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsConsoleLinkParameters {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsConsoleLinkParameters> for ::forma_core::Value<AwsConsoleLinkParameters> {
    fn from(v: AwsConsoleLinkParameters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_CONSOLE_LINK_PARAMETERS_TYPE.properties))
    }
}

/// The schema of `AWS::DataZone::EnvironmentActions`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataZone::EnvironmentActions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^dzd[-_][a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_-]{1,36}$"),
                min_length: Some(1),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Identifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,36}$"),
                min_length: Some(1),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w -]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_CONSOLE_LINK_PARAMETERS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["DomainId", "EnvironmentId", "Id"],
};

static AWS_CONSOLE_LINK_PARAMETERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataZone::EnvironmentActions.AwsConsoleLinkParameters",
    properties: &[::forma_core::schema::Property {
        name: "Uri",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};
