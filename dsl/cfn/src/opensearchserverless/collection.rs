// @generated from AWS::OpenSearchServerless::Collection (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpenSearchServerless::Collection` and its property types.

/// Amazon OpenSearchServerless collection resource
///
/// CloudFormation type `AWS::OpenSearchServerless::Collection`.
#[derive(Debug, Clone, PartialEq)]
pub struct Collection {
    props: ::forma_core::schema::Props,
}
impl Collection {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the collection group to associate with the collection.
    ///
    /// Allowed: length 3 to 32.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn collection_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The deletion protection state of the collection
    #[track_caller]
    pub fn deletion_protection(mut self, value: impl ::forma_core::schema::EnumArg<DeletionProtection>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the collection
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Encryption settings for the collection
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfig>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The possible standby replicas for the collection
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn standby_replicas(mut self, value: impl ::forma_core::schema::EnumArg<StandbyReplicas>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of tags to be added to the resource
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The possible types for the collection
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<CollectionType>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Vector search configuration options for the collection
    #[track_caller]
    pub fn vector_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<VectorOptions>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Collection {
    type Attributes = CollectionAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpenSearchServerless::Collection"
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
/// The attributes of a `AWS::OpenSearchServerless::Collection` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CollectionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CollectionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CollectionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CollectionEndpoint`.
    pub fn collection_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CollectionEndpoint")
    }
    /// `Fn::GetAtt` `DashboardEndpoint`.
    pub fn dashboard_endpoint(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DashboardEndpoint")
    }
    /// `Fn::GetAtt` `FipsEndpoints`.
    pub fn fips_endpoints(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "FipsEndpoints")
    }
    /// `Fn::GetAtt` `KmsKeyArn`.
    pub fn kms_key_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "KmsKeyArn")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeletionProtection {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeletionProtection {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<DeletionProtection> for ::forma_core::Value<DeletionProtection> {
    fn from(v: DeletionProtection) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeletionProtection {}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StandbyReplicas {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StandbyReplicas {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<StandbyReplicas> for ::forma_core::Value<StandbyReplicas> {
    fn from(v: StandbyReplicas) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StandbyReplicas {}

/// The values CloudFormation documents: `SEARCH`, `TIMESERIES`, `VECTORSEARCH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CollectionType {
    /// `SEARCH`
    Search,
    /// `TIMESERIES`
    Timeseries,
    /// `VECTORSEARCH`
    Vectorsearch,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl CollectionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Search => "SEARCH",
            Self::Timeseries => "TIMESERIES",
            Self::Vectorsearch => "VECTORSEARCH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SEARCH", "TIMESERIES", "VECTORSEARCH"]
    }
}
impl ::std::convert::From<CollectionType> for ::forma_core::Value<CollectionType> {
    fn from(v: CollectionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for CollectionType {}

/// Encryption settings for the collection
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfig {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether to use an AWS owned key for encryption.
    pub fn aws_owned_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Key Management Service key used to encrypt the collection.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EncryptionConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EncryptionConfig> for ::forma_core::Value<EncryptionConfig> {
    fn from(v: EncryptionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIG_TYPE.properties))
    }
}

/// A key-value pair metadata associated with resource
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

/// The values CloudFormation documents: `ENABLED`, `DISABLED`, `ALLOWED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ServerlessVectorAcceleration {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// `ALLOWED`
    Allowed,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ServerlessVectorAcceleration {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Allowed => "ALLOWED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED", "ALLOWED"]
    }
}
impl ::std::convert::From<ServerlessVectorAcceleration> for ::forma_core::Value<ServerlessVectorAcceleration> {
    fn from(v: ServerlessVectorAcceleration) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ServerlessVectorAcceleration {}

/// Vector search configuration options for the collection
#[derive(Debug, Clone, PartialEq)]
pub struct VectorOptions {
    props: ::forma_core::schema::Props,
}
impl VectorOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether GPU acceleration is enabled for vector indexing
    pub fn serverless_vector_acceleration(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ServerlessVectorAcceleration>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for VectorOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VectorOptions> for ::forma_core::Value<VectorOptions> {
    fn from(v: VectorOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VECTOR_OPTIONS_TYPE.properties))
    }
}

/// The schema of `AWS::OpenSearchServerless::Collection`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpenSearchServerless::Collection",
    properties: &[
        ::forma_core::schema::Property {
            name: "CollectionGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9-]+$"),
                min_length: Some(3),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeletionProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9-]{2,63}$"),
                min_length: Some(3),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "StandbyReplicas",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SEARCH", "TIMESERIES", "VECTORSEARCH"]),
        },
        ::forma_core::schema::Property {
            name: "VectorOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VECTOR_OPTIONS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn", "CollectionEndpoint", "DashboardEndpoint", "FipsEndpoints", "KmsKeyArn"],
};

static ENCRYPTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::Collection.EncryptionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AWSOwnedKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::Collection.Tag",
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

static VECTOR_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::Collection.VectorOptions",
    properties: &[::forma_core::schema::Property {
        name: "ServerlessVectorAcceleration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED", "ALLOWED"]),
    }],
    rules: &[],
};
