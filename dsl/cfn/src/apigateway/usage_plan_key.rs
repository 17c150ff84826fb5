// @generated from AWS::ApiGateway::UsagePlanKey (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGateway::UsagePlanKey` and its property types.

/// The `AWS::ApiGateway::UsagePlanKey` resource associates an API key with a usage plan.
///
/// CloudFormation type `AWS::ApiGateway::UsagePlanKey`.
#[derive(Debug, Clone, PartialEq)]
pub struct UsagePlanKey {
    props: ::forma_core::schema::Props,
}
impl UsagePlanKey {
    /// A new resource with its required properties: `KeyId`, `KeyType`, `UsagePlanId`.
    #[track_caller]
    pub fn new(
        key_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key_type: impl ::forma_core::schema::EnumArg<KeyType>,
        usage_plan_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, key_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, key_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, usage_plan_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for UsagePlanKey {
    type Attributes = UsagePlanKeyAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGateway::UsagePlanKey"
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
/// The attributes of a `AWS::ApiGateway::UsagePlanKey` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UsagePlanKeyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UsagePlanKeyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UsagePlanKeyAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `API_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyType {
    /// `API_KEY`
    ApiKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiKey => "API_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["API_KEY"]
    }
}
impl ::std::convert::From<KeyType> for ::forma_core::Value<KeyType> {
    fn from(v: KeyType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyType {}

/// The schema of `AWS::ApiGateway::UsagePlanKey`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGateway::UsagePlanKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeyId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KeyType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["API_KEY"]),
        },
        ::forma_core::schema::Property {
            name: "UsagePlanId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
