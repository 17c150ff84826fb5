// @generated from AWS::ECR::Repository (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECR::Repository` and its property types.

/// The `AWS::ECR::Repository` resource specifies an Amazon Elastic Container Registry (Amazon ECR) repository, where users can push and pull Docker images, Open Container Initiative (OCI) images, and OCI compatible artifacts.
///
/// CloudFormation type `AWS::ECR::Repository`.
#[derive(Debug, Clone, PartialEq)]
pub struct Repository {
    props: ::forma_core::schema::Props,
}
impl Repository {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If true, deleting the repository force deletes the contents of the repository.
    #[track_caller]
    pub fn empty_on_delete(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The encryption configuration for the repository.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The `imageScanningConfiguration` parameter is being deprecated, in favor of specifying the image scanning configuration at the registry level.
    #[track_caller]
    pub fn image_scanning_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageScanningConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tag mutability setting for the repository.
    #[track_caller]
    pub fn image_tag_mutability(mut self, value: impl ::forma_core::schema::EnumArg<ImageTagMutability>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of filters that specify which image tags are excluded from the repository's image tag mutability setting.
    #[track_caller]
    pub fn image_tag_mutability_exclusion_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ImageTagMutabilityExclusionFilter>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Creates or updates a lifecycle policy.
    #[track_caller]
    pub fn lifecycle_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<LifecyclePolicy>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name to use for the repository.
    ///
    /// Allowed: length 2 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn repository_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The JSON repository policy text to apply to the repository.
    #[track_caller]
    pub fn repository_policy_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Repository {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Repository {
    type Attributes = RepositoryAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECR::Repository"
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
/// The attributes of a `AWS::ECR::Repository` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RepositoryAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RepositoryAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RepositoryAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `RepositoryUri`.
    pub fn repository_uri(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RepositoryUri")
    }
}

/// The values CloudFormation documents: `MUTABLE`, `IMMUTABLE`, `MUTABLE_WITH_EXCLUSION`, `IMMUTABLE_WITH_EXCLUSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImageTagMutability {
    /// `MUTABLE`
    Mutable,
    /// `IMMUTABLE`
    Immutable,
    /// `MUTABLE_WITH_EXCLUSION`
    MutableWithExclusion,
    /// `IMMUTABLE_WITH_EXCLUSION`
    ImmutableWithExclusion,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ImageTagMutability {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mutable => "MUTABLE",
            Self::Immutable => "IMMUTABLE",
            Self::MutableWithExclusion => "MUTABLE_WITH_EXCLUSION",
            Self::ImmutableWithExclusion => "IMMUTABLE_WITH_EXCLUSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["MUTABLE", "IMMUTABLE", "MUTABLE_WITH_EXCLUSION", "IMMUTABLE_WITH_EXCLUSION"]
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

/// The image scanning configuration for a repository.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageScanningConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageScanningConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The setting that determines whether images are scanned after being pushed to a repository.
    pub fn scan_on_push(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageScanningConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageScanningConfiguration> for ::forma_core::Value<ImageScanningConfiguration> {
    fn from(v: ImageScanningConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_SCANNING_CONFIGURATION_TYPE.properties))
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

/// The `LifecyclePolicy` property type specifies a lifecycle policy.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecyclePolicy {
    props: ::forma_core::schema::Props,
}
impl LifecyclePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The JSON repository policy text to apply to the repository.
    ///
    /// Allowed: length 100 to 30720.
    pub fn lifecycle_policy_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AWS account ID associated with the registry that contains the repository.
    ///
    /// Allowed: length 12 to 12.
    pub fn registry_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LifecyclePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LifecyclePolicy> for ::forma_core::Value<LifecyclePolicy> {
    fn from(v: LifecyclePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LIFECYCLE_POLICY_TYPE.properties))
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

/// The schema of `AWS::ECR::Repository`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECR::Repository",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmptyOnDelete",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageScanningConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_SCANNING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ImageTagMutability",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "MUTABLE",
                "IMMUTABLE",
                "MUTABLE_WITH_EXCLUSION",
                "IMMUTABLE_WITH_EXCLUSION",
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
            shape: ::forma_core::schema::Shape::Object(&LIFECYCLE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RepositoryName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^(?=.{2,256}$)([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*)$",
                ),
                min_length: Some(2),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "RepositoryPolicyText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "RepositoryUri"],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::Repository.EncryptionConfiguration",
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

static IMAGE_SCANNING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::Repository.ImageScanningConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "ScanOnPush",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static IMAGE_TAG_MUTABILITY_EXCLUSION_FILTER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ECR::Repository.ImageTagMutabilityExclusionFilter",
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

static LIFECYCLE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::Repository.LifecyclePolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "LifecyclePolicyText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(100),
                max_length: Some(30720),
            }),
        },
        ::forma_core::schema::Property {
            name: "RegistryId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECR::Repository.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
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
