// @generated from AWS::CustomerProfiles::SegmentDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CustomerProfiles::SegmentDefinition` and its property types.

/// A segment definition resource of Amazon Connect Customer Profiles
///
/// CloudFormation type `AWS::CustomerProfiles::SegmentDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentDefinition {
    props: ::forma_core::schema::Props,
}
impl SegmentDefinition {
    /// A new resource with its required properties: `DisplayName`, `DomainName`, `SegmentDefinitionName`.
    #[track_caller]
    pub fn new(
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        segment_definition_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, segment_definition_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the segment definition.
    ///
    /// Allowed: length 1 to 4000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array that defines the set of segment criteria to evaluate when handling segment groups for the segment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn segment_groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<SegmentGroup>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The segment sort configuration for ordering segment results.
    #[track_caller]
    pub fn segment_sort(mut self, value: impl ::std::convert::Into<::forma_core::Value<SegmentSort>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The SQL query that defines the segment criteria.
    ///
    /// Allowed: length 1 to 50000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn segment_sql_query(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags used to organize, track, or control access for this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SegmentDefinition {
    type Attributes = SegmentDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CustomerProfiles::SegmentDefinition"
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
/// The attributes of a `AWS::CustomerProfiles::SegmentDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SegmentDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SegmentDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SegmentDefinitionAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `SegmentDefinitionArn`.
    pub fn segment_definition_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SegmentDefinitionArn")
    }
    /// `Fn::GetAtt` `SegmentType`.
    pub fn segment_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SegmentType")
    }
}

/// The values CloudFormation documents: `ALL`, `ANY`, `NONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IncludeOptions {
    /// `ALL`
    All,
    /// `ANY`
    Any,
    /// `NONE`
    None,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IncludeOptions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Any => "ANY",
            Self::None => "NONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALL", "ANY", "NONE"]
    }
}
impl ::std::convert::From<IncludeOptions> for ::forma_core::Value<IncludeOptions> {
    fn from(v: IncludeOptions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IncludeOptions {}

/// The `SegmentGroup` property type of `AWS::CustomerProfiles::SegmentDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentGroup {
    props: ::forma_core::schema::Props,
}
impl SegmentGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Groups`.
    pub fn groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Group>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the operator on how to handle multiple groups within the same segment.
    pub fn include(mut self, value: impl ::forma_core::schema::EnumArg<IncludeOptions>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for SegmentGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SegmentGroup> for ::forma_core::Value<SegmentGroup> {
    fn from(v: SegmentGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEGMENT_GROUP_TYPE.properties))
    }
}

/// Defines how segments should be sorted and ordered in the results.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentSort {
    props: ::forma_core::schema::Props,
}
impl SegmentSort {
    /// A new value with its required properties: `Attributes`.
    pub fn new(attributes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SortAttribute>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attributes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SegmentSort> for ::forma_core::Value<SegmentSort> {
    fn from(v: SegmentSort) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEGMENT_SORT_TYPE.properties))
    }
}

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

/// An array that defines the set of segment criteria to evaluate when handling segment groups for the segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    props: ::forma_core::schema::Props,
}
impl Group {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Dimensions`.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SourceSegments`.
    pub fn source_segments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceSegment>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies the operator on how to handle multiple groups within the same segment.
    pub fn source_type(mut self, value: impl ::forma_core::schema::EnumArg<IncludeOptions>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// Specifies the operator on how to handle multiple groups within the same segment.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<IncludeOptions>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Group {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Group> for ::forma_core::Value<Group> {
    fn from(v: Group) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROUP_TYPE.properties))
    }
}

/// The values CloudFormation documents: `STRING`, `NUMBER`, `DATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SegmentSortDataType {
    /// `STRING`
    String,
    /// `NUMBER`
    Number,
    /// `DATE`
    Date,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SegmentSortDataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Number => "NUMBER",
            Self::Date => "DATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["STRING", "NUMBER", "DATE"]
    }
}
impl ::std::convert::From<SegmentSortDataType> for ::forma_core::Value<SegmentSortDataType> {
    fn from(v: SegmentSortDataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SegmentSortDataType {}

/// The values CloudFormation documents: `ASC`, `DESC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SegmentSortOrder {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SegmentSortOrder {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "ASC",
            Self::Desc => "DESC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ASC", "DESC"]
    }
}
impl ::std::convert::From<SegmentSortOrder> for ::forma_core::Value<SegmentSortOrder> {
    fn from(v: SegmentSortOrder) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SegmentSortOrder {}

/// The values CloudFormation documents: `PROFILE`, `CALCULATED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortAttributeType {
    /// `PROFILE`
    Profile,
    /// `CALCULATED`
    Calculated,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SortAttributeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Profile => "PROFILE",
            Self::Calculated => "CALCULATED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROFILE", "CALCULATED"]
    }
}
impl ::std::convert::From<SortAttributeType> for ::forma_core::Value<SortAttributeType> {
    fn from(v: SortAttributeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SortAttributeType {}

/// Defines the characteristics and rules for sorting by a specific attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct SortAttribute {
    props: ::forma_core::schema::Props,
}
impl SortAttribute {
    /// A new value with its required properties: `Name`, `Order`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        order: impl ::forma_core::schema::EnumArg<SegmentSortOrder>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, name.into().into_expr());
        props.set(2, order.into_enum_expr());
        Self { props }
    }
    /// The data type of the sort attribute (e.g., string, number, date).
    pub fn data_type(mut self, value: impl ::forma_core::schema::EnumArg<SegmentSortDataType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The type of attribute (e.g., profile, calculated).
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<SortAttributeType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SortAttribute> for ::forma_core::Value<SortAttribute> {
    fn from(v: SortAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SORT_ATTRIBUTE_TYPE.properties))
    }
}

/// The base segment to build the segment on.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSegment {
    props: ::forma_core::schema::Props,
}
impl SourceSegment {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SegmentDefinitionName`.
    ///
    /// Allowed: length 1 to 64.
    pub fn segment_definition_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceSegment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceSegment> for ::forma_core::Value<SourceSegment> {
    fn from(v: SourceSegment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_SEGMENT_TYPE.properties))
    }
}

/// The schema of `AWS::CustomerProfiles::SegmentDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CustomerProfiles::SegmentDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(4000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentDefinitionName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "SegmentGroups",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SEGMENT_GROUP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SegmentSort",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEGMENT_SORT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SegmentSqlQuery",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(50000),
            }),
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
    attributes: &["CreatedAt", "SegmentDefinitionArn", "SegmentType"],
};

static SEGMENT_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::SegmentDefinition.SegmentGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Groups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GROUP_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Include",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "ANY", "NONE"]),
        },
    ],
    rules: &[],
};

static SEGMENT_SORT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::SegmentDefinition.SegmentSort",
    properties: &[::forma_core::schema::Property {
        name: "Attributes",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&SORT_ATTRIBUTE_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::SegmentDefinition.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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

static GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::SegmentDefinition.Group",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceSegments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SOURCE_SEGMENT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "ANY", "NONE"]),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALL", "ANY", "NONE"]),
        },
    ],
    rules: &[],
};

static SORT_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::SegmentDefinition.SortAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["STRING", "NUMBER", "DATE"]),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.-]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Order",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ASC", "DESC"]),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PROFILE", "CALCULATED"]),
        },
    ],
    rules: &[],
};

static SOURCE_SEGMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CustomerProfiles::SegmentDefinition.SourceSegment",
    properties: &[::forma_core::schema::Property {
        name: "SegmentDefinitionName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9_-]+$"),
            min_length: Some(1),
            max_length: Some(64),
        }),
    }],
    rules: &[],
};
