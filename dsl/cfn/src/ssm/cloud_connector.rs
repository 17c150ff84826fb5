// @generated from AWS::SSM::CloudConnector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSM::CloudConnector` and its property types.

/// Resource Type definition for AWS::SSM::CloudConnector.
///
/// CloudFormation type `AWS::SSM::CloudConnector`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudConnector {
    props: ::forma_core::schema::Props,
}
impl CloudConnector {
    /// A new resource with its required properties: `ConfigConnectorArn`, `Configuration`, `DisplayName`, `RoleArn`.
    #[track_caller]
    pub fn new(
        config_connector_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        configuration: impl ::std::convert::Into<::forma_core::Value<CloudConnectorConfiguration>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, config_connector_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the cloud connector.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to apply to the cloud connector.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CloudConnector {
    type Attributes = CloudConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSM::CloudConnector"
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
/// The attributes of a `AWS::SSM::CloudConnector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CloudConnectorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CloudConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CloudConnectorAttributes {
    /// `Fn::GetAtt` `CloudConnectorArn`.
    pub fn cloud_connector_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloudConnectorArn")
    }
    /// `Fn::GetAtt` `CloudConnectorId`.
    pub fn cloud_connector_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CloudConnectorId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The configuration for the cloud connector.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudConnectorConfiguration {
    props: ::forma_core::schema::Props,
}
impl CloudConnectorConfiguration {
    /// A new value with its required properties: `AzureConfiguration`.
    pub fn new(azure_configuration: impl ::std::convert::Into<::forma_core::Value<AzureConfiguration>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, azure_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CloudConnectorConfiguration> for ::forma_core::Value<CloudConnectorConfiguration> {
    fn from(v: CloudConnectorConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_CONNECTOR_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SSM::CloudConnector`.
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

/// Configuration for connecting to Azure.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureConfiguration {
    props: ::forma_core::schema::Props,
}
impl AzureConfiguration {
    /// A new value with its required properties: `ApplicationId`, `TenantId`.
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tenant_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, application_id.into().into_expr());
        props.set(4, tenant_id.into().into_expr());
        Self { props }
    }
    /// The display name of the Azure AD application.
    ///
    /// Allowed: length 0 to 256.
    pub fn application_display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The targets for the cloud connector.
    pub fn targets(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConfigurationTargets>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The display name of the Azure AD tenant.
    ///
    /// Allowed: length 0 to 256.
    pub fn tenant_display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AzureConfiguration> for ::forma_core::Value<AzureConfiguration> {
    fn from(v: AzureConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AZURE_CONFIGURATION_TYPE.properties))
    }
}

/// The targets for the cloud connector.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationTargets {
    props: ::forma_core::schema::Props,
}
impl ConfigurationTargets {
    /// A new value with its required properties: `Subscriptions`.
    pub fn new(
        subscriptions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AzureSubscription>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, subscriptions.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConfigurationTargets> for ::forma_core::Value<ConfigurationTargets> {
    fn from(v: ConfigurationTargets) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_TARGETS_TYPE.properties))
    }
}

/// An Azure subscription with its ID and optional display name.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureSubscription {
    props: ::forma_core::schema::Props,
}
impl AzureSubscription {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, id.into().into_expr());
        Self { props }
    }
    /// The display name of the Azure subscription.
    ///
    /// Allowed: length 0 to 128.
    pub fn display_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AzureSubscription> for ::forma_core::Value<AzureSubscription> {
    fn from(v: AzureSubscription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AZURE_SUBSCRIPTION_TYPE.properties))
    }
}

/// The schema of `AWS::SSM::CloudConnector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSM::CloudConnector",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigConnectorArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-cn|-us-gov)?:config:[a-z0-9-]+:\\d{12}:connector/.+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CLOUD_CONNECTOR_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}\\p{P}\\p{M}]*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}\\p{P}\\p{M}]*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z0-9-]*:iam::\\d{12}:role/[\\w-/.@+=,]{1,1017}$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["CloudConnectorArn", "CloudConnectorId", "CreatedAt", "UpdatedAt"],
};

static CLOUD_CONNECTOR_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::CloudConnector.CloudConnectorConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "AzureConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&AZURE_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::CloudConnector.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AZURE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::CloudConnector.AzureConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationDisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}\\p{P}\\p{M}]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIGURATION_TARGETS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TenantDisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}\\p{P}\\p{M}]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "TenantId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static CONFIGURATION_TARGETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::CloudConnector.ConfigurationTargets",
    properties: &[::forma_core::schema::Property {
        name: "Subscriptions",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&AZURE_SUBSCRIPTION_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(75) },
        ),
    }],
    rules: &[],
};

static AZURE_SUBSCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::CloudConnector.AzureSubscription",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}\\p{P}\\p{M}]*)$"),
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
