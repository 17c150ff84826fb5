// @generated from AWS::MSK::VpcConnection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MSK::VpcConnection` and its property types.

/// Resource Type definition for AWS::MSK::VpcConnection
///
/// CloudFormation type `AWS::MSK::VpcConnection`.
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConnection {
    props: ::forma_core::schema::Props,
}
impl VpcConnection {
    /// A new resource with its required properties: `Authentication`, `ClientSubnets`, `SecurityGroups`, `TargetClusterArn`, `VpcId`.
    #[track_caller]
    pub fn new(
        authentication: impl ::forma_core::schema::EnumArg<Authentication>,
        client_subnets: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        security_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        target_cluster_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        vpc_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, authentication.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, client_subnets.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, security_groups.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, target_cluster_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, vpc_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for VpcConnection {
    type Attributes = VpcConnectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::MSK::VpcConnection"
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
/// The attributes of a `AWS::MSK::VpcConnection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct VpcConnectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for VpcConnectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl VpcConnectionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `SASL_IAM`, `SASL_SCRAM`, `TLS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Authentication {
    /// `SASL_IAM`
    SaslIam,
    /// `SASL_SCRAM`
    SaslScram,
    /// `TLS`
    Tls,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Authentication {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SaslIam => "SASL_IAM",
            Self::SaslScram => "SASL_SCRAM",
            Self::Tls => "TLS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SASL_IAM", "SASL_SCRAM", "TLS"]
    }
}
impl ::std::convert::From<Authentication> for ::forma_core::Value<Authentication> {
    fn from(v: Authentication) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Authentication {}

/// The schema of `AWS::MSK::VpcConnection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MSK::VpcConnection",
    properties: &[
        ::forma_core::schema::Property {
            name: "Authentication",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SASL_IAM", "SASL_SCRAM", "TLS"]),
        },
        ::forma_core::schema::Property {
            name: "ClientSubnets",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(subnet-)([a-z0-9]+)\\Z"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(sg-)([a-z0-9]+)\\Z"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "TargetClusterArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:kafka:[\\w-]+:\\d+:cluster.*\\Z"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(vpc-)([a-z0-9]+)\\Z"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};
