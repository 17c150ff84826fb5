// @generated from AWS::Logs::SubscriptionFilter (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::SubscriptionFilter` and its property types.

/// The `AWS::Logs::SubscriptionFilter` resource specifies a subscription filter and associates it with the specified log group.
///
/// CloudFormation type `AWS::Logs::SubscriptionFilter`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionFilter {
    props: ::forma_core::schema::Props,
}
impl SubscriptionFilter {
    /// A new resource with its required properties: `DestinationArn`, `FilterPattern`, `LogGroupName`.
    #[track_caller]
    pub fn new(
        destination_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        filter_pattern: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        log_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, destination_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, filter_pattern.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, log_group_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// This parameter is valid only for log groups that have an active log transformer.
    #[track_caller]
    pub fn apply_on_transformed_logs(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The method used to distribute log data to the destination, which can be either random or grouped by log stream.
    #[track_caller]
    pub fn distribution(mut self, value: impl ::forma_core::schema::EnumArg<Distribution>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of system fields that are included in the log events sent to the subscription destination.
    #[track_caller]
    pub fn emit_system_fields(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The filter expression that specifies which log events are processed by this subscription filter based on system fields.
    ///
    /// Allowed: length 0 to 2000.
    #[track_caller]
    pub fn field_selection_criteria(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the subscription filter.
    ///
    /// Allowed: length 1 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn filter_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of an IAM role that grants CWL permissions to deliver ingested log events to the destination stream.
    ///
    /// Allowed: length 1 to any.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SubscriptionFilter {
    type Attributes = SubscriptionFilterAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::SubscriptionFilter"
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
/// The attributes of a `AWS::Logs::SubscriptionFilter` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubscriptionFilterAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubscriptionFilterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `Random`, `ByLogStream`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Distribution {
    /// `Random`
    Random,
    /// `ByLogStream`
    ByLogStream,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Distribution {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Random => "Random",
            Self::ByLogStream => "ByLogStream",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Random", "ByLogStream"]
    }
}
impl ::std::convert::From<Distribution> for ::forma_core::Value<Distribution> {
    fn from(v: Distribution) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Distribution {}

/// The schema of `AWS::Logs::SubscriptionFilter`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::SubscriptionFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplyOnTransformedLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DestinationArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Distribution",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Random", "ByLogStream"]),
        },
        ::forma_core::schema::Property {
            name: "EmitSystemFields",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FieldSelectionCriteria",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^:*]*$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterPattern",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\.\\-_/#A-Za-z0-9]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
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
    attributes: &[],
};
