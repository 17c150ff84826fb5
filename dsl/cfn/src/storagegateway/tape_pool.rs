// @generated from AWS::StorageGateway::TapePool (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::StorageGateway::TapePool` and its property types.

/// Creates a custom tape pool for archiving virtual tapes with optional retention lock.
///
/// CloudFormation type `AWS::StorageGateway::TapePool`.
#[derive(Debug, Clone, PartialEq)]
pub struct TapePool {
    props: ::forma_core::schema::Props,
}
impl TapePool {
    /// A new resource with its required properties: `PoolName`, `StorageClass`.
    #[track_caller]
    pub fn new(
        pool_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        storage_class: impl ::forma_core::schema::EnumArg<StorageClass>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, pool_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, storage_class.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Tape retention lock time in days (up to 36,500 days / 100 years).
    ///
    /// Allowed: 0 to 36500.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn retention_lock_time_in_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tape retention lock type.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn retention_lock_type(mut self, value: impl ::forma_core::schema::EnumArg<RetentionLockType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of up to 50 tags for the tape pool.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for TapePool {
    type Attributes = TapePoolAttributes;
    fn type_name(&self) -> &str {
        "AWS::StorageGateway::TapePool"
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
/// The attributes of a `AWS::StorageGateway::TapePool` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TapePoolAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TapePoolAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TapePoolAttributes {
    /// `Fn::GetAtt` `PoolARN`.
    pub fn pool_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PoolARN")
    }
    /// `Fn::GetAtt` `PoolId`.
    pub fn pool_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PoolId")
    }
}

/// The values CloudFormation documents: `COMPLIANCE`, `GOVERNANCE`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetentionLockType {
    /// `COMPLIANCE`
    Compliance,
    /// `GOVERNANCE`
    Governance,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RetentionLockType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Compliance => "COMPLIANCE",
            Self::Governance => "GOVERNANCE",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["COMPLIANCE", "GOVERNANCE", "NONE"]
    }
}
impl ::std::convert::From<RetentionLockType> for ::forma_core::Value<RetentionLockType> {
    fn from(v: RetentionLockType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RetentionLockType {}

/// The values CloudFormation documents: `DEEP_ARCHIVE`, `GLACIER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageClass {
    /// `DEEP_ARCHIVE`
    DeepArchive,
    /// `GLACIER`
    Glacier,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl StorageClass {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DeepArchive => "DEEP_ARCHIVE",
            Self::Glacier => "GLACIER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEEP_ARCHIVE", "GLACIER"]
    }
}
impl ::std::convert::From<StorageClass> for ::forma_core::Value<StorageClass> {
    fn from(v: StorageClass) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for StorageClass {}

/// The `Tag` property type of `AWS::StorageGateway::TapePool`.
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

/// The schema of `AWS::StorageGateway::TapePool`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::StorageGateway::TapePool",
    properties: &[
        ::forma_core::schema::Property {
            name: "PoolName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[ -\\.0-\\[\\]-~]*[!-\\.0-\\[\\]-~][ -\\.0-\\[\\]-~]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetentionLockTimeInDays",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(36500.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "RetentionLockType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["COMPLIANCE", "GOVERNANCE", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "StorageClass",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DEEP_ARCHIVE", "GLACIER"]),
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
    attributes: &["PoolARN", "PoolId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::StorageGateway::TapePool.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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
