// @generated from AWS::Serverless::Connector (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Serverless::Connector` and its property types.

/// A `AWS::Serverless::Connector`.
///
/// CloudFormation type `AWS::Serverless::Connector`.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    props: ::forma_core::schema::Props,
}
impl Connector {
    /// A new resource with its required properties: `Destination`, `Permissions`, `Source`.
    #[track_caller]
    pub fn new(
        destination: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        permissions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Permissions>>>,
        source: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, destination.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, permissions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, source.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Connector {
    type Attributes = ConnectorAttributes;
    fn type_name(&self) -> &str {
        "AWS::Serverless::Connector"
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
/// The attributes of a `AWS::Serverless::Connector` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConnectorAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConnectorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `Read`, `Write`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Permissions {
    /// `Read`
    Read,
    /// `Write`
    Write,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Permissions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "Read",
            Self::Write => "Write",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Read", "Write"]
    }
}
impl ::std::convert::From<Permissions> for ::forma_core::Value<Permissions> {
    fn from(v: Permissions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Permissions {}

/// The schema of `AWS::Serverless::Connector`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Serverless::Connector",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["Read", "Write"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &[],
};
