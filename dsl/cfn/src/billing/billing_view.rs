// @generated from AWS::Billing::BillingView (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Billing::BillingView` and its property types.

/// A billing view is a container of cost & usage metadata.
///
/// CloudFormation type `AWS::Billing::BillingView`.
#[derive(Debug, Clone, PartialEq)]
pub struct BillingView {
    props: ::forma_core::schema::Props,
}
impl BillingView {
    /// A new resource with its required properties: `Name`, `SourceViews`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_views: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, source_views.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DataFilterExpression`.
    #[track_caller]
    pub fn data_filter_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataFilterExpression>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs associated to the billing view being created.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for BillingView {
    type Attributes = BillingViewAttributes;
    fn type_name(&self) -> &str {
        "AWS::Billing::BillingView"
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
/// The attributes of a `AWS::Billing::BillingView` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct BillingViewAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for BillingViewAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl BillingViewAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `OwnerAccountId`.
    pub fn owner_account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerAccountId")
    }
    /// `Fn::GetAtt` `BillingViewType`.
    pub fn billing_view_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BillingViewType")
    }
}

/// The `DataFilterExpression` property type of `AWS::Billing::BillingView`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataFilterExpression {
    props: ::forma_core::schema::Props,
}
impl DataFilterExpression {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Dimensions`.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataFilterExpressionDimensions>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Tags`.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataFilterExpressionTags>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TimeRange`.
    pub fn time_range(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataFilterExpressionTimeRange>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataFilterExpression {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataFilterExpression> for ::forma_core::Value<DataFilterExpression> {
    fn from(v: DataFilterExpression) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_FILTER_EXPRESSION_TYPE.properties))
    }
}

/// A key-value pair to associate with a Billing View.
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

/// The values CloudFormation documents: `LINKED_ACCOUNT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DimensionKey {
    /// `LINKED_ACCOUNT`
    LinkedAccount,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DimensionKey {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LinkedAccount => "LINKED_ACCOUNT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LINKED_ACCOUNT"]
    }
}
impl ::std::convert::From<DimensionKey> for ::forma_core::Value<DimensionKey> {
    fn from(v: DimensionKey) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DimensionKey {}

/// The `DataFilterExpressionDimensions` property type of `AWS::Billing::BillingView`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataFilterExpressionDimensions {
    props: ::forma_core::schema::Props,
}
impl DataFilterExpressionDimensions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::forma_core::schema::EnumArg<DimensionKey>) -> Self {
        self.props.set(0, value.into_enum_expr());
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
impl ::std::default::Default for DataFilterExpressionDimensions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataFilterExpressionDimensions> for ::forma_core::Value<DataFilterExpressionDimensions> {
    fn from(v: DataFilterExpressionDimensions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_FILTER_EXPRESSION_DIMENSIONS_TYPE.properties))
    }
}

/// The `DataFilterExpressionTags` property type of `AWS::Billing::BillingView`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataFilterExpressionTags {
    props: ::forma_core::schema::Props,
}
impl DataFilterExpressionTags {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    ///
    /// Allowed: length 0 to 1024.
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
impl ::std::default::Default for DataFilterExpressionTags {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataFilterExpressionTags> for ::forma_core::Value<DataFilterExpressionTags> {
    fn from(v: DataFilterExpressionTags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_FILTER_EXPRESSION_TAGS_TYPE.properties))
    }
}

/// The `DataFilterExpressionTimeRange` property type of `AWS::Billing::BillingView`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataFilterExpressionTimeRange {
    props: ::forma_core::schema::Props,
}
impl DataFilterExpressionTimeRange {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The time in ISO 8601 format, UTC time (YYYY-MM-DDTHH:MM:SSZ).
    pub fn begin_date_inclusive(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The time in ISO 8601 format, UTC time (YYYY-MM-DDTHH:MM:SSZ).
    pub fn end_date_inclusive(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataFilterExpressionTimeRange {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataFilterExpressionTimeRange> for ::forma_core::Value<DataFilterExpressionTimeRange> {
    fn from(v: DataFilterExpressionTimeRange) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_FILTER_EXPRESSION_TIME_RANGE_TYPE.properties))
    }
}

/// The schema of `AWS::Billing::BillingView`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Billing::BillingView",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataFilterExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_FILTER_EXPRESSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([ a-zA-Z0-9_\\+=\\.\\-@]+)?$"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_\\+=\\.\\-@]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "SourceViews",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:aws[a-z-]*:(billing)::[0-9]{12}:billingview/[a-zA-Z0-9_+=.@-]{1,75}"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "UpdatedAt", "OwnerAccountId", "BillingViewType"],
};

static DATA_FILTER_EXPRESSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Billing::BillingView.DataFilterExpression",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_FILTER_EXPRESSION_DIMENSIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_FILTER_EXPRESSION_TAGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TimeRange",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_FILTER_EXPRESSION_TIME_RANGE_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Billing::BillingView.Tag",
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

static DATA_FILTER_EXPRESSION_DIMENSIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Billing::BillingView.DataFilterExpressionDimensions",
        properties: &[
            ::forma_core::schema::Property {
                name: "Key",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["LINKED_ACCOUNT"]),
            },
            ::forma_core::schema::Property {
                name: "Values",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("[\\S\\s]*"),
                        min_length: Some(0),
                        max_length: Some(1024),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
                ),
            },
        ],
        rules: &[],
    };

static DATA_FILTER_EXPRESSION_TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Billing::BillingView.DataFilterExpressionTags",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\S\\s]*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\S\\s]*"),
                    min_length: Some(0),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
};

static DATA_FILTER_EXPRESSION_TIME_RANGE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Billing::BillingView.DataFilterExpressionTimeRange",
        properties: &[
            ::forma_core::schema::Property {
                name: "BeginDateInclusive",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "EndDateInclusive",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
