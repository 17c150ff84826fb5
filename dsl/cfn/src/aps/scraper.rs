// @generated from AWS::APS::Scraper (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::APS::Scraper` and its property types.

/// Resource Type definition for AWS::APS::Scraper
///
/// CloudFormation type `AWS::APS::Scraper`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scraper {
    props: ::forma_core::schema::Props,
}
impl Scraper {
    /// A new resource with its required properties: `Destination`, `ScrapeConfiguration`, `Source`.
    #[track_caller]
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<Destination>>,
        scrape_configuration: impl ::std::convert::Into<::forma_core::Value<ScrapeConfiguration>>,
        source: impl ::std::convert::Into<::forma_core::Value<Source>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, destination.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, scrape_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Scraper alias.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn alias(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Role configuration
    #[track_caller]
    pub fn role_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RoleConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for scraper logging
    #[track_caller]
    pub fn scraper_logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ScraperLoggingConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Scraper {
    type Attributes = ScraperAttributes;
    fn type_name(&self) -> &str {
        "AWS::APS::Scraper"
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
/// The attributes of a `AWS::APS::Scraper` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ScraperAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ScraperAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ScraperAttributes {
    /// `Fn::GetAtt` `ScraperId`.
    pub fn scraper_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScraperId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `RoleArn`.
    pub fn role_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RoleArn")
    }
}

/// Scraper metrics destination
#[derive(Debug, Clone, PartialEq)]
pub struct Destination {
    props: ::forma_core::schema::Props,
}
impl Destination {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `AmpConfiguration` or `CloudWatchConfiguration`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for Amazon Managed Prometheus metrics destination
    pub fn amp_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationAmpConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for CloudWatch metrics destination
    pub fn cloud_watch_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationCloudWatchConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Destination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Destination> for ::forma_core::Value<Destination> {
    fn from(v: Destination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_TYPE.properties))
    }
}

/// Role configuration
#[derive(Debug, Clone, PartialEq)]
pub struct RoleConfiguration {
    props: ::forma_core::schema::Props,
}
impl RoleConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// IAM Role in source account
    pub fn source_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// IAM Role in the target account
    pub fn target_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RoleConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RoleConfiguration> for ::forma_core::Value<RoleConfiguration> {
    fn from(v: RoleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROLE_CONFIGURATION_TYPE.properties))
    }
}

