// @generated from AWS::CloudFormation::GuardHook (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::GuardHook` and its property types.

/// This is a CloudFormation resource for activating the first-party AWS::Hooks::GuardHook.
///
/// CloudFormation type `AWS::CloudFormation::GuardHook`.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardHook {
    props: ::forma_core::schema::Props,
}
impl GuardHook {
    /// A new resource with its required properties: `Alias`, `ExecutionRole`, `FailureMode`, `HookStatus`, `RuleLocation`, `TargetOperations`.
    #[track_caller]
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        execution_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        failure_mode: impl ::forma_core::schema::EnumArg<FailureMode>,
        hook_status: impl ::forma_core::schema::EnumArg<HookStatus>,
        rule_location: impl ::std::convert::Into<::forma_core::Value<S3Location>>,
        target_operations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TargetOperation>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, alias.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, execution_role.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, failure_mode.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, hook_status.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, rule_location.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, target_operations.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// S3 Bucket where the guard validate report will be uploaded to
    #[track_caller]
    pub fn log_bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Options`.
    #[track_caller]
    pub fn options(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Filters to allow hooks to target specific stack attributes
    #[track_caller]
    pub fn stack_filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<StackFilters>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Attribute to specify which targets should invoke the hook
    #[track_caller]
    pub fn target_filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for GuardHook {
    type Attributes = GuardHookAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::GuardHook"
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
/// The attributes of a `AWS::CloudFormation::GuardHook` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GuardHookAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GuardHookAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GuardHookAttributes {
    /// `Fn::GetAtt` `HookArn`.
    pub fn hook_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "HookArn")
    }
}

/// The values CloudFormation documents: `FAIL`, `WARN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FailureMode {
    /// `FAIL`
    Fail,
    /// `WARN`
    Warn,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FailureMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Fail => "FAIL",
            Self::Warn => "WARN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["FAIL", "WARN"]
    }
}
impl ::std::convert::From<FailureMode> for ::forma_core::Value<FailureMode> {
    fn from(v: FailureMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FailureMode {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HookStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HookStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<HookStatus> for ::forma_core::Value<HookStatus> {
    fn from(v: HookStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HookStatus {}

/// The values CloudFormation documents: `RESOURCE`, `STACK`, `CHANGE_SET`, `CLOUD_CONTROL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetOperation {
    /// `RESOURCE`
    Resource,
    /// `STACK`
    Stack,
    /// `CHANGE_SET`
    ChangeSet,
    /// `CLOUD_CONTROL`
    CloudControl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TargetOperation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Resource => "RESOURCE",
            Self::Stack => "STACK",
            Self::ChangeSet => "CHANGE_SET",
            Self::CloudControl => "CLOUD_CONTROL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RESOURCE", "STACK", "CHANGE_SET", "CLOUD_CONTROL"]
    }
}
impl ::std::convert::From<TargetOperation> for ::forma_core::Value<TargetOperation> {
    fn from(v: TargetOperation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TargetOperation {}

/// S3 Source Location for the Guard files.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `Uri`.
    pub fn new(uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, uri.into().into_expr());
        Self { props }
    }
    /// S3 object version
    pub fn version_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `ANY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilteringCriteria {
    /// `ALL`
    All,
    /// `ANY`
    Any,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FilteringCriteria {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Any => "ANY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "ANY"]
    }
}
impl ::std::convert::From<FilteringCriteria> for ::forma_core::Value<FilteringCriteria> {
    fn from(v: FilteringCriteria) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FilteringCriteria {}

/// Filters to allow hooks to target specific stack attributes
#[derive(Debug, Clone, PartialEq)]
pub struct StackFilters {
    props: ::forma_core::schema::Props,
}
impl StackFilters {
    /// A new value with its required properties: `FilteringCriteria`.
    pub fn new(filtering_criteria: impl ::forma_core::schema::EnumArg<FilteringCriteria>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filtering_criteria.into_enum_expr());
        Self { props }
    }
    /// List of stack names as filters
    pub fn stack_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StackFiltersStackNames>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// List of stack roles that are performing the stack operations.
    pub fn stack_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<StackFiltersStackRoles>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StackFilters> for ::forma_core::Value<StackFilters> {
    fn from(v: StackFilters) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STACK_FILTERS_TYPE.properties))
    }
}

/// List of stack names as filters
#[derive(Debug, Clone, PartialEq)]
pub struct StackFiltersStackNames {
    props: ::forma_core::schema::Props,
}
impl StackFiltersStackNames {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of stack names that the hook is going to be excluded from
    pub fn exclude(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of stack names that the hook is going to target
    pub fn include(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StackFiltersStackNames {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StackFiltersStackNames> for ::forma_core::Value<StackFiltersStackNames> {
    fn from(v: StackFiltersStackNames) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STACK_FILTERS_STACK_NAMES_TYPE.properties))
    }
}

/// List of stack roles that are performing the stack operations.
#[derive(Debug, Clone, PartialEq)]
pub struct StackFiltersStackRoles {
    props: ::forma_core::schema::Props,
}
impl StackFiltersStackRoles {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of stack roles that the hook is going to be excluded from
    pub fn exclude(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of stack roles that the hook is going to target
    pub fn include(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for StackFiltersStackRoles {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<StackFiltersStackRoles> for ::forma_core::Value<StackFiltersStackRoles> {
    fn from(v: StackFiltersStackRoles) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STACK_FILTERS_STACK_ROLES_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFormation::GuardHook`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::GuardHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!(?i)aws)[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRole",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:.+:iam::[0-9]{12}:role/.+"),
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FailureMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["FAIL", "WARN"]),
        },
        ::forma_core::schema::Property {
            name: "HookStatus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "LogBucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Options",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RuleLocation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StackFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STACK_FILTERS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TargetFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TargetOperations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["RESOURCE", "STACK", "CHANGE_SET", "CLOUD_CONTROL"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["HookArn"],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::GuardHook.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Uri",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STACK_FILTERS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::GuardHook.StackFilters",
    properties: &[
        ::forma_core::schema::Property {
            name: "FilteringCriteria",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "ANY"]),
        },
        ::forma_core::schema::Property {
            name: "StackNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STACK_FILTERS_STACK_NAMES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StackRoles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STACK_FILTERS_STACK_ROLES_TYPE),
        },
    ],
    rules: &[],
};

static STACK_FILTERS_STACK_NAMES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::GuardHook.StackFiltersStackNames",
    properties: &[
        ::forma_core::schema::Property {
            name: "Exclude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z*?][-a-zA-Z0-9*?]*$"),
                    min_length: None,
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Include",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z*?][-a-zA-Z0-9*?]*$"),
                    min_length: None,
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static STACK_FILTERS_STACK_ROLES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::GuardHook.StackFiltersStackRoles",
    properties: &[
        ::forma_core::schema::Property {
            name: "Exclude",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Include",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};
