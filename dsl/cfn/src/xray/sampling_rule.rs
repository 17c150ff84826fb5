// @generated from AWS::XRay::SamplingRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::XRay::SamplingRule` and its property types.

/// This schema provides construct and validation rules for AWS-XRay SamplingRule resource parameters.
///
/// CloudFormation type `AWS::XRay::SamplingRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SamplingRule {
    props: ::forma_core::schema::Props,
}
impl SamplingRule {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the sampling rule.
    ///
    /// Allowed: length 1 to 32.
    #[track_caller]
    pub fn rule_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SamplingRule`.
    #[track_caller]
    pub fn sampling_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SamplingRuleProperty>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SamplingRuleRecord`.
    #[track_caller]
    pub fn sampling_rule_record(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SamplingRuleRecord>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SamplingRuleUpdate`.
    #[track_caller]
    pub fn sampling_rule_update(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SamplingRuleUpdate>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for SamplingRule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for SamplingRule {
    type Attributes = SamplingRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::XRay::SamplingRule"
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
/// The attributes of a `AWS::XRay::SamplingRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SamplingRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SamplingRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SamplingRuleAttributes {
    /// `Fn::GetAtt` `RuleARN`.
    pub fn rule_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleARN")
    }
}

/// The `SamplingRule` property type of `AWS::XRay::SamplingRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SamplingRuleProperty {
    props: ::forma_core::schema::Props,
}
impl SamplingRuleProperty {
    /// A new value with its required properties: `FixedRate`, `HTTPMethod`, `Host`, `Priority`, `ReservoirSize`, `ResourceARN`, `ServiceName`, `ServiceType`, `URLPath`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        fixed_rate: impl ::std::convert::Into<::forma_core::Value<f64>>,
        http_method: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        host: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
        reservoir_size: impl ::std::convert::Into<::forma_core::Value<i64>>,
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        service_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        url_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, fixed_rate.into().into_expr());
        props.set(2, http_method.into().into_expr());
        props.set(3, host.into().into_expr());
        props.set(4, priority.into().into_expr());
        props.set(5, reservoir_size.into().into_expr());
        props.set(6, resource_arn.into().into_expr());
        props.set(10, service_name.into().into_expr());
        props.set(11, service_type.into().into_expr());
        props.set(12, url_path.into().into_expr());
        Self { props }
    }
    /// Matches attributes derived from the request.
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the sampling rule.
    pub fn rule_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The ARN of the sampling rule.
    ///
    /// Allowed: length 1 to 32.
    pub fn rule_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SamplingRateBoost`.
    pub fn sampling_rate_boost(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SamplingRateBoost>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The version of the sampling rule format (1)
    ///
    /// Allowed: at least 1.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SamplingRuleProperty> for ::forma_core::Value<SamplingRuleProperty> {
    fn from(v: SamplingRuleProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAMPLING_RULE_PROPERTY_TYPE.properties))
    }
}

/// The `SamplingRuleRecord` property type of `AWS::XRay::SamplingRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SamplingRuleRecord {
    props: ::forma_core::schema::Props,
}
impl SamplingRuleRecord {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// When the rule was created, in Unix time seconds.
    pub fn created_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// When the rule was modified, in Unix time seconds.
    pub fn modified_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SamplingRule`.
    pub fn sampling_rule(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SamplingRuleProperty>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SamplingRuleRecord {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SamplingRuleRecord> for ::forma_core::Value<SamplingRuleRecord> {
    fn from(v: SamplingRuleRecord) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAMPLING_RULE_RECORD_TYPE.properties))
    }
}

/// The `SamplingRuleUpdate` property type of `AWS::XRay::SamplingRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SamplingRuleUpdate {
    props: ::forma_core::schema::Props,
}
impl SamplingRuleUpdate {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Matches attributes derived from the request.
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The percentage of matching requests to instrument, after the reservoir is exhausted.
    ///
    /// Allowed: 0 to 1.
    pub fn fixed_rate(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Matches the HTTP method from a request URL.
    ///
    /// Allowed: length 0 to 10.
    pub fn http_method(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Matches the hostname from a request URL.
    ///
    /// Allowed: length 0 to 64.
    pub fn host(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The priority of the sampling rule.
    ///
    /// Allowed: 1 to 9999.
    pub fn priority(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A fixed number of matching requests to instrument per second, prior to applying the fixed rate.
    ///
    /// Allowed: at least 0.
    pub fn reservoir_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Matches the ARN of the AWS resource on which the service runs.
    ///
    /// Allowed: length 0 to 500.
    pub fn resource_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The ARN of the sampling rule.
    pub fn rule_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The ARN of the sampling rule.
    ///
    /// Allowed: length 1 to 32.
    pub fn rule_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `SamplingRateBoost`.
    pub fn sampling_rate_boost(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SamplingRateBoost>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// Matches the name that the service uses to identify itself in segments.
    ///
    /// Allowed: length 0 to 64.
    pub fn service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// Matches the origin that the service uses to identify its type in segments.
    ///
    /// Allowed: length 0 to 64.
    pub fn service_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// Matches the path from a request URL.
    ///
    /// Allowed: length 0 to 128.
    pub fn url_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SamplingRuleUpdate {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SamplingRuleUpdate> for ::forma_core::Value<SamplingRuleUpdate> {
    fn from(v: SamplingRuleUpdate) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAMPLING_RULE_UPDATE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::XRay::SamplingRule`.
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

/// The `SamplingRateBoost` property type of `AWS::XRay::SamplingRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct SamplingRateBoost {
    props: ::forma_core::schema::Props,
}
impl SamplingRateBoost {
    /// A new value with its required properties: `CooldownWindowMinutes`, `MaxRate`.
    pub fn new(
        cooldown_window_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>,
        max_rate: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cooldown_window_minutes.into().into_expr());
        props.set(1, max_rate.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SamplingRateBoost> for ::forma_core::Value<SamplingRateBoost> {
    fn from(v: SamplingRateBoost) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAMPLING_RATE_BOOST_TYPE.properties))
    }
}

/// The schema of `AWS::XRay::SamplingRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::XRay::SamplingRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "RuleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "SamplingRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAMPLING_RULE_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SamplingRuleRecord",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAMPLING_RULE_RECORD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SamplingRuleUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAMPLING_RULE_UPDATE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["RuleARN"],
};

static SAMPLING_RULE_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::XRay::SamplingRule.SamplingRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "FixedRate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HTTPMethod",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(9999.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReservoirSize",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceARN",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "SamplingRateBoost",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAMPLING_RATE_BOOST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "URLPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SAMPLING_RULE_RECORD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::XRay::SamplingRule.SamplingRuleRecord",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ModifiedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SamplingRule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAMPLING_RULE_PROPERTY_TYPE),
        },
    ],
    rules: &[],
};

static SAMPLING_RULE_UPDATE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::XRay::SamplingRule.SamplingRuleUpdate",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "FixedRate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HTTPMethod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "Host",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Priority",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(9999.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReservoirSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "RuleARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "SamplingRateBoost",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAMPLING_RATE_BOOST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ServiceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServiceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "URLPath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::XRay::SamplingRule.Tag",
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

static SAMPLING_RATE_BOOST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::XRay::SamplingRule.SamplingRateBoost",
    properties: &[
        ::forma_core::schema::Property {
            name: "CooldownWindowMinutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxRate",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1.0),
            }),
        },
    ],
    rules: &[],
};
