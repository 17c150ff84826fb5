// @generated from AWS::S3::AccessGrant (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3::AccessGrant` and its property types.

/// The AWS::S3::AccessGrant resource is an Amazon S3 resource type representing permissions to a specific S3 bucket or prefix hosted in an S3 Access Grants instance.
///
/// CloudFormation type `AWS::S3::AccessGrant`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessGrant {
    props: ::forma_core::schema::Props,
}
impl AccessGrant {
    /// A new resource with its required properties: `AccessGrantsLocationId`, `Grantee`, `Permission`.
    #[track_caller]
    pub fn new(
        access_grants_location_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        grantee: impl ::std::convert::Into<::forma_core::Value<Grantee>>,
        permission: impl ::forma_core::schema::EnumArg<Permission>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, access_grants_location_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, grantee.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, permission.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The configuration options of the grant location, which is the S3 path to the data to which you are granting access.
    #[track_caller]
    pub fn access_grants_location_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccessGrantsLocationConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the application grantees will use to access the location
    #[track_caller]
    pub fn application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of S3SubPrefix.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn s3_prefix_type(mut self, value: impl ::forma_core::schema::EnumArg<S3PrefixType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AccessGrant {
    type Attributes = AccessGrantAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3::AccessGrant"
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
/// The attributes of a `AWS::S3::AccessGrant` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccessGrantAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccessGrantAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccessGrantAttributes {
    /// `Fn::GetAtt` `AccessGrantId`.
    pub fn access_grant_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccessGrantId")
    }
    /// `Fn::GetAtt` `AccessGrantArn`.
    pub fn access_grant_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccessGrantArn")
    }
    /// `Fn::GetAtt` `GrantScope`.
    pub fn grant_scope(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GrantScope")
    }
}

/// The values CloudFormation documents: `READ`, `WRITE`, `READWRITE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Permission {
    /// `READ`
    Read,
    /// `WRITE`
    Write,
    /// `READWRITE`
    Readwrite,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Permission {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "READ",
            Self::Write => "WRITE",
            Self::Readwrite => "READWRITE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["READ", "WRITE", "READWRITE"]
    }
}
impl ::std::convert::From<Permission> for ::forma_core::Value<Permission> {
    fn from(v: Permission) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Permission {}

/// The values CloudFormation documents: `Object`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum S3PrefixType {
    /// `Object`
    Object,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl S3PrefixType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Object => "Object",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Object"]
    }
}
impl ::std::convert::From<S3PrefixType> for ::forma_core::Value<S3PrefixType> {
    fn from(v: S3PrefixType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for S3PrefixType {}

/// The `AccessGrantsLocationConfiguration` property type of `AWS::S3::AccessGrant`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessGrantsLocationConfiguration {
    props: ::forma_core::schema::Props,
}
impl AccessGrantsLocationConfiguration {
    /// A new value with its required properties: `S3SubPrefix`.
    pub fn new(s3_sub_prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_sub_prefix.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessGrantsLocationConfiguration>
    for ::forma_core::Value<AccessGrantsLocationConfiguration>
{
    fn from(v: AccessGrantsLocationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_GRANTS_LOCATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `IAM`, `DIRECTORY_USER`, `DIRECTORY_GROUP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GranteeType {
    /// `IAM`
    Iam,
    /// `DIRECTORY_USER`
    DirectoryUser,
    /// `DIRECTORY_GROUP`
    DirectoryGroup,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl GranteeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Iam => "IAM",
            Self::DirectoryUser => "DIRECTORY_USER",
            Self::DirectoryGroup => "DIRECTORY_GROUP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IAM", "DIRECTORY_USER", "DIRECTORY_GROUP"]
    }
}
impl ::std::convert::From<GranteeType> for ::forma_core::Value<GranteeType> {
    fn from(v: GranteeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for GranteeType {}

/// The `Grantee` property type of `AWS::S3::AccessGrant`.
#[derive(Debug, Clone, PartialEq)]
pub struct Grantee {
    props: ::forma_core::schema::Props,
}
impl Grantee {
    /// A new value with its required properties: `GranteeIdentifier`, `GranteeType`.
    pub fn new(
        grantee_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        grantee_type: impl ::forma_core::schema::EnumArg<GranteeType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, grantee_identifier.into().into_expr());
        props.set(1, grantee_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<Grantee> for ::forma_core::Value<Grantee> {
    fn from(v: Grantee) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GRANTEE_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::S3::AccessGrant`.
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

/// The schema of `AWS::S3::AccessGrant`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3::AccessGrant",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessGrantsLocationConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_GRANTS_LOCATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AccessGrantsLocationId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ApplicationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Grantee",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GRANTEE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Permission",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["READ", "WRITE", "READWRITE"]),
        },
        ::forma_core::schema::Property {
            name: "S3PrefixType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Object"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["AccessGrantId", "AccessGrantArn", "GrantScope"],
};

static ACCESS_GRANTS_LOCATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::S3::AccessGrant.AccessGrantsLocationConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "S3SubPrefix",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static GRANTEE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::AccessGrant.Grantee",
    properties: &[
        ::forma_core::schema::Property {
            name: "GranteeIdentifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GranteeType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IAM", "DIRECTORY_USER", "DIRECTORY_GROUP"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::AccessGrant.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
