// @generated from AWS::ResourceExplorer2::View (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ResourceExplorer2::View` and its property types.

/// Definition of AWS::ResourceExplorer2::View Resource Type
///
/// CloudFormation type `AWS::ResourceExplorer2::View`.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    props: ::forma_core::schema::Props,
}
impl View {
    /// A new resource with its required properties: `ViewName`.
    #[track_caller]
    pub fn new(view_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, view_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Filters`.
    #[track_caller]
    pub fn filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<SearchFilter>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `IncludedProperties`.
    #[track_caller]
    pub fn included_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IncludedProperty>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Scope`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for View {
    type Attributes = ViewAttributes;
    fn type_name(&self) -> &str {
        "AWS::ResourceExplorer2::View"
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
/// The attributes of a `AWS::ResourceExplorer2::View` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ViewAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ViewAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ViewAttributes {
    /// `Fn::GetAtt` `ViewArn`.
    pub fn view_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ViewArn")
    }
}

/// The `SearchFilter` property type of `AWS::ResourceExplorer2::View`.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchFilter {
    props: ::forma_core::schema::Props,
}
impl SearchFilter {
    /// A new value with its required properties: `FilterString`.
    pub fn new(filter_string: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, filter_string.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SearchFilter> for ::forma_core::Value<SearchFilter> {
    fn from(v: SearchFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEARCH_FILTER_TYPE.properties))
    }
}

/// The `IncludedProperty` property type of `AWS::ResourceExplorer2::View`.
#[derive(Debug, Clone, PartialEq)]
pub struct IncludedProperty {
    props: ::forma_core::schema::Props,
}
impl IncludedProperty {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IncludedProperty> for ::forma_core::Value<IncludedProperty> {
    fn from(v: IncludedProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INCLUDED_PROPERTY_TYPE.properties))
    }
}

/// The schema of `AWS::ResourceExplorer2::View`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ResourceExplorer2::View",
    properties: &[
        ::forma_core::schema::Property {
            name: "Filters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEARCH_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IncludedProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INCLUDED_PROPERTY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "ViewName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-]{1,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["ViewArn"],
};

static SEARCH_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResourceExplorer2::View.SearchFilter",
    properties: &[::forma_core::schema::Property {
        name: "FilterString",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(0),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static INCLUDED_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResourceExplorer2::View.IncludedProperty",
    properties: &[::forma_core::schema::Property {
        name: "Name",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(1011),
        }),
    }],
    rules: &[],
};
