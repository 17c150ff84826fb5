// @generated from AWS::AccessAnalyzer::Analyzer (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AccessAnalyzer::Analyzer` and its property types.

/// The AWS::AccessAnalyzer::Analyzer type specifies an analyzer of the user's account
///
/// CloudFormation type `AWS::AccessAnalyzer::Analyzer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Analyzer {
    props: ::forma_core::schema::Props,
}
impl Analyzer {
    /// A new resource with its required properties: `Type`.
    #[track_caller]
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, type_.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration for the analyzer
    #[track_caller]
    pub fn analyzer_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AnalyzerConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Analyzer name
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn analyzer_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ArchiveRules`.
    #[track_caller]
    pub fn archive_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ArchiveRule>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Analyzer {
    type Attributes = AnalyzerAttributes;
    fn type_name(&self) -> &str {
        "AWS::AccessAnalyzer::Analyzer"
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
/// The attributes of a `AWS::AccessAnalyzer::Analyzer` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AnalyzerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AnalyzerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AnalyzerAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The configuration for the analyzer
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyzerConfiguration {
    props: ::forma_core::schema::Props,
}
impl AnalyzerConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the configuration of an internal access analyzer for an AWS organization or account.
    pub fn internal_access_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InternalAccessConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Configuration for Unused Access Analyzer
    pub fn unused_access_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UnusedAccessConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AnalyzerConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AnalyzerConfiguration> for ::forma_core::Value<AnalyzerConfiguration> {
    fn from(v: AnalyzerConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANALYZER_CONFIGURATION_TYPE.properties))
    }
}

/// An Access Analyzer archive rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveRule {
    props: ::forma_core::schema::Props,
}
impl ArchiveRule {
    /// A new value with its required properties: `Filter`, `RuleName`.
    pub fn new(
        filter: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Filter>>>,
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filter.into().into_expr());
        props.set(1, rule_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ArchiveRule> for ::forma_core::Value<ArchiveRule> {
    fn from(v: ArchiveRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARCHIVE_RULE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 255.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// Specifies the configuration of an internal access analyzer for an AWS organization or account.
#[derive(Debug, Clone, PartialEq)]
pub struct InternalAccessConfiguration {
    props: ::forma_core::schema::Props,
}
impl InternalAccessConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains information about analysis rules for the internal access analyzer.
    pub fn internal_access_analysis_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InternalAccessConfigurationInternalAccessAnalysisRule>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InternalAccessConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InternalAccessConfiguration> for ::forma_core::Value<InternalAccessConfiguration> {
    fn from(v: InternalAccessConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERNAL_ACCESS_CONFIGURATION_TYPE.properties))
    }
}

/// The Configuration for Unused Access Analyzer
#[derive(Debug, Clone, PartialEq)]
pub struct UnusedAccessConfiguration {
    props: ::forma_core::schema::Props,
}
impl UnusedAccessConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains information about rules for the analyzer.
    pub fn analysis_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UnusedAccessConfigurationAnalysisRule>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The specified access age in days for which to generate findings for unused access.
    ///
    /// Allowed: 1 to 365.
    pub fn unused_access_age(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UnusedAccessConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UnusedAccessConfiguration> for ::forma_core::Value<UnusedAccessConfiguration> {
    fn from(v: UnusedAccessConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UNUSED_ACCESS_CONFIGURATION_TYPE.properties))
    }
}

/// The `Filter` property type of `AWS::AccessAnalyzer::Analyzer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value with its required properties: `Property`.
    pub fn new(property: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, property.into().into_expr());
        Self { props }
    }
    /// `Contains`.
    pub fn contains(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Eq`.
    pub fn eq(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Exists`.
    pub fn exists(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Neq`.
    pub fn neq(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// Contains information about analysis rules for the internal access analyzer.
#[derive(Debug, Clone, PartialEq)]
pub struct InternalAccessConfigurationInternalAccessAnalysisRule {
    props: ::forma_core::schema::Props,
}
impl InternalAccessConfigurationInternalAccessAnalysisRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of rules for the internal access analyzer containing criteria to include in analysis.
    pub fn inclusions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InternalAccessAnalysisRuleCriteria>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InternalAccessConfigurationInternalAccessAnalysisRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InternalAccessConfigurationInternalAccessAnalysisRule>
    for ::forma_core::Value<InternalAccessConfigurationInternalAccessAnalysisRule>
{
    fn from(v: InternalAccessConfigurationInternalAccessAnalysisRule) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(INTERNAL_ACCESS_CONFIGURATION_INTERNAL_ACCESS_ANALYSIS_RULE_TYPE.properties),
        )
    }
}

/// Contains information about rules for the analyzer.
#[derive(Debug, Clone, PartialEq)]
pub struct UnusedAccessConfigurationAnalysisRule {
    props: ::forma_core::schema::Props,
}
impl UnusedAccessConfigurationAnalysisRule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of rules for the analyzer containing criteria to exclude from analysis.
    pub fn exclusions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AnalysisRuleCriteria>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UnusedAccessConfigurationAnalysisRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UnusedAccessConfigurationAnalysisRule>
    for ::forma_core::Value<UnusedAccessConfigurationAnalysisRule>
{
    fn from(v: UnusedAccessConfigurationAnalysisRule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UNUSED_ACCESS_CONFIGURATION_ANALYSIS_RULE_TYPE.properties))
    }
}

/// The criteria for an analysis rule for an internal access analyzer.
#[derive(Debug, Clone, PartialEq)]
pub struct InternalAccessAnalysisRuleCriteria {
    props: ::forma_core::schema::Props,
}
impl InternalAccessAnalysisRuleCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of AWS account IDs to apply to the internal access analysis rule criteria.
    pub fn account_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of resource ARNs to apply to the internal access analysis rule criteria.
    pub fn resource_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A list of resource types to apply to the internal access analysis rule criteria.
    pub fn resource_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InternalAccessAnalysisRuleCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InternalAccessAnalysisRuleCriteria>
    for ::forma_core::Value<InternalAccessAnalysisRuleCriteria>
{
    fn from(v: InternalAccessAnalysisRuleCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTERNAL_ACCESS_ANALYSIS_RULE_CRITERIA_TYPE.properties))
    }
}

/// The criteria for an analysis rule for an analyzer.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisRuleCriteria {
    props: ::forma_core::schema::Props,
}
impl AnalysisRuleCriteria {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of AWS account IDs to apply to the analysis rule criteria.
    pub fn account_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An array of key-value pairs to match for your resources.
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::vec::Vec<Tag>>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AnalysisRuleCriteria {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AnalysisRuleCriteria> for ::forma_core::Value<AnalysisRuleCriteria> {
    fn from(v: AnalysisRuleCriteria) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ANALYSIS_RULE_CRITERIA_TYPE.properties))
    }
}

/// The schema of `AWS::AccessAnalyzer::Analyzer`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AccessAnalyzer::Analyzer",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnalyzerConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ANALYZER_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AnalyzerName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z_][A-Za-z0-9_.-]*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ArchiveRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ARCHIVE_RULE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static ANALYZER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccessAnalyzer::Analyzer.AnalyzerConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "InternalAccessConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INTERNAL_ACCESS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UnusedAccessConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UNUSED_ACCESS_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static ARCHIVE_RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccessAnalyzer::Analyzer.ArchiveRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_.-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccessAnalyzer::Analyzer.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static INTERNAL_ACCESS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccessAnalyzer::Analyzer.InternalAccessConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "InternalAccessAnalysisRule",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&INTERNAL_ACCESS_CONFIGURATION_INTERNAL_ACCESS_ANALYSIS_RULE_TYPE),
    }],
    rules: &[],
};

static UNUSED_ACCESS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccessAnalyzer::Analyzer.UnusedAccessConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnalysisRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UNUSED_ACCESS_CONFIGURATION_ANALYSIS_RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UnusedAccessAge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(365.0),
            }),
        },
    ],
    rules: &[],
};

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccessAnalyzer::Analyzer.Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Contains",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Eq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Exists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Neq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Property",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static INTERNAL_ACCESS_CONFIGURATION_INTERNAL_ACCESS_ANALYSIS_RULE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AccessAnalyzer::Analyzer.InternalAccessConfigurationInternalAccessAnalysisRule",
        properties: &[::forma_core::schema::Property {
            name: "Inclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INTERNAL_ACCESS_ANALYSIS_RULE_CRITERIA_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static UNUSED_ACCESS_CONFIGURATION_ANALYSIS_RULE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AccessAnalyzer::Analyzer.UnusedAccessConfigurationAnalysisRule",
        properties: &[::forma_core::schema::Property {
            name: "Exclusions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ANALYSIS_RULE_CRITERIA_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        }],
        rules: &[],
    };

static INTERNAL_ACCESS_ANALYSIS_RULE_CRITERIA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::AccessAnalyzer::Analyzer.InternalAccessAnalysisRuleCriteria",
        properties: &[
            ::forma_core::schema::Property {
                name: "AccountIds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "ResourceArns",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "ResourceTypes",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static ANALYSIS_RULE_CRITERIA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccessAnalyzer::Analyzer.AnalysisRuleCriteria",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&TAG_TYPE),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
