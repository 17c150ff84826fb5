// @generated from AWS::ResourceGroups::Group (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ResourceGroups::Group` and its property types.

/// Schema for ResourceGroups::Group
///
/// CloudFormation type `AWS::ResourceGroups::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    props: ::forma_core::schema::Props,
}
impl Group {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Configuration`.
    #[track_caller]
    pub fn configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfigurationItem>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the resource group
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ResourceQuery`.
    #[track_caller]
    pub fn resource_query(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResourceQuery>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Resources`.
    #[track_caller]
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
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
}
impl ::forma_core::CfnResource for Group {
    type Attributes = GroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::ResourceGroups::Group"
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
/// The attributes of a `AWS::ResourceGroups::Group` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `ConfigurationItem` property type of `AWS::ResourceGroups::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationItem {
    props: ::forma_core::schema::Props,
}
impl ConfigurationItem {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Parameters`.
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ConfigurationParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    ///
    /// Allowed: length 0 to 40.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfigurationItem {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfigurationItem> for ::forma_core::Value<ConfigurationItem> {
    fn from(v: ConfigurationItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_ITEM_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TAG_FILTERS_1_0`, `CLOUDFORMATION_STACK_1_0`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `TAG_FILTERS_1_0`
    TagFilters10,
    /// `CLOUDFORMATION_STACK_1_0`
    CloudformationStack10,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TagFilters10 => "TAG_FILTERS_1_0",
            Self::CloudformationStack10 => "CLOUDFORMATION_STACK_1_0",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TAG_FILTERS_1_0", "CLOUDFORMATION_STACK_1_0"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `ResourceQuery` property type of `AWS::ResourceGroups::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceQuery {
    props: ::forma_core::schema::Props,
}
impl ResourceQuery {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Query`.
    ///
    /// Allowed: length 0 to 4096.
    pub fn query(mut self, value: impl ::std::convert::Into<::forma_core::Value<Query>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ResourceQuery {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceQuery> for ::forma_core::Value<ResourceQuery> {
    fn from(v: ResourceQuery) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_QUERY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::ResourceGroups::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `ConfigurationParameter` property type of `AWS::ResourceGroups::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationParameter {
    props: ::forma_core::schema::Props,
}
impl ConfigurationParameter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 80.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfigurationParameter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfigurationParameter> for ::forma_core::Value<ConfigurationParameter> {
    fn from(v: ConfigurationParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_PARAMETER_TYPE.properties))
    }
}

/// The `Query` property type of `AWS::ResourceGroups::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    props: ::forma_core::schema::Props,
}
impl Query {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ResourceTypeFilters`.
    pub fn resource_type_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `StackIdentifier`.
    pub fn stack_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TagFilters`.
    pub fn tag_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<TagFilter>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Query {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Query> for ::forma_core::Value<Query> {
    fn from(v: Query) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUERY_TYPE.properties))
    }
}

/// The `TagFilter` property type of `AWS::ResourceGroups::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagFilter {
    props: ::forma_core::schema::Props,
}
impl TagFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TagFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TagFilter> for ::forma_core::Value<TagFilter> {
    fn from(v: TagFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_FILTER_TYPE.properties))
    }
}

/// The schema of `AWS::ResourceGroups::Group`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ResourceGroups::Group",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\sa-zA-Z0-9_\\.-]*$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\.-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceQuery",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_QUERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
    ],
    rules: &[],
    attributes: &["Arn"],
};

static CONFIGURATION_ITEM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResourceGroups::Group.ConfigurationItem",
    properties: &[
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONFIGURATION_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^AWS::[a-zA-Z0-9]+::[a-zA-Z0-9]+$"),
                min_length: Some(0),
                max_length: Some(40),
            }),
        },
    ],
    rules: &[],
};

static RESOURCE_QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResourceGroups::Group.ResourceQuery",
    properties: &[
        ::forma_core::schema::Property {
            name: "Query",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUERY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TAG_FILTERS_1_0", "CLOUDFORMATION_STACK_1_0"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResourceGroups::Group.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:).+"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CONFIGURATION_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResourceGroups::Group.ConfigurationParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z-]+$"),
                min_length: Some(1),
                max_length: Some(80),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9:\\/\\._-]+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static QUERY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResourceGroups::Group.Query",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceTypeFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "StackIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TagFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResourceGroups::Group.TagFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
