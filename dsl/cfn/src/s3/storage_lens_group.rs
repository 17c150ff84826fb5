// @generated from AWS::S3::StorageLensGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::S3::StorageLensGroup` and its property types.

/// The AWS::S3::StorageLensGroup resource is an Amazon S3 resource type that you can use to create Storage Lens Group.
///
/// CloudFormation type `AWS::S3::StorageLensGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct StorageLensGroup {
    props: ::forma_core::schema::Props,
}
impl StorageLensGroup {
    /// A new resource with its required properties: `Filter`, `Name`.
    #[track_caller]
    pub fn new(
        filter: impl ::std::convert::Into<::forma_core::Value<Filter>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, filter.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A set of tags (key-value pairs) for this Amazon S3 Storage Lens Group.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StorageLensGroup {
    type Attributes = StorageLensGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::S3::StorageLensGroup"
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
/// The attributes of a `AWS::S3::StorageLensGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StorageLensGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StorageLensGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StorageLensGroupAttributes {
    /// `Fn::GetAtt` `StorageLensGroupArn`.
    pub fn storage_lens_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StorageLensGroupArn")
    }
}

/// Sets the Storage Lens Group filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Storage Lens group will include objects that match all of the specified filter values.
    pub fn and(mut self, value: impl ::std::convert::Into<::forma_core::Value<And>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Filter to match any of the specified prefixes.
    pub fn match_any_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Filter to match any of the specified suffixes.
    pub fn match_any_suffix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Filter to match any of the specified object tags.
    pub fn match_any_tag(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Filter to match all of the specified values for the minimum and maximum object age.
    pub fn match_object_age(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchObjectAge>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Filter to match all of the specified values for the minimum and maximum object size.
    pub fn match_object_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchObjectSize>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The Storage Lens group will include objects that match any of the specified filter values.
    pub fn or(mut self, value: impl ::std::convert::Into<::forma_core::Value<Or>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Filter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::S3::StorageLensGroup`.
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

/// The Storage Lens group will include objects that match all of the specified filter values.
#[derive(Debug, Clone, PartialEq)]
pub struct And {
    props: ::forma_core::schema::Props,
}
impl And {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Filter to match any of the specified prefixes.
    pub fn match_any_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Filter to match any of the specified suffixes.
    pub fn match_any_suffix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Filter to match any of the specified object tags.
    pub fn match_any_tag(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Filter to match all of the specified values for the minimum and maximum object age.
    pub fn match_object_age(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchObjectAge>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Filter to match all of the specified values for the minimum and maximum object size.
    pub fn match_object_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchObjectSize>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for And {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<And> for ::forma_core::Value<And> {
    fn from(v: And) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AND_TYPE.properties))
    }
}

/// Filter to match all of the specified values for the minimum and maximum object age.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchObjectAge {
    props: ::forma_core::schema::Props,
}
impl MatchObjectAge {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Minimum object age to which the rule applies.
    ///
    /// Allowed: at least 1.
    pub fn days_greater_than(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Maximum object age to which the rule applies.
    ///
    /// Allowed: at least 1.
    pub fn days_less_than(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MatchObjectAge {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MatchObjectAge> for ::forma_core::Value<MatchObjectAge> {
    fn from(v: MatchObjectAge) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCH_OBJECT_AGE_TYPE.properties))
    }
}

/// Filter to match all of the specified values for the minimum and maximum object size.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchObjectSize {
    props: ::forma_core::schema::Props,
}
impl MatchObjectSize {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Minimum object size to which the rule applies.
    ///
    /// Allowed: at least 1.
    pub fn bytes_greater_than(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Maximum object size to which the rule applies.
    ///
    /// Allowed: at least 1.
    pub fn bytes_less_than(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MatchObjectSize {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MatchObjectSize> for ::forma_core::Value<MatchObjectSize> {
    fn from(v: MatchObjectSize) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCH_OBJECT_SIZE_TYPE.properties))
    }
}

/// The Storage Lens group will include objects that match any of the specified filter values.
#[derive(Debug, Clone, PartialEq)]
pub struct Or {
    props: ::forma_core::schema::Props,
}
impl Or {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Filter to match any of the specified prefixes.
    pub fn match_any_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Filter to match any of the specified suffixes.
    pub fn match_any_suffix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Filter to match any of the specified object tags.
    pub fn match_any_tag(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Filter to match all of the specified values for the minimum and maximum object age.
    pub fn match_object_age(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchObjectAge>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Filter to match all of the specified values for the minimum and maximum object size.
    pub fn match_object_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<MatchObjectSize>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Or {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Or> for ::forma_core::Value<Or> {
    fn from(v: Or) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OR_TYPE.properties))
    }
}

/// The schema of `AWS::S3::StorageLensGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::S3::StorageLensGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
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
    attributes: &["StorageLensGroupArn"],
};

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLensGroup.Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "And",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AND_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchAnyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchAnySuffix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchAnyTag",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchObjectAge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_OBJECT_AGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchObjectSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_OBJECT_SIZE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Or",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&OR_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLensGroup.Tag",
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

static AND_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLensGroup.And",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchAnyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchAnySuffix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchAnyTag",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchObjectAge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_OBJECT_AGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchObjectSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_OBJECT_SIZE_TYPE),
        },
    ],
    rules: &[],
};

static MATCH_OBJECT_AGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLensGroup.MatchObjectAge",
    properties: &[
        ::forma_core::schema::Property {
            name: "DaysGreaterThan",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DaysLessThan",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static MATCH_OBJECT_SIZE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLensGroup.MatchObjectSize",
    properties: &[
        ::forma_core::schema::Property {
            name: "BytesGreaterThan",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "BytesLessThan",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static OR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::S3::StorageLensGroup.Or",
    properties: &[
        ::forma_core::schema::Property {
            name: "MatchAnyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchAnySuffix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: None,
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchAnyTag",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MatchObjectAge",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_OBJECT_AGE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MatchObjectSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MATCH_OBJECT_SIZE_TYPE),
        },
    ],
    rules: &[],
};
