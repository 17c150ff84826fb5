// @generated from AWS::LakeFormation::TagAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LakeFormation::TagAssociation` and its property types.

/// A resource schema representing a Lake Formation Tag Association.
///
/// CloudFormation type `AWS::LakeFormation::TagAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TagAssociation {
    props: ::forma_core::schema::Props,
}
impl TagAssociation {
    /// A new resource with its required properties: `LFTags`, `Resource`.
    #[track_caller]
    pub fn new(
        lf_tags: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LfTagPair>>>,
        resource: impl ::std::convert::Into<::forma_core::Value<Resource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, lf_tags.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, resource.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for TagAssociation {
    type Attributes = TagAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::LakeFormation::TagAssociation"
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
/// The attributes of a `AWS::LakeFormation::TagAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct TagAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for TagAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl TagAssociationAttributes {
    /// `Fn::GetAtt` `ResourceIdentifier`.
    pub fn resource_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceIdentifier")
    }
    /// `Fn::GetAtt` `TagsIdentifier`.
    pub fn tags_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TagsIdentifier")
    }
}

/// The `LFTagPair` property type of `AWS::LakeFormation::TagAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct LfTagPair {
    props: ::forma_core::schema::Props,
}
impl LfTagPair {
    /// A new value with its required properties: `CatalogId`, `TagKey`, `TagValues`.
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tag_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tag_values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog_id.into().into_expr());
        props.set(1, tag_key.into().into_expr());
        props.set(2, tag_values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LfTagPair> for ::forma_core::Value<LfTagPair> {
    fn from(v: LfTagPair) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LF_TAG_PAIR_TYPE.properties))
    }
}

/// The `Resource` property type of `AWS::LakeFormation::TagAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    props: ::forma_core::schema::Props,
}
impl Resource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Catalog`.
    pub fn catalog(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Database`.
    pub fn database(mut self, value: impl ::std::convert::Into<::forma_core::Value<DatabaseResource>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Table`.
    pub fn table(mut self, value: impl ::std::convert::Into<::forma_core::Value<TableResource>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TableWithColumns`.
    pub fn table_with_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TableWithColumnsResource>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Resource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Resource> for ::forma_core::Value<Resource> {
    fn from(v: Resource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_TYPE.properties))
    }
}

/// The `DatabaseResource` property type of `AWS::LakeFormation::TagAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseResource {
    props: ::forma_core::schema::Props,
}
impl DatabaseResource {
    /// A new value with its required properties: `CatalogId`, `Name`.
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog_id.into().into_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DatabaseResource> for ::forma_core::Value<DatabaseResource> {
    fn from(v: DatabaseResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_RESOURCE_TYPE.properties))
    }
}

/// The `TableResource` property type of `AWS::LakeFormation::TagAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableResource {
    props: ::forma_core::schema::Props,
}
impl TableResource {
    /// A new value with its required properties: `CatalogId`, `DatabaseName`.
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog_id.into().into_expr());
        props.set(1, database_name.into().into_expr());
        Self { props }
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TableWildcard`.
    pub fn table_wildcard(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TableResource> for ::forma_core::Value<TableResource> {
    fn from(v: TableResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_RESOURCE_TYPE.properties))
    }
}

/// The `TableWithColumnsResource` property type of `AWS::LakeFormation::TagAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableWithColumnsResource {
    props: ::forma_core::schema::Props,
}
impl TableWithColumnsResource {
    /// A new value with its required properties: `CatalogId`, `ColumnNames`, `DatabaseName`, `Name`.
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        column_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog_id.into().into_expr());
        props.set(1, column_names.into().into_expr());
        props.set(2, database_name.into().into_expr());
        props.set(3, name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TableWithColumnsResource> for ::forma_core::Value<TableWithColumnsResource> {
    fn from(v: TableWithColumnsResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_WITH_COLUMNS_RESOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::LakeFormation::TagAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LakeFormation::TagAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "LFTags",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LF_TAG_PAIR_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Resource",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["ResourceIdentifier", "TagsIdentifier"],
};

static LF_TAG_PAIR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::TagAssociation.LFTagPair",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagValues",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:\\*\\/=+\\-@%]*)$"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::TagAssociation.Resource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Catalog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Database",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Table",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TABLE_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableWithColumns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TABLE_WITH_COLUMNS_RESOURCE_TYPE),
        },
    ],
    rules: &[],
};

static DATABASE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::TagAssociation.DatabaseResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static TABLE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::TagAssociation.TableResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableWildcard",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static TABLE_WITH_COLUMNS_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::TagAssociation.TableWithColumnsResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnNames",
            required: true,
            create_only: false,
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
            name: "DatabaseName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
