// @generated from AWS::Kendra::Index (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Kendra::Index` and its property types.

/// A Kendra index
///
/// CloudFormation type `AWS::Kendra::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    props: ::forma_core::schema::Props,
}
impl Index {
    /// A new resource with its required properties: `Edition`, `Name`, `RoleArn`.
    #[track_caller]
    pub fn new(
        edition: impl ::forma_core::schema::EnumArg<Edition>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, edition.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Capacity units
    #[track_caller]
    pub fn capacity_units(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CapacityUnitsConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description for the index
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Document metadata configurations
    #[track_caller]
    pub fn document_metadata_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DocumentMetadataConfiguration>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Server side encryption configuration
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn server_side_encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ServerSideEncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags for labeling the index
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserContextPolicy`.
    #[track_caller]
    pub fn user_context_policy(mut self, value: impl ::forma_core::schema::EnumArg<UserContextPolicy>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `UserTokenConfigurations`.
    #[track_caller]
    pub fn user_token_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<UserTokenConfiguration>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Index {
    type Attributes = IndexAttributes;
    fn type_name(&self) -> &str {
        "AWS::Kendra::Index"
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
/// The attributes of a `AWS::Kendra::Index` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IndexAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IndexAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IndexAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `DEVELOPER_EDITION`, `ENTERPRISE_EDITION`, `GEN_AI_ENTERPRISE_EDITION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Edition {
    /// `DEVELOPER_EDITION`
    DeveloperEdition,
    /// `ENTERPRISE_EDITION`
    EnterpriseEdition,
    /// `GEN_AI_ENTERPRISE_EDITION`
    GenAiEnterpriseEdition,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Edition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DeveloperEdition => "DEVELOPER_EDITION",
            Self::EnterpriseEdition => "ENTERPRISE_EDITION",
            Self::GenAiEnterpriseEdition => "GEN_AI_ENTERPRISE_EDITION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEVELOPER_EDITION", "ENTERPRISE_EDITION", "GEN_AI_ENTERPRISE_EDITION"]
    }
}
impl ::std::convert::From<Edition> for ::forma_core::Value<Edition> {
    fn from(v: Edition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Edition {}

/// The values CloudFormation documents: `ATTRIBUTE_FILTER`, `USER_TOKEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserContextPolicy {
    /// `ATTRIBUTE_FILTER`
    AttributeFilter,
    /// `USER_TOKEN`
    UserToken,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UserContextPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AttributeFilter => "ATTRIBUTE_FILTER",
            Self::UserToken => "USER_TOKEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ATTRIBUTE_FILTER", "USER_TOKEN"]
    }
}
impl ::std::convert::From<UserContextPolicy> for ::forma_core::Value<UserContextPolicy> {
    fn from(v: UserContextPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UserContextPolicy {}

/// The `CapacityUnitsConfiguration` property type of `AWS::Kendra::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityUnitsConfiguration {
    props: ::forma_core::schema::Props,
}
impl CapacityUnitsConfiguration {
    /// A new value with its required properties: `QueryCapacityUnits`, `StorageCapacityUnits`.
    pub fn new(
        query_capacity_units: impl ::std::convert::Into<::forma_core::Value<i64>>,
        storage_capacity_units: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, query_capacity_units.into().into_expr());
        props.set(1, storage_capacity_units.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CapacityUnitsConfiguration> for ::forma_core::Value<CapacityUnitsConfiguration> {
    fn from(v: CapacityUnitsConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_UNITS_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRING_VALUE`, `STRING_LIST_VALUE`, `LONG_VALUE`, `DATE_VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentAttributeValueType {
    /// `STRING_VALUE`
    StringValue,
    /// `STRING_LIST_VALUE`
    StringListValue,
    /// `LONG_VALUE`
    LongValue,
    /// `DATE_VALUE`
    DateValue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DocumentAttributeValueType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StringValue => "STRING_VALUE",
            Self::StringListValue => "STRING_LIST_VALUE",
            Self::LongValue => "LONG_VALUE",
            Self::DateValue => "DATE_VALUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING_VALUE", "STRING_LIST_VALUE", "LONG_VALUE", "DATE_VALUE"]
    }
}
impl ::std::convert::From<DocumentAttributeValueType> for ::forma_core::Value<DocumentAttributeValueType> {
    fn from(v: DocumentAttributeValueType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DocumentAttributeValueType {}

/// The `DocumentMetadataConfiguration` property type of `AWS::Kendra::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentMetadataConfiguration {
    props: ::forma_core::schema::Props,
}
impl DocumentMetadataConfiguration {
    /// A new value with its required properties: `Name`, `Type`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<DocumentAttributeValueType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(3, type_.into_enum_expr());
        Self { props }
    }
    /// `Relevance`.
    pub fn relevance(mut self, value: impl ::std::convert::Into<::forma_core::Value<Relevance>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Search`.
    pub fn search(mut self, value: impl ::std::convert::Into<::forma_core::Value<Search>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DocumentMetadataConfiguration> for ::forma_core::Value<DocumentMetadataConfiguration> {
    fn from(v: DocumentMetadataConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_METADATA_CONFIGURATION_TYPE.properties))
    }
}

/// The `ServerSideEncryptionConfiguration` property type of `AWS::Kendra::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerSideEncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ServerSideEncryptionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KmsKeyId`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ServerSideEncryptionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ServerSideEncryptionConfiguration>
    for ::forma_core::Value<ServerSideEncryptionConfiguration>
{
    fn from(v: ServerSideEncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// A label for tagging Kendra resources
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

/// The `UserTokenConfiguration` property type of `AWS::Kendra::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserTokenConfiguration {
    props: ::forma_core::schema::Props,
}
impl UserTokenConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `JsonTokenTypeConfiguration`.
    pub fn json_token_type_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JsonTokenTypeConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `JwtTokenTypeConfiguration`.
    pub fn jwt_token_type_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<JwtTokenTypeConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UserTokenConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UserTokenConfiguration> for ::forma_core::Value<UserTokenConfiguration> {
    fn from(v: UserTokenConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_TOKEN_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ASCENDING`, `DESCENDING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Order {
    /// `ASCENDING`
    Ascending,
    /// `DESCENDING`
    Descending,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Order {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ascending => "ASCENDING",
            Self::Descending => "DESCENDING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASCENDING", "DESCENDING"]
    }
}
impl ::std::convert::From<Order> for ::forma_core::Value<Order> {
    fn from(v: Order) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Order {}

/// The `Relevance` property type of `AWS::Kendra::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct Relevance {
    props: ::forma_core::schema::Props,
}
impl Relevance {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Duration`.
    ///
    /// Allowed: length 1 to 10.
    pub fn duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Freshness`.
    pub fn freshness(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Importance`.
    ///
    /// Allowed: 1 to 10.
    pub fn importance(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `RankOrder`.
    pub fn rank_order(mut self, value: impl ::forma_core::schema::EnumArg<Order>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `ValueImportanceItems`.
    pub fn value_importance_items(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ValueImportanceItem>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Relevance {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Relevance> for ::forma_core::Value<Relevance> {
    fn from(v: Relevance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RELEVANCE_TYPE.properties))
    }
}

/// The `Search` property type of `AWS::Kendra::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct Search {
    props: ::forma_core::schema::Props,
}
impl Search {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Displayable`.
    pub fn displayable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Facetable`.
    pub fn facetable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Searchable`.
    pub fn searchable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Sortable`.
    pub fn sortable(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Search {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Search> for ::forma_core::Value<Search> {
    fn from(v: Search) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEARCH_TYPE.properties))
    }
}

/// The `JsonTokenTypeConfiguration` property type of `AWS::Kendra::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonTokenTypeConfiguration {
    props: ::forma_core::schema::Props,
}
impl JsonTokenTypeConfiguration {
    /// A new value with its required properties: `GroupAttributeField`, `UserNameAttributeField`.
    pub fn new(
        group_attribute_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_name_attribute_field: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, group_attribute_field.into().into_expr());
        props.set(1, user_name_attribute_field.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<JsonTokenTypeConfiguration> for ::forma_core::Value<JsonTokenTypeConfiguration> {
    fn from(v: JsonTokenTypeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JSON_TOKEN_TYPE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `URL`, `SECRET_MANAGER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyLocation {
    /// `URL`
    Url,
    /// `SECRET_MANAGER`
    SecretManager,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeyLocation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Url => "URL",
            Self::SecretManager => "SECRET_MANAGER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["URL", "SECRET_MANAGER"]
    }
}
impl ::std::convert::From<KeyLocation> for ::forma_core::Value<KeyLocation> {
    fn from(v: KeyLocation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeyLocation {}

/// The `JwtTokenTypeConfiguration` property type of `AWS::Kendra::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct JwtTokenTypeConfiguration {
    props: ::forma_core::schema::Props,
}
impl JwtTokenTypeConfiguration {
    /// A new value with its required properties: `KeyLocation`.
    pub fn new(key_location: impl ::forma_core::schema::EnumArg<KeyLocation>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, key_location.into_enum_expr());
        Self { props }
    }
    /// `ClaimRegex`.
    ///
    /// Allowed: length 1 to 100.
    pub fn claim_regex(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GroupAttributeField`.
    ///
    /// Allowed: length 1 to 100.
    pub fn group_attribute_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Issuer`.
    ///
    /// Allowed: length 1 to 65.
    pub fn issuer(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Role Arn
    ///
    /// Allowed: length 1 to 1284.
    pub fn secret_manager_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `URL`.
    ///
    /// Allowed: length 1 to 2048.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `UserNameAttributeField`.
    ///
    /// Allowed: length 1 to 100.
    pub fn user_name_attribute_field(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<JwtTokenTypeConfiguration> for ::forma_core::Value<JwtTokenTypeConfiguration> {
    fn from(v: JwtTokenTypeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(JWT_TOKEN_TYPE_CONFIGURATION_TYPE.properties))
    }
}

/// The `ValueImportanceItem` property type of `AWS::Kendra::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueImportanceItem {
    props: ::forma_core::schema::Props,
}
impl ValueImportanceItem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 1 to 50.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    ///
    /// Allowed: 1 to 10.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ValueImportanceItem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ValueImportanceItem> for ::forma_core::Value<ValueImportanceItem> {
    fn from(v: ValueImportanceItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VALUE_IMPORTANCE_ITEM_TYPE.properties))
    }
}

/// The schema of `AWS::Kendra::Index`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Kendra::Index",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityUnits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_UNITS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\P{C}*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DocumentMetadataConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DOCUMENT_METADATA_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(500) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Edition",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "DEVELOPER_EDITION",
                "ENTERPRISE_EDITION",
                "GEN_AI_ENTERPRISE_EDITION",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "ServerSideEncryptionConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserContextPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ATTRIBUTE_FILTER", "USER_TOKEN"]),
        },
        ::forma_core::schema::Property {
            name: "UserTokenConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&USER_TOKEN_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static CAPACITY_UNITS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::Index.CapacityUnitsConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "QueryCapacityUnits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "StorageCapacityUnits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static DOCUMENT_METADATA_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::Index.DocumentMetadataConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(30),
            }),
        },
        ::forma_core::schema::Property {
            name: "Relevance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RELEVANCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Search",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEARCH_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "STRING_VALUE",
                "STRING_LIST_VALUE",
                "LONG_VALUE",
                "DATE_VALUE",
            ]),
        },
    ],
    rules: &[],
};

