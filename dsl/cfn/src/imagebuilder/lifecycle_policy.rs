// @generated from AWS::ImageBuilder::LifecyclePolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ImageBuilder::LifecyclePolicy` and its property types.

/// Resource Type definition for AWS::ImageBuilder::LifecyclePolicy
///
/// CloudFormation type `AWS::ImageBuilder::LifecyclePolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecyclePolicy {
    props: ::forma_core::schema::Props,
}
impl LifecyclePolicy {
    /// A new resource with its required properties: `ExecutionRole`, `Name`, `PolicyDetails`, `ResourceSelection`, `ResourceType`.
    #[track_caller]
    pub fn new(
        execution_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_details: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PolicyDetail>>>,
        resource_selection: impl ::std::convert::Into<::forma_core::Value<ResourceSelection>>,
        resource_type: impl ::forma_core::schema::EnumArg<ResourceType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, execution_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, policy_details.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, resource_selection.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, resource_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the lifecycle policy.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the lifecycle policy.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the lifecycle policy.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LifecyclePolicy {
    type Attributes = LifecyclePolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::ImageBuilder::LifecyclePolicy"
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
/// The attributes of a `AWS::ImageBuilder::LifecyclePolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LifecyclePolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LifecyclePolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LifecyclePolicyAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `AMI_IMAGE`, `CONTAINER_IMAGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `AMI_IMAGE`
    AmiImage,
    /// `CONTAINER_IMAGE`
    ContainerImage,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmiImage => "AMI_IMAGE",
            Self::ContainerImage => "CONTAINER_IMAGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AMI_IMAGE", "CONTAINER_IMAGE"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The policy detail of the lifecycle policy.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyDetail {
    props: ::forma_core::schema::Props,
}
impl PolicyDetail {
    /// A new value with its required properties: `Action`, `Filter`.
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<Action>>,
        filter: impl ::std::convert::Into<::forma_core::Value<Filter>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        props.set(2, filter.into().into_expr());
        Self { props }
    }
    /// The exclusion rules to apply of the policy detail.
    pub fn exclusion_rules(mut self, value: impl ::std::convert::Into<::forma_core::Value<ExclusionRules>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PolicyDetail> for ::forma_core::Value<PolicyDetail> {
    fn from(v: PolicyDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_DETAIL_TYPE.properties))
    }
}

/// The resource selection for the lifecycle policy.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSelection {
    props: ::forma_core::schema::Props,
}
impl ResourceSelection {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The recipes to select.
    pub fn recipes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RecipeSelection>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Image Builder resources to select by tag.
    pub fn tag_map(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceSelection {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceSelection> for ::forma_core::Value<ResourceSelection> {
    fn from(v: ResourceSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_SELECTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DELETE`, `DEPRECATE`, `DISABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `DELETE`
    Delete,
    /// `DEPRECATE`
    Deprecate,
    /// `DISABLE`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Delete => "DELETE",
            Self::Deprecate => "DEPRECATE",
            Self::Disable => "DISABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DELETE", "DEPRECATE", "DISABLE"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The action of the policy detail.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// The included resources of the policy detail.
    pub fn include_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IncludeResources>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// The exclusion rules to apply of the policy detail.
#[derive(Debug, Clone, PartialEq)]
pub struct ExclusionRules {
    props: ::forma_core::schema::Props,
}
impl ExclusionRules {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AMI exclusion rules for the policy detail.
    pub fn amis(mut self, value: impl ::std::convert::Into<::forma_core::Value<AmiExclusionRules>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Image Builder tags to filter on.
    pub fn tag_map(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ExclusionRules {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ExclusionRules> for ::forma_core::Value<ExclusionRules> {
    fn from(v: ExclusionRules) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXCLUSION_RULES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AGE`, `COUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilterType {
    /// `AGE`
    Age,
    /// `COUNT`
    Count,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Age => "AGE",
            Self::Count => "COUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AGE", "COUNT"]
    }
}
impl ::std::convert::From<FilterType> for ::forma_core::Value<FilterType> {
    fn from(v: FilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilterType {}

/// The values CloudFormation documents: `DAYS`, `WEEKS`, `MONTHS`, `YEARS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeUnit {
    /// `DAYS`
    Days,
    /// `WEEKS`
    Weeks,
    /// `MONTHS`
    Months,
    /// `YEARS`
    Years,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TimeUnit {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Weeks => "WEEKS",
            Self::Months => "MONTHS",
            Self::Years => "YEARS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS", "WEEKS", "MONTHS", "YEARS"]
    }
}
impl ::std::convert::From<TimeUnit> for ::forma_core::Value<TimeUnit> {
    fn from(v: TimeUnit) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TimeUnit {}

/// The filters to apply of the policy detail.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value with its required properties: `Type`, `Value`.
    pub fn new(
        type_: impl ::forma_core::schema::EnumArg<FilterType>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        props.set(3, value.into().into_expr());
        Self { props }
    }
    /// The minimum number of Image Builder resources to retain.
    ///
    /// Allowed: 1 to 10.
    pub fn retain_at_least(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value's time unit.
    pub fn unit(mut self, value: impl ::forma_core::schema::EnumArg<TimeUnit>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// The recipe to apply the lifecycle policy for.
#[derive(Debug, Clone, PartialEq)]
pub struct RecipeSelection {
    props: ::forma_core::schema::Props,
}
impl RecipeSelection {
    /// A new value with its required properties: `Name`, `SemanticVersion`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        semantic_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, semantic_version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RecipeSelection> for ::forma_core::Value<RecipeSelection> {
    fn from(v: RecipeSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECIPE_SELECTION_TYPE.properties))
    }
}

/// The included resources of the policy detail.
#[derive(Debug, Clone, PartialEq)]
pub struct IncludeResources {
    props: ::forma_core::schema::Props,
}
impl IncludeResources {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Use to configure lifecycle actions on AMIs.
    pub fn amis(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Use to configure lifecycle actions on containers.
    pub fn containers(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Use to configure lifecycle actions on snapshots.
    pub fn snapshots(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IncludeResources {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IncludeResources> for ::forma_core::Value<IncludeResources> {
    fn from(v: IncludeResources) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INCLUDE_RESOURCES_TYPE.properties))
    }
}

/// The AMI exclusion rules for the policy detail.
#[derive(Debug, Clone, PartialEq)]
pub struct AmiExclusionRules {
    props: ::forma_core::schema::Props,
}
impl AmiExclusionRules {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Use to apply lifecycle policy actions on whether the AMI is public.
    pub fn is_public(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Use to apply lifecycle policy actions on AMIs launched before a certain time.
    pub fn last_launched(mut self, value: impl ::std::convert::Into<::forma_core::Value<LastLaunched>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Use to apply lifecycle policy actions on AMIs distributed to a set of regions.
    pub fn regions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Use to apply lifecycle policy actions on AMIs shared with a set of regions.
    pub fn shared_accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The AMIs to select by tag.
    pub fn tag_map(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AmiExclusionRules {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AmiExclusionRules> for ::forma_core::Value<AmiExclusionRules> {
    fn from(v: AmiExclusionRules) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMI_EXCLUSION_RULES_TYPE.properties))
    }
}

/// The last launched time of a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct LastLaunched {
    props: ::forma_core::schema::Props,
}
impl LastLaunched {
    /// A new value with its required properties: `Unit`, `Value`.
    pub fn new(
        unit: impl ::forma_core::schema::EnumArg<TimeUnit>,
        value: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, unit.into_enum_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LastLaunched> for ::forma_core::Value<LastLaunched> {
    fn from(v: LastLaunched) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAST_LAUNCHED_TYPE.properties))
    }
}

/// The schema of `AWS::ImageBuilder::LifecyclePolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ImageBuilder::LifecyclePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role/)?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyDetails",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_DETAIL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceSelection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_SELECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AMI_IMAGE", "CONTAINER_IMAGE"]),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static POLICY_DETAIL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::LifecyclePolicy.PolicyDetail",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExclusionRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EXCLUSION_RULES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_TYPE),
        },
    ],
    rules: &[],
};

static RESOURCE_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::LifecyclePolicy.ResourceSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "Recipes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RECIPE_SELECTION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TagMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::LifecyclePolicy.Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "IncludeResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INCLUDE_RESOURCES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DELETE", "DEPRECATE", "DISABLE"]),
        },
    ],
    rules: &[],
};

static EXCLUSION_RULES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::LifecyclePolicy.ExclusionRules",
    properties: &[
        ::forma_core::schema::Property {
            name: "Amis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AMI_EXCLUSION_RULES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TagMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::LifecyclePolicy.Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "RetainAtLeast",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AGE", "COUNT"]),
        },
        ::forma_core::schema::Property {
            name: "Unit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "WEEKS", "MONTHS", "YEARS"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(1000.0),
            }),
        },
    ],
    rules: &[],
};

static RECIPE_SELECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::LifecyclePolicy.RecipeSelection",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SemanticVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?:[0-9]+|x)\\.(?:[0-9]+|x)\\.(?:[0-9]+|x)$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static INCLUDE_RESOURCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::LifecyclePolicy.IncludeResources",
    properties: &[
        ::forma_core::schema::Property {
            name: "Amis",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Containers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Snapshots",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static AMI_EXCLUSION_RULES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::LifecyclePolicy.AmiExclusionRules",
    properties: &[
        ::forma_core::schema::Property {
            name: "IsPublic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LastLaunched",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAST_LAUNCHED_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Regions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SharedAccounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]{12}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1536) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TagMap",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
};

static LAST_LAUNCHED_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::LifecyclePolicy.LastLaunched",
    properties: &[
        ::forma_core::schema::Property {
            name: "Unit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "WEEKS", "MONTHS", "YEARS"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(365.0),
            }),
        },
    ],
    rules: &[],
};
