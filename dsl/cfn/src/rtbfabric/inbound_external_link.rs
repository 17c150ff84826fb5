// @generated from AWS::RTBFabric::InboundExternalLink (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RTBFabric::InboundExternalLink` and its property types.

/// Resource Type definition for AWS::RTBFabric::InboundExternalLink Resource Type
///
/// CloudFormation type `AWS::RTBFabric::InboundExternalLink`.
#[derive(Debug, Clone, PartialEq)]
pub struct InboundExternalLink {
    props: ::forma_core::schema::Props,
}
impl InboundExternalLink {
    /// A new resource with its required properties: `GatewayId`, `LinkLogSettings`.
    #[track_caller]
    pub fn new(
        gateway_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        link_log_settings: impl ::std::convert::Into<::forma_core::Value<LinkLogSettings>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, gateway_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, link_log_settings.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `LinkAttributes`.
    #[track_caller]
    pub fn link_attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<LinkAttributes>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the Link.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InboundExternalLink {
    type Attributes = InboundExternalLinkAttributes;
    fn type_name(&self) -> &str {
        "AWS::RTBFabric::InboundExternalLink"
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
/// The attributes of a `AWS::RTBFabric::InboundExternalLink` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InboundExternalLinkAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InboundExternalLinkAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl InboundExternalLinkAttributes {
    /// `Fn::GetAtt` `LinkId`.
    pub fn link_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LinkId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `DomainName`.
    pub fn domain_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainName")
    }
    /// `Fn::GetAtt` `LinkStatus`.
    pub fn link_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LinkStatus")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `UpdatedTimestamp`.
    pub fn updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedTimestamp")
    }
}

/// The `LinkAttributes` property type of `AWS::RTBFabric::InboundExternalLink`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkAttributes {
    props: ::forma_core::schema::Props,
}
impl LinkAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomerProvidedId`.
    pub fn customer_provided_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ResponderErrorMasking`.
    pub fn responder_error_masking(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResponderErrorMaskingForHttpCode>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LinkAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LinkAttributes> for ::forma_core::Value<LinkAttributes> {
    fn from(v: LinkAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINK_ATTRIBUTES_TYPE.properties))
    }
}

/// The `LinkLogSettings` property type of `AWS::RTBFabric::InboundExternalLink`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkLogSettings {
    props: ::forma_core::schema::Props,
}
impl LinkLogSettings {
    /// A new value with its required properties: `ApplicationLogs`.
    pub fn new(
        application_logs: impl ::std::convert::Into<::forma_core::Value<LinkLogSettingsApplicationLogs>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, application_logs.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LinkLogSettings> for ::forma_core::Value<LinkLogSettings> {
    fn from(v: LinkLogSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINK_LOG_SETTINGS_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NO_BID`, `PASSTHROUGH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `NO_BID`
    NoBid,
    /// `PASSTHROUGH`
    Passthrough,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoBid => "NO_BID",
            Self::Passthrough => "PASSTHROUGH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NO_BID", "PASSTHROUGH"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// The values CloudFormation documents: `NONE`, `METRIC`, `RESPONSE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponderErrorMaskingLoggingType {
    /// `NONE`
    None,
    /// `METRIC`
    Metric,
    /// `RESPONSE`
    Response,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResponderErrorMaskingLoggingType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Metric => "METRIC",
            Self::Response => "RESPONSE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "METRIC", "RESPONSE"]
    }
}
impl ::std::convert::From<ResponderErrorMaskingLoggingType> for ::forma_core::Value<ResponderErrorMaskingLoggingType> {
    fn from(v: ResponderErrorMaskingLoggingType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResponderErrorMaskingLoggingType {}

/// The `ResponderErrorMaskingForHttpCode` property type of `AWS::RTBFabric::InboundExternalLink`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponderErrorMaskingForHttpCode {
    props: ::forma_core::schema::Props,
}
impl ResponderErrorMaskingForHttpCode {
    /// A new value with its required properties: `Action`, `HttpCode`, `LoggingTypes`.
    pub fn new(
        action: impl ::forma_core::schema::EnumArg<Action>,
        http_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        logging_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResponderErrorMaskingLoggingType>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        props.set(1, http_code.into().into_expr());
        props.set(2, logging_types.into().into_expr());
        Self { props }
    }
    /// `ResponseLoggingPercentage`.
    ///
    /// Allowed: 0 to 100.
    pub fn response_logging_percentage(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResponderErrorMaskingForHttpCode> for ::forma_core::Value<ResponderErrorMaskingForHttpCode> {
    fn from(v: ResponderErrorMaskingForHttpCode) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESPONDER_ERROR_MASKING_FOR_HTTP_CODE_TYPE.properties))
    }
}

/// The `LinkLogSettingsApplicationLogs` property type of `AWS::RTBFabric::InboundExternalLink`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkLogSettingsApplicationLogs {
    props: ::forma_core::schema::Props,
}
impl LinkLogSettingsApplicationLogs {
    /// A new value with its required properties: `LinkApplicationLogSampling`.
    pub fn new(
        link_application_log_sampling: impl ::std::convert::Into<
            ::forma_core::Value<LinkLogSettingsApplicationLogsLinkApplicationLogSampling>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, link_application_log_sampling.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LinkLogSettingsApplicationLogs> for ::forma_core::Value<LinkLogSettingsApplicationLogs> {
    fn from(v: LinkLogSettingsApplicationLogs) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LINK_LOG_SETTINGS_APPLICATION_LOGS_TYPE.properties))
    }
}

