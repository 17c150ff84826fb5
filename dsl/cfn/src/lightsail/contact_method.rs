// @generated from AWS::Lightsail::ContactMethod (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Lightsail::ContactMethod` and its property types.

/// Resource Type definition for AWS::Lightsail::ContactMethod
///
/// CloudFormation type `AWS::Lightsail::ContactMethod`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactMethod {
    props: ::forma_core::schema::Props,
}
impl ContactMethod {
    /// A new resource with its required properties: `ContactEndpoint`, `Protocol`.
    #[track_caller]
    pub fn new(
        contact_endpoint: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        protocol: impl ::forma_core::schema::EnumArg<Protocol>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, contact_endpoint.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, protocol.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ContactMethod {
    type Attributes = ContactMethodAttributes;
    fn type_name(&self) -> &str {
        "AWS::Lightsail::ContactMethod"
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
/// The attributes of a `AWS::Lightsail::ContactMethod` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContactMethodAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContactMethodAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContactMethodAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Name`.
    pub fn name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Name")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `SupportCode`.
    pub fn support_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SupportCode")
    }
    /// `Fn::GetAtt` `ResourceType`.
    pub fn resource_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceType")
    }
}

/// The values CloudFormation documents: `Email`, `SMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `Email`
    Email,
    /// `SMS`
    Sms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "Email",
            Self::Sms => "SMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Email", "SMS"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The schema of `AWS::Lightsail::ContactMethod`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Lightsail::ContactMethod",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactEndpoint",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Protocol",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Email", "SMS"]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Status", "Name", "CreatedAt", "SupportCode", "ResourceType"],
};
