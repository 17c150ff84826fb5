// @generated from AWS::ECR::RepositoryCreationTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECR::RepositoryCreationTemplate` and its property types.

/// The details of the repository creation template associated with the request.
///
/// CloudFormation type `AWS::ECR::RepositoryCreationTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct RepositoryCreationTemplate {
    props: ::forma_core::schema::Props,
}
impl RepositoryCreationTemplate {
    /// A new resource with its required properties: `AppliedFor`, `Prefix`.
    #[track_caller]
    pub fn new(
        applied_for: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AppliedForItem>>>,
        prefix: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, applied_for.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, prefix.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ARN of the role to be assumed by Amazon ECR.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn custom_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description associated with the repository creation template.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The encryption configuration associated with the repository creation template.
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tag mutability setting for the repository.
    #[track_caller]
    pub fn image_tag_mutability(mut self, value: impl ::forma_core::schema::EnumArg<ImageTagMutability>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of filters that specify which image tags are excluded from the repository creation template's image tag mutability setting.
    #[track_caller]
    pub fn image_tag_mutability_exclusion_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ImageTagMutabilityExclusionFilter>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The lifecycle policy to use for repositories created using the template.
    ///
    /// Allowed: length 100 to 30720.
    #[track_caller]
    pub fn lifecycle_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The repository policy to apply to repositories created using the template.
    ///
    /// Allowed: length 0 to 10240.
    #[track_caller]
    pub fn repository_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata to apply to the repository to help you categorize and organize.
    #[track_caller]
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RepositoryCreationTemplate {
    type Attributes = RepositoryCreationTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECR::RepositoryCreationTemplate"
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
/// The attributes of a `AWS::ECR::RepositoryCreationTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RepositoryCreationTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RepositoryCreationTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RepositoryCreationTemplateAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `REPLICATION`, `PULL_THROUGH_CACHE`, `CREATE_ON_PUSH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppliedForItem {
    /// `REPLICATION`
    Replication,
    /// `PULL_THROUGH_CACHE`
    PullThroughCache,
    /// `CREATE_ON_PUSH`
    CreateOnPush,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AppliedForItem {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Replication => "REPLICATION",
            Self::PullThroughCache => "PULL_THROUGH_CACHE",
            Self::CreateOnPush => "CREATE_ON_PUSH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REPLICATION", "PULL_THROUGH_CACHE", "CREATE_ON_PUSH"]
    }
}
impl ::std::convert::From<AppliedForItem> for ::forma_core::Value<AppliedForItem> {
    fn from(v: AppliedForItem) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AppliedForItem {}

/// The values CloudFormation documents: `MUTABLE`, `IMMUTABLE`, `IMMUTABLE_WITH_EXCLUSION`, `MUTABLE_WITH_EXCLUSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImageTagMutability {
    /// `MUTABLE`
    Mutable,
    /// `IMMUTABLE`
    Immutable,
    /// `IMMUTABLE_WITH_EXCLUSION`
    ImmutableWithExclusion,
    /// `MUTABLE_WITH_EXCLUSION`
    MutableWithExclusion,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ImageTagMutability {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mutable => "MUTABLE",
            Self::Immutable => "IMMUTABLE",
            Self::ImmutableWithExclusion => "IMMUTABLE_WITH_EXCLUSION",
            Self::MutableWithExclusion => "MUTABLE_WITH_EXCLUSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MUTABLE", "IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION", "MUTABLE_WITH_EXCLUSION"]
    }
}
impl ::std::convert::From<ImageTagMutability> for ::forma_core::Value<ImageTagMutability> {
    fn from(v: ImageTagMutability) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ImageTagMutability {}

/// The values CloudFormation documents: `AES256`, `KMS`, `KMS_DSSE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncryptionType {
    /// `AES256`
    Aes256,
    /// `KMS`
    Kms,
    /// `KMS_DSSE`
    KmsDsse,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EncryptionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aes256 => "AES256",
            Self::Kms => "KMS",
            Self::KmsDsse => "KMS_DSSE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AES256", "KMS", "KMS_DSSE"]
    }
}
impl ::std::convert::From<EncryptionType> for ::forma_core::Value<EncryptionType> {
    fn from(v: EncryptionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EncryptionType {}

/// The encryption configuration for the repository.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `EncryptionType`.
    pub fn new(encryption_type: impl ::forma_core::schema::EnumArg<EncryptionType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, encryption_type.into_enum_expr());
        Self { props }
    }
    /// If you use the `KMS` encryption type, specify the KMS key to use for encryption.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `WILDCARD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImageTagMutabilityExclusionFilterType {
    /// `WILDCARD`
    Wildcard,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ImageTagMutabilityExclusionFilterType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wildcard => "WILDCARD",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["WILDCARD"]
    }
}
impl ::std::convert::From<ImageTagMutabilityExclusionFilterType>
    for ::forma_core::Value<ImageTagMutabilityExclusionFilterType>
{
    fn from(v: ImageTagMutabilityExclusionFilterType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ImageTagMutabilityExclusionFilterType {}

/// A filter that specifies which image tags should be excluded from the repository's image tag mutability setting.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageTagMutabilityExclusionFilter {
    props: ::forma_core::schema::Props,
}
impl ImageTagMutabilityExclusionFilter {
    /// A new value with its required properties: `ImageTagMutabilityExclusionFilterType`, `ImageTagMutabilityExclusionFilterValue`.
    pub fn new(
        image_tag_mutability_exclusion_filter_type: impl ::forma_core::schema::EnumArg<
            ImageTagMutabilityExclusionFilterType,
        >,
        image_tag_mutability_exclusion_filter_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, image_tag_mutability_exclusion_filter_type.into_enum_expr());
        props.set(1, image_tag_mutability_exclusion_filter_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ImageTagMutabilityExclusionFilter>
    for ::forma_core::Value<ImageTagMutabilityExclusionFilter>
{
    fn from(v: ImageTagMutabilityExclusionFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_TAG_MUTABILITY_EXCLUSION_FILTER_TYPE.properties))
    }
}

/// The metadata to apply to a resource to help you categorize and organize them.
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

/// The schema of `AWS::ECR::RepositoryCreationTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECR::RepositoryCreationTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppliedFor",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&["REPLICATION", "PULL_THROUGH_CACHE", "CREATE_ON_PUSH"]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CustomRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,-.@_]*$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageTagMutability",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "MUTABLE",
                "IMMUTABLE",
                "IMMUTABLE_WITH_EXCLUSION",
                "MUTABLE_WITH_EXCLUSION",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ImageTagMutabilityExclusionFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&IMAGE_TAG_MUTABILITY_EXCLUSION_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LifecyclePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(100),
                max_length: Some(30720),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$",
                ),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RepositoryPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(10240),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "UpdatedAt"],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::RepositoryCreationTemplate.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "EncryptionType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AES256", "KMS", "KMS_DSSE"]),
        },
        ::forma_core::schema::Property {
            name: "KmsKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static IMAGE_TAG_MUTABILITY_EXCLUSION_FILTER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECR::RepositoryCreationTemplate.ImageTagMutabilityExclusionFilter",
        properties: &[
            ::forma_core::schema::Property {
                name: "ImageTagMutabilityExclusionFilterType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["WILDCARD"]),
            },
            ::forma_core::schema::Property {
                name: "ImageTagMutabilityExclusionFilterValue",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9a-zA-Z._*-]{1,128}"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::RepositoryCreationTemplate.Tag",
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
