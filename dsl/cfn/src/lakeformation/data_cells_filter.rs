// @generated from AWS::LakeFormation::DataCellsFilter (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LakeFormation::DataCellsFilter` and its property types.

/// Resource Type definition for AWS::LakeFormation::DataCellsFilter
///
/// CloudFormation type `AWS::LakeFormation::DataCellsFilter`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataCellsFilter {
    props: ::forma_core::schema::Props,
}
impl DataCellsFilter {
    /// A new resource with its required properties: `DatabaseName`, `Name`, `TableCatalogId`, `TableName`.
    #[track_caller]
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, database_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, table_catalog_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, table_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of columns to be included in this Data Cells Filter.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn column_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object representing the Data Cells Filter's Columns.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn column_wildcard(mut self, value: impl ::std::convert::Into<::forma_core::Value<ColumnWildcard>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object representing the Data Cells Filter's Row Filter.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn row_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<RowFilter>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataCellsFilter {
    type Attributes = DataCellsFilterAttributes;
    fn type_name(&self) -> &str {
        "AWS::LakeFormation::DataCellsFilter"
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
/// The attributes of a `AWS::LakeFormation::DataCellsFilter` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataCellsFilterAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataCellsFilterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// An object representing the Data Cells Filter's Columns.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnWildcard {
    props: ::forma_core::schema::Props,
}
impl ColumnWildcard {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of column names to be excluded from the Data Cells Filter.
    pub fn excluded_column_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ColumnWildcard {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ColumnWildcard> for ::forma_core::Value<ColumnWildcard> {
    fn from(v: ColumnWildcard) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COLUMN_WILDCARD_TYPE.properties))
    }
}

/// An object representing the Data Cells Filter's Row Filter.
#[derive(Debug, Clone, PartialEq)]
pub struct RowFilter {
    props: ::forma_core::schema::Props,
}
impl RowFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An empty object representing a row wildcard.
    pub fn all_rows_wildcard(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A PartiQL predicate.
    pub fn filter_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RowFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RowFilter> for ::forma_core::Value<RowFilter> {
    fn from(v: RowFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROW_FILTER_TYPE.properties))
    }
}

/// The schema of `AWS::LakeFormation::DataCellsFilter`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LakeFormation::DataCellsFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ColumnNames",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ColumnWildcard",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&COLUMN_WILDCARD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
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
            name: "RowFilter",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ROW_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableCatalogId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static COLUMN_WILDCARD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::DataCellsFilter.ColumnWildcard",
    properties: &[::forma_core::schema::Property {
        name: "ExcludedColumnNames",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static ROW_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::DataCellsFilter.RowFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllRowsWildcard",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "FilterExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
