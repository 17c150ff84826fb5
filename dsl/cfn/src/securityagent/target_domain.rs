// @generated from AWS::SecurityAgent::TargetDomain (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityAgent::TargetDomain` and its property types.

/// Resource Type definition for AWS::SecurityAgent::TargetDomain
///
/// CloudFormation type `AWS::SecurityAgent::TargetDomain`.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetDomain {
    props: ::forma_core::schema::Props,
}
impl TargetDomain {
    /// A new resource with its required properties: `TargetDomainName`, `VerificationMethod`.
    #[track_caller]
    pub fn new(
        target_domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        verification_method: impl ::forma_core::schema::EnumArg<VerificationMethod>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, target_domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, verification_method.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tags for the target domain
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TargetDomain {
    type Attributes = TargetDomainAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityAgent::TargetDomain"
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
/// The attributes of a `AWS::SecurityAgent::TargetDomain` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TargetDomainAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TargetDomainAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TargetDomainAttributes {
    /// `Fn::GetAtt` `TargetDomainId`.
    pub fn target_domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetDomainId")
    }
    /// `Fn::GetAtt` `VerificationStatus`.
    pub fn verification_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VerificationStatus")
    }
    /// `Fn::GetAtt` `VerificationStatusReason`.
    pub fn verification_status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VerificationStatusReason")
    }
    /// `Fn::GetAtt` `VerificationDetails`.
    pub fn verification_details(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "VerificationDetails")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `VerifiedAt`.
    pub fn verified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VerifiedAt")
    }
}

/// The values CloudFormation documents: `DNS_TXT`, `HTTP_ROUTE`, `PRIVATE_VPC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VerificationMethod {
    /// `DNS_TXT`
    DnsTxt,
    /// `HTTP_ROUTE`
    HttpRoute,
    /// `PRIVATE_VPC`
    PrivateVpc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VerificationMethod {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DnsTxt => "DNS_TXT",
            Self::HttpRoute => "HTTP_ROUTE",
            Self::PrivateVpc => "PRIVATE_VPC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DNS_TXT", "HTTP_ROUTE", "PRIVATE_VPC"]
    }
}
impl ::std::convert::From<VerificationMethod> for ::forma_core::Value<VerificationMethod> {
    fn from(v: VerificationMethod) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VerificationMethod {}

/// A key-value pair to associate with a resource
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::SecurityAgent::TargetDomain`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityAgent::TargetDomain",
    properties: &[
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TargetDomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VerificationMethod",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DNS_TXT", "HTTP_ROUTE", "PRIVATE_VPC"]),
        },
    ],
    rules: &[],
    attributes: &[
        "TargetDomainId",
        "VerificationStatus",
        "VerificationStatusReason",
        "VerificationDetails",
        "CreatedAt",
        "VerifiedAt",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::TargetDomain.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
