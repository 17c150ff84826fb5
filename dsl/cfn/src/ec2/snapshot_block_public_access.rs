// @generated from AWS::EC2::SnapshotBlockPublicAccess (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::SnapshotBlockPublicAccess` and its property types.

/// Resource Type definition for AWS::EC2::SnapshotBlockPublicAccess
///
/// CloudFormation type `AWS::EC2::SnapshotBlockPublicAccess`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotBlockPublicAccess {
    props: ::forma_core::schema::Props,
}
impl SnapshotBlockPublicAccess {
    /// A new resource with its required properties: `State`.
    #[track_caller]
    pub fn new(state: impl ::forma_core::schema::EnumArg<State>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, state.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for SnapshotBlockPublicAccess {
    type Attributes = SnapshotBlockPublicAccessAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::SnapshotBlockPublicAccess"
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
/// The attributes of a `AWS::EC2::SnapshotBlockPublicAccess` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SnapshotBlockPublicAccessAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SnapshotBlockPublicAccessAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SnapshotBlockPublicAccessAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
}

/// The values CloudFormation documents: `block-all-sharing`, `block-new-sharing`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `block-all-sharing`
    BlockAllSharing,
    /// `block-new-sharing`
    BlockNewSharing,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl State {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BlockAllSharing => "block-all-sharing",
            Self::BlockNewSharing => "block-new-sharing",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["block-all-sharing", "block-new-sharing"]
    }
}
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for State {}

/// The schema of `AWS::EC2::SnapshotBlockPublicAccess`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::SnapshotBlockPublicAccess",
    properties: &[::forma_core::schema::Property {
        name: "State",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["block-all-sharing", "block-new-sharing"]),
    }],
    rules: &[],
    attributes: &["AccountId"],
};
