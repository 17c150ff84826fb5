// @generated from AWS::Omics::SequenceStore (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Omics::SequenceStore` and its property types.

/// Resource Type definition for AWS::Omics::SequenceStore
///
/// CloudFormation type `AWS::Omics::SequenceStore`.
#[derive(Debug, Clone, PartialEq)]
pub struct SequenceStore {
    props: ::forma_core::schema::Props,
}
impl SequenceStore {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Location of the access logs.
    #[track_caller]
    pub fn access_log_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the store.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ETagAlgorithmFamily`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn e_tag_algorithm_family(mut self, value: impl ::forma_core::schema::EnumArg<ETagAlgorithmFamily>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An S3 location that is used to store files that have failed a direct upload.
    ///
    /// Allowed: length 0 to any.
    #[track_caller]
    pub fn fallback_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags keys to propagate to the S3 objects associated with read sets in the sequence store.
    #[track_caller]
    pub fn propagated_set_level_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource policy that controls S3 access on the store
    ///
    /// Allowed: length 1 to 100000.
    #[track_caller]
    pub fn s3_access_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Server-side encryption (SSE) settings for a store.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn sse_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SseConfig>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SequenceStore {
    type Attributes = SequenceStoreAttributes;
    fn type_name(&self) -> &str {
        "AWS::Omics::SequenceStore"
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
/// The attributes of a `AWS::Omics::SequenceStore` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SequenceStoreAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SequenceStoreAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SequenceStoreAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `S3AccessPointArn`.
    pub fn s3_access_point_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "S3AccessPointArn")
    }
    /// `Fn::GetAtt` `S3Uri`.
    pub fn s3_uri(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "S3Uri")
    }
    /// `Fn::GetAtt` `SequenceStoreId`.
    pub fn sequence_store_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SequenceStoreId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
    /// `Fn::GetAtt` `UpdateTime`.
    pub fn update_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateTime")
    }
}

/// The values CloudFormation documents: `MD5up`, `SHA256up`, `SHA512up`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ETagAlgorithmFamily {
    /// `MD5up`
    Md5Up,
    /// `SHA256up`
    Sha256Up,
    /// `SHA512up`
    Sha512Up,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ETagAlgorithmFamily {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Md5Up => "MD5up",
            Self::Sha256Up => "SHA256up",
            Self::Sha512Up => "SHA512up",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MD5up", "SHA256up", "SHA512up"]
    }
}
impl ::std::convert::From<ETagAlgorithmFamily> for ::forma_core::Value<ETagAlgorithmFamily> {
    fn from(v: ETagAlgorithmFamily) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ETagAlgorithmFamily {}

/// The values CloudFormation documents: `KMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `KMS`
    Kms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Kms => "KMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["KMS"]
    }
}
impl ::std::convert::From<EncryptionType> for ::forma_core::Value<EncryptionType> {
    fn from(v: EncryptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionType {}

/// Server-side encryption (SSE) settings for a store.
#[derive(Debug, Clone, PartialEq)]
pub struct SseConfig {
    props: ::forma_core::schema::Props,
}
impl SseConfig {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<EncryptionType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// An encryption key ARN.
    ///
    /// Allowed: length 20 to 2048.
    pub fn key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SseConfig> for ::forma_core::Value<SseConfig> {
    fn from(v: SseConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSE_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Omics::SequenceStore`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Omics::SequenceStore",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessLogLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/?((.{1,800})/)?$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ETagAlgorithmFamily",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["MD5up", "SHA256up", "SHA512up"]),
        },
        ::forma_core::schema::Property {
            name: "FallbackLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^$|^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/?((.{1,1024})/)?$"),
                min_length: Some(0),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "PropagatedSetLevelTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "S3AccessPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "SseConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SSE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "CreationTime",
        "S3AccessPointArn",
        "S3Uri",
        "SequenceStoreId",
        "Status",
        "StatusMessage",
        "UpdateTime",
    ],
};

static SSE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Omics::SequenceStore.SseConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:([^:\n]*):([^:\n]*):([^:\n]*):([0-9]{12}):([^:\n]*)"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["KMS"]),
        },
    ],
    rules: &[],
};
