// @generated from AWS::Route53Resolver::ResolverConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53Resolver::ResolverConfig` and its property types.

/// Resource schema for AWS::Route53Resolver::ResolverConfig.
///
/// CloudFormation type `AWS::Route53Resolver::ResolverConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolverConfig {
    props: ::forma_core::schema::Props,
}
impl ResolverConfig {
    /// A new resource with its required properties: `AutodefinedReverseFlag`, `ResourceId`.
    #[track_caller]
    pub fn new(
        autodefined_reverse_flag: impl ::forma_core::schema::EnumArg<AutodefinedReverseFlag>,
        resource_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, autodefined_reverse_flag.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, resource_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ResolverConfig {
    type Attributes = ResolverConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53Resolver::ResolverConfig"
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
/// The attributes of a `AWS::Route53Resolver::ResolverConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResolverConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResolverConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResolverConfigAttributes {
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `AutodefinedReverse`.
    pub fn autodefined_reverse(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AutodefinedReverse")
    }
}

/// The values CloudFormation documents: `DISABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AutodefinedReverseFlag {
    /// `DISABLE`
    Disable,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AutodefinedReverseFlag {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disable => "DISABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DISABLE"]
    }
}
impl ::std::convert::From<AutodefinedReverseFlag> for ::forma_core::Value<AutodefinedReverseFlag> {
    fn from(v: AutodefinedReverseFlag) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AutodefinedReverseFlag {}

/// The schema of `AWS::Route53Resolver::ResolverConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53Resolver::ResolverConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutodefinedReverseFlag",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DISABLE"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["OwnerId", "Id", "AutodefinedReverse"],
};
