// @generated from AWS::AccessAnalyzer::ArchiveRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AccessAnalyzer::ArchiveRule` and its property types.

/// Creates an archive rule for the specified analyzer.
///
/// CloudFormation type `AWS::AccessAnalyzer::ArchiveRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchiveRule {
    props: ::forma_core::schema::Props,
}
impl ArchiveRule {
    /// A new resource with its required properties: `AnalyzerName`, `Filter`, `RuleName`.
    #[track_caller]
    pub fn new(
        analyzer_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        filter: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        rule_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, analyzer_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, filter.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, rule_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ArchiveRule {
    type Attributes = ArchiveRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::AccessAnalyzer::ArchiveRule"
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
/// The attributes of a `AWS::AccessAnalyzer::ArchiveRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ArchiveRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ArchiveRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ArchiveRuleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The `Filter` property type of `AWS::AccessAnalyzer::ArchiveRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Contains`.
    pub fn contains(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Eq`.
    pub fn eq(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Exists`.
    pub fn exists(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Neq`.
    pub fn neq(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
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

/// The schema of `AWS::AccessAnalyzer::ArchiveRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AccessAnalyzer::ArchiveRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "AnalyzerName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_.-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Filter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::Object(&FILTER_TYPE)),
        },
        ::forma_core::schema::Property {
            name: "RuleName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_.-]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "UpdatedAt"],
};

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccessAnalyzer::ArchiveRule.Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Contains",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Eq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Exists",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Neq",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};
