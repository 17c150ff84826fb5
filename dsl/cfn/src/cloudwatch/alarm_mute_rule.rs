// @generated from AWS::CloudWatch::AlarmMuteRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudWatch::AlarmMuteRule` and its property types.

/// Resource Type definition for AWS::CloudWatch::AlarmMuteRule that allows defining a rule and targeting alarms to mute their actions during the specified window.
///
/// CloudFormation type `AWS::CloudWatch::AlarmMuteRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlarmMuteRule {
    props: ::forma_core::schema::Props,
}
impl AlarmMuteRule {
    /// A new resource with its required properties: `Rule`.
    #[track_caller]
    pub fn new(rule: impl ::std::convert::Into<::forma_core::Value<Rule>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, rule.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the AlarmMuteRule
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The date, with the same timezone offset as "ScheduleTimezone" after which the alarm mute rule will be expired.
    #[track_caller]
    pub fn expire_date(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Targets to be muted
    #[track_caller]
    pub fn mute_targets(mut self, value: impl ::std::convert::Into<::forma_core::Value<MuteTargets>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the AlarmMuteRule
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The date, with the same timezone offset as "ScheduleTimezone", after which the alarm mute rule will become active.
    #[track_caller]
    pub fn start_date(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AlarmMuteRule {
    type Attributes = AlarmMuteRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudWatch::AlarmMuteRule"
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
/// The attributes of a `AWS::CloudWatch::AlarmMuteRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AlarmMuteRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AlarmMuteRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AlarmMuteRuleAttributes {
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `LastUpdatedTimestamp`.
    pub fn last_updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTimestamp")
    }
    /// `Fn::GetAtt` `MuteType`.
    pub fn mute_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MuteType")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// Targets to be muted
#[derive(Debug, Clone, PartialEq)]
pub struct MuteTargets {
    props: ::forma_core::schema::Props,
}
impl MuteTargets {
    /// A new value with its required properties: `AlarmNames`.
    pub fn new(
        alarm_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, alarm_names.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MuteTargets> for ::forma_core::Value<MuteTargets> {
    fn from(v: MuteTargets) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MUTE_TARGETS_TYPE.properties))
    }
}

/// The rule for the mute
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value with its required properties: `Schedule`.
    pub fn new(schedule: impl ::std::convert::Into<::forma_core::Value<RuleSchedule>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, schedule.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// Schedule for the mute to be active
#[derive(Debug, Clone, PartialEq)]
pub struct RuleSchedule {
    props: ::forma_core::schema::Props,
}
impl RuleSchedule {
    /// A new value with its required properties: `Duration`, `Expression`.
    pub fn new(
        duration: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        expression: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, duration.into().into_expr());
        props.set(1, expression.into().into_expr());
        Self { props }
    }
    /// The timezone of the schedule
    ///
    /// Allowed: length 1 to 50.
    pub fn timezone(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<RuleSchedule> for ::forma_core::Value<RuleSchedule> {
    fn from(v: RuleSchedule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_SCHEDULE_TYPE.properties))
    }
}

/// The schema of `AWS::CloudWatch::AlarmMuteRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudWatch::AlarmMuteRule",
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
            name: "ExpireDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MuteTargets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MUTE_TARGETS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Rule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StartDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &["Status", "LastUpdatedTimestamp", "MuteType", "Arn"],
};

static MUTE_TARGETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AlarmMuteRule.MuteTargets",
    properties: &[::forma_core::schema::Property {
        name: "AlarmNames",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(500) },
        ),
    }],
    rules: &[],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AlarmMuteRule.Rule",
    properties: &[::forma_core::schema::Property {
        name: "Schedule",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RULE_SCHEDULE_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AlarmMuteRule.Tag",
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

static RULE_SCHEDULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudWatch::AlarmMuteRule.RuleSchedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Duration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Timezone",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
    ],
    rules: &[],
};
