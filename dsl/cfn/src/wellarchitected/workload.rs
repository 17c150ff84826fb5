// @generated from AWS::WellArchitected::Workload (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::WellArchitected::Workload` and its property types.

/// Definition of AWS::WellArchitected::Workload Resource Type
///
/// CloudFormation type `AWS::WellArchitected::Workload`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workload {
    props: ::forma_core::schema::Props,
}
impl Workload {
    /// A new resource with its required properties: `Description`, `Environment`, `Lenses`, `WorkloadName`.
    #[track_caller]
    pub fn new(
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        environment: impl ::forma_core::schema::EnumArg<Environment>,
        lenses: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        workload_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, environment.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(8, lenses.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(13, workload_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The list of Amazon Web Services account IDs associated with the workload.
    #[track_caller]
    pub fn account_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URL of the architectural design for the workload.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn architectural_design(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of Amazon Web Services Regions associated with the workload.
    #[track_caller]
    pub fn aws_regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Discovery configuration associated to the workload.
    #[track_caller]
    pub fn discovery_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<DiscoveryConfig>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The industry for the workload.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn industry(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The industry type for the workload.
    ///
    /// Allowed: length 0 to 100.
    #[track_caller]
    pub fn industry_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of non-Amazon Web Services Regions associated with the workload.
    #[track_caller]
    pub fn non_aws_regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The notes associated with the workload.
    ///
    /// Allowed: length 0 to 2084.
    #[track_caller]
    pub fn notes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The review owner of the workload.
    ///
    /// Allowed: length 3 to 255.
    #[track_caller]
    pub fn review_owner(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the workload.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Workload {
    type Attributes = WorkloadAttributes;
    fn type_name(&self) -> &str {
        "AWS::WellArchitected::Workload"
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
/// The attributes of a `AWS::WellArchitected::Workload` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkloadAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkloadAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkloadAttributes {
    /// `Fn::GetAtt` `WorkloadArn`.
    pub fn workload_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkloadArn")
    }
    /// `Fn::GetAtt` `WorkloadId`.
    pub fn workload_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkloadId")
    }
    /// `Fn::GetAtt` `ImprovementStatus`.
    pub fn improvement_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ImprovementStatus")
    }
}

/// The values CloudFormation documents: `PRODUCTION`, `PREPRODUCTION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Environment {
    /// `PRODUCTION`
    Production,
    /// `PREPRODUCTION`
    Preproduction,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Environment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Production => "PRODUCTION",
            Self::Preproduction => "PREPRODUCTION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PRODUCTION", "PREPRODUCTION"]
    }
}
impl ::std::convert::From<Environment> for ::forma_core::Value<Environment> {
    fn from(v: Environment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Environment {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrustedAdvisorIntegrationStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TrustedAdvisorIntegrationStatus {
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
impl ::std::convert::From<TrustedAdvisorIntegrationStatus> for ::forma_core::Value<TrustedAdvisorIntegrationStatus> {
    fn from(v: TrustedAdvisorIntegrationStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TrustedAdvisorIntegrationStatus {}

/// The values CloudFormation documents: `WORKLOAD_METADATA`, `APP_REGISTRY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WorkloadResourceDefinition {
    /// `WORKLOAD_METADATA`
    WorkloadMetadata,
    /// `APP_REGISTRY`
    AppRegistry,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl WorkloadResourceDefinition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WorkloadMetadata => "WORKLOAD_METADATA",
            Self::AppRegistry => "APP_REGISTRY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WORKLOAD_METADATA", "APP_REGISTRY"]
    }
}
impl ::std::convert::From<WorkloadResourceDefinition> for ::forma_core::Value<WorkloadResourceDefinition> {
    fn from(v: WorkloadResourceDefinition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for WorkloadResourceDefinition {}

/// Discovery configuration associated to the workload.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscoveryConfig {
    props: ::forma_core::schema::Props,
}
impl DiscoveryConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Discovery integration status in respect to Trusted Advisor for the workload.
    pub fn trusted_advisor_integration_status(
        mut self,
        value: impl ::forma_core::schema::EnumArg<TrustedAdvisorIntegrationStatus>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The mode to use for identifying resources associated with the workload.
    pub fn workload_resource_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WorkloadResourceDefinition>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DiscoveryConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DiscoveryConfig> for ::forma_core::Value<DiscoveryConfig> {
    fn from(v: DiscoveryConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISCOVERY_CONFIG_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::WellArchitected::Workload`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The schema of `AWS::WellArchitected::Workload`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::WellArchitected::Workload",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]{12}$"),
                    min_length: Some(12),
                    max_length: Some(12),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ArchitecturalDesign",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(|(https?|ftp):\\/\\/[^\\s/$.?#].[^\\s]*)$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "AwsRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(250),
            }),
        },
        ::forma_core::schema::Property {
            name: "DiscoveryConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DISCOVERY_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PRODUCTION", "PREPRODUCTION"]),
        },
        ::forma_core::schema::Property {
            name: "Industry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "IndustryType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Lenses",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "NonAwsRegions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(3),
                    max_length: Some(25),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Notes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2084),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReviewOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "WorkloadName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
    attributes: &["WorkloadArn", "WorkloadId", "ImprovementStatus"],
};

static DISCOVERY_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WellArchitected::Workload.DiscoveryConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "TrustedAdvisorIntegrationStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "WorkloadResourceDefinition",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["WORKLOAD_METADATA", "APP_REGISTRY"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::WellArchitected::Workload.Tags",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
