// @generated from AWS::EC2::PlacementGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::PlacementGroup` and its property types.

/// Resource Type definition for AWS::EC2::PlacementGroup
///
/// CloudFormation type `AWS::EC2::PlacementGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementGroup {
    props: ::forma_core::schema::Props,
}
impl PlacementGroup {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of a parent placement group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn parent_group_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The number of partitions.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn partition_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Spread Level of Placement Group is an enum where it accepts either host or rack when strategy is spread
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn spread_level(mut self, value: impl ::forma_core::schema::EnumArg<SpreadLevel>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The placement strategy.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn strategy(mut self, value: impl ::forma_core::schema::EnumArg<Strategy>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for PlacementGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for PlacementGroup {
    type Attributes = PlacementGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::PlacementGroup"
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
/// The attributes of a `AWS::EC2::PlacementGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PlacementGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PlacementGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PlacementGroupAttributes {
    /// `Fn::GetAtt` `GroupName`.
    pub fn group_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GroupName")
    }
    /// `Fn::GetAtt` `GroupId`.
    pub fn group_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GroupId")
    }
}

/// The values CloudFormation documents: `host`, `rack`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpreadLevel {
    /// `host`
    Host,
    /// `rack`
    Rack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SpreadLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Host => "host",
            Self::Rack => "rack",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["host", "rack"]
    }
}
impl ::std::convert::From<SpreadLevel> for ::forma_core::Value<SpreadLevel> {
    fn from(v: SpreadLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SpreadLevel {}

/// The values CloudFormation documents: `cluster`, `partition`, `precision-time`, `spread`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Strategy {
    /// `cluster`
    Cluster,
    /// `partition`
    Partition,
    /// `precision-time`
    PrecisionTime,
    /// `spread`
    Spread,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Strategy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cluster => "cluster",
            Self::Partition => "partition",
            Self::PrecisionTime => "precision-time",
            Self::Spread => "spread",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["cluster", "partition", "precision-time", "spread"]
    }
}
impl ::std::convert::From<Strategy> for ::forma_core::Value<Strategy> {
    fn from(v: Strategy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Strategy {}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::EC2::PlacementGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::PlacementGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParentGroupId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PartitionCount",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SpreadLevel",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["host", "rack"]),
        },
        ::forma_core::schema::Property {
            name: "Strategy",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["cluster", "partition", "precision-time", "spread"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["GroupName", "GroupId"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::PlacementGroup.Tag",
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
