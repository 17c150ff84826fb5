// @generated from AWS::InspectorV2::Connector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::InspectorV2::Connector` and its property types.

/// Creates and manages a multi-cloud connector for Amazon Inspector, enabling vulnerability scanning of Azure resources.
///
/// CloudFormation type `AWS::InspectorV2::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    props: ::forma_core::schema::Props,
}
impl Connector {
    /// A new resource with its required properties: `Name`, `Provider`, `ProviderConfiguration`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        provider: impl ::forma_core::schema::EnumArg<CloudProvider>,
        provider_configuration: impl ::std::convert::Into<::forma_core::Value<ProviderConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, provider.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, provider_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Optional description of the connector.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to apply to the connector.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connector {
    type Attributes = ConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::InspectorV2::Connector"
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
/// The attributes of a `AWS::InspectorV2::Connector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ConnectorAttributes {
    /// `Fn::GetAtt` `ConnectorArn`.
    pub fn connector_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorArn")
    }
    /// `Fn::GetAtt` `EnablementStatus`.
    pub fn enablement_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnablementStatus")
    }
    /// `Fn::GetAtt` `EnablementStatusReason`.
    pub fn enablement_status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnablementStatusReason")
    }
    /// `Fn::GetAtt` `Health`.
    pub fn health(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Health")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.State`.
    pub fn provider_configuration_azure_scope_configuration_vm_scanning_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.State")
    }
    /// `Fn::GetAtt` `ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.StateReason`.
    pub fn provider_configuration_azure_scope_configuration_vm_scanning_state_reason(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.StateReason",
        )
    }
    /// `Fn::GetAtt` `ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.State`.
    pub fn provider_configuration_azure_scope_configuration_container_image_scanning_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.State",
        )
    }
    /// `Fn::GetAtt` `ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.StateReason`.
    pub fn provider_configuration_azure_scope_configuration_container_image_scanning_state_reason(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.StateReason",
        )
    }
    /// `Fn::GetAtt` `ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.State`.
    pub fn provider_configuration_azure_scope_configuration_serverless_scanning_state(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.State",
        )
    }
    /// `Fn::GetAtt` `ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.StateReason`.
    pub fn provider_configuration_azure_scope_configuration_serverless_scanning_state_reason(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(
            &self.node,
            "ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.StateReason",
        )
    }
}

