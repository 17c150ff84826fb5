// @generated from AWS::SecurityHub::Connector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::Connector` and its property types.

/// Creates a connector to a third-party cloud provider in Security Hub CSPM.
///
/// CloudFormation type `AWS::SecurityHub::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    props: ::forma_core::schema::Props,
}
impl Connector {
    /// A new resource with its required properties: `Name`, `Provider`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        provider: impl ::std::convert::Into<::forma_core::Value<Provider>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, provider.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the connector.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Connector {
    type Attributes = ConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::Connector"
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
/// The attributes of a `AWS::SecurityHub::Connector` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `ConnectorId`.
    pub fn connector_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorId")
    }
    /// `Fn::GetAtt` `ConnectorStatus`.
    pub fn connector_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectorStatus")
    }
    /// `Fn::GetAtt` `Message`.
    pub fn message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Message")
    }
    /// `Fn::GetAtt` `LastCheckedAt`.
    pub fn last_checked_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastCheckedAt")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
    /// `Fn::GetAtt` `EnablementStatus`.
    pub fn enablement_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnablementStatus")
    }
    /// `Fn::GetAtt` `Issues`.
    pub fn issues(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Issues")
    }
}

/// The `Provider` property type of `AWS::SecurityHub::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Provider {
    props: ::forma_core::schema::Props,
}
impl Provider {
    /// A new value with its required properties: `Azure`.
    pub fn new(azure: impl ::std::convert::Into<::forma_core::Value<AzureProviderConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, azure.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Provider> for ::forma_core::Value<Provider> {
    fn from(v: Provider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVIDER_TYPE.properties))
    }
}

/// The configuration for connecting to an Azure environment.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureProviderConfiguration {
    props: ::forma_core::schema::Props,
}
impl AzureProviderConfiguration {
    /// A new value with its required properties: `AWSConfigConnectorArn`, `AzureRegions`, `ScopeConfiguration`.
    pub fn new(
        aws_config_connector_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        azure_regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        scope_configuration: impl ::std::convert::Into<::forma_core::Value<AzureScopeConfiguration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, aws_config_connector_arn.into().into_expr());
        props.set(1, azure_regions.into().into_expr());
        props.set(2, scope_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AzureProviderConfiguration> for ::forma_core::Value<AzureProviderConfiguration> {
    fn from(v: AzureProviderConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AZURE_PROVIDER_CONFIGURATION_TYPE.properties))
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

/// The scope configuration for an Azure connector, defining the tenant or subscription scope.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureScopeConfiguration {
    props: ::forma_core::schema::Props,
}
impl AzureScopeConfiguration {
    /// A new value with its required properties: `ScopeType`.
    pub fn new(scope_type: impl ::forma_core::schema::EnumArg<ScopeType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, scope_type.into_enum_expr());
        Self { props }
    }
    /// The list of scope values, such as subscription IDs, when the scope type is `subscription`.
    pub fn scope_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AzureScopeConfiguration> for ::forma_core::Value<AzureScopeConfiguration> {
    fn from(v: AzureScopeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AZURE_SCOPE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::SecurityHub::Connector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::Connector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Provider",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROVIDER_TYPE),
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
    attributes: &[
        "ConnectorArn",
        "ConnectorId",
        "ConnectorStatus",
        "Message",
        "LastCheckedAt",
        "CreatedAt",
        "LastUpdatedAt",
        "CreatedBy",
        "EnablementStatus",
        "Issues",
    ],
};

static PROVIDER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Connector.Provider",
    properties: &[::forma_core::schema::Property {
        name: "Azure",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AZURE_PROVIDER_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static AZURE_PROVIDER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Connector.AzureProviderConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AWSConfigConnectorArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AzureRegions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScopeConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AZURE_SCOPE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static AZURE_SCOPE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Connector.AzureScopeConfiguration",
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
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};