static SERVER_SIDE_ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Kendra::Index.ServerSideEncryptionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::Index.Tag",
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

static USER_TOKEN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::Index.UserTokenConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "JsonTokenTypeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JSON_TOKEN_TYPE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "JwtTokenTypeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&JWT_TOKEN_TYPE_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static RELEVANCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::Index.Relevance",
    properties: &[
        ::forma_core::schema::Property {
            name: "Duration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9]+[s]"),
                min_length: Some(1),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "Freshness",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Importance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RankOrder",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ASCENDING", "DESCENDING"]),
        },
        ::forma_core::schema::Property {
            name: "ValueImportanceItems",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VALUE_IMPORTANCE_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static SEARCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::Index.Search",
    properties: &[
        ::forma_core::schema::Property {
            name: "Displayable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Facetable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Searchable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Sortable",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static JSON_TOKEN_TYPE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::Index.JsonTokenTypeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupAttributeField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserNameAttributeField",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static JWT_TOKEN_TYPE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::Index.JwtTokenTypeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClaimRegex",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\P{C}*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupAttributeField",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Issuer",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\P{C}*$"),
                min_length: Some(1),
                max_length: Some(65),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyLocation",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["URL", "SECRET_MANAGER"]),
        },
        ::forma_core::schema::Property {
            name: "SecretManagerArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}",
                ),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "URL",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(https?|ftp|file):\\/\\/([^\\s]*)"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserNameAttributeField",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
    ],
    rules: &[],
};

static VALUE_IMPORTANCE_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Kendra::Index.ValueImportanceItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10.0),
            }),
        },
    ],
    rules: &[],
};
