// @generated from AWS::Logs::StorageTierPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Logs::StorageTierPolicy` and its property types.

/// Resource Type definition for AWS::Logs::StorageTierPolicy.
///
/// CloudFormation type `AWS::Logs::StorageTierPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageTierPolicy {
    props: ::forma_core::schema::Props,
}
impl StorageTierPolicy {
    /// A new resource with its required properties: `StorageTier`.
    #[track_caller]
    pub fn new(storage_tier: impl ::forma_core::schema::EnumArg<StorageTier>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, storage_tier.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for StorageTierPolicy {
    type Attributes = StorageTierPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Logs::StorageTierPolicy"
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
/// The attributes of a `AWS::Logs::StorageTierPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StorageTierPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StorageTierPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StorageTierPolicyAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
    /// `Fn::GetAtt` `LastUpdatedTime`.
    pub fn last_updated_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTime")
    }
}

/// The values CloudFormation documents: `INTELLIGENT_TIERING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageTier {
    /// `INTELLIGENT_TIERING`
    IntelligentTiering,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageTier {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IntelligentTiering => "INTELLIGENT_TIERING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["INTELLIGENT_TIERING"]
    }
}
impl ::std::convert::From<StorageTier> for ::forma_core::Value<StorageTier> {
    fn from(v: StorageTier) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageTier {}

/// The schema of `AWS::Logs::StorageTierPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Logs::StorageTierPolicy",
    properties: &[::forma_core::schema::Property {
        name: "StorageTier",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["INTELLIGENT_TIERING"]),
    }],
    rules: &[],
    attributes: &["AccountId", "LastUpdatedTime"],
};
