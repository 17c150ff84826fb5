// @generated from AWS::Wickr::Network (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wickr::Network` and its property types.

/// Resource Type definition for AWS::Wickr::Network.
///
/// CloudFormation type `AWS::Wickr::Network`.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    props: ::forma_core::schema::Props,
}
impl Network {
    /// A new resource with its required properties: `AccessLevel`, `NetworkName`.
    #[track_caller]
    pub fn new(
        access_level: impl ::forma_core::schema::EnumArg<AccessLevel>,
        network_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, access_level.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, network_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Network {
    type Attributes = NetworkAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wickr::Network"
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
/// The attributes of a `AWS::Wickr::Network` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkAttributes {
    /// `Fn::GetAtt` `NetworkArn`.
    pub fn network_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkArn")
    }
    /// `Fn::GetAtt` `NetworkId`.
    pub fn network_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkId")
    }
    /// `Fn::GetAtt` `AwsAccountId`.
    pub fn aws_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AwsAccountId")
    }
    /// `Fn::GetAtt` `Standing`.
    pub fn standing(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Standing")
    }
    /// `Fn::GetAtt` `MigrationState`.
    pub fn migration_state(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "MigrationState")
    }
}

/// The values CloudFormation documents: `STANDARD`, `PREMIUM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessLevel {
    /// `STANDARD`
    Standard,
    /// `PREMIUM`
    Premium,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::Premium => "PREMIUM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STANDARD", "PREMIUM"]
    }
}
impl ::std::convert::From<AccessLevel> for ::forma_core::Value<AccessLevel> {
    fn from(v: AccessLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessLevel {}

/// The schema of `AWS::Wickr::Network`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Wickr::Network",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLevel",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["STANDARD", "PREMIUM"]),
        },
        ::forma_core::schema::Property {
            name: "NetworkName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S\\s]*$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["NetworkArn", "NetworkId", "AwsAccountId", "Standing", "MigrationState"],
};
