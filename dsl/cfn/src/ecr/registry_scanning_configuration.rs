// @generated from AWS::ECR::RegistryScanningConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECR::RegistryScanningConfiguration` and its property types.

/// The scanning configuration for a private registry.
///
/// CloudFormation type `AWS::ECR::RegistryScanningConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistryScanningConfiguration {
    props: ::forma_core::schema::Props,
}
impl RegistryScanningConfiguration {
    /// A new resource with its required properties: `Rules`, `ScanType`.
    #[track_caller]
    pub fn new(
        rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ScanningRule>>>,
        scan_type: impl ::forma_core::schema::EnumArg<ScanType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, rules.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, scan_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for RegistryScanningConfiguration {
    type Attributes = RegistryScanningConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECR::RegistryScanningConfiguration"
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
/// The attributes of a `AWS::ECR::RegistryScanningConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RegistryScanningConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RegistryScanningConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RegistryScanningConfigurationAttributes {
    /// `Fn::GetAtt` `RegistryId`.
    pub fn registry_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegistryId")
    }
}

/// The values CloudFormation documents: `BASIC`, `ENHANCED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScanType {
    /// `BASIC`
    Basic,
    /// `ENHANCED`
    Enhanced,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScanType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "BASIC",
            Self::Enhanced => "ENHANCED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASIC", "ENHANCED"]
    }
}
impl ::std::convert::From<ScanType> for ::forma_core::Value<ScanType> {
    fn from(v: ScanType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScanType {}

/// The values CloudFormation documents: `SCAN_ON_PUSH`, `CONTINUOUS_SCAN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScanFrequency {
    /// `SCAN_ON_PUSH`
    ScanOnPush,
    /// `CONTINUOUS_SCAN`
    ContinuousScan,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScanFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ScanOnPush => "SCAN_ON_PUSH",
            Self::ContinuousScan => "CONTINUOUS_SCAN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SCAN_ON_PUSH", "CONTINUOUS_SCAN"]
    }
}
impl ::std::convert::From<ScanFrequency> for ::forma_core::Value<ScanFrequency> {
    fn from(v: ScanFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScanFrequency {}

/// The scanning rules associated with the registry.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanningRule {
    props: ::forma_core::schema::Props,
}
impl ScanningRule {
    /// A new value with its required properties: `RepositoryFilters`, `ScanFrequency`.
    pub fn new(
        repository_filters: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RepositoryFilter>>>,
        scan_frequency: impl ::forma_core::schema::EnumArg<ScanFrequency>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, repository_filters.into().into_expr());
        props.set(1, scan_frequency.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ScanningRule> for ::forma_core::Value<ScanningRule> {
    fn from(v: ScanningRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCANNING_RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `WILDCARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterType {
    /// `WILDCARD`
    Wildcard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wildcard => "WILDCARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WILDCARD"]
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

/// The schema of `AWS::ECR::RegistryScanningConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECR::RegistryScanningConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Rules",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SCANNING_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScanType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BASIC", "ENHANCED"]),
        },
    ],
    rules: &[],
    attributes: &["RegistryId"],
};

static SCANNING_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::RegistryScanningConfiguration.ScanningRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "RepositoryFilters",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPOSITORY_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScanFrequency",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SCAN_ON_PUSH", "CONTINUOUS_SCAN"]),
        },
    ],
    rules: &[],
};

static REPOSITORY_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::RegistryScanningConfiguration.RepositoryFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WILDCARD"]),
        },
    ],
    rules: &[],
};
