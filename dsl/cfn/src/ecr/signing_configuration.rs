// @generated from AWS::ECR::SigningConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECR::SigningConfiguration` and its property types.

/// The AWS::ECR::SigningConfiguration resource creates or updates the signing configuration for an Amazon ECR registry.
///
/// CloudFormation type `AWS::ECR::SigningConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct SigningConfiguration {
    props: ::forma_core::schema::Props,
}
impl SigningConfiguration {
    /// A new resource with its required properties: `Rules`.
    #[track_caller]
    pub fn new(rules: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, rules.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SigningConfiguration {
    type Attributes = SigningConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECR::SigningConfiguration"
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
/// The attributes of a `AWS::ECR::SigningConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SigningConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SigningConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SigningConfigurationAttributes {
    /// `Fn::GetAtt` `RegistryId`.
    pub fn registry_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RegistryId")
    }
}

/// The `Rule` property type of `AWS::ECR::SigningConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value with its required properties: `SigningProfileArn`.
    pub fn new(signing_profile_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, signing_profile_arn.into().into_expr());
        Self { props }
    }
    /// Optional array of repository filters.
    pub fn repository_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RepositoryFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `WILDCARD_MATCH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterType {
    /// `WILDCARD_MATCH`
    WildcardMatch,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WildcardMatch => "WILDCARD_MATCH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WILDCARD_MATCH"]
    }
}
impl ::std::convert::From<FilterType> for ::forma_core::Value<FilterType> {
    fn from(v: FilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilterType {}

/// An array of objects representing the details of a repository filter.
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

/// The schema of `AWS::ECR::SigningConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECR::SigningConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Rules",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RULE_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
        ),
    }],
    rules: &[],
    attributes: &["RegistryId"],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::SigningConfiguration.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "RepositoryFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REPOSITORY_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SigningProfileArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\\/signing-profiles\\/[a-zA-Z0-9_]{2,}$"),
                min_length: None,
                max_length: Some(200),
            }),
        },
    ],
    rules: &[],
};

static REPOSITORY_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::SigningConfiguration.RepositoryFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?:[a-z0-9*]+(?:[._-][a-z0-9*]+)*/)*[a-z0-9*]+(?:[._-][a-z0-9*]+)*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["WILDCARD_MATCH"]),
        },
    ],
    rules: &[],
};
