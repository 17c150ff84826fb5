// @generated from AWS::ECR::ReplicationConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECR::ReplicationConfiguration` and its property types.

/// The `AWS::ECR::ReplicationConfiguration` resource creates or updates the replication configuration for a private registry.
///
/// CloudFormation type `AWS::ECR::ReplicationConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationConfiguration {
    props: ::forma_core::schema::Props,
}
impl ReplicationConfiguration {
    /// A new resource with its required properties: `ReplicationConfiguration`.
    #[track_caller]
    pub fn new(
        replication_configuration: impl ::std::convert::Into<::forma_core::Value<ReplicationConfigurationProperty>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, replication_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ReplicationConfiguration {
    type Attributes = ReplicationConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECR::ReplicationConfiguration"
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
/// The attributes of a `AWS::ECR::ReplicationConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReplicationConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReplicationConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReplicationConfigurationAttributes {
    /// `Fn::GetAtt` `RegistryId`.
    pub fn registry_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegistryId")
    }
}

/// The replication configuration for a registry.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationConfigurationProperty {
    props: ::forma_core::schema::Props,
}
impl ReplicationConfigurationProperty {
    /// A new value with its required properties: `Rules`.
    pub fn new(rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicationRule>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, rules.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicationConfigurationProperty> for ::forma_core::Value<ReplicationConfigurationProperty> {
    fn from(v: ReplicationConfigurationProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_CONFIGURATION_PROPERTY_TYPE.properties))
    }
}

/// An array of objects representing the replication destinations and repository filters for a replication configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationRule {
    props: ::forma_core::schema::Props,
}
impl ReplicationRule {
    /// A new value with its required properties: `Destinations`.
    pub fn new(
        destinations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ReplicationDestination>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destinations.into().into_expr());
        Self { props }
    }
    /// An array of objects representing the filters for a replication rule.
    pub fn repository_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RepositoryFilter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ReplicationRule> for ::forma_core::Value<ReplicationRule> {
    fn from(v: ReplicationRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_RULE_TYPE.properties))
    }
}

/// An array of objects representing the destination for a replication rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicationDestination {
    props: ::forma_core::schema::Props,
}
impl ReplicationDestination {
    /// A new value with its required properties: `Region`, `RegistryId`.
    pub fn new(
        region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        registry_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, region.into().into_expr());
        props.set(1, registry_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplicationDestination> for ::forma_core::Value<ReplicationDestination> {
    fn from(v: ReplicationDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLICATION_DESTINATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PREFIX_MATCH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterType {
    /// `PREFIX_MATCH`
    PrefixMatch,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrefixMatch => "PREFIX_MATCH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PREFIX_MATCH"]
    }
}
impl ::std::convert::From<FilterType> for ::forma_core::Value<FilterType> {
    fn from(v: FilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilterType {}

/// The filter settings used with image replication.
#[derive(Debug, Clone, PartialEq)]
pub struct RepositoryFilter {
    props: ::forma_core::schema::Props,
}
impl RepositoryFilter {
    /// A new value with its required properties: `Filter`, `FilterType`.
    pub fn new(
        filter: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        filter_type: impl ::forma_core::schema::EnumArg<FilterType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filter.into().into_expr());
        props.set(1, filter_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<RepositoryFilter> for ::forma_core::Value<RepositoryFilter> {
    fn from(v: RepositoryFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPOSITORY_FILTER_TYPE.properties))
    }
}

/// The schema of `AWS::ECR::ReplicationConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECR::ReplicationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ReplicationConfiguration",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&REPLICATION_CONFIGURATION_PROPERTY_TYPE),
    }],
    rules: &[],
    attributes: &["RegistryId"],
};

static REPLICATION_CONFIGURATION_PROPERTY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECR::ReplicationConfiguration.ReplicationConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPLICATION_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(25) },
            ),
        }],
        rules: &[],
    };

static REPLICATION_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::ReplicationConfiguration.ReplicationRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destinations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPLICATION_DESTINATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RepositoryFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPOSITORY_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
    ],
    rules: &[],
};

static REPLICATION_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::ReplicationConfiguration.ReplicationDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9a-z-]{2,25}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RegistryId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static REPOSITORY_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::ReplicationConfiguration.RepositoryFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*/)*[a-z0-9]*(?:[._-][a-z0-9]*)*$"),
                min_length: Some(2),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PREFIX_MATCH"]),
        },
    ],
    rules: &[],
};
