// @generated from AWS::DataZone::Owner (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataZone::Owner` and its property types.

/// A owner can set up authorization permissions on their resources.
///
/// CloudFormation type `AWS::DataZone::Owner`.
#[derive(Debug, Clone, PartialEq)]
pub struct Owner {
    props: ::forma_core::schema::Props,
}
impl Owner {
    /// A new resource with its required properties: `DomainIdentifier`, `EntityIdentifier`, `EntityType`, `Owner`.
    #[track_caller]
    pub fn new(
        domain_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        entity_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        entity_type: impl ::forma_core::schema::EnumArg<EntityType>,
        owner: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, domain_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, entity_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, entity_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, owner.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Owner {
    type Attributes = OwnerAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataZone::Owner"
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
/// The attributes of a `AWS::DataZone::Owner` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OwnerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OwnerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl OwnerAttributes {
    /// `Fn::GetAtt` `OwnerIdentifier`.
    pub fn owner_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerIdentifier")
    }
    /// `Fn::GetAtt` `OwnerType`.
    pub fn owner_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerType")
    }
}

/// The values CloudFormation documents: `DOMAIN_UNIT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntityType {
    /// `DOMAIN_UNIT`
    DomainUnit,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EntityType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DomainUnit => "DOMAIN_UNIT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DOMAIN_UNIT"]
    }
}
impl ::std::convert::From<EntityType> for ::forma_core::Value<EntityType> {
    fn from(v: EntityType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EntityType {}

/// The schema of `AWS::DataZone::Owner`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataZone::Owner",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^dzd[-_][a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EntityIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EntityType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DOMAIN_UNIT"]),
        },
        ::forma_core::schema::Property {
            name: "Owner",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["OwnerIdentifier", "OwnerType"],
};
