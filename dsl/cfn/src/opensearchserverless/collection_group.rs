// @generated from AWS::OpenSearchServerless::CollectionGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpenSearchServerless::CollectionGroup` and its property types.

/// Resource Type definition for AWS::OpenSearchServerless::CollectionGroup
///
/// CloudFormation type `AWS::OpenSearchServerless::CollectionGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct CollectionGroup {
    props: ::forma_core::schema::Props,
}
impl CollectionGroup {
    /// A new resource with its required properties: `Name`, `StandbyReplicas`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        standby_replicas: impl ::forma_core::schema::EnumArg<StandbyReplicas>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, standby_replicas.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CapacityLimits`.
    #[track_caller]
    pub fn capacity_limits(mut self, value: impl ::std::convert::Into<::forma_core::Value<CapacityLimits>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the collection group.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The generation of Amazon OpenSearch Serverless for the collection group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn generation(mut self, value: impl ::forma_core::schema::EnumArg<Generation>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CollectionGroup {
    type Attributes = CollectionGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpenSearchServerless::CollectionGroup"
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
/// The attributes of a `AWS::OpenSearchServerless::CollectionGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CollectionGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CollectionGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CollectionGroupAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `CLASSIC`, `NEXTGEN`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Generation {
    /// `CLASSIC`
    Classic,
    /// `NEXTGEN`
    Nextgen,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Generation {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Classic => "CLASSIC",
            Self::Nextgen => "NEXTGEN",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CLASSIC", "NEXTGEN"]
    }
}
impl ::std::convert::From<Generation> for ::forma_core::Value<Generation> {
    fn from(v: Generation) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Generation {}

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

/// The `CapacityLimits` property type of `AWS::OpenSearchServerless::CollectionGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityLimits {
    props: ::forma_core::schema::Props,
}
impl CapacityLimits {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The maximum indexing capacity for collections in the group.
    ///
    /// Allowed: at least 1.
    pub fn max_indexing_capacity_in_ocu(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The maximum search capacity for collections in the group.
    ///
    /// Allowed: at least 1.
    pub fn max_search_capacity_in_ocu(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The minimum indexing capacity for collections in the group.
    ///
    /// Allowed: at least 0.
    pub fn min_indexing_capacity_in_ocu(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The minimum search capacity for collections in the group.
    ///
    /// Allowed: at least 0.
    pub fn min_search_capacity_in_ocu(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CapacityLimits {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CapacityLimits> for ::forma_core::Value<CapacityLimits> {
    fn from(v: CapacityLimits) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_LIMITS_TYPE.properties))
    }
}

/// A map of key-value pairs associated with the collection group.
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

/// The schema of `AWS::OpenSearchServerless::CollectionGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpenSearchServerless::CollectionGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityLimits",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CAPACITY_LIMITS_TYPE),
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
            name: "Generation",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CLASSIC", "NEXTGEN"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9-]{2,31}$"),
                min_length: Some(3),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "StandbyReplicas",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id", "Arn"],
};

static CAPACITY_LIMITS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::CollectionGroup.CapacityLimits",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxIndexingCapacityInOcu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MaxSearchCapacityInOcu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinIndexingCapacityInOcu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinSearchCapacityInOcu",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::CollectionGroup.Tag",
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