/// Scraper configuration
#[derive(Debug, Clone, PartialEq)]
pub struct ScrapeConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScrapeConfiguration {
    /// A new value with its required properties: `ConfigurationBlob`.
    pub fn new(configuration_blob: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, configuration_blob.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScrapeConfiguration> for ::forma_core::Value<ScrapeConfiguration> {
    fn from(v: ScrapeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCRAPE_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for scraper logging
#[derive(Debug, Clone, PartialEq)]
pub struct ScraperLoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScraperLoggingConfiguration {
    /// A new value with its required properties: `LoggingDestination`, `ScraperComponents`.
    pub fn new(
        logging_destination: impl ::std::convert::Into<::forma_core::Value<ScraperLoggingDestination>>,
        scraper_components: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScraperComponent>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, logging_destination.into().into_expr());
        props.set(1, scraper_components.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScraperLoggingConfiguration> for ::forma_core::Value<ScraperLoggingConfiguration> {
    fn from(v: ScraperLoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCRAPER_LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// Scraper metrics source
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    props: ::forma_core::schema::Props,
}
impl Source {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `EksConfiguration` or `VpcConfiguration`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for EKS metrics source
    pub fn eks_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceEksConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Configuration for VPC metrics source
    pub fn vpc_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SourceVpcConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Source {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Source> for ::forma_core::Value<Source> {
    fn from(v: Source) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// Configuration for Amazon Managed Prometheus metrics destination
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationAmpConfiguration {
    props: ::forma_core::schema::Props,
}
impl DestinationAmpConfiguration {
    /// A new value with its required properties: `WorkspaceArn`.
    pub fn new(workspace_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, workspace_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DestinationAmpConfiguration> for ::forma_core::Value<DestinationAmpConfiguration> {
    fn from(v: DestinationAmpConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_AMP_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for CloudWatch metrics destination
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationCloudWatchConfiguration {
    props: ::forma_core::schema::Props,
}
impl DestinationCloudWatchConfiguration {
    /// A new value with its required properties: `DatasetArn`.
    pub fn new(dataset_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, dataset_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DestinationCloudWatchConfiguration>
    for ::forma_core::Value<DestinationCloudWatchConfiguration>
{
    fn from(v: DestinationCloudWatchConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CLOUD_WATCH_CONFIGURATION_TYPE.properties))
    }
}

/// Destination for scraper logging
#[derive(Debug, Clone, PartialEq)]
pub struct ScraperLoggingDestination {
    props: ::forma_core::schema::Props,
}
impl ScraperLoggingDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Represents a cloudwatch logs destination for scraper logging
    pub fn cloud_watch_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CloudWatchLogDestination>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ScraperLoggingDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScraperLoggingDestination> for ::forma_core::Value<ScraperLoggingDestination> {
    fn from(v: ScraperLoggingDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCRAPER_LOGGING_DESTINATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SERVICE_DISCOVERY`, `COLLECTOR`, `EXPORTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScraperComponentType {
    /// `SERVICE_DISCOVERY`
    ServiceDiscovery,
    /// `COLLECTOR`
    Collector,
    /// `EXPORTER`
    Exporter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScraperComponentType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServiceDiscovery => "SERVICE_DISCOVERY",
            Self::Collector => "COLLECTOR",
            Self::Exporter => "EXPORTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SERVICE_DISCOVERY", "COLLECTOR", "EXPORTER"]
    }
}
impl ::std::convert::From<ScraperComponentType> for ::forma_core::Value<ScraperComponentType> {
    fn from(v: ScraperComponentType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScraperComponentType {}

/// The `ScraperComponent` property type of `AWS::APS::Scraper`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScraperComponent {
    props: ::forma_core::schema::Props,
}
impl ScraperComponent {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<ScraperComponentType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// `Config`.
    pub fn config(mut self, value: impl ::std::convert::Into<::forma_core::Value<ComponentConfig>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ScraperComponent> for ::forma_core::Value<ScraperComponent> {
    fn from(v: ScraperComponent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCRAPER_COMPONENT_TYPE.properties))
    }
}

/// Configuration for EKS metrics source
#[derive(Debug, Clone, PartialEq)]
pub struct SourceEksConfiguration {
    props: ::forma_core::schema::Props,
}
impl SourceEksConfiguration {
    /// A new value with its required properties: `ClusterArn`, `SubnetIds`.
    pub fn new(
        cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cluster_arn.into().into_expr());
        props.set(2, subnet_ids.into().into_expr());
        Self { props }
    }
    /// List of security group IDs
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SourceEksConfiguration> for ::forma_core::Value<SourceEksConfiguration> {
    fn from(v: SourceEksConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_EKS_CONFIGURATION_TYPE.properties))
    }
}

/// Configuration for VPC metrics source
#[derive(Debug, Clone, PartialEq)]
pub struct SourceVpcConfiguration {
    props: ::forma_core::schema::Props,
}
impl SourceVpcConfiguration {
    /// A new value with its required properties: `SecurityGroupIds`, `SubnetIds`.
    pub fn new(
        security_group_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        subnet_ids: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, security_group_ids.into().into_expr());
        props.set(1, subnet_ids.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceVpcConfiguration> for ::forma_core::Value<SourceVpcConfiguration> {
    fn from(v: SourceVpcConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_VPC_CONFIGURATION_TYPE.properties))
    }
}

/// Represents a cloudwatch logs destination for scraper logging
#[derive(Debug, Clone, PartialEq)]
pub struct CloudWatchLogDestination {
    props: ::forma_core::schema::Props,
}
impl CloudWatchLogDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// ARN of the CloudWatch log group
    ///
    /// Allowed: length 0 to 512.
    pub fn log_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CloudWatchLogDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CloudWatchLogDestination> for ::forma_core::Value<CloudWatchLogDestination> {
    fn from(v: CloudWatchLogDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CLOUD_WATCH_LOG_DESTINATION_TYPE.properties))
    }
}

/// The `ComponentConfig` property type of `AWS::APS::Scraper`.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentConfig {
    props: ::forma_core::schema::Props,
}
impl ComponentConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Options`.
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentConfig> for ::forma_core::Value<ComponentConfig> {
    fn from(v: ComponentConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::APS::Scraper`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::APS::Scraper",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z][-.0-9A-Z_a-z]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROLE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScrapeConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCRAPE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScraperLoggingConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCRAPER_LOGGING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ScraperId", "Arn", "RoleArn"],
};

static DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.Destination",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmpConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_AMP_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CloudWatchConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_CLOUD_WATCH_CONFIGURATION_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["AmpConfiguration"], &["CloudWatchConfiguration"]])],
};

static ROLE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.RoleConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SourceRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SCRAPE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.ScrapeConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ConfigurationBlob",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["ConfigurationBlob"]])],
};

static SCRAPER_LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.ScraperLoggingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "LoggingDestination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCRAPER_LOGGING_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ScraperComponents",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCRAPER_COMPONENT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.Source",
    properties: &[
        ::forma_core::schema::Property {
            name: "EksConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_EKS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VpcConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_VPC_CONFIGURATION_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["EksConfiguration"], &["VpcConfiguration"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.Tag",
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

static DESTINATION_AMP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.DestinationAmpConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "WorkspaceArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws[-a-z]*:aps:[-a-z0-9]+:[0-9]{12}:workspace/.+$"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static DESTINATION_CLOUD_WATCH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::APS::Scraper.DestinationCloudWatchConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "DatasetArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z]*:cloudwatch:[-a-z0-9]+:[0-9]{12}:dataset\\/.+$"),
                min_length: None,
                max_length: None,
            }),
        }],
        rules: &[],
    };

static SCRAPER_LOGGING_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.ScraperLoggingDestination",
    properties: &[::forma_core::schema::Property {
        name: "CloudWatchLogs",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CLOUD_WATCH_LOG_DESTINATION_TYPE),
    }],
    rules: &[],
};

static SCRAPER_COMPONENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.ScraperComponent",
    properties: &[
        ::forma_core::schema::Property {
            name: "Config",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COMPONENT_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SERVICE_DISCOVERY", "COLLECTOR", "EXPORTER"]),
        },
    ],
    rules: &[],
};

static SOURCE_EKS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.SourceEksConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClusterArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z]*:eks:[-a-z0-9]+:[0-9]{12}:cluster/.+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-z]+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-z]+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SOURCE_VPC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.SourceVpcConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[0-9a-z]+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[0-9a-z]+$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CLOUD_WATCH_LOG_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.CloudWatchLogDestination",
    properties: &[::forma_core::schema::Property {
        name: "LogGroupArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static COMPONENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::APS::Scraper.ComponentConfig",
    properties: &[::forma_core::schema::Property {
        name: "Options",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
            &::forma_core::schema::ANY_STRING,
        )),
    }],
    rules: &[],
};
