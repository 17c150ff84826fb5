// @generated from AWS::QBusiness::Index (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QBusiness::Index` and its property types.

/// Definition of AWS::QBusiness::Index Resource Type
///
/// CloudFormation type `AWS::QBusiness::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    props: ::forma_core::schema::Props,
}
impl Index {
    /// A new resource with its required properties: `ApplicationId`, `DisplayName`.
    #[track_caller]
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, display_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CapacityConfiguration`.
    #[track_caller]
    pub fn capacity_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IndexCapacityConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DocumentAttributeConfigurations`.
    #[track_caller]
    pub fn document_attribute_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DocumentAttributeConfiguration>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Type`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<IndexType>) -> Self {
        self.props.set_at(6, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Index {
    type Attributes = IndexAttributes;
    fn type_name(&self) -> &str {
        "AWS::QBusiness::Index"
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
/// The attributes of a `AWS::QBusiness::Index` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `IndexArn`.
    pub fn index_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IndexArn")
    }
    /// `Fn::GetAtt` `IndexId`.
    pub fn index_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IndexId")
    }
    /// `Fn::GetAtt` `IndexStatistics`.
    pub fn index_statistics(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "IndexStatistics")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `ENTERPRISE`, `STARTER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IndexType {
    /// `ENTERPRISE`
    Enterprise,
    /// `STARTER`
    Starter,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IndexType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enterprise => "ENTERPRISE",
            Self::Starter => "STARTER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENTERPRISE", "STARTER"]
    }
}
impl ::std::convert::From<IndexType> for ::forma_core::Value<IndexType> {
    fn from(v: IndexType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IndexType {}

/// The `IndexCapacityConfiguration` property type of `AWS::QBusiness::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexCapacityConfiguration {
    props: ::forma_core::schema::Props,
}
impl IndexCapacityConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Units`.
    ///
    /// Allowed: at least 1.
    pub fn units(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IndexCapacityConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IndexCapacityConfiguration> for ::forma_core::Value<IndexCapacityConfiguration> {
    fn from(v: IndexCapacityConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INDEX_CAPACITY_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
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
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The values CloudFormation documents: `STRING`, `STRING_LIST`, `NUMBER`, `DATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttributeType {
    /// `STRING`
    String,
    /// `STRING_LIST`
    StringList,
    /// `NUMBER`
    Number,
    /// `DATE`
    Date,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AttributeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::StringList => "STRING_LIST",
            Self::Number => "NUMBER",
            Self::Date => "DATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "STRING_LIST", "NUMBER", "DATE"]
    }
}
impl ::std::convert::From<AttributeType> for ::forma_core::Value<AttributeType> {
    fn from(v: AttributeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AttributeType {}

/// The `DocumentAttributeConfiguration` property type of `AWS::QBusiness::Index`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentAttributeConfiguration {
    props: ::forma_core::schema::Props,
}
impl DocumentAttributeConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 30.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Search`.
    pub fn search(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<AttributeType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for DocumentAttributeConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DocumentAttributeConfiguration> for ::forma_core::Value<DocumentAttributeConfiguration> {
    fn from(v: DocumentAttributeConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_ATTRIBUTE_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::QBusiness::Index`.
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

/// The schema of `AWS::QBusiness::Index`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QBusiness::Index",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "CapacityConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INDEX_CAPACITY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DocumentAttributeConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(500) },
            ),
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
            name: "Type",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ENTERPRISE", "STARTER"]),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "IndexArn", "IndexId", "IndexStatistics", "Status", "UpdatedAt"],
};

static INDEX_CAPACITY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Index.IndexCapacityConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Units",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
            minimum: Some(1.0),
            maximum: None,
        }),
    }],
    rules: &[],
};

static DOCUMENT_ATTRIBUTE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Index.DocumentAttributeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(30),
            }),
        },
        ::forma_core::schema::Property {
            name: "Search",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "STRING_LIST", "NUMBER", "DATE"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::Index.Tag",
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
