// @generated from AWS::DataZone::ProjectProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataZone::ProjectProfile` and its property types.

/// Definition of AWS::DataZone::ProjectProfile Resource Type
///
/// CloudFormation type `AWS::DataZone::ProjectProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectProfile {
    props: ::forma_core::schema::Props,
}
impl ProjectProfile {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AllowCustomProjectResourceTags`.
    #[track_caller]
    pub fn allow_custom_project_resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainIdentifier`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainUnitIdentifier`.
    ///
    /// Allowed: length 1 to 256.
    #[track_caller]
    pub fn domain_unit_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EnvironmentConfigurations`.
    #[track_caller]
    pub fn environment_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentConfiguration>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProjectResourceTags`.
    #[track_caller]
    pub fn project_resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTagParameter>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ProjectResourceTagsDescription`.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn project_resource_tags_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Status`.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UseDefaultConfigurations`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn use_default_configurations(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ProjectProfile {
    type Attributes = ProjectProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataZone::ProjectProfile"
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
/// The attributes of a `AWS::DataZone::ProjectProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProjectProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProjectProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProjectProfileAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
    /// `Fn::GetAtt` `DomainId`.
    pub fn domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainId")
    }
    /// `Fn::GetAtt` `DomainUnitId`.
    pub fn domain_unit_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainUnitId")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Identifier`.
    pub fn identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Identifier")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `EnvironmentConfigurations.*.EnvironmentConfigurationId`.
    pub fn environment_configurations_environment_configuration_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentConfigurations.*.EnvironmentConfigurationId")
    }
    /// `Fn::GetAtt` `EnvironmentConfigurations.*.ConfigurationParameters.ResolvedParameters`.
    pub fn environment_configurations_configuration_parameters_resolved_parameters(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(
            &self.node,
            "EnvironmentConfigurations.*.ConfigurationParameters.ResolvedParameters",
        )
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The values CloudFormation documents: `ON_CREATE`, `ON_DEMAND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeploymentMode {
    /// `ON_CREATE`
    OnCreate,
    /// `ON_DEMAND`
    OnDemand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeploymentMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnCreate => "ON_CREATE",
            Self::OnDemand => "ON_DEMAND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ON_CREATE", "ON_DEMAND"]
    }
}
impl ::std::convert::From<DeploymentMode> for ::forma_core::Value<DeploymentMode> {
    fn from(v: DeploymentMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeploymentMode {}

/// The `EnvironmentConfiguration` property type of `AWS::DataZone::ProjectProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentConfiguration {
    props: ::forma_core::schema::Props,
}
impl EnvironmentConfiguration {
    /// A new value with its required properties: `AwsRegion`, `EnvironmentBlueprintId`, `Name`.
    pub fn new(
        aws_region: impl ::std::convert::Into<::forma_core::Value<Region>>,
        environment_blueprint_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, aws_region.into().into_expr());
        props.set(6, environment_blueprint_id.into().into_expr());
        props.set(8, name.into().into_expr());
        Self { props }
    }
    /// `AwsAccount`.
    pub fn aws_account(mut self, value: impl ::std::convert::Into<::forma_core::Value<AwsAccount>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ConfigurationParameters`.
    pub fn configuration_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnvironmentConfigurationParametersDetails>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DeploymentMode`.
    pub fn deployment_mode(mut self, value: impl ::forma_core::schema::EnumArg<DeploymentMode>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `DeploymentOrder`.
    ///
    /// Allowed: 0 to 16.
    pub fn deployment_order(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 2048.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `EnvironmentConfigurationId`.
    pub fn environment_configuration_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EnvironmentConfiguration> for ::forma_core::Value<EnvironmentConfiguration> {
    fn from(v: EnvironmentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_CONFIGURATION_TYPE.properties))
    }
}

/// The `ResourceTagParameter` property type of `AWS::DataZone::ProjectProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceTagParameter {
    props: ::forma_core::schema::Props,
}
impl ResourceTagParameter {
    /// A new value with its required properties: `IsValueEditable`, `Key`, `Value`.
    pub fn new(
        is_value_editable: impl ::std::convert::Into<::forma_core::Value<bool>>,
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, is_value_editable.into().into_expr());
        props.set(1, key.into().into_expr());
        props.set(2, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceTagParameter> for ::forma_core::Value<ResourceTagParameter> {
    fn from(v: ResourceTagParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_TAG_PARAMETER_TYPE.properties))
    }
}

/// The `AwsAccount` property type of `AWS::DataZone::ProjectProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsAccount {
    props: ::forma_core::schema::Props,
}
impl AwsAccount {
    /// A new value with its required properties: `AwsAccountId`.
    pub fn new(aws_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aws_account_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AwsAccount> for ::forma_core::Value<AwsAccount> {
    fn from(v: AwsAccount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_ACCOUNT_TYPE.properties))
    }
}

/// The `Region` property type of `AWS::DataZone::ProjectProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    props: ::forma_core::schema::Props,
}
impl Region {
    /// A new value with its required properties: `RegionName`.
    pub fn new(region_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, region_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Region> for ::forma_core::Value<Region> {
    fn from(v: Region) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGION_TYPE.properties))
    }
}

