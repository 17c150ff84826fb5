// @generated from AWS::RefactorSpaces::Application (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RefactorSpaces::Application` and its property types.

/// Definition of AWS::RefactorSpaces::Application Resource Type
///
/// CloudFormation type `AWS::RefactorSpaces::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    props: ::forma_core::schema::Props,
}
impl Application {
    /// A new resource with its required properties: `EnvironmentIdentifier`, `Name`, `ProxyType`, `VpcId`.
    #[track_caller]
    pub fn new(
        environment_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        proxy_type: impl ::forma_core::schema::EnumArg<ProxyType>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, environment_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, proxy_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(5, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ApiGatewayProxy`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn api_gateway_proxy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ApiGatewayProxyInput>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata that you can assign to help organize the frameworks that you create.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Application {
    type Attributes = ApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::RefactorSpaces::Application"
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
/// The attributes of a `AWS::RefactorSpaces::Application` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationAttributes {
    /// `Fn::GetAtt` `ApplicationIdentifier`.
    pub fn application_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApplicationIdentifier")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ApiGatewayId`.
    pub fn api_gateway_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ApiGatewayId")
    }
    /// `Fn::GetAtt` `VpcLinkId`.
    pub fn vpc_link_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VpcLinkId")
    }
    /// `Fn::GetAtt` `NlbArn`.
    pub fn nlb_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NlbArn")
    }
    /// `Fn::GetAtt` `NlbName`.
    pub fn nlb_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NlbName")
    }
    /// `Fn::GetAtt` `ProxyUrl`.
    pub fn proxy_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProxyUrl")
    }
    /// `Fn::GetAtt` `StageName`.
    pub fn stage_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StageName")
    }
}

/// The values CloudFormation documents: `API_GATEWAY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProxyType {
    /// `API_GATEWAY`
    ApiGateway,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProxyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiGateway => "API_GATEWAY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["API_GATEWAY"]
    }
}
impl ::std::convert::From<ProxyType> for ::forma_core::Value<ProxyType> {
    fn from(v: ProxyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProxyType {}

/// The values CloudFormation documents: `REGIONAL`, `PRIVATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiGatewayEndpointType {
    /// `REGIONAL`
    Regional,
    /// `PRIVATE`
    Private,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApiGatewayEndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Regional => "REGIONAL",
            Self::Private => "PRIVATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REGIONAL", "PRIVATE"]
    }
}
impl ::std::convert::From<ApiGatewayEndpointType> for ::forma_core::Value<ApiGatewayEndpointType> {
    fn from(v: ApiGatewayEndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApiGatewayEndpointType {}

/// The `ApiGatewayProxyInput` property type of `AWS::RefactorSpaces::Application`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiGatewayProxyInput {
    props: ::forma_core::schema::Props,
}
impl ApiGatewayProxyInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `EndpointType`.
    pub fn endpoint_type(mut self, value: impl ::forma_core::schema::EnumArg<ApiGatewayEndpointType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `StageName`.
    ///
    /// Allowed: length 1 to 128.
    pub fn stage_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ApiGatewayProxyInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ApiGatewayProxyInput> for ::forma_core::Value<ApiGatewayProxyInput> {
    fn from(v: ApiGatewayProxyInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(API_GATEWAY_PROXY_INPUT_TYPE.properties))
    }
}

/// A label for tagging Environment resource
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

/// The schema of `AWS::RefactorSpaces::Application`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RefactorSpaces::Application",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApiGatewayProxy",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&API_GATEWAY_PROXY_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^env-([0-9A-Za-z]{10}$)"),
                min_length: Some(14),
                max_length: Some(14),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!app-)[a-zA-Z0-9]+[a-zA-Z0-9-_ ]+$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProxyType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["API_GATEWAY"]),
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
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-[-a-f0-9]{8}([-a-f0-9]{9})?$"),
                min_length: Some(12),
                max_length: Some(21),
            }),
        },
    ],
    rules: &[],
    attributes: &[
        "ApplicationIdentifier",
        "Arn",
        "ApiGatewayId",
        "VpcLinkId",
        "NlbArn",
        "NlbName",
        "ProxyUrl",
        "StageName",
    ],
};

static API_GATEWAY_PROXY_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RefactorSpaces::Application.ApiGatewayProxyInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "EndpointType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["REGIONAL", "PRIVATE"]),
        },
        ::forma_core::schema::Property {
            name: "StageName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-a-zA-Z0-9_]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RefactorSpaces::Application.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:).+"),
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
