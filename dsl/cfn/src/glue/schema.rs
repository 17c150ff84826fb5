// @generated from AWS::Glue::Schema (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Schema` and its property types.

/// This resource represents a schema of Glue Schema Registry.
///
/// CloudFormation type `AWS::Glue::Schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    props: ::forma_core::schema::Props,
}
impl Schema {
    /// A new resource with its required properties: `Compatibility`, `DataFormat`, `Name`.
    #[track_caller]
    pub fn new(
        compatibility: impl ::forma_core::schema::EnumArg<Compatibility>,
        data_format: impl ::forma_core::schema::EnumArg<DataFormat>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, compatibility.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, data_format.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specify checkpoint version for update.
    #[track_caller]
    pub fn checkpoint_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<SchemaVersion>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the schema.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Identifier for the registry which the schema is part of.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn registry(mut self, value: impl ::std::convert::Into<::forma_core::Value<Registry>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Definition for the initial schema version in plain-text.
    ///
    /// Allowed: length 1 to 170000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn schema_definition(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of tags to tag the schema
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Schema {
    type Attributes = SchemaAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Schema"
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
/// The attributes of a `AWS::Glue::Schema` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SchemaAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SchemaAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SchemaAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `InitialSchemaVersionId`.
    pub fn initial_schema_version_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InitialSchemaVersionId")
    }
}

/// The values CloudFormation documents: `NONE`, `DISABLED`, `BACKWARD`, `BACKWARD_ALL`, `FORWARD`, `FORWARD_ALL`, `FULL`, `FULL_ALL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Compatibility {
    /// `NONE`
    None,
    /// `DISABLED`
    Disabled,
    /// `BACKWARD`
    Backward,
    /// `BACKWARD_ALL`
    BackwardAll,
    /// `FORWARD`
    Forward,
    /// `FORWARD_ALL`
    ForwardAll,
    /// `FULL`
    Full,
    /// `FULL_ALL`
    FullAll,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Compatibility {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::Disabled => "DISABLED",
            Self::Backward => "BACKWARD",
            Self::BackwardAll => "BACKWARD_ALL",
            Self::Forward => "FORWARD",
            Self::ForwardAll => "FORWARD_ALL",
            Self::Full => "FULL",
            Self::FullAll => "FULL_ALL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "DISABLED", "BACKWARD", "BACKWARD_ALL", "FORWARD", "FORWARD_ALL", "FULL", "FULL_ALL"]
    }
}
impl ::std::convert::From<Compatibility> for ::forma_core::Value<Compatibility> {
    fn from(v: Compatibility) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Compatibility {}

/// The values CloudFormation documents: `AVRO`, `JSON`, `PROTOBUF`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataFormat {
    /// `AVRO`
    Avro,
    /// `JSON`
    Json,
    /// `PROTOBUF`
    Protobuf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataFormat {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Avro => "AVRO",
            Self::Json => "JSON",
            Self::Protobuf => "PROTOBUF",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AVRO", "JSON", "PROTOBUF"]
    }
}
impl ::std::convert::From<DataFormat> for ::forma_core::Value<DataFormat> {
    fn from(v: DataFormat) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataFormat {}

/// Specify checkpoint version for update.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaVersion {
    props: ::forma_core::schema::Props,
}
impl SchemaVersion {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates if the latest version needs to be updated.
    pub fn is_latest(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Indicates the version number in the schema to update.
    ///
    /// Allowed: 1 to 100000.
    pub fn version_number(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchemaVersion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaVersion> for ::forma_core::Value<SchemaVersion> {
    fn from(v: SchemaVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_VERSION_TYPE.properties))
    }
}

/// Identifier for the registry which the schema is part of.
#[derive(Debug, Clone, PartialEq)]
pub struct Registry {
    props: ::forma_core::schema::Props,
}
impl Registry {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Amazon Resource Name for the Registry.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Name of the registry in which the schema will be created.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Registry {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Registry> for ::forma_core::Value<Registry> {
    fn from(v: Registry) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REGISTRY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Glue::Schema`.
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

/// The schema of `AWS::Glue::Schema`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Schema",
    properties: &[
        ::forma_core::schema::Property {
            name: "CheckpointVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEMA_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Compatibility",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NONE",
                "DISABLED",
                "BACKWARD",
                "BACKWARD_ALL",
                "FORWARD",
                "FORWARD_ALL",
                "FULL",
                "FULL_ALL",
            ]),
        },
        ::forma_core::schema::Property {
            name: "DataFormat",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["AVRO", "JSON", "PROTOBUF"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Registry",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&REGISTRY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SchemaDefinition",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(1),
                max_length: Some(170000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "InitialSchemaVersionId"],
};

static SCHEMA_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Schema.SchemaVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "IsLatest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VersionNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(100000.0),
            }),
        },
    ],
    rules: &[],
};

static REGISTRY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Schema.Registry",
    properties: &[
        ::forma_core::schema::Property {
            name: "Arn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-(cn|us-gov|iso(-[bef])?))?:glue:.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Schema.Tag",
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