/// The `EnvironmentConfigurationParametersDetails` property type of `AWS::DataZone::ProjectProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentConfigurationParametersDetails {
    props: ::forma_core::schema::Props,
}
impl EnvironmentConfigurationParametersDetails {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ParameterOverrides`.
    pub fn parameter_overrides(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentConfigurationParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ResolvedParameters`.
    pub fn resolved_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EnvironmentConfigurationParameter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SsmPath`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn ssm_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnvironmentConfigurationParametersDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnvironmentConfigurationParametersDetails>
    for ::forma_core::Value<EnvironmentConfigurationParametersDetails>
{
    fn from(v: EnvironmentConfigurationParametersDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_CONFIGURATION_PARAMETERS_DETAILS_TYPE.properties))
    }
}

/// The `EnvironmentConfigurationParameter` property type of `AWS::DataZone::ProjectProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentConfigurationParameter {
    props: ::forma_core::schema::Props,
}
impl EnvironmentConfigurationParameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IsEditable`.
    pub fn is_editable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EnvironmentConfigurationParameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EnvironmentConfigurationParameter>
    for ::forma_core::Value<EnvironmentConfigurationParameter>
{
    fn from(v: EnvironmentConfigurationParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENVIRONMENT_CONFIGURATION_PARAMETER_TYPE.properties))
    }
}

/// The schema of `AWS::DataZone::ProjectProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataZone::ProjectProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowCustomProjectResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
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
                pattern: Some("^dzd[_-][a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainUnitIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9_\\-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ENVIRONMENT_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "ProjectResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_TAG_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(25) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProjectResourceTagsDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "UseDefaultConfigurations",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &[
        "CreatedAt",
        "CreatedBy",
        "DomainId",
        "DomainUnitId",
        "Id",
        "Identifier",
        "LastUpdatedAt",
        "EnvironmentConfigurations.*.EnvironmentConfigurationId",
        "EnvironmentConfigurations.*.ConfigurationParameters.ResolvedParameters",
    ],
};

static ENVIRONMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataZone::ProjectProfile.EnvironmentConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_ACCOUNT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AwsRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REGION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfigurationParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENVIRONMENT_CONFIGURATION_PARAMETERS_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeploymentMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ON_CREATE", "ON_DEMAND"]),
        },
        ::forma_core::schema::Property {
            name: "DeploymentOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(16.0),
            }),
        },
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
            name: "EnvironmentBlueprintId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentConfigurationId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
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
    ],
    rules: &[],
};

static RESOURCE_TAG_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataZone::ProjectProfile.ResourceTagParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "IsValueEditable",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w \\.:/=+@-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w \\.:/=+@-]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AWS_ACCOUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataZone::ProjectProfile.AwsAccount",
    properties: &[::forma_core::schema::Property {
        name: "AwsAccountId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^\\d{12}$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static REGION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataZone::ProjectProfile.Region",
    properties: &[::forma_core::schema::Property {
        name: "RegionName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-z]{2}-?(iso|gov)?-{1}[a-z]*-{1}[0-9]$"),
            min_length: Some(4),
            max_length: Some(16),
        }),
    }],
    rules: &[],
};

static ENVIRONMENT_CONFIGURATION_PARAMETERS_DETAILS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DataZone::ProjectProfile.EnvironmentConfigurationParametersDetails",
        properties: &[
            ::forma_core::schema::Property {
                name: "ParameterOverrides",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&ENVIRONMENT_CONFIGURATION_PARAMETER_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "ResolvedParameters",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&ENVIRONMENT_CONFIGURATION_PARAMETER_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "SsmPath",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
            },
        ],
        rules: &[],
    };

static ENVIRONMENT_CONFIGURATION_PARAMETER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DataZone::ProjectProfile.EnvironmentConfigurationParameter",
        properties: &[
            ::forma_core::schema::Property {
                name: "IsEditable",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "Name",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z_][a-zA-Z0-9_]*$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
