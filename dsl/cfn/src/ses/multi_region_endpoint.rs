// @generated from AWS::SES::MultiRegionEndpoint (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::MultiRegionEndpoint` and its property types.

/// Resource Type definition for AWS::SES::MultiRegionEndpoint
///
/// CloudFormation type `AWS::SES::MultiRegionEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiRegionEndpoint {
    props: ::forma_core::schema::Props,
}
impl MultiRegionEndpoint {
    /// A new resource with its required properties: `Details`, `EndpointName`.
    #[track_caller]
    pub fn new(
        details: impl ::std::convert::Into<::forma_core::Value<Details>>,
        endpoint_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, details.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, endpoint_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An Array of objects that define the tags (keys and values) to associate with the multi-region endpoint (global-endpoint).
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MultiRegionEndpoint {
    type Attributes = MultiRegionEndpointAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::MultiRegionEndpoint"
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
/// The attributes of a `AWS::SES::MultiRegionEndpoint` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MultiRegionEndpointAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MultiRegionEndpointAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// Contains details of a multi-region endpoint (global-endpoint) being created.
#[derive(Debug, Clone, PartialEq)]
pub struct Details {
    props: ::forma_core::schema::Props,
}
impl Details {
    /// A new value with its required properties: `RouteDetails`.
    pub fn new(
        route_details: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DetailsRouteDetails>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, route_details.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Details> for ::forma_core::Value<Details> {
    fn from(v: Details) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DETAILS_TYPE.properties))
    }
}

/// An object that defines the tags that are associated with a resource.
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

/// The `DetailsRouteDetails` property type of `AWS::SES::MultiRegionEndpoint`.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailsRouteDetails {
    props: ::forma_core::schema::Props,
}
impl DetailsRouteDetails {
    /// A new value with its required properties: `Region`.
    pub fn new(region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, region.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DetailsRouteDetails> for ::forma_core::Value<DetailsRouteDetails> {
    fn from(v: DetailsRouteDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DETAILS_ROUTE_DETAILS_TYPE.properties))
    }
}

/// The schema of `AWS::SES::MultiRegionEndpoint`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::MultiRegionEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Details",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EndpointName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\-_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
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
    attributes: &[],
};

static DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::MultiRegionEndpoint.Details",
    properties: &[::forma_core::schema::Property {
        name: "RouteDetails",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&DETAILS_ROUTE_DETAILS_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::MultiRegionEndpoint.Tag",
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

static DETAILS_ROUTE_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::MultiRegionEndpoint.DetailsRouteDetails",
    properties: &[::forma_core::schema::Property {
        name: "Region",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
