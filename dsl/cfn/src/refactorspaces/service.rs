// @generated from AWS::RefactorSpaces::Service (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RefactorSpaces::Service` and its property types.

/// Definition of AWS::RefactorSpaces::Service Resource Type
///
/// CloudFormation type `AWS::RefactorSpaces::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    props: ::forma_core::schema::Props,
}
impl Service {
    /// A new resource with its required properties: `ApplicationIdentifier`, `EndpointType`, `EnvironmentIdentifier`, `Name`.
    #[track_caller]
    pub fn new(
        application_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        endpoint_type: impl ::forma_core::schema::EnumArg<ServiceEndpointType>,
        environment_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, endpoint_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, environment_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LambdaEndpoint`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn lambda_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LambdaEndpointInput>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata that you can assign to help organize the frameworks that you create.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UrlEndpoint`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn url_endpoint(mut self, value: impl ::std::convert::Into<::forma_core::Value<UrlEndpointInput>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `VpcId`.
    ///
    /// Allowed: length 12 to 21.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Service {
    type Attributes = ServiceAttributes;
    fn type_name(&self) -> &str {
        "AWS::RefactorSpaces::Service"
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
/// The attributes of a `AWS::RefactorSpaces::Service` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ServiceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ServiceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ServiceAttributes {
    /// `Fn::GetAtt` `ServiceIdentifier`.
    pub fn service_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceIdentifier")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `LAMBDA`, `URL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServiceEndpointType {
    /// `LAMBDA`
    Lambda,
    /// `URL`
    Url,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServiceEndpointType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lambda => "LAMBDA",
            Self::Url => "URL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LAMBDA", "URL"]
    }
}
impl ::std::convert::From<ServiceEndpointType> for ::forma_core::Value<ServiceEndpointType> {
    fn from(v: ServiceEndpointType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServiceEndpointType {}

/// The `LambdaEndpointInput` property type of `AWS::RefactorSpaces::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaEndpointInput {
    props: ::forma_core::schema::Props,
}
impl LambdaEndpointInput {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LambdaEndpointInput> for ::forma_core::Value<LambdaEndpointInput> {
    fn from(v: LambdaEndpointInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_ENDPOINT_INPUT_TYPE.properties))
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

/// The `UrlEndpointInput` property type of `AWS::RefactorSpaces::Service`.
#[derive(Debug, Clone, PartialEq)]
pub struct UrlEndpointInput {
    props: ::forma_core::schema::Props,
}
impl UrlEndpointInput {
    /// A new value with its required properties: `Url`.
    pub fn new(url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, url.into().into_expr());
        Self { props }
    }
    /// `HealthUrl`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn health_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<UrlEndpointInput> for ::forma_core::Value<UrlEndpointInput> {
    fn from(v: UrlEndpointInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(URL_ENDPOINT_INPUT_TYPE.properties))
    }
}

/// The schema of `AWS::RefactorSpaces::Service`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RefactorSpaces::Service",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^app-([0-9A-Za-z]{10}$)"),
                min_length: Some(14),
                max_length: Some(14),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_\\s\\.\\!\\*\\#\\@\\']+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EndpointType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["LAMBDA", "URL"]),
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
            name: "LambdaEndpoint",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_ENDPOINT_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!svc-)[a-zA-Z0-9]+[a-zA-Z0-9-_ ]+$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
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
            name: "UrlEndpoint",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&URL_ENDPOINT_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^vpc-[-a-f0-9]{8}([-a-f0-9]{9})?$"),
                min_length: Some(12),
                max_length: Some(21),
            }),
        },
    ],
    rules: &[],
    attributes: &["ServiceIdentifier", "Arn"],
};

static LAMBDA_ENDPOINT_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::RefactorSpaces::Service.LambdaEndpointInput",
properties: &[
::forma_core::schema::Property { name: "Arn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$"), min_length: Some(1), max_length: Some(2048) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RefactorSpaces::Service.Tag",
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

static URL_ENDPOINT_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RefactorSpaces::Service.UrlEndpointInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "HealthUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https?://[-a-zA-Z0-9+\\x38@#/%?=~_|!:,.;]*[-a-zA-Z0-9+\\x38@#/%=~_|]$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https?://[-a-zA-Z0-9+\\x38@#/%?=~_|!:,.;]*[-a-zA-Z0-9+\\x38@#/%=~_|]$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};