/// The `LinkLogSettingsApplicationLogsLinkApplicationLogSampling` property type of `AWS::RTBFabric::InboundExternalLink`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkLogSettingsApplicationLogsLinkApplicationLogSampling {
    props: ::forma_core::schema::Props,
}
impl LinkLogSettingsApplicationLogsLinkApplicationLogSampling {
    /// A new value with its required properties: `ErrorLog`, `FilterLog`.
    pub fn new(
        error_log: impl ::std::convert::Into<::forma_core::Value<f64>>,
        filter_log: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, error_log.into().into_expr());
        props.set(1, filter_log.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LinkLogSettingsApplicationLogsLinkApplicationLogSampling>
    for ::forma_core::Value<LinkLogSettingsApplicationLogsLinkApplicationLogSampling>
{
    fn from(v: LinkLogSettingsApplicationLogsLinkApplicationLogSampling) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(LINK_LOG_SETTINGS_APPLICATION_LOGS_LINK_APPLICATION_LOG_SAMPLING_TYPE.properties),
        )
    }
}

/// The schema of `AWS::RTBFabric::InboundExternalLink`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RTBFabric::InboundExternalLink",
    properties: &[
        ::forma_core::schema::Property {
            name: "GatewayId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^rtb-gw-[a-z0-9-]{1,25}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LinkAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINK_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LinkLogSettings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LINK_LOG_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["LinkId", "Arn", "DomainName", "LinkStatus", "CreatedTimestamp", "UpdatedTimestamp"],
};

static LINK_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RTBFabric::InboundExternalLink.LinkAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerProvidedId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResponderErrorMasking",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESPONDER_ERROR_MASKING_FOR_HTTP_CODE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
};

static LINK_LOG_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RTBFabric::InboundExternalLink.LinkLogSettings",
    properties: &[::forma_core::schema::Property {
        name: "ApplicationLogs",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&LINK_LOG_SETTINGS_APPLICATION_LOGS_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RTBFabric::InboundExternalLink.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(resourceArn|internalId|[a-zA-Z0-9+\\-=._:/@]+)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
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

static RESPONDER_ERROR_MASKING_FOR_HTTP_CODE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::RTBFabric::InboundExternalLink.ResponderErrorMaskingForHttpCode",
        properties: &[
            ::forma_core::schema::Property {
                name: "Action",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["NO_BID", "PASSTHROUGH"]),
            },
            ::forma_core::schema::Property {
                name: "HttpCode",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^DEFAULT|4XX|5XX|\\d{3}$"),
                    min_length: Some(3),
                    max_length: Some(7),
                }),
            },
            ::forma_core::schema::Property {
                name: "LoggingTypes",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Enum(&["NONE", "METRIC", "RESPONSE"]),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
                ),
            },
            ::forma_core::schema::Property {
                name: "ResponseLoggingPercentage",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
        ],
        rules: &[],
    };

static LINK_LOG_SETTINGS_APPLICATION_LOGS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::RTBFabric::InboundExternalLink.LinkLogSettingsApplicationLogs",
        properties: &[::forma_core::schema::Property {
            name: "LinkApplicationLogSampling",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &LINK_LOG_SETTINGS_APPLICATION_LOGS_LINK_APPLICATION_LOG_SAMPLING_TYPE,
            ),
        }],
        rules: &[],
    };

static LINK_LOG_SETTINGS_APPLICATION_LOGS_LINK_APPLICATION_LOG_SAMPLING_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::RTBFabric::InboundExternalLink.LinkLogSettingsApplicationLogsLinkApplicationLogSampling",
        properties: &[
            ::forma_core::schema::Property {
                name: "ErrorLog",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "FilterLog",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                    minimum: Some(0.0),
                    maximum: Some(100.0),
                }),
            },
        ],
        rules: &[],
    };
