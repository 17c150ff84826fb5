// @generated from AWS::LakeFormation::Permissions (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LakeFormation::Permissions` and its property types.

/// Resource Type definition for AWS::LakeFormation::Permissions
///
/// CloudFormation type `AWS::LakeFormation::Permissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct Permissions {
    props: ::forma_core::schema::Props,
}
impl Permissions {
    /// A new resource with its required properties: `DataLakePrincipal`, `Resource`.
    #[track_caller]
    pub fn new(
        data_lake_principal: impl ::std::convert::Into<::forma_core::Value<DataLakePrincipal>>,
        resource: impl ::std::convert::Into<::forma_core::Value<Resource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, data_lake_principal.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, resource.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Permissions`.
    #[track_caller]
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PermissionsWithGrantOption`.
    #[track_caller]
    pub fn permissions_with_grant_option(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Permissions {
    type Attributes = PermissionsAttributes;
    fn type_name(&self) -> &str {
        "AWS::LakeFormation::Permissions"
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
/// The attributes of a `AWS::LakeFormation::Permissions` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PermissionsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PermissionsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PermissionsAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `DataLakePrincipal` property type of `AWS::LakeFormation::Permissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakePrincipal {
    props: ::forma_core::schema::Props,
}
impl DataLakePrincipal {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DataLakePrincipalIdentifier`.
    pub fn data_lake_principal_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataLakePrincipal {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataLakePrincipal> for ::forma_core::Value<DataLakePrincipal> {
    fn from(v: DataLakePrincipal) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_LAKE_PRINCIPAL_TYPE.properties))
    }
}

/// The `Resource` property type of `AWS::LakeFormation::Permissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    props: ::forma_core::schema::Props,
}
impl Resource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DataLocationResource`.
    pub fn data_location_resource(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataLocationResource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DatabaseResource`.
    pub fn database_resource(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatabaseResource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `TableResource`.
    pub fn table_resource(mut self, value: impl ::std::convert::Into<::forma_core::Value<TableResource>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `TableWithColumnsResource`.
    pub fn table_with_columns_resource(
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

/// The `DataLocationResource` property type of `AWS::LakeFormation::Permissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLocationResource {
    props: ::forma_core::schema::Props,
}
impl DataLocationResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CatalogId`.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3Resource`.
    pub fn s3_resource(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataLocationResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataLocationResource> for ::forma_core::Value<DataLocationResource> {
    fn from(v: DataLocationResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_LOCATION_RESOURCE_TYPE.properties))
    }
}

/// The `DatabaseResource` property type of `AWS::LakeFormation::Permissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseResource {
    props: ::forma_core::schema::Props,
}
impl DatabaseResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CatalogId`.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatabaseResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatabaseResource> for ::forma_core::Value<DatabaseResource> {
    fn from(v: DatabaseResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_RESOURCE_TYPE.properties))
    }
}

/// The `TableResource` property type of `AWS::LakeFormation::Permissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableResource {
    props: ::forma_core::schema::Props,
}
impl TableResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CatalogId`.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DatabaseName`.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Name`.
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
impl ::std::default::Default for TableResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TableResource> for ::forma_core::Value<TableResource> {
    fn from(v: TableResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_RESOURCE_TYPE.properties))
    }
}

/// The `TableWithColumnsResource` property type of `AWS::LakeFormation::Permissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableWithColumnsResource {
    props: ::forma_core::schema::Props,
}
impl TableWithColumnsResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CatalogId`.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ColumnNames`.
    pub fn column_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ColumnWildcard`.
    pub fn column_wildcard(mut self, value: impl ::std::convert::Into<::forma_core::Value<ColumnWildcard>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DatabaseName`.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TableWithColumnsResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TableWithColumnsResource> for ::forma_core::Value<TableWithColumnsResource> {
    fn from(v: TableWithColumnsResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_WITH_COLUMNS_RESOURCE_TYPE.properties))
    }
}

/// The `ColumnWildcard` property type of `AWS::LakeFormation::Permissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnWildcard {
    props: ::forma_core::schema::Props,
}
impl ColumnWildcard {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ExcludedColumnNames`.
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

/// The schema of `AWS::LakeFormation::Permissions`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LakeFormation::Permissions",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataLakePrincipal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DATA_LAKE_PRINCIPAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PermissionsWithGrantOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
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
    attributes: &["Id"],
};

static DATA_LAKE_PRINCIPAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::Permissions.DataLakePrincipal",
    properties: &[::forma_core::schema::Property {
        name: "DataLakePrincipalIdentifier",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::Permissions.Resource",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataLocationResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_LOCATION_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TABLE_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "TableWithColumnsResource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TABLE_WITH_COLUMNS_RESOURCE_TYPE),
        },
    ],
    rules: &[],
};

static DATA_LOCATION_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::Permissions.DataLocationResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Resource",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DATABASE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::Permissions.DatabaseResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TABLE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::Permissions.TableResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    name: "AWS::LakeFormation::Permissions.TableWithColumnsResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ColumnNames",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ColumnWildcard",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLUMN_WILDCARD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static COLUMN_WILDCARD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::Permissions.ColumnWildcard",
    properties: &[::forma_core::schema::Property {
        name: "ExcludedColumnNames",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};
