// @generated from AWS::ElasticLoadBalancingV2::TrustStoreRevocation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElasticLoadBalancingV2::TrustStoreRevocation` and its property types.

/// Resource Type definition for AWS::ElasticLoadBalancingV2::TrustStoreRevocation
///
/// CloudFormation type `AWS::ElasticLoadBalancingV2::TrustStoreRevocation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrustStoreRevocation {
    props: ::forma_core::schema::Props,
}
impl TrustStoreRevocation {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The attributes required to create a trust store revocation.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn revocation_contents(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<RevocationContent>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the trust store.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn trust_store_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for TrustStoreRevocation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for TrustStoreRevocation {
    type Attributes = TrustStoreRevocationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElasticLoadBalancingV2::TrustStoreRevocation"
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
/// The attributes of a `AWS::ElasticLoadBalancingV2::TrustStoreRevocation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TrustStoreRevocationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TrustStoreRevocationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TrustStoreRevocationAttributes {
    /// `Fn::GetAtt` `RevocationId`.
    pub fn revocation_id(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "RevocationId")
    }
    /// `Fn::GetAtt` `TrustStoreRevocations`.
    pub fn trust_store_revocations(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "TrustStoreRevocations")
    }
}

/// The values CloudFormation documents: `CRL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RevocationType {
    /// `CRL`
    Crl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RevocationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Crl => "CRL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CRL"]
    }
}
impl ::std::convert::From<RevocationType> for ::forma_core::Value<RevocationType> {
    fn from(v: RevocationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RevocationType {}

/// The `RevocationContent` property type of `AWS::ElasticLoadBalancingV2::TrustStoreRevocation`.
#[derive(Debug, Clone, PartialEq)]
pub struct RevocationContent {
    props: ::forma_core::schema::Props,
}
impl RevocationContent {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `RevocationType`.
    pub fn revocation_type(mut self, value: impl ::forma_core::schema::EnumArg<RevocationType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `S3Bucket`.
    pub fn s3_bucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `S3Key`.
    pub fn s3_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `S3ObjectVersion`.
    pub fn s3_object_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RevocationContent {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RevocationContent> for ::forma_core::Value<RevocationContent> {
    fn from(v: RevocationContent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REVOCATION_CONTENT_TYPE.properties))
    }
}

/// The schema of `AWS::ElasticLoadBalancingV2::TrustStoreRevocation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElasticLoadBalancingV2::TrustStoreRevocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "RevocationContents",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&REVOCATION_CONTENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrustStoreArn",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["RevocationId", "TrustStoreRevocations"],
};

static REVOCATION_CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticLoadBalancingV2::TrustStoreRevocation.RevocationContent",
    properties: &[
        ::forma_core::schema::Property {
            name: "RevocationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CRL"]),
        },
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3ObjectVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
