// @generated from AWS::DocDB::EventSubscription (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DocDB::EventSubscription` and its property types.

/// Resource Type definition for AWS::DocDB::EventSubscription
///
/// CloudFormation type `AWS::DocDB::EventSubscription`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSubscription {
    props: ::forma_core::schema::Props,
}
impl EventSubscription {
    /// A new resource with its required properties: `SnsTopicArn`.
    #[track_caller]
    pub fn new(sns_topic_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, sns_topic_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A Boolean value; set to true to activate the subscription, set to false to create the subscription but not active it.
    #[track_caller]
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of event categories for a SourceType that you want to subscribe to.
    #[track_caller]
    pub fn event_categories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of identifiers of the event sources for which events are returned
    #[track_caller]
    pub fn source_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of source that is generating the events.
    #[track_caller]
    pub fn source_type(mut self, value: impl ::forma_core::schema::EnumArg<SourceType>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the subscription.
    ///
    /// Allowed: length 0 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subscription_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventSubscription {
    type Attributes = EventSubscriptionAttributes;
    fn type_name(&self) -> &str {
        "AWS::DocDB::EventSubscription"
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
/// The attributes of a `AWS::DocDB::EventSubscription` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventSubscriptionAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventSubscriptionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `db-instance`, `db-cluster`, `db-parameter-group`, `db-security-group`, `db-cluster-snapshot`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceType {
    /// `db-instance`
    DbInstance,
    /// `db-cluster`
    DbCluster,
    /// `db-parameter-group`
    DbParameterGroup,
    /// `db-security-group`
    DbSecurityGroup,
    /// `db-cluster-snapshot`
    DbClusterSnapshot,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DbInstance => "db-instance",
            Self::DbCluster => "db-cluster",
            Self::DbParameterGroup => "db-parameter-group",
            Self::DbSecurityGroup => "db-security-group",
            Self::DbClusterSnapshot => "db-cluster-snapshot",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["db-instance", "db-cluster", "db-parameter-group", "db-security-group", "db-cluster-snapshot"]
    }
}
impl ::std::convert::From<SourceType> for ::forma_core::Value<SourceType> {
    fn from(v: SourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceType {}

/// The schema of `AWS::DocDB::EventSubscription`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DocDB::EventSubscription",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EventCategories",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SnsTopicArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]$|^[a-zA-Z]$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "db-instance",
                "db-cluster",
                "db-parameter-group",
                "db-security-group",
                "db-cluster-snapshot",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SubscriptionName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
