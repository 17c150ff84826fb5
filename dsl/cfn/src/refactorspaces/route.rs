// @generated from AWS::RefactorSpaces::Route (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RefactorSpaces::Route` and its property types.

/// Definition of AWS::RefactorSpaces::Route Resource Type
///
/// CloudFormation type `AWS::RefactorSpaces::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    props: ::forma_core::schema::Props,
}
impl Route {
    /// A new resource with its required properties: `ApplicationIdentifier`, `EnvironmentIdentifier`, `RouteType`, `ServiceIdentifier`.
    #[track_caller]
    pub fn new(
        application_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        environment_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        route_type: impl ::forma_core::schema::EnumArg<RouteType>,
        service_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, environment_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, route_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, service_identifier.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DefaultRoute`.
    #[track_caller]
    pub fn default_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<DefaultRouteInput>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata that you can assign to help organize the frameworks that you create.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UriPathRoute`.
    #[track_caller]
    pub fn uri_path_route(mut self, value: impl ::std::convert::Into<::forma_core::Value<UriPathRouteInput>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Route {
    type Attributes = RouteAttributes;
    fn type_name(&self) -> &str {
        "AWS::RefactorSpaces::Route"
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
/// The attributes of a `AWS::RefactorSpaces::Route` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RouteAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RouteAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RouteAttributes {
    /// `Fn::GetAtt` `RouteIdentifier`.
    pub fn route_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RouteIdentifier")
    }
    /// `Fn::GetAtt` `PathResourceToId`.
    pub fn path_resource_to_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PathResourceToId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `DEFAULT`, `URI_PATH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RouteType {
    /// `DEFAULT`
    Default,
    /// `URI_PATH`
    UriPath,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RouteType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::UriPath => "URI_PATH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEFAULT", "URI_PATH"]
    }
}
impl ::std::convert::From<RouteType> for ::forma_core::Value<RouteType> {
    fn from(v: RouteType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RouteType {}

/// The values CloudFormation documents: `INACTIVE`, `ACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RouteActivationState {
    /// `INACTIVE`
    Inactive,
    /// `ACTIVE`
    Active,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RouteActivationState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inactive => "INACTIVE",
            Self::Active => "ACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INACTIVE", "ACTIVE"]
    }
}
impl ::std::convert::From<RouteActivationState> for ::forma_core::Value<RouteActivationState> {
    fn from(v: RouteActivationState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RouteActivationState {}

/// The `DefaultRouteInput` property type of `AWS::RefactorSpaces::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultRouteInput {
    props: ::forma_core::schema::Props,
}
impl DefaultRouteInput {
    /// A new value with its required properties: `ActivationState`.
    pub fn new(activation_state: impl ::forma_core::schema::EnumArg<RouteActivationState>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, activation_state.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DefaultRouteInput> for ::forma_core::Value<DefaultRouteInput> {
    fn from(v: DefaultRouteInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_ROUTE_INPUT_TYPE.properties))
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

/// The values CloudFormation documents: `DELETE`, `GET`, `HEAD`, `OPTIONS`, `PATCH`, `POST`, `PUT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Method {
    /// `DELETE`
    Delete,
    /// `GET`
    Get,
    /// `HEAD`
    Head,
    /// `OPTIONS`
    Options,
    /// `PATCH`
    Patch,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Method {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Delete => "DELETE",
            Self::Get => "GET",
            Self::Head => "HEAD",
            Self::Options => "OPTIONS",
            Self::Patch => "PATCH",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    }
}
impl ::std::convert::From<Method> for ::forma_core::Value<Method> {
    fn from(v: Method) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Method {}

/// The `UriPathRouteInput` property type of `AWS::RefactorSpaces::Route`.
#[derive(Debug, Clone, PartialEq)]
pub struct UriPathRouteInput {
    props: ::forma_core::schema::Props,
}
impl UriPathRouteInput {
    /// A new value with its required properties: `ActivationState`.
    pub fn new(activation_state: impl ::forma_core::schema::EnumArg<RouteActivationState>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, activation_state.into_enum_expr());
        Self { props }
    }
    /// `AppendSourcePath`.
    pub fn append_source_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `IncludeChildPaths`.
    pub fn include_child_paths(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Methods`.
    pub fn methods(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Method>>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SourcePath`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn source_path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<UriPathRouteInput> for ::forma_core::Value<UriPathRouteInput> {
    fn from(v: UriPathRouteInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(URI_PATH_ROUTE_INPUT_TYPE.properties))
    }
}

/// The schema of `AWS::RefactorSpaces::Route`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RefactorSpaces::Route",
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
            name: "DefaultRoute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_ROUTE_INPUT_TYPE),
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
            name: "RouteType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DEFAULT", "URI_PATH"]),
        },
        ::forma_core::schema::Property {
            name: "ServiceIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^svc-([0-9A-Za-z]{10}$)"),
                min_length: Some(14),
                max_length: Some(14),
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
            name: "UriPathRoute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&URI_PATH_ROUTE_INPUT_TYPE),
        },
    ],
    rules: &[],
    attributes: &["RouteIdentifier", "PathResourceToId", "Arn"],
};

static DEFAULT_ROUTE_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RefactorSpaces::Route.DefaultRouteInput",
    properties: &[::forma_core::schema::Property {
        name: "ActivationState",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["INACTIVE", "ACTIVE"]),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RefactorSpaces::Route.Tag",
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

static URI_PATH_ROUTE_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RefactorSpaces::Route.UriPathRouteInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActivationState",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["INACTIVE", "ACTIVE"]),
        },
        ::forma_core::schema::Property {
            name: "AppendSourcePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeChildPaths",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Methods",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourcePath",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(/([a-zA-Z0-9._:-]+|\\{[a-zA-Z0-9._:-]+\\}))+$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};
