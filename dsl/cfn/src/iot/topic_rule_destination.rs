// @generated from AWS::IoT::TopicRuleDestination (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::TopicRuleDestination` and its property types.

/// Resource Type definition for AWS::IoT::TopicRuleDestination
///
/// CloudFormation type `AWS::IoT::TopicRuleDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicRuleDestination {
    props: ::forma_core::schema::Props,
}
impl TopicRuleDestination {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// HTTP URL destination properties.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn http_url_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HttpUrlDestinationSummary>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// InfluxDB destination properties.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn influx_db_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InfluxDbDestinationProperties>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the TopicRuleDestination.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<TopicRuleDestinationStatus>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// VPC destination properties.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<VpcDestinationProperties>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for TopicRuleDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for TopicRuleDestination {
    type Attributes = TopicRuleDestinationAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::TopicRuleDestination"
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
/// The attributes of a `AWS::IoT::TopicRuleDestination` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TopicRuleDestinationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TopicRuleDestinationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TopicRuleDestinationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `StatusReason`.
    pub fn status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusReason")
    }
}

/// The values CloudFormation documents: `ENABLED`, `IN_PROGRESS`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TopicRuleDestinationStatus {
    /// `ENABLED`
    Enabled,
    /// `IN_PROGRESS`
    InProgress,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TopicRuleDestinationStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::InProgress => "IN_PROGRESS",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "IN_PROGRESS", "DISABLED"]
    }
}
impl ::std::convert::From<TopicRuleDestinationStatus> for ::forma_core::Value<TopicRuleDestinationStatus> {
    fn from(v: TopicRuleDestinationStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TopicRuleDestinationStatus {}

/// The `HttpUrlDestinationSummary` property type of `AWS::IoT::TopicRuleDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpUrlDestinationSummary {
    props: ::forma_core::schema::Props,
}
impl HttpUrlDestinationSummary {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ConfirmationUrl`.
    pub fn confirmation_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpUrlDestinationSummary {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpUrlDestinationSummary> for ::forma_core::Value<HttpUrlDestinationSummary> {
    fn from(v: HttpUrlDestinationSummary) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_URL_DESTINATION_SUMMARY_TYPE.properties))
    }
}

/// The `InfluxDBDestinationProperties` property type of `AWS::IoT::TopicRuleDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct InfluxDbDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl InfluxDbDestinationProperties {
    /// A new value with its required properties: `Endpoint`, `InfluxDBVersion`, `SecretId`.
    pub fn new(
        endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        influx_db_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, endpoint.into().into_expr());
        props.set(1, influx_db_version.into().into_expr());
        props.set(2, secret_id.into().into_expr());
        Self { props }
    }
    /// The key name within the secret that contains the InfluxDB token.
    pub fn secret_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The type of the secret value (SecretString or SecretBinary).
    pub fn secret_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<InfluxDbDestinationProperties> for ::forma_core::Value<InfluxDbDestinationProperties> {
    fn from(v: InfluxDbDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INFLUX_DB_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The `VpcDestinationProperties` property type of `AWS::IoT::TopicRuleDestination`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcDestinationProperties {
    props: ::forma_core::schema::Props,
}
impl VpcDestinationProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RoleArn`.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SecurityGroups`.
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcDestinationProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcDestinationProperties> for ::forma_core::Value<VpcDestinationProperties> {
    fn from(v: VpcDestinationProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_DESTINATION_PROPERTIES_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::TopicRuleDestination`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::TopicRuleDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpUrlProperties",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&HTTP_URL_DESTINATION_SUMMARY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InfluxDBProperties",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&INFLUX_DB_DESTINATION_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "IN_PROGRESS", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "VpcProperties",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&VPC_DESTINATION_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "StatusReason"],
};

static HTTP_URL_DESTINATION_SUMMARY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRuleDestination.HttpUrlDestinationSummary",
    properties: &[::forma_core::schema::Property {
        name: "ConfirmationUrl",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static INFLUX_DB_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRuleDestination.InfluxDBDestinationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "Endpoint",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InfluxDBVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static VPC_DESTINATION_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::TopicRuleDestination.VpcDestinationProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