/// The values CloudFormation documents: `AZURE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CloudProvider {
    /// `AZURE`
    Azure,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CloudProvider {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Azure => "AZURE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AZURE"]
    }
}
impl ::std::convert::From<CloudProvider> for ::forma_core::Value<CloudProvider> {
    fn from(v: CloudProvider) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CloudProvider {}

/// The `ProviderConfiguration` property type of `AWS::InspectorV2::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderConfiguration {
    props: ::forma_core::schema::Props,
}
impl ProviderConfiguration {
    /// A new value with its required properties: `Azure`.
    pub fn new(azure: impl ::std::convert::Into<::forma_core::Value<AzureProviderConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, azure.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ProviderConfiguration> for ::forma_core::Value<ProviderConfiguration> {
    fn from(v: ProviderConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVIDER_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::InspectorV2::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `AzureProviderConfiguration` property type of `AWS::InspectorV2::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureProviderConfiguration {
    props: ::forma_core::schema::Props,
}
impl AzureProviderConfiguration {
    /// A new value with its required properties: `AwsConfigConnectorArn`, `AzureRegions`, `ScopeConfiguration`.
    pub fn new(
        aws_config_connector_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        azure_regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        scope_configuration: impl ::std::convert::Into<::forma_core::Value<AzureScopeConfigurationMap>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, aws_config_connector_arn.into().into_expr());
        props.set(2, azure_regions.into().into_expr());
        props.set(3, scope_configuration.into().into_expr());
        Self { props }
    }
    /// Whether to automatically install the VM scanner.
    pub fn auto_install_vm_scanner(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AzureProviderConfiguration> for ::forma_core::Value<AzureProviderConfiguration> {
    fn from(v: AzureProviderConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AZURE_PROVIDER_CONFIGURATION_TYPE.properties))
    }
}

/// Defines which resource types to scan and at what scope level.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureScopeConfigurationMap {
    props: ::forma_core::schema::Props,
}
impl AzureScopeConfigurationMap {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines the scope of Azure resources to monitor for a specific resource type.
    pub fn container_image_scanning(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScopeConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Defines the scope of Azure resources to monitor for a specific resource type.
    pub fn serverless_scanning(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScopeConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Defines the scope of Azure resources to monitor for a specific resource type.
    pub fn vm_scanning(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScopeConfiguration>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AzureScopeConfigurationMap {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AzureScopeConfigurationMap> for ::forma_core::Value<AzureScopeConfigurationMap> {
    fn from(v: AzureScopeConfigurationMap) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AZURE_SCOPE_CONFIGURATION_MAP_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TENANT`, `SUBSCRIPTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScopeType {
    /// `TENANT`
    Tenant,
    /// `SUBSCRIPTION`
    Subscription,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScopeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tenant => "TENANT",
            Self::Subscription => "SUBSCRIPTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TENANT", "SUBSCRIPTION"]
    }
}
impl ::std::convert::From<ScopeType> for ::forma_core::Value<ScopeType> {
    fn from(v: ScopeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScopeType {}

/// The values CloudFormation documents: `ACTIVE`, `PENDING`, `ERROR`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScopeState {
    /// `ACTIVE`
    Active,
    /// `PENDING`
    Pending,
    /// `ERROR`
    Error,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScopeState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Pending => "PENDING",
            Self::Error => "ERROR",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE", "PENDING", "ERROR", "DISABLED"]
    }
}
impl ::std::convert::From<ScopeState> for ::forma_core::Value<ScopeState> {
    fn from(v: ScopeState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScopeState {}

/// Defines the scope of Azure resources to monitor for a specific resource type.
#[derive(Debug, Clone, PartialEq)]
pub struct ScopeConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScopeConfiguration {
    /// A new value with its required properties: `ScopeType`.
    pub fn new(scope_type: impl ::forma_core::schema::EnumArg<ScopeType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, scope_type.into_enum_expr());
        Self { props }
    }
    /// List of subscription IDs.
    pub fn scope_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `State`.
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<ScopeState>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Reason for the current scope state.
    pub fn state_reason(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScopeConfiguration> for ::forma_core::Value<ScopeConfiguration> {
    fn from(v: ScopeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCOPE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::InspectorV2::Connector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::InspectorV2::Connector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{N}_-]+$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Provider",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["AZURE"]),
        },
        ::forma_core::schema::Property {
            name: "ProviderConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVIDER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "ConnectorArn",
        "EnablementStatus",
        "EnablementStatusReason",
        "Health",
        "CreatedAt",
        "LastUpdatedAt",
        "ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.State",
        "ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.StateReason",
        "ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.State",
        "ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.StateReason",
        "ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.State",
        "ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.StateReason",
    ],
};

static PROVIDER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Connector.ProviderConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Azure",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AZURE_PROVIDER_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Connector.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _.:/=+\\-@]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _.:/=+\\-@]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AZURE_PROVIDER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Connector.AzureProviderConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoInstallVMScanner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AwsConfigConnectorArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:([^:]+):config:([^:]+):([^:]+):connector/([^/]+)/([^/]+)/([^/:\\s]+)"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "AzureRegions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScopeConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AZURE_SCOPE_CONFIGURATION_MAP_TYPE),
        },
    ],
    rules: &[],
};

static AZURE_SCOPE_CONFIGURATION_MAP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Connector.AzureScopeConfigurationMap",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContainerImageScanning",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCOPE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServerlessScanning",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCOPE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VmScanning",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCOPE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static SCOPE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::Connector.ScopeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ScopeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TENANT", "SUBSCRIPTION"]),
        },
        ::forma_core::schema::Property {
            name: "ScopeValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACTIVE", "PENDING", "ERROR", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "StateReason",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
