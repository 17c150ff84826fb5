// @generated from AWS::CloudFront::FieldLevelEncryptionConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFront::FieldLevelEncryptionConfig` and its property types.

/// Resource Type definition for AWS::CloudFront::FieldLevelEncryptionConfig.
///
/// CloudFormation type `AWS::CloudFront::FieldLevelEncryptionConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldLevelEncryptionConfig {
    props: ::forma_core::schema::Props,
}
impl FieldLevelEncryptionConfig {
    /// A new resource with its required properties: `CallerReference`, `ContentTypeProfileConfig`, `QueryArgProfileConfig`.
    #[track_caller]
    pub fn new(
        caller_reference: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        content_type_profile_config: impl ::std::convert::Into<::forma_core::Value<ContentTypeProfileConfig>>,
        query_arg_profile_config: impl ::std::convert::Into<::forma_core::Value<QueryArgProfileConfig>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, caller_reference.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, content_type_profile_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, query_arg_profile_config.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An optional comment describing the field-level encryption configuration.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for FieldLevelEncryptionConfig {
    type Attributes = FieldLevelEncryptionConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFront::FieldLevelEncryptionConfig"
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
/// The attributes of a `AWS::CloudFront::FieldLevelEncryptionConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FieldLevelEncryptionConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FieldLevelEncryptionConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FieldLevelEncryptionConfigAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LastModifiedTime`.
    pub fn last_modified_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastModifiedTime")
    }
}

/// How CloudFront handles content types, including the profile paired with each one.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentTypeProfileConfig {
    props: ::forma_core::schema::Props,
}
impl ContentTypeProfileConfig {
    /// A new value with its required properties: `ContentTypeProfiles`, `ForwardWhenContentTypeIsUnknown`.
    pub fn new(
        content_type_profiles: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ContentTypeProfile>>>,
        forward_when_content_type_is_unknown: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, content_type_profiles.into().into_expr());
        props.set(1, forward_when_content_type_is_unknown.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContentTypeProfileConfig> for ::forma_core::Value<ContentTypeProfileConfig> {
    fn from(v: ContentTypeProfileConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_TYPE_PROFILE_CONFIG_TYPE.properties))
    }
}

/// How CloudFront handles query arguments, including the profile paired with each one.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryArgProfileConfig {
    props: ::forma_core::schema::Props,
}
impl QueryArgProfileConfig {
    /// A new value with its required properties: `ForwardWhenQueryArgProfileIsUnknown`, `QueryArgProfiles`.
    pub fn new(
        forward_when_query_arg_profile_is_unknown: impl ::std::convert::Into<::forma_core::Value<bool>>,
        query_arg_profiles: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<QueryArgProfile>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, forward_when_query_arg_profile_is_unknown.into().into_expr());
        props.set(1, query_arg_profiles.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QueryArgProfileConfig> for ::forma_core::Value<QueryArgProfileConfig> {
    fn from(v: QueryArgProfileConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_ARG_PROFILE_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `URLEncoded`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `URLEncoded`
    UrlEncoded,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Format {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UrlEncoded => "URLEncoded",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["URLEncoded"]
    }
}
impl ::std::convert::From<Format> for ::forma_core::Value<Format> {
    fn from(v: Format) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Format {}

/// A content type paired with the field-level encryption profile that encrypts it.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentTypeProfile {
    props: ::forma_core::schema::Props,
}
impl ContentTypeProfile {
    /// A new value with its required properties: `ContentType`, `Format`, `ProfileId`.
    pub fn new(
        content_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        format: impl ::forma_core::schema::EnumArg<Format>,
        profile_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, content_type.into().into_expr());
        props.set(1, format.into_enum_expr());
        props.set(2, profile_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContentTypeProfile> for ::forma_core::Value<ContentTypeProfile> {
    fn from(v: ContentTypeProfile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_TYPE_PROFILE_TYPE.properties))
    }
}

/// A query argument paired with the field-level encryption profile that encrypts it.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryArgProfile {
    props: ::forma_core::schema::Props,
}
impl QueryArgProfile {
    /// A new value with its required properties: `ProfileId`, `QueryArg`.
    pub fn new(
        profile_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        query_arg: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, profile_id.into().into_expr());
        props.set(1, query_arg.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QueryArgProfile> for ::forma_core::Value<QueryArgProfile> {
    fn from(v: QueryArgProfile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_ARG_PROFILE_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFront::FieldLevelEncryptionConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFront::FieldLevelEncryptionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "CallerReference",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContentTypeProfileConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTENT_TYPE_PROFILE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QueryArgProfileConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_ARG_PROFILE_CONFIG_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Id", "LastModifiedTime"],
};

static CONTENT_TYPE_PROFILE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::FieldLevelEncryptionConfig.ContentTypeProfileConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentTypeProfiles",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTENT_TYPE_PROFILE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ForwardWhenContentTypeIsUnknown",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static QUERY_ARG_PROFILE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::FieldLevelEncryptionConfig.QueryArgProfileConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "ForwardWhenQueryArgProfileIsUnknown",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "QueryArgProfiles",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&QUERY_ARG_PROFILE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CONTENT_TYPE_PROFILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::FieldLevelEncryptionConfig.ContentTypeProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Format",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["URLEncoded"]),
        },
        ::forma_core::schema::Property {
            name: "ProfileId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static QUERY_ARG_PROFILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFront::FieldLevelEncryptionConfig.QueryArgProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "ProfileId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "QueryArg",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
