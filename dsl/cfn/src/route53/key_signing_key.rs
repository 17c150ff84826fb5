// @generated from AWS::Route53::KeySigningKey (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Route53::KeySigningKey` and its property types.

/// Represents a key signing key (KSK) associated with a hosted zone.
///
/// CloudFormation type `AWS::Route53::KeySigningKey`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeySigningKey {
    props: ::forma_core::schema::Props,
}
impl KeySigningKey {
    /// A new resource with its required properties: `HostedZoneId`, `KeyManagementServiceArn`, `Name`, `Status`.
    #[track_caller]
    pub fn new(
        hosted_zone_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        key_management_service_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        status: impl ::forma_core::schema::EnumArg<Status>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, hosted_zone_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, key_management_service_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, status.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for KeySigningKey {
    type Attributes = KeySigningKeyAttributes;
    fn type_name(&self) -> &str {
        "AWS::Route53::KeySigningKey"
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
/// The attributes of a `AWS::Route53::KeySigningKey` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct KeySigningKeyAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for KeySigningKeyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `ACTIVE`, `INACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE", "INACTIVE"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The schema of `AWS::Route53::KeySigningKey`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Route53::KeySigningKey",
    properties: &[
        ::forma_core::schema::Property {
            name: "HostedZoneId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Z0-9]{1,32}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyManagementServiceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_]{3,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACTIVE", "INACTIVE"]),
        },
    ],
    rules: &[],
    attributes: &[],
};
