// @generated from AWS::ApiGateway::DomainNameV2 (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGateway::DomainNameV2` and its property types.

/// Resource Type definition for AWS::ApiGateway::DomainNameV2.
///
/// CloudFormation type `AWS::ApiGateway::DomainNameV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainNameV2 {
    props: ::forma_core::schema::Props,
}
impl DomainNameV2 {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CertificateArn`.
    #[track_caller]
    pub fn certificate_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DomainName`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn domain_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EndpointAccessMode`.
    #[track_caller]
    pub fn endpoint_access_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EndpointConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn endpoint_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EndpointConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Policy`.
    #[track_caller]
    pub fn policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The valid routing modes are [BASE_PATH_MAPPING_ONLY], [ROUTING_RULE_THEN_BASE_PATH_MAPPING] and [ROUTING_RULE_ONLY].
    #[track_caller]
    pub fn routing_mode(mut self, value: impl ::forma_core::schema::EnumArg<RoutingMode>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SecurityPolicy`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DomainNameV2 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DomainNameV2 {
    type Attributes = DomainNameV2Attributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGateway::DomainNameV2"
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
/// The attributes of a `AWS::ApiGateway::DomainNameV2` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DomainNameV2Attributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DomainNameV2Attributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DomainNameV2Attributes {
    /// `Fn::GetAtt` `DomainNameId`.
    pub fn domain_name_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainNameId")
    }
    /// `Fn::GetAtt` `DomainNameArn`.
    pub fn domain_name_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainNameArn")
    }
}

/// The values CloudFormation documents: `BASE_PATH_MAPPING_ONLY`, `ROUTING_RULE_THEN_BASE_PATH_MAPPING`, `ROUTING_RULE_ONLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoutingMode {
    /// `BASE_PATH_MAPPING_ONLY`
    BasePathMappingOnly,
    /// `ROUTING_RULE_THEN_BASE_PATH_MAPPING`
    RoutingRuleThenBasePathMapping,
    /// `ROUTING_RULE_ONLY`
    RoutingRuleOnly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RoutingMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BasePathMappingOnly => "BASE_PATH_MAPPING_ONLY",
            Self::RoutingRuleThenBasePathMapping => "ROUTING_RULE_THEN_BASE_PATH_MAPPING",
            Self::RoutingRuleOnly => "ROUTING_RULE_ONLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BASE_PATH_MAPPING_ONLY", "ROUTING_RULE_THEN_BASE_PATH_MAPPING", "ROUTING_RULE_ONLY"]
    }
}
impl ::std::convert::From<RoutingMode> for ::forma_core::Value<RoutingMode> {
    fn from(v: RoutingMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RoutingMode {}

/// The `EndpointConfiguration` property type of `AWS::ApiGateway::DomainNameV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointConfiguration {
    props: ::forma_core::schema::Props,
}
impl EndpointConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `IpAddressType`.
    pub fn ip_address_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Types`.
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EndpointConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EndpointConfiguration> for ::forma_core::Value<EndpointConfiguration> {
    fn from(v: EndpointConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENDPOINT_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ApiGateway::DomainNameV2`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::ApiGateway::DomainNameV2`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGateway::DomainNameV2",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndpointAccessMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EndpointConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENDPOINT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "RoutingMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BASE_PATH_MAPPING_ONLY",
                "ROUTING_RULE_THEN_BASE_PATH_MAPPING",
                "ROUTING_RULE_ONLY",
            ]),
        },
        ::forma_core::schema::Property {
            name: "SecurityPolicy",
            required: false,
            create_only: true,
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
    attributes: &["DomainNameId", "DomainNameArn"],
};

static ENDPOINT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGateway::DomainNameV2.EndpointConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpAddressType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Types",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGateway::DomainNameV2.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
