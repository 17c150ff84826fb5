// @generated from AWS::Pinpoint::ApplicationSettings (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Pinpoint::ApplicationSettings` and its property types.

/// Resource Type definition for AWS::Pinpoint::ApplicationSettings
///
/// CloudFormation type `AWS::Pinpoint::ApplicationSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationSettings {
    props: ::forma_core::schema::Props,
}
impl ApplicationSettings {
    /// A new resource with its required properties: `ApplicationId`.
    #[track_caller]
    pub fn new(application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CampaignHook`.
    #[track_caller]
    pub fn campaign_hook(mut self, value: impl ::std::convert::Into<::forma_core::Value<CampaignHook>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CloudWatchMetricsEnabled`.
    #[track_caller]
    pub fn cloud_watch_metrics_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Limits`.
    #[track_caller]
    pub fn limits(mut self, value: impl ::std::convert::Into<::forma_core::Value<Limits>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `QuietTime`.
    #[track_caller]
    pub fn quiet_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<QuietTime>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApplicationSettings {
    type Attributes = ApplicationSettingsAttributes;
    fn type_name(&self) -> &str {
        "AWS::Pinpoint::ApplicationSettings"
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
/// The attributes of a `AWS::Pinpoint::ApplicationSettings` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationSettingsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationSettingsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationSettingsAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `CampaignHook` property type of `AWS::Pinpoint::ApplicationSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignHook {
    props: ::forma_core::schema::Props,
}
impl CampaignHook {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LambdaFunctionName`.
    pub fn lambda_function_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Mode`.
    pub fn mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `WebUrl`.
    pub fn web_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CampaignHook {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CampaignHook> for ::forma_core::Value<CampaignHook> {
    fn from(v: CampaignHook) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAMPAIGN_HOOK_TYPE.properties))
    }
}

/// The `Limits` property type of `AWS::Pinpoint::ApplicationSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    props: ::forma_core::schema::Props,
}
impl Limits {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Daily`.
    pub fn daily(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MaximumDuration`.
    pub fn maximum_duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `MessagesPerSecond`.
    pub fn messages_per_second(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Total`.
    pub fn total(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Limits {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Limits> for ::forma_core::Value<Limits> {
    fn from(v: Limits) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIMITS_TYPE.properties))
    }
}

/// The `QuietTime` property type of `AWS::Pinpoint::ApplicationSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuietTime {
    props: ::forma_core::schema::Props,
}
impl QuietTime {
    /// A new value with its required properties: `End`, `Start`.
    pub fn new(
        end: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        start: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, end.into().into_expr());
        props.set(1, start.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QuietTime> for ::forma_core::Value<QuietTime> {
    fn from(v: QuietTime) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUIET_TIME_TYPE.properties))
    }
}

/// The schema of `AWS::Pinpoint::ApplicationSettings`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Pinpoint::ApplicationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CampaignHook",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAMPAIGN_HOOK_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CloudWatchMetricsEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Limits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LIMITS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QuietTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUIET_TIME_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CAMPAIGN_HOOK_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::ApplicationSettings.CampaignHook",
    properties: &[
        ::forma_core::schema::Property {
            name: "LambdaFunctionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Mode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WebUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LIMITS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::ApplicationSettings.Limits",
    properties: &[
        ::forma_core::schema::Property {
            name: "Daily",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaximumDuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MessagesPerSecond",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Total",
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

static QUIET_TIME_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::ApplicationSettings.QuietTime",
    properties: &[
        ::forma_core::schema::Property {
            name: "End",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Start",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
