// @generated from AWS::Logs::ScheduledQuery (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::ScheduledQuery` and its property types.

/// Creates a new Scheduled Query that allows you to define a Logs Insights query that will run on a schedule and configure actions to take with the query results.
///
/// CloudFormation type `AWS::Logs::ScheduledQuery`.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledQuery {
    props: ::forma_core::schema::Props,
}
impl ScheduledQuery {
    /// A new resource with its required properties: `ExecutionRoleArn`, `Name`, `QueryLanguage`, `QueryString`, `ScheduleExpression`.
    #[track_caller]
    pub fn new(
        execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_language: impl ::forma_core::schema::EnumArg<QueryLanguage>,
        query_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        schedule_expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, query_language.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, query_string.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, schedule_expression.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DestinationConfiguration`.
    #[track_caller]
    pub fn destination_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DestinationConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LogGroupIdentifiers`.
    #[track_caller]
    pub fn log_group_identifiers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ScheduleEndTime`.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn schedule_end_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ScheduleStartTime`.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn schedule_start_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StartTimeOffset`.
    #[track_caller]
    pub fn start_time_offset(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `State`.
    #[track_caller]
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<ScheduledQueryState>) -> Self {
        self.props.set_at(11, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Timezone`.
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn timezone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ScheduledQuery {
    type Attributes = ScheduledQueryAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::ScheduledQuery"
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
/// The attributes of a `AWS::Logs::ScheduledQuery` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ScheduledQueryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ScheduledQueryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ScheduledQueryAttributes {
    /// `Fn::GetAtt` `ScheduledQueryArn`.
    pub fn scheduled_query_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ScheduledQueryArn")
    }
    /// `Fn::GetAtt` `LastTriggeredTime`.
    pub fn last_triggered_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastTriggeredTime")
    }
    /// `Fn::GetAtt` `LastExecutionStatus`.
    pub fn last_execution_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastExecutionStatus")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// The values CloudFormation documents: `CWLI`, `PPL`, `SQL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QueryLanguage {
    /// `CWLI`
    Cwli,
    /// `PPL`
    Ppl,
    /// `SQL`
    Sql,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl QueryLanguage {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cwli => "CWLI",
            Self::Ppl => "PPL",
            Self::Sql => "SQL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CWLI", "PPL", "SQL"]
    }
}
impl ::std::convert::From<QueryLanguage> for ::forma_core::Value<QueryLanguage> {
    fn from(v: QueryLanguage) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for QueryLanguage {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ScheduledQueryState {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ScheduledQueryState {
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
impl ::std::convert::From<ScheduledQueryState> for ::forma_core::Value<ScheduledQueryState> {
    fn from(v: ScheduledQueryState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ScheduledQueryState {}

/// The `DestinationConfiguration` property type of `AWS::Logs::ScheduledQuery`.
#[derive(Debug, Clone, PartialEq)]
pub struct DestinationConfiguration {
    props: ::forma_core::schema::Props,
}
impl DestinationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `S3Configuration`.
    pub fn s3_configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Configuration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DestinationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DestinationConfiguration> for ::forma_core::Value<DestinationConfiguration> {
    fn from(v: DestinationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DESTINATION_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::Logs::ScheduledQuery`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The `S3Configuration` property type of `AWS::Logs::ScheduledQuery`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Configuration {
    props: ::forma_core::schema::Props,
}
impl S3Configuration {
    /// A new value with its required properties: `DestinationIdentifier`, `RoleArn`.
    pub fn new(
        destination_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_identifier.into().into_expr());
        props.set(1, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Configuration> for ::forma_core::Value<S3Configuration> {
    fn from(v: S3Configuration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Logs::ScheduledQuery`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::ScheduledQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DESTINATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LogGroupIdentifiers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[\\w#+=/:,.@-]*$"),
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-/.#]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "QueryLanguage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CWLI", "PPL", "SQL"]),
        },
        ::forma_core::schema::Property {
            name: "QueryString",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(10000),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleEndTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ScheduleStartTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StartTimeOffset",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Timezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["ScheduledQueryArn", "LastTriggeredTime", "LastExecutionStatus", "CreationTime", "LastUpdatedTime"],
};

static DESTINATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::ScheduledQuery.DestinationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "S3Configuration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_CONFIGURATION_TYPE),
    }],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::ScheduledQuery.Tags",
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

static S3_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Logs::ScheduledQuery.S3Configuration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
