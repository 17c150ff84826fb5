// @generated from AWS::Signer::SigningProfile (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Signer::SigningProfile` and its property types.

/// A signing profile is a signing template that can be used to carry out a pre-defined signing job.
///
/// CloudFormation type `AWS::Signer::SigningProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SigningProfile {
    props: ::forma_core::schema::Props,
}
impl SigningProfile {
    /// A new resource with its required properties: `PlatformId`.
    #[track_caller]
    pub fn new(platform_id: impl ::forma_core::schema::EnumArg<PlatformId>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, platform_id.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Signature validity period of the profile.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn signature_validity_period(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SignatureValidityPeriod>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags associated with the signing profile.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SigningProfile {
    type Attributes = SigningProfileAttributes;
    fn type_name(&self) -> &str {
        "AWS::Signer::SigningProfile"
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
/// The attributes of a `AWS::Signer::SigningProfile` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SigningProfileAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SigningProfileAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SigningProfileAttributes {
    /// `Fn::GetAtt` `ProfileName`.
    pub fn profile_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProfileName")
    }
    /// `Fn::GetAtt` `ProfileVersion`.
    pub fn profile_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProfileVersion")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `ProfileVersionArn`.
    pub fn profile_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProfileVersionArn")
    }
}

/// The values CloudFormation documents: `AWSLambda-SHA384-ECDSA`, `Notation-OCI-SHA384-ECDSA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlatformId {
    /// `AWSLambda-SHA384-ECDSA`
    AwsLambdaSha384Ecdsa,
    /// `Notation-OCI-SHA384-ECDSA`
    NotationOciSha384Ecdsa,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlatformId {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsLambdaSha384Ecdsa => "AWSLambda-SHA384-ECDSA",
            Self::NotationOciSha384Ecdsa => "Notation-OCI-SHA384-ECDSA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWSLambda-SHA384-ECDSA", "Notation-OCI-SHA384-ECDSA"]
    }
}
impl ::std::convert::From<PlatformId> for ::forma_core::Value<PlatformId> {
    fn from(v: PlatformId) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlatformId {}

/// The values CloudFormation documents: `DAYS`, `MONTHS`, `YEARS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `DAYS`
    Days,
    /// `MONTHS`
    Months,
    /// `YEARS`
    Years,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Days => "DAYS",
            Self::Months => "MONTHS",
            Self::Years => "YEARS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAYS", "MONTHS", "YEARS"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `SignatureValidityPeriod` property type of `AWS::Signer::SigningProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct SignatureValidityPeriod {
    props: ::forma_core::schema::Props,
}
impl SignatureValidityPeriod {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SignatureValidityPeriod {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SignatureValidityPeriod> for ::forma_core::Value<SignatureValidityPeriod> {
    fn from(v: SignatureValidityPeriod) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIGNATURE_VALIDITY_PERIOD_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Signer::SigningProfile`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 127.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: length 1 to 255.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Signer::SigningProfile`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Signer::SigningProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "PlatformId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["AWSLambda-SHA384-ECDSA", "Notation-OCI-SHA384-ECDSA"]),
        },
        ::forma_core::schema::Property {
            name: "SignatureValidityPeriod",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SIGNATURE_VALIDITY_PERIOD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["ProfileName", "ProfileVersion", "Arn", "ProfileVersionArn"],
};

static SIGNATURE_VALIDITY_PERIOD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Signer::SigningProfile.SignatureValidityPeriod",
    properties: &[
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAYS", "MONTHS", "YEARS"]),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Signer::SigningProfile.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
