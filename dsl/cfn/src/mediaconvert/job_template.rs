// @generated from AWS::MediaConvert::JobTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaConvert::JobTemplate` and its property types.

/// Resource Type definition for AWS::MediaConvert::JobTemplate
///
/// CloudFormation type `AWS::MediaConvert::JobTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct JobTemplate {
    props: ::forma_core::schema::Props,
}
impl JobTemplate {
    /// A new resource with its required properties: `SettingsJson`.
    #[track_caller]
    pub fn new(settings_json: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(7, settings_json.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Accelerated transcoding can significantly speed up jobs with long, visually complex content.
    #[track_caller]
    pub fn acceleration_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccelerationSettings>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional.
    #[track_caller]
    pub fn category(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional.
    #[track_caller]
    pub fn hop_destinations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HopDestination>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the job template you are creating.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specify the relative priority for this job.
    ///
    /// Allowed: -50 to 50.
    #[track_caller]
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional.
    #[track_caller]
    pub fn queue(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specify how often MediaConvert sends STATUS_UPDATE events to Amazon CloudWatch Events.
    #[track_caller]
    pub fn status_update_interval(mut self, value: impl ::forma_core::schema::EnumArg<StatusUpdateInterval>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for JobTemplate {
    type Attributes = JobTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaConvert::JobTemplate"
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
/// The attributes of a `AWS::MediaConvert::JobTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct JobTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for JobTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl JobTemplateAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `SECONDS_10`, `SECONDS_12`, `SECONDS_120`, `SECONDS_15`, `SECONDS_180`, `SECONDS_20`, `SECONDS_240`, `SECONDS_30`, `SECONDS_300`, `SECONDS_360`, `SECONDS_420`, `SECONDS_480`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusUpdateInterval {
    /// `SECONDS_10`
    Seconds10,
    /// `SECONDS_12`
    Seconds12,
    /// `SECONDS_120`
    Seconds120,
    /// `SECONDS_15`
    Seconds15,
    /// `SECONDS_180`
    Seconds180,
    /// `SECONDS_20`
    Seconds20,
    /// `SECONDS_240`
    Seconds240,
    /// `SECONDS_30`
    Seconds30,
    /// `SECONDS_300`
    Seconds300,
    /// `SECONDS_360`
    Seconds360,
    /// `SECONDS_420`
    Seconds420,
    /// `SECONDS_480`
    Seconds480,
    /// `SECONDS_540`
    Seconds540,
    /// `SECONDS_60`
    Seconds60,
    /// `SECONDS_600`
    Seconds600,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StatusUpdateInterval {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Seconds10 => "SECONDS_10",
            Self::Seconds12 => "SECONDS_12",
            Self::Seconds120 => "SECONDS_120",
            Self::Seconds15 => "SECONDS_15",
            Self::Seconds180 => "SECONDS_180",
            Self::Seconds20 => "SECONDS_20",
            Self::Seconds240 => "SECONDS_240",
            Self::Seconds30 => "SECONDS_30",
            Self::Seconds300 => "SECONDS_300",
            Self::Seconds360 => "SECONDS_360",
            Self::Seconds420 => "SECONDS_420",
            Self::Seconds480 => "SECONDS_480",
            Self::Seconds540 => "SECONDS_540",
            Self::Seconds60 => "SECONDS_60",
            Self::Seconds600 => "SECONDS_600",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "SECONDS_10",
            "SECONDS_12",
            "SECONDS_120",
            "SECONDS_15",
            "SECONDS_180",
            "SECONDS_20",
            "SECONDS_240",
            "SECONDS_30",
            "SECONDS_300",
            "SECONDS_360",
            "SECONDS_420",
            "SECONDS_480",
            "SECONDS_540",
            "SECONDS_60",
            "SECONDS_600",
        ]
    }
}
impl ::std::convert::From<StatusUpdateInterval> for ::forma_core::Value<StatusUpdateInterval> {
    fn from(v: StatusUpdateInterval) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StatusUpdateInterval {}

/// The values CloudFormation documents: `DISABLED`, `ENABLED`, `PREFERRED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `DISABLED`
    Disabled,
    /// `ENABLED`
    Enabled,
    /// `PREFERRED`
    Preferred,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "DISABLED",
            Self::Enabled => "ENABLED",
            Self::Preferred => "PREFERRED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLED", "ENABLED", "PREFERRED"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The `AccelerationSettings` property type of `AWS::MediaConvert::JobTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccelerationSettings {
    props: ::forma_core::schema::Props,
}
impl AccelerationSettings {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccelerationSettings> for ::forma_core::Value<AccelerationSettings> {
    fn from(v: AccelerationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCELERATION_SETTINGS_TYPE.properties))
    }
}

/// The `HopDestination` property type of `AWS::MediaConvert::JobTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct HopDestination {
    props: ::forma_core::schema::Props,
}
impl HopDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Optional.
    ///
    /// Allowed: -50 to 50.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Optional.
    pub fn queue(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Required for queue hopping.
    ///
    /// Allowed: 1 to 4320.
    pub fn wait_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HopDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HopDestination> for ::forma_core::Value<HopDestination> {
    fn from(v: HopDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOP_DESTINATION_TYPE.properties))
    }
}

/// The schema of `AWS::MediaConvert::JobTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaConvert::JobTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccelerationSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCELERATION_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Category",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HopDestinations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HOP_DESTINATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-50.0),
                maximum: Some(50.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Queue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SettingsJson",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "StatusUpdateInterval",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "SECONDS_10",
                "SECONDS_12",
                "SECONDS_120",
                "SECONDS_15",
                "SECONDS_180",
                "SECONDS_20",
                "SECONDS_240",
                "SECONDS_30",
                "SECONDS_300",
                "SECONDS_360",
                "SECONDS_420",
                "SECONDS_480",
                "SECONDS_540",
                "SECONDS_60",
                "SECONDS_600",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static ACCELERATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConvert::JobTemplate.AccelerationSettings",
    properties: &[::forma_core::schema::Property {
        name: "Mode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DISABLED", "ENABLED", "PREFERRED"]),
    }],
    rules: &[],
};

static HOP_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaConvert::JobTemplate.HopDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-50.0),
                maximum: Some(50.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Queue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WaitMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(4320.0),
            }),
        },
    ],
    rules: &[],
};
