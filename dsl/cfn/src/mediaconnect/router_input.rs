// @generated from AWS::MediaConnect::RouterInput (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConnect::RouterInput` and its property types.

/// Represents a router input in AWS Elemental MediaConnect that is used to ingest content to be transmitted to router outputs
///
/// CloudFormation type `AWS::MediaConnect::RouterInput`.
#[derive(Debug, Clone, PartialEq)]
pub struct RouterInput {
    props: ::forma_core::schema::Props,
}
impl RouterInput {
    /// A new resource with its required properties: `Configuration`, `MaximumBitrate`, `Name`, `RoutingScope`, `Tier`.
    #[track_caller]
    pub fn new(
        configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        maximum_bitrate: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        routing_scope: impl ::forma_core::schema::EnumArg<RoutingScope>,
        tier: impl ::forma_core::schema::EnumArg<RouterInputTier>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, maximum_bitrate.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, routing_scope.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, tier.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Availability Zone where you want to create the router input.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn availability_zone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The content quality analysis configuration for the router input.
    #[track_caller]
    pub fn content_quality_analysis_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration settings for maintenance operations, including preferred maintenance windows and schedules.
    #[track_caller]
    pub fn maintenance_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Web Services Region for the router input.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn region_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can be used to tag and organize this router input.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The transit encryption settings for a router input.
    #[track_caller]
    pub fn transit_encryption(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RouterInputTransitEncryption>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RouterInput {
    type Attributes = RouterInputAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConnect::RouterInput"
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
/// The attributes of a `AWS::MediaConnect::RouterInput` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RouterInputAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RouterInputAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RouterInputAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ContentQualityAnalysisType`.
    pub fn content_quality_analysis_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ContentQualityAnalysisType")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `InputType`.
    pub fn input_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InputType")
    }
    /// `Fn::GetAtt` `IpAddress`.
    pub fn ip_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpAddress")
    }
    /// `Fn::GetAtt` `MaintenanceType`.
    pub fn maintenance_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MaintenanceType")
    }
    /// `Fn::GetAtt` `RoutedOutputs`.
    pub fn routed_outputs(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "RoutedOutputs")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `REGIONAL`, `GLOBAL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoutingScope {
    /// `REGIONAL`
    Regional,
    /// `GLOBAL`
    Global,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RoutingScope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Regional => "REGIONAL",
            Self::Global => "GLOBAL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REGIONAL", "GLOBAL"]
    }
}
impl ::std::convert::From<RoutingScope> for ::forma_core::Value<RoutingScope> {
    fn from(v: RoutingScope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RoutingScope {}

/// The values CloudFormation documents: `INPUT_100`, `INPUT_50`, `INPUT_20`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RouterInputTier {
    /// `INPUT_100`
    Input100,
    /// `INPUT_50`
    Input50,
    /// `INPUT_20`
    Input20,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RouterInputTier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Input100 => "INPUT_100",
            Self::Input50 => "INPUT_50",
            Self::Input20 => "INPUT_20",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INPUT_100", "INPUT_50", "INPUT_20"]
    }
}
impl ::std::convert::From<RouterInputTier> for ::forma_core::Value<RouterInputTier> {
    fn from(v: RouterInputTier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RouterInputTier {}

/// The `Tag` property type of `AWS::MediaConnect::RouterInput`.
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

/// The values CloudFormation documents: `SECRETS_MANAGER`, `AUTOMATIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RouterInputTransitEncryptionKeyType {
    /// `SECRETS_MANAGER`
    SecretsManager,
    /// `AUTOMATIC`
    Automatic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RouterInputTransitEncryptionKeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SecretsManager => "SECRETS_MANAGER",
            Self::Automatic => "AUTOMATIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SECRETS_MANAGER", "AUTOMATIC"]
    }
}
impl ::std::convert::From<RouterInputTransitEncryptionKeyType>
    for ::forma_core::Value<RouterInputTransitEncryptionKeyType>
{
    fn from(v: RouterInputTransitEncryptionKeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RouterInputTransitEncryptionKeyType {}

/// The transit encryption settings for a router input.
#[derive(Debug, Clone, PartialEq)]
pub struct RouterInputTransitEncryption {
    props: ::forma_core::schema::Props,
}
impl RouterInputTransitEncryption {
    /// A new value with its required properties: `EncryptionKeyConfiguration`.
    pub fn new(
        encryption_key_configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_key_configuration.into().into_expr());
        Self { props }
    }
    /// `EncryptionKeyType`.
    pub fn encryption_key_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<RouterInputTransitEncryptionKeyType>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<RouterInputTransitEncryption> for ::forma_core::Value<RouterInputTransitEncryption> {
    fn from(v: RouterInputTransitEncryption) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROUTER_INPUT_TRANSIT_ENCRYPTION_TYPE.properties))
    }
}

/// The schema of `AWS::MediaConnect::RouterInput`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConnect::RouterInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "AvailabilityZone",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ContentQualityAnalysisConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "MaintenanceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "MaximumBitrate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "RegionName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RoutingScope",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["REGIONAL", "GLOBAL"]),
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
            name: "Tier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INPUT_100", "INPUT_50", "INPUT_20"]),
        },
        ::forma_core::schema::Property {
            name: "TransitEncryption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROUTER_INPUT_TRANSIT_ENCRYPTION_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "ContentQualityAnalysisType",
        "CreatedAt",
        "Id",
        "InputType",
        "IpAddress",
        "MaintenanceType",
        "RoutedOutputs",
        "State",
        "UpdatedAt",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::RouterInput.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ROUTER_INPUT_TRANSIT_ENCRYPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::RouterInput.RouterInputTransitEncryption",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionKeyConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "EncryptionKeyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SECRETS_MANAGER", "AUTOMATIC"]),
        },
    ],
    rules: &[],
};
