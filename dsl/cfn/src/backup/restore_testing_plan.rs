// @generated from AWS::Backup::RestoreTestingPlan (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Backup::RestoreTestingPlan` and its property types.

/// Definition of AWS::Backup::RestoreTestingPlan Resource Type
///
/// CloudFormation type `AWS::Backup::RestoreTestingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct RestoreTestingPlan {
    props: ::forma_core::schema::Props,
}
impl RestoreTestingPlan {
    /// A new resource with its required properties: `RecoveryPointSelection`, `RestoreTestingPlanName`, `ScheduleExpression`.
    #[track_caller]
    pub fn new(
        recovery_point_selection: impl ::std::convert::Into<::forma_core::Value<RestoreTestingRecoveryPointSelection>>,
        restore_testing_plan_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schedule_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, recovery_point_selection.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, restore_testing_plan_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, schedule_expression.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ScheduleExpressionTimezone`.
    #[track_caller]
    pub fn schedule_expression_timezone(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StartWindowHours`.
    #[track_caller]
    pub fn start_window_hours(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RestoreTestingPlan {
    type Attributes = RestoreTestingPlanAttributes;
    fn type_name(&self) -> &str {
        "AWS::Backup::RestoreTestingPlan"
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
/// The attributes of a `AWS::Backup::RestoreTestingPlan` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RestoreTestingPlanAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RestoreTestingPlanAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RestoreTestingPlanAttributes {
    /// `Fn::GetAtt` `RestoreTestingPlanArn`.
    pub fn restore_testing_plan_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RestoreTestingPlanArn")
    }
}

/// The values CloudFormation documents: `LATEST_WITHIN_WINDOW`, `RANDOM_WITHIN_WINDOW`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RestoreTestingRecoveryPointSelectionAlgorithm {
    /// `LATEST_WITHIN_WINDOW`
    LatestWithinWindow,
    /// `RANDOM_WITHIN_WINDOW`
    RandomWithinWindow,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RestoreTestingRecoveryPointSelectionAlgorithm {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LatestWithinWindow => "LATEST_WITHIN_WINDOW",
            Self::RandomWithinWindow => "RANDOM_WITHIN_WINDOW",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LATEST_WITHIN_WINDOW", "RANDOM_WITHIN_WINDOW"]
    }
}
impl ::std::convert::From<RestoreTestingRecoveryPointSelectionAlgorithm>
    for ::forma_core::Value<RestoreTestingRecoveryPointSelectionAlgorithm>
{
    fn from(v: RestoreTestingRecoveryPointSelectionAlgorithm) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RestoreTestingRecoveryPointSelectionAlgorithm {}

/// The values CloudFormation documents: `SNAPSHOT`, `CONTINUOUS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RestoreTestingRecoveryPointType {
    /// `SNAPSHOT`
    Snapshot,
    /// `CONTINUOUS`
    Continuous,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RestoreTestingRecoveryPointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Snapshot => "SNAPSHOT",
            Self::Continuous => "CONTINUOUS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SNAPSHOT", "CONTINUOUS"]
    }
}
impl ::std::convert::From<RestoreTestingRecoveryPointType> for ::forma_core::Value<RestoreTestingRecoveryPointType> {
    fn from(v: RestoreTestingRecoveryPointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RestoreTestingRecoveryPointType {}

/// The `RestoreTestingRecoveryPointSelection` property type of `AWS::Backup::RestoreTestingPlan`.
#[derive(Debug, Clone, PartialEq)]
pub struct RestoreTestingRecoveryPointSelection {
    props: ::forma_core::schema::Props,
}
impl RestoreTestingRecoveryPointSelection {
    /// A new value with its required properties: `Algorithm`, `IncludeVaults`, `RecoveryPointTypes`.
    pub fn new(
        algorithm: impl ::forma_core::schema::EnumArg<RestoreTestingRecoveryPointSelectionAlgorithm>,
        include_vaults: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        recovery_point_types: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<RestoreTestingRecoveryPointType>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, algorithm.into_enum_expr());
        props.set(2, include_vaults.into().into_expr());
        props.set(3, recovery_point_types.into().into_expr());
        Self { props }
    }
    /// `ExcludeVaults`.
    pub fn exclude_vaults(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SelectionWindowDays`.
    pub fn selection_window_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RestoreTestingRecoveryPointSelection>
    for ::forma_core::Value<RestoreTestingRecoveryPointSelection>
{
    fn from(v: RestoreTestingRecoveryPointSelection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESTORE_TESTING_RECOVERY_POINT_SELECTION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Backup::RestoreTestingPlan`.
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

/// The schema of `AWS::Backup::RestoreTestingPlan`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Backup::RestoreTestingPlan",
    properties: &[
        ::forma_core::schema::Property {
            name: "RecoveryPointSelection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESTORE_TESTING_RECOVERY_POINT_SELECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RestoreTestingPlanName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpressionTimezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StartWindowHours",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
    ],
    rules: &[],
    attributes: &["RestoreTestingPlanArn"],
};

static RESTORE_TESTING_RECOVERY_POINT_SELECTION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Backup::RestoreTestingPlan.RestoreTestingRecoveryPointSelection",
        properties: &[
            ::forma_core::schema::Property {
                name: "Algorithm",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["LATEST_WITHIN_WINDOW", "RANDOM_WITHIN_WINDOW"]),
            },
            ::forma_core::schema::Property {
                name: "ExcludeVaults",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "IncludeVaults",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "RecoveryPointTypes",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["SNAPSHOT", "CONTINUOUS"]),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "SelectionWindowDays",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: None,
                    maximum: None,
                }),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::RestoreTestingPlan.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
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
