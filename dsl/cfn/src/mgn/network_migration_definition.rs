// @generated from AWS::MGN::NetworkMigrationDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MGN::NetworkMigrationDefinition` and its property types.

/// Resource schema for AWS::MGN::NetworkMigrationDefinition
///
/// CloudFormation type `AWS::MGN::NetworkMigrationDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkMigrationDefinition {
    props: ::forma_core::schema::Props,
}
impl NetworkMigrationDefinition {
    /// A new resource with its required properties: `Name`, `SourceConfigurations`, `TargetNetwork`, `TargetS3Configuration`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_configurations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceConfiguration>>>,
        target_network: impl ::std::convert::Into<::forma_core::Value<TargetNetwork>>,
        target_s3_configuration: impl ::std::convert::Into<::forma_core::Value<TargetS3Configuration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, source_configurations.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, target_network.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, target_s3_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the network migration definition.
    ///
    /// Allowed: length 0 to 600.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Scope tags for the network migration definition.
    #[track_caller]
    pub fn scope_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the network migration definition.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The target deployment configuration for the migrated network.
    #[track_caller]
    pub fn target_deployment(mut self, value: impl ::forma_core::schema::EnumArg<TargetDeployment>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NetworkMigrationDefinition {
    type Attributes = NetworkMigrationDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::MGN::NetworkMigrationDefinition"
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
/// The attributes of a `AWS::MGN::NetworkMigrationDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkMigrationDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkMigrationDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkMigrationDefinitionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `NetworkMigrationDefinitionID`.
    pub fn network_migration_definition_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkMigrationDefinitionID")
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

/// The values CloudFormation documents: `SINGLE_ACCOUNT`, `MULTI_ACCOUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetDeployment {
    /// `SINGLE_ACCOUNT`
    SingleAccount,
    /// `MULTI_ACCOUNT`
    MultiAccount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetDeployment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SingleAccount => "SINGLE_ACCOUNT",
            Self::MultiAccount => "MULTI_ACCOUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SINGLE_ACCOUNT", "MULTI_ACCOUNT"]
    }
}
impl ::std::convert::From<TargetDeployment> for ::forma_core::Value<TargetDeployment> {
    fn from(v: TargetDeployment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetDeployment {}

/// The values CloudFormation documents: `NSX`, `VSPHERE`, `FORTIGATE_FIREWALL`, `PALO_ALTO_FIREWALL`, `CISCO_ACI`, `LOGICAL_MODEL`, `MODELIZE_IT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceEnvironment {
    /// `NSX`
    Nsx,
    /// `VSPHERE`
    Vsphere,
    /// `FORTIGATE_FIREWALL`
    FortigateFirewall,
    /// `PALO_ALTO_FIREWALL`
    PaloAltoFirewall,
    /// `CISCO_ACI`
    CiscoAci,
    /// `LOGICAL_MODEL`
    LogicalModel,
    /// `MODELIZE_IT`
    ModelizeIt,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceEnvironment {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nsx => "NSX",
            Self::Vsphere => "VSPHERE",
            Self::FortigateFirewall => "FORTIGATE_FIREWALL",
            Self::PaloAltoFirewall => "PALO_ALTO_FIREWALL",
            Self::CiscoAci => "CISCO_ACI",
            Self::LogicalModel => "LOGICAL_MODEL",
            Self::ModelizeIt => "MODELIZE_IT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NSX", "VSPHERE", "FORTIGATE_FIREWALL", "PALO_ALTO_FIREWALL", "CISCO_ACI", "LOGICAL_MODEL", "MODELIZE_IT"]
    }
}
impl ::std::convert::From<SourceEnvironment> for ::forma_core::Value<SourceEnvironment> {
    fn from(v: SourceEnvironment) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceEnvironment {}

/// Configuration for a migration source environment.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceConfiguration {
    props: ::forma_core::schema::Props,
}
impl SourceConfiguration {
    /// A new value with its required properties: `SourceEnvironment`, `SourceS3Configuration`.
    pub fn new(
        source_environment: impl ::forma_core::schema::EnumArg<SourceEnvironment>,
        source_s3_configuration: impl ::std::convert::Into<::forma_core::Value<SourceS3Configuration>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source_environment.into_enum_expr());
        props.set(1, source_s3_configuration.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceConfiguration> for ::forma_core::Value<SourceConfiguration> {
    fn from(v: SourceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_CONFIGURATION_TYPE.properties))
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

/// The values CloudFormation documents: `ISOLATED_VPC`, `HUB_AND_SPOKE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Topology {
    /// `ISOLATED_VPC`
    IsolatedVpc,
    /// `HUB_AND_SPOKE`
    HubAndSpoke,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Topology {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IsolatedVpc => "ISOLATED_VPC",
            Self::HubAndSpoke => "HUB_AND_SPOKE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ISOLATED_VPC", "HUB_AND_SPOKE"]
    }
}
impl ::std::convert::From<Topology> for ::forma_core::Value<Topology> {
    fn from(v: Topology) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Topology {}

/// Configuration for the target network topology and addressing.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetNetwork {
    props: ::forma_core::schema::Props,
}
impl TargetNetwork {
    /// A new value with its required properties: `Topology`.
    pub fn new(topology: impl ::forma_core::schema::EnumArg<Topology>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, topology.into_enum_expr());
        Self { props }
    }
    /// The CIDR block for inbound traffic in the target network.
    ///
    /// Allowed: length 9 to 18.
    pub fn inbound_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The CIDR block for inspection traffic in the target network.
    ///
    /// Allowed: length 9 to 18.
    pub fn inspection_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The CIDR block for outbound traffic in the target network.
    ///
    /// Allowed: length 9 to 18.
    pub fn outbound_cidr(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TargetNetwork> for ::forma_core::Value<TargetNetwork> {
    fn from(v: TargetNetwork) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_NETWORK_TYPE.properties))
    }
}

