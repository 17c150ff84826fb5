// @generated from AWS::Bedrock::FlowAlias (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Bedrock::FlowAlias` and its property types.

/// Definition of AWS::Bedrock::FlowAlias Resource Type
///
/// CloudFormation type `AWS::Bedrock::FlowAlias`.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowAlias {
    props: ::forma_core::schema::Props,
}
impl FlowAlias {
    /// A new resource with its required properties: `FlowArn`, `Name`, `RoutingConfiguration`.
    #[track_caller]
    pub fn new(
        flow_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        routing_configuration: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<FlowAliasRoutingConfigurationListItem>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, flow_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, routing_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ConcurrencyConfiguration`.
    #[track_caller]
    pub fn concurrency_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FlowAliasConcurrencyConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the Resource.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of tag keys and values
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FlowAlias {
    type Attributes = FlowAliasAttributes;
    fn type_name(&self) -> &str {
        "AWS::Bedrock::FlowAlias"
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
/// The attributes of a `AWS::Bedrock::FlowAlias` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FlowAliasAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FlowAliasAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FlowAliasAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `FlowId`.
    pub fn flow_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FlowId")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `Automatic`, `Manual`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConcurrencyType {
    /// `Automatic`
    Automatic,
    /// `Manual`
    Manual,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConcurrencyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Automatic => "Automatic",
            Self::Manual => "Manual",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Automatic", "Manual"]
    }
}
impl ::std::convert::From<ConcurrencyType> for ::forma_core::Value<ConcurrencyType> {
    fn from(v: ConcurrencyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConcurrencyType {}

/// The `FlowAliasConcurrencyConfiguration` property type of `AWS::Bedrock::FlowAlias`.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowAliasConcurrencyConfiguration {
    props: ::forma_core::schema::Props,
}
impl FlowAliasConcurrencyConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<ConcurrencyType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// Number of nodes executed concurrently at a time
    ///
    /// Allowed: 1 to 100.
    pub fn max_concurrency(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FlowAliasConcurrencyConfiguration>
    for ::forma_core::Value<FlowAliasConcurrencyConfiguration>
{
    fn from(v: FlowAliasConcurrencyConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_ALIAS_CONCURRENCY_CONFIGURATION_TYPE.properties))
    }
}

/// Details about the routing configuration for a Flow alias.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowAliasRoutingConfigurationListItem {
    props: ::forma_core::schema::Props,
}
impl FlowAliasRoutingConfigurationListItem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Version.
    ///
    /// Allowed: length 1 to 5.
    pub fn flow_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FlowAliasRoutingConfigurationListItem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FlowAliasRoutingConfigurationListItem>
    for ::forma_core::Value<FlowAliasRoutingConfigurationListItem>
{
    fn from(v: FlowAliasRoutingConfigurationListItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FLOW_ALIAS_ROUTING_CONFIGURATION_LIST_ITEM_TYPE.properties))
    }
}

/// The schema of `AWS::Bedrock::FlowAlias`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Bedrock::FlowAlias",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConcurrencyConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FLOW_ALIAS_CONCURRENCY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "FlowArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:flow/[0-9a-zA-Z]{10}$"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([0-9a-zA-Z][_-]?){1,100}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RoutingConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FLOW_ALIAS_ROUTING_CONFIGURATION_LIST_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\s._:/=+@-]*$"),
                    min_length: Some(0),
                    max_length: Some(256),
                },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "FlowId", "Id", "UpdatedAt"],
};

static FLOW_ALIAS_CONCURRENCY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::FlowAlias.FlowAliasConcurrencyConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "MaxConcurrency",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(100.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "Type",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["Automatic", "Manual"]),
            },
        ],
        rules: &[],
    };

static FLOW_ALIAS_ROUTING_CONFIGURATION_LIST_ITEM_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Bedrock::FlowAlias.FlowAliasRoutingConfigurationListItem",
        properties: &[::forma_core::schema::Property {
            name: "FlowVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(DRAFT|[0-9]{0,4}[1-9][0-9]{0,4})$"),
                min_length: Some(1),
                max_length: Some(5),
            }),
        }],
        rules: &[],
    };
