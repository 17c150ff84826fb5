// @generated from AWS::VerifiedPermissions::PolicyStore (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VerifiedPermissions::PolicyStore` and its property types.

/// Represents a policy store that you can place schema, policies, and policy templates in to validate authorization requests
///
/// CloudFormation type `AWS::VerifiedPermissions::PolicyStore`.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyStore {
    props: ::forma_core::schema::Props,
}
impl PolicyStore {
    /// A new resource with its required properties: `ValidationSettings`.
    #[track_caller]
    pub fn new(validation_settings: impl ::std::convert::Into<::forma_core::Value<ValidationSettings>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, validation_settings.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DeletionProtection`.
    #[track_caller]
    pub fn deletion_protection(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeletionProtection>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 150.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionSettings`.
    #[track_caller]
    pub fn encryption_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Schema`.
    #[track_caller]
    pub fn schema(mut self, value: impl ::std::convert::Into<::forma_core::Value<SchemaDefinition>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to add to the policy store
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PolicyStore {
    type Attributes = PolicyStoreAttributes;
    fn type_name(&self) -> &str {
        "AWS::VerifiedPermissions::PolicyStore"
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
/// The attributes of a `AWS::VerifiedPermissions::PolicyStore` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PolicyStoreAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PolicyStoreAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PolicyStoreAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `PolicyStoreId`.
    pub fn policy_store_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyStoreId")
    }
    /// `Fn::GetAtt` `EncryptionState`.
    pub fn encryption_state(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EncryptionState")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeletionMode {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeletionMode {
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
impl ::std::convert::From<DeletionMode> for ::forma_core::Value<DeletionMode> {
    fn from(v: DeletionMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeletionMode {}

/// The `DeletionProtection` property type of `AWS::VerifiedPermissions::PolicyStore`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletionProtection {
    props: ::forma_core::schema::Props,
}
impl DeletionProtection {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<DeletionMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<DeletionProtection> for ::forma_core::Value<DeletionProtection> {
    fn from(v: DeletionProtection) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELETION_PROTECTION_TYPE.properties))
    }
}

/// The `SchemaDefinition` property type of `AWS::VerifiedPermissions::PolicyStore`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaDefinition {
    props: ::forma_core::schema::Props,
}
impl SchemaDefinition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CedarJson`.
    pub fn cedar_json(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchemaDefinition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaDefinition> for ::forma_core::Value<SchemaDefinition> {
    fn from(v: SchemaDefinition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_DEFINITION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::VerifiedPermissions::PolicyStore`.
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

/// The values CloudFormation documents: `OFF`, `STRICT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ValidationMode {
    /// `OFF`
    Off,
    /// `STRICT`
    Strict,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ValidationMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "OFF",
            Self::Strict => "STRICT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OFF", "STRICT"]
    }
}
impl ::std::convert::From<ValidationMode> for ::forma_core::Value<ValidationMode> {
    fn from(v: ValidationMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ValidationMode {}

/// The `ValidationSettings` property type of `AWS::VerifiedPermissions::PolicyStore`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationSettings {
    props: ::forma_core::schema::Props,
}
impl ValidationSettings {
    /// A new value with its required properties: `Mode`.
    pub fn new(mode: impl ::forma_core::schema::EnumArg<ValidationMode>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ValidationSettings> for ::forma_core::Value<ValidationSettings> {
    fn from(v: ValidationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALIDATION_SETTINGS_TYPE.properties))
    }
}

/// The schema of `AWS::VerifiedPermissions::PolicyStore`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::VerifiedPermissions::PolicyStore",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeletionProtection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DELETION_PROTECTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(150),
            }),
        },
        ::forma_core::schema::Property {
            name: "EncryptionSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Schema",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEMA_DEFINITION_TYPE),
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
        ::forma_core::schema::Property {
            name: "ValidationSettings",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VALIDATION_SETTINGS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "PolicyStoreId", "EncryptionState"],
};

static DELETION_PROTECTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VerifiedPermissions::PolicyStore.DeletionProtection",
    properties: &[::forma_core::schema::Property {
        name: "Mode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
    }],
    rules: &[],
};

static SCHEMA_DEFINITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VerifiedPermissions::PolicyStore.SchemaDefinition",
    properties: &[::forma_core::schema::Property {
        name: "CedarJson",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VerifiedPermissions::PolicyStore.Tag",
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

static VALIDATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VerifiedPermissions::PolicyStore.ValidationSettings",
    properties: &[::forma_core::schema::Property {
        name: "Mode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["OFF", "STRICT"]),
    }],
    rules: &[],
};