/// S3 configuration for storing target network artifacts.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetS3Configuration {
    props: ::forma_core::schema::Props,
}
impl TargetS3Configuration {
    /// A new value with its required properties: `S3Bucket`, `S3BucketOwner`.
    pub fn new(
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_bucket_owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        props.set(1, s3_bucket_owner.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetS3Configuration> for ::forma_core::Value<TargetS3Configuration> {
    fn from(v: TargetS3Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_S3_CONFIGURATION_TYPE.properties))
    }
}

/// S3 configuration for source network data.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceS3Configuration {
    props: ::forma_core::schema::Props,
}
impl SourceS3Configuration {
    /// A new value with its required properties: `S3Bucket`, `S3BucketOwner`, `S3Key`.
    pub fn new(
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_bucket_owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        props.set(1, s3_bucket_owner.into().into_expr());
        props.set(2, s3_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceS3Configuration> for ::forma_core::Value<SourceS3Configuration> {
    fn from(v: SourceS3Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_S3_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::MGN::NetworkMigrationDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MGN::NetworkMigrationDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\x00]*$"),
                min_length: Some(0),
                max_length: Some(600),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\s\\x00]( *[^\\s\\x00])*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScopeTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s+\\-=._:/@]*$"),
                    min_length: None,
                    max_length: Some(256),
                },
            )),
        },
        ::forma_core::schema::Property {
            name: "SourceConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SOURCE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
            ),
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
        ::forma_core::schema::Property {
            name: "TargetDeployment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SINGLE_ACCOUNT", "MULTI_ACCOUNT"]),
        },
        ::forma_core::schema::Property {
            name: "TargetNetwork",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_NETWORK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetS3Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_S3_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "NetworkMigrationDefinitionID", "CreatedAt", "UpdatedAt"],
};

static SOURCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::NetworkMigrationDefinition.SourceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SourceEnvironment",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NSX",
                "VSPHERE",
                "FORTIGATE_FIREWALL",
                "PALO_ALTO_FIREWALL",
                "CISCO_ACI",
                "LOGICAL_MODEL",
                "MODELIZE_IT",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SourceS3Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_S3_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::NetworkMigrationDefinition.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
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

static TARGET_NETWORK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::MGN::NetworkMigrationDefinition.TargetNetwork",
properties: &[
::forma_core::schema::Property { name: "InboundCidr", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((25[0-4]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(1[6-9]|2[0-8])$"), min_length: Some(9), max_length: Some(18) }) },
::forma_core::schema::Property { name: "InspectionCidr", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((25[0-4]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(1[6-9]|2[0-8])$"), min_length: Some(9), max_length: Some(18) }) },
::forma_core::schema::Property { name: "OutboundCidr", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((25[0-4]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(1[6-9]|2[0-8])$"), min_length: Some(9), max_length: Some(18) }) },
::forma_core::schema::Property { name: "Topology", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ISOLATED_VPC", "HUB_AND_SPOKE"]) },
],
rules: &[],
};

static TARGET_S3_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::NetworkMigrationDefinition.TargetS3Configuration",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9.\\-_]{1,255}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "S3BucketOwner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9]{12,}"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
    ],
    rules: &[],
};

static SOURCE_S3_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MGN::NetworkMigrationDefinition.SourceS3Configuration",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9.\\-_]{1,255}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "S3BucketOwner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9]{12,}"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\x00]{1,1024}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
