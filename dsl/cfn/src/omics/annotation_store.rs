// @generated from AWS::Omics::AnnotationStore (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Omics::AnnotationStore` and its property types.

/// Definition of AWS::Omics::AnnotationStore Resource Type
///
/// CloudFormation type `AWS::Omics::AnnotationStore`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotationStore {
    props: ::forma_core::schema::Props,
}
impl AnnotationStore {
    /// A new resource with its required properties: `Name`, `StoreFormat`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        store_format: impl ::forma_core::schema::EnumArg<StoreFormat>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, store_format.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Reference`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn reference(mut self, value: impl ::std::convert::Into<::forma_core::Value<ReferenceItem>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SseConfig`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn sse_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<SseConfig>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `StoreOptions`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn store_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AnnotationStore {
    type Attributes = AnnotationStoreAttributes;
    fn type_name(&self) -> &str {
        "AWS::Omics::AnnotationStore"
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
/// The attributes of a `AWS::Omics::AnnotationStore` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AnnotationStoreAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AnnotationStoreAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AnnotationStoreAttributes {
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
    /// `Fn::GetAtt` `StoreArn`.
    pub fn store_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StoreArn")
    }
    /// `Fn::GetAtt` `StoreSizeBytes`.
    pub fn store_size_bytes(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "StoreSizeBytes")
    }
    /// `Fn::GetAtt` `UpdateTime`.
    pub fn update_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateTime")
    }
}

/// The values CloudFormation documents: `GFF`, `TSV`, `VCF`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StoreFormat {
    /// `GFF`
    Gff,
    /// `TSV`
    Tsv,
    /// `VCF`
    Vcf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StoreFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gff => "GFF",
            Self::Tsv => "TSV",
            Self::Vcf => "VCF",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GFF", "TSV", "VCF"]
    }
}
impl ::std::convert::From<StoreFormat> for ::forma_core::Value<StoreFormat> {
    fn from(v: StoreFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StoreFormat {}

/// The `ReferenceItem` property type of `AWS::Omics::AnnotationStore`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceItem {
    props: ::forma_core::schema::Props,
}
impl ReferenceItem {
    /// A new value with its required properties: `ReferenceArn`.
    pub fn new(reference_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, reference_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReferenceItem> for ::forma_core::Value<ReferenceItem> {
    fn from(v: ReferenceItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REFERENCE_ITEM_TYPE.properties))
    }
}

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

/// The `SseConfig` property type of `AWS::Omics::AnnotationStore`.
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
    /// `KeyArn`.
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

/// The schema of `AWS::Omics::AnnotationStore`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Omics::AnnotationStore",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(500),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-z]){1}([a-z0-9_]){2,254}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Reference",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&REFERENCE_ITEM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SseConfig",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SSE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StoreFormat",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["GFF", "TSV", "VCF"]),
        },
        ::forma_core::schema::Property {
            name: "StoreOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["CreationTime", "Id", "Status", "StatusMessage", "StoreArn", "StoreSizeBytes", "UpdateTime"],
};

static REFERENCE_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Omics::AnnotationStore.ReferenceItem",
    properties: &[::forma_core::schema::Property {
        name: "ReferenceArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:.+$"),
            min_length: Some(1),
            max_length: Some(127),
        }),
    }],
    rules: &[],
};

static SSE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Omics::AnnotationStore.SseConfig",
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
