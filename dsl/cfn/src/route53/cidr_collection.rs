// @generated from AWS::Route53::CidrCollection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53::CidrCollection` and its property types.

/// Resource Type definition for AWS::Route53::CidrCollection.
///
/// CloudFormation type `AWS::Route53::CidrCollection`.
#[derive(Debug, Clone, PartialEq)]
pub struct CidrCollection {
    props: ::forma_core::schema::Props,
}
impl CidrCollection {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A complex type that contains information about the list of CIDR locations.
    #[track_caller]
    pub fn locations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Location>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CidrCollection {
    type Attributes = CidrCollectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53::CidrCollection"
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
/// The attributes of a `AWS::Route53::CidrCollection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CidrCollectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CidrCollectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CidrCollectionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `Location` property type of `AWS::Route53::CidrCollection`.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    props: ::forma_core::schema::Props,
}
impl Location {
    /// A new value with its required properties: `CidrList`, `LocationName`.
    pub fn new(
        cidr_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        location_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cidr_list.into().into_expr());
        props.set(1, location_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Location> for ::forma_core::Value<Location> {
    fn from(v: Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::Route53::CidrCollection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53::CidrCollection",
    properties: &[
        ::forma_core::schema::Property {
            name: "Locations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LOCATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9A-Za-z_\\-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Route53::CidrCollection.Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "CidrList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LocationName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(16),
            }),
        },
    ],
    rules: &[],
};
