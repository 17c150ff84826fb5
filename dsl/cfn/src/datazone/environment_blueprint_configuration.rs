// @generated from AWS::DataZone::EnvironmentBlueprintConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataZone::EnvironmentBlueprintConfiguration` and its property types.

/// Definition of AWS::DataZone::EnvironmentBlueprintConfiguration Resource Type
///
/// CloudFormation type `AWS::DataZone::EnvironmentBlueprintConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentBlueprintConfiguration {
    props: ::forma_core::schema::Props,
}
impl EnvironmentBlueprintConfiguration {
    /// A new resource with its required properties: `DomainIdentifier`, `EnabledRegions`, `EnvironmentBlueprintIdentifier`.
    #[track_caller]
    pub fn new(
        domain_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        enabled_regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        environment_blueprint_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, domain_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, enabled_regions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, environment_blueprint_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `EnvironmentRolePermissionBoundary`.
    #[track_caller]
    pub fn environment_role_permission_boundary(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Region-agnostic environment blueprint parameters.
    #[track_caller]
    pub fn global_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ManageAccessRoleArn`.
    #[track_caller]
    pub fn manage_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProvisioningConfigurations`.
    #[track_caller]
    pub fn provisioning_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProvisioningRoleArn`.
    #[track_caller]
    pub fn provisioning_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RegionalParameters`.
    #[track_caller]
    pub fn regional_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RegionalParameter>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EnvironmentBlueprintConfiguration {
    type Attributes = EnvironmentBlueprintConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataZone::EnvironmentBlueprintConfiguration"
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
/// The attributes of a `AWS::DataZone::EnvironmentBlueprintConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EnvironmentBlueprintConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EnvironmentBlueprintConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EnvironmentBlueprintConfigurationAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `DomainId`.
    pub fn domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainId")
    }
    /// `Fn::GetAtt` `EnvironmentBlueprintId`.
    pub fn environment_blueprint_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentBlueprintId")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The `RegionalParameter` property type of `AWS::DataZone::EnvironmentBlueprintConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionalParameter {
    props: ::forma_core::schema::Props,
}
impl RegionalParameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Region`.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RegionalParameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RegionalParameter> for ::forma_core::Value<RegionalParameter> {
    fn from(v: RegionalParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGIONAL_PARAMETER_TYPE.properties))
    }
}

/// The schema of `AWS::DataZone::EnvironmentBlueprintConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataZone::EnvironmentBlueprintConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^dzd[-_][a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnabledRegions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z]{2}-?(iso|gov)?-{1}[a-z]*-{1}[0-9]$"),
                    min_length: Some(4),
                    max_length: Some(16),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentBlueprintIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentRolePermissionBoundary",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[^:]*:iam::(aws|\\d{12}):policy/[\\w+=,.@-]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "GlobalParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ManageAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[^:]*:iam::\\d{12}:role(/[a-zA-Z0-9+=,.@_-]+)*/[a-zA-Z0-9+=,.@_-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ProvisioningConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProvisioningRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[^:]*:iam::\\d{12}:role(/[a-zA-Z0-9+=,.@_-]+)*/[a-zA-Z0-9+=,.@_-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RegionalParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REGIONAL_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "DomainId", "EnvironmentBlueprintId", "UpdatedAt"],
};

static REGIONAL_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataZone::EnvironmentBlueprintConfiguration.RegionalParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z]{2}-?(iso|gov)?-{1}[a-z]*-{1}[0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
