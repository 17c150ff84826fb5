// @generated from AWS::ResourceExplorer2::Index (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ResourceExplorer2::Index` and its property types.

/// Definition of AWS::ResourceExplorer2::Index Resource Type
///
/// CloudFormation type `AWS::ResourceExplorer2::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    props: ::forma_core::schema::Props,
}
impl Index {
    /// A new resource with its required properties: `Type`.
    #[track_caller]
    pub fn new(type_: impl ::forma_core::schema::EnumArg<IndexType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Index {
    type Attributes = IndexAttributes;
    fn type_name(&self) -> &str {
        "AWS::ResourceExplorer2::Index"
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
/// The attributes of a `AWS::ResourceExplorer2::Index` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IndexAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IndexAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IndexAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `IndexState`.
    pub fn index_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IndexState")
    }
}

/// The values CloudFormation documents: `LOCAL`, `AGGREGATOR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IndexType {
    /// `LOCAL`
    Local,
    /// `AGGREGATOR`
    Aggregator,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IndexType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "LOCAL",
            Self::Aggregator => "AGGREGATOR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LOCAL", "AGGREGATOR"]
    }
}
impl ::std::convert::From<IndexType> for ::forma_core::Value<IndexType> {
    fn from(v: IndexType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IndexType {}

/// The schema of `AWS::ResourceExplorer2::Index`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ResourceExplorer2::Index",
    properties: &[
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["LOCAL", "AGGREGATOR"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "IndexState"],
};
