// @generated from AWS::Notifications::EventRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Notifications::EventRule` and its property types.

/// Resource Type definition for AWS::Notifications::EventRule
///
/// CloudFormation type `AWS::Notifications::EventRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRule {
    props: ::forma_core::schema::Props,
}
impl EventRule {
    /// A new resource with its required properties: `EventType`, `NotificationConfigurationArn`, `Regions`, `Source`.
    #[track_caller]
    pub fn new(
        event_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        notification_configuration_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        regions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, event_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, notification_configuration_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, regions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `EventPattern`.
    ///
    /// Allowed: length 0 to 4096.
    #[track_caller]
    pub fn event_pattern(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EventRule {
    type Attributes = EventRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::Notifications::EventRule"
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
/// The attributes of a `AWS::Notifications::EventRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EventRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EventRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EventRuleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `ManagedRules`.
    pub fn managed_rules(&self) -> ::forma_core::Value<::std::vec::Vec<::std::string::String>> {
        ::forma_core::schema::get_att(&self.node, "ManagedRules")
    }
    /// `Fn::GetAtt` `StatusSummaryByRegion`.
    pub fn status_summary_by_region(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "StatusSummaryByRegion")
    }
}

/// The schema of `AWS::Notifications::EventRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Notifications::EventRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "EventPattern",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "EventType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9 \\-\\(\\)])+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationConfigurationArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-z-]{3,10}:notifications::[0-9]{12}:configuration/[a-z0-9]{27}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Regions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^([a-z]{1,4})-([a-z]{1,15}-)+([0-9])$"),
                    min_length: Some(2),
                    max_length: Some(25),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^aws.([a-z0-9\\-])+$"),
                min_length: Some(1),
                max_length: Some(36),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreationTime", "ManagedRules", "StatusSummaryByRegion"],
};
