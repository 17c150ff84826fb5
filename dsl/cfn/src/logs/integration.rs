// @generated from AWS::Logs::Integration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::Integration` and its property types.

/// Resource Schema for Logs Integration Resource
///
/// CloudFormation type `AWS::Logs::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    props: ::forma_core::schema::Props,
}
impl Integration {
    /// A new resource with its required properties: `IntegrationName`, `IntegrationType`, `ResourceConfig`.
    #[track_caller]
    pub fn new(
        integration_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        integration_type: impl ::forma_core::schema::EnumArg<IntegrationType>,
        resource_config: impl ::std::convert::Into<::forma_core::Value<ResourceConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, integration_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, integration_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, resource_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Integration {
    type Attributes = IntegrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::Integration"
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
/// The attributes of a `AWS::Logs::Integration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IntegrationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IntegrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IntegrationAttributes {
    /// `Fn::GetAtt` `IntegrationStatus`.
    pub fn integration_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IntegrationStatus")
    }
}

/// The values CloudFormation documents: `OPENSEARCH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntegrationType {
    /// `OPENSEARCH`
    Opensearch,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IntegrationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Opensearch => "OPENSEARCH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OPENSEARCH"]
    }
}
impl ::std::convert::From<IntegrationType> for ::forma_core::Value<IntegrationType> {
    fn from(v: IntegrationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IntegrationType {}

/// OpenSearchResourceConfig for the given Integration
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceConfig {
    props: ::forma_core::schema::Props,
}
impl ResourceConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `OpenSearchResourceConfig`.
    pub fn open_search_resource_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<OpenSearchResourceConfig>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceConfig> for ::forma_core::Value<ResourceConfig> {
    fn from(v: ResourceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_CONFIG_TYPE.properties))
    }
}

/// The `OpenSearchResourceConfig` property type of `AWS::Logs::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenSearchResourceConfig {
    props: ::forma_core::schema::Props,
}
impl OpenSearchResourceConfig {
    /// A new value with its required properties: `DashboardViewerPrincipals`, `DataSourceRoleArn`.
    pub fn new(
        dashboard_viewer_principals: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        data_source_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, dashboard_viewer_principals.into().into_expr());
        props.set(2, data_source_role_arn.into().into_expr());
        Self { props }
    }
    /// `ApplicationARN`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `KmsKeyArn`.
    ///
    /// Allowed: length 20 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `RetentionDays`.
    ///
    /// Allowed: 1 to 3650.
    pub fn retention_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OpenSearchResourceConfig> for ::forma_core::Value<OpenSearchResourceConfig> {
    fn from(v: OpenSearchResourceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPEN_SEARCH_RESOURCE_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Logs::Integration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::Integration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IntegrationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\.\\-_/#A-Za-z0-9]+"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "IntegrationType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["OPENSEARCH"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceConfig",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["IntegrationStatus"],
};

static RESOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Integration.ResourceConfig",
    properties: &[::forma_core::schema::Property {
        name: "OpenSearchResourceConfig",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&OPEN_SEARCH_RESOURCE_CONFIG_TYPE),
    }],
    rules: &[],
};

static OPEN_SEARCH_RESOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::Integration.OpenSearchResourceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w#+=/:,.@-]*\\*?"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DashboardViewerPrincipals",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\w#+=/:,.@-]*\\*?"),
                    min_length: Some(20),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DataSourceRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w#+=/:,.@-]*\\*?"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w#+=/:,.@-]*\\*?"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetentionDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(3650.0),
            }),
        },
    ],
    rules: &[],
};
