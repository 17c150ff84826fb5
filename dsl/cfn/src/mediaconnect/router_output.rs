// @generated from AWS::MediaConnect::RouterOutput (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConnect::RouterOutput` and its property types.

/// Represents a router input in AWS Elemental MediaConnect that can be used to egress content transmitted from router inputs
///
/// CloudFormation type `AWS::MediaConnect::RouterOutput`.
#[derive(Debug, Clone, PartialEq)]
pub struct RouterOutput {
    props: ::forma_core::schema::Props,
}
impl RouterOutput {
    /// A new resource with its required properties: `Configuration`, `MaximumBitrate`, `Name`, `RoutingScope`, `Tier`.
    #[track_caller]
    pub fn new(
        configuration: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        maximum_bitrate: impl ::std::convert::Into<::forma_core::Value<i64>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        routing_scope: impl ::forma_core::schema::EnumArg<RoutingScope>,
        tier: impl ::forma_core::schema::EnumArg<RouterOutputTier>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, maximum_bitrate.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, routing_scope.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(9, tier.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Availability Zone where you want to create the router output.
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
    /// The fabric configuration settings for the router output.
    #[track_caller]
    pub fn fabric_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FabricConfiguration>>,
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
    /// The Amazon Web Services Region for the router output.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn region_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs that can be used to tag this router output.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RouterOutput {
    type Attributes = RouterOutputAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConnect::RouterOutput"
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
/// The attributes of a `AWS::MediaConnect::RouterOutput` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RouterOutputAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RouterOutputAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RouterOutputAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `IpAddress`.
    pub fn ip_address(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpAddress")
    }
    /// `Fn::GetAtt` `MaintenanceType`.
    pub fn maintenance_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MaintenanceType")
    }
    /// `Fn::GetAtt` `OutputType`.
    pub fn output_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OutputType")
    }
    /// `Fn::GetAtt` `RoutedState`.
    pub fn routed_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RoutedState")
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

/// The values CloudFormation documents: `OUTPUT_100`, `OUTPUT_50`, `OUTPUT_20`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RouterOutputTier {
    /// `OUTPUT_100`
    Output100,
    /// `OUTPUT_50`
    Output50,
    /// `OUTPUT_20`
    Output20,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RouterOutputTier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Output100 => "OUTPUT_100",
            Self::Output50 => "OUTPUT_50",
            Self::Output20 => "OUTPUT_20",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OUTPUT_100", "OUTPUT_50", "OUTPUT_20"]
    }
}
impl ::std::convert::From<RouterOutputTier> for ::forma_core::Value<RouterOutputTier> {
    fn from(v: RouterOutputTier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RouterOutputTier {}

/// The values CloudFormation documents: `BALANCED`, `LOW_LATENCY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FabricLatencyMode {
    /// `BALANCED`
    Balanced,
    /// `LOW_LATENCY`
    LowLatency,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FabricLatencyMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Balanced => "BALANCED",
            Self::LowLatency => "LOW_LATENCY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BALANCED", "LOW_LATENCY"]
    }
}
impl ::std::convert::From<FabricLatencyMode> for ::forma_core::Value<FabricLatencyMode> {
    fn from(v: FabricLatencyMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FabricLatencyMode {}

/// The fabric configuration settings for the router output.
#[derive(Debug, Clone, PartialEq)]
pub struct FabricConfiguration {
    props: ::forma_core::schema::Props,
}
impl FabricConfiguration {
    /// A new value with its required properties: `RecoveryLatencyMode`.
    pub fn new(recovery_latency_mode: impl ::forma_core::schema::EnumArg<FabricLatencyMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, recovery_latency_mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<FabricConfiguration> for ::forma_core::Value<FabricConfiguration> {
    fn from(v: FabricConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FABRIC_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaConnect::RouterOutput`.
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

/// The schema of `AWS::MediaConnect::RouterOutput`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConnect::RouterOutput",
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
            name: "FabricConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FABRIC_CONFIGURATION_TYPE),
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
            shape: ::forma_core::schema::Shape::Enum(&["OUTPUT_100", "OUTPUT_50", "OUTPUT_20"]),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "CreatedAt",
        "Id",
        "IpAddress",
        "MaintenanceType",
        "OutputType",
        "RoutedState",
        "State",
        "UpdatedAt",
    ],
};

static FABRIC_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::RouterOutput.FabricConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "RecoveryLatencyMode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["BALANCED", "LOW_LATENCY"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConnect::RouterOutput.Tag",
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
