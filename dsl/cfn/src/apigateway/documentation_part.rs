// @generated from AWS::ApiGateway::DocumentationPart (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGateway::DocumentationPart` and its property types.

/// The `AWS::ApiGateway::DocumentationPart` resource creates a documentation part for an API.
///
/// CloudFormation type `AWS::ApiGateway::DocumentationPart`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentationPart {
    props: ::forma_core::schema::Props,
}
impl DocumentationPart {
    /// A new resource with its required properties: `Location`, `Properties`, `RestApiId`.
    #[track_caller]
    pub fn new(
        location: impl ::std::convert::Into<::forma_core::Value<Location>>,
        properties: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rest_api_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, location.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, properties.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, rest_api_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for DocumentationPart {
    type Attributes = DocumentationPartAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGateway::DocumentationPart"
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
/// The attributes of a `AWS::ApiGateway::DocumentationPart` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DocumentationPartAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DocumentationPartAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DocumentationPartAttributes {
    /// `Fn::GetAtt` `DocumentationPartId`.
    pub fn documentation_part_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DocumentationPartId")
    }
}

/// The values CloudFormation documents: `API`, `AUTHORIZER`, `MODEL`, `RESOURCE`, `METHOD`, `PATH_PARAMETER`, `QUERY_PARAMETER`, `REQUEST_HEADER`, `REQUEST_BODY`, `RESPONSE`, `RESPONSE_HEADER`, `RESPONSE_BODY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `API`
    Api,
    /// `AUTHORIZER`
    Authorizer,
    /// `MODEL`
    Model,
    /// `RESOURCE`
    Resource,
    /// `METHOD`
    Method,
    /// `PATH_PARAMETER`
    PathParameter,
    /// `QUERY_PARAMETER`
    QueryParameter,
    /// `REQUEST_HEADER`
    RequestHeader,
    /// `REQUEST_BODY`
    RequestBody,
    /// `RESPONSE`
    Response,
    /// `RESPONSE_HEADER`
    ResponseHeader,
    /// `RESPONSE_BODY`
    ResponseBody,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Api => "API",
            Self::Authorizer => "AUTHORIZER",
            Self::Model => "MODEL",
            Self::Resource => "RESOURCE",
            Self::Method => "METHOD",
            Self::PathParameter => "PATH_PARAMETER",
            Self::QueryParameter => "QUERY_PARAMETER",
            Self::RequestHeader => "REQUEST_HEADER",
            Self::RequestBody => "REQUEST_BODY",
            Self::Response => "RESPONSE",
            Self::ResponseHeader => "RESPONSE_HEADER",
            Self::ResponseBody => "RESPONSE_BODY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "API",
            "AUTHORIZER",
            "MODEL",
            "RESOURCE",
            "METHOD",
            "PATH_PARAMETER",
            "QUERY_PARAMETER",
            "REQUEST_HEADER",
            "REQUEST_BODY",
            "RESPONSE",
            "RESPONSE_HEADER",
            "RESPONSE_BODY",
        ]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `Location` property specifies the location of the Amazon API Gateway API entity that the documentation applies to.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    props: ::forma_core::schema::Props,
}
impl Location {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Method`.
    pub fn method(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Path`.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `StatusCode`.
    pub fn status_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Location {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Location> for ::forma_core::Value<Location> {
    fn from(v: Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::ApiGateway::DocumentationPart`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGateway::DocumentationPart",
    properties: &[
        ::forma_core::schema::Property {
            name: "Location",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Properties",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RestApiId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["DocumentationPartId"],
};

static LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGateway::DocumentationPart.Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Method",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StatusCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "API",
                "AUTHORIZER",
                "MODEL",
                "RESOURCE",
                "METHOD",
                "PATH_PARAMETER",
                "QUERY_PARAMETER",
                "REQUEST_HEADER",
                "REQUEST_BODY",
                "RESPONSE",
                "RESPONSE_HEADER",
                "RESPONSE_BODY",
            ]),
        },
    ],
    rules: &[],
};
