// @generated from AWS::LakeFormation::PrincipalPermissions (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LakeFormation::PrincipalPermissions` and its property types.

/// The `AWS::LakeFormation::PrincipalPermissions` resource represents the permissions that a principal has on a GLUDC resource (such as GLUlong databases or GLUlong tables).
///
/// CloudFormation type `AWS::LakeFormation::PrincipalPermissions`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrincipalPermissions {
    props: ::forma_core::schema::Props,
}
impl PrincipalPermissions {
    /// A new resource with its required properties: `Permissions`, `PermissionsWithGrantOption`, `Principal`, `Resource`.
    #[track_caller]
    pub fn new(
        permissions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Permission>>>,
        permissions_with_grant_option: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Permission>>>,
        principal: impl ::std::convert::Into<::forma_core::Value<DataLakePrincipal>>,
        resource: impl ::std::convert::Into<::forma_core::Value<Resource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, permissions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, permissions_with_grant_option.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, principal.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, resource.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The identifier for the GLUDC.
    ///
    /// Allowed: length 12 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn catalog(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PrincipalPermissions {
    type Attributes = PrincipalPermissionsAttributes;
    fn type_name(&self) -> &str {
        "AWS::LakeFormation::PrincipalPermissions"
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
/// The attributes of a `AWS::LakeFormation::PrincipalPermissions` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PrincipalPermissionsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PrincipalPermissionsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PrincipalPermissionsAttributes {
    /// `Fn::GetAtt` `PrincipalIdentifier`.
    pub fn principal_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrincipalIdentifier")
    }
    /// `Fn::GetAtt` `ResourceIdentifier`.
    pub fn resource_identifier(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceIdentifier")
    }
}

/// The values CloudFormation documents: `ALL`, `SELECT`, `ALTER`, `DROP`, `DELETE`, `INSERT`, `DESCRIBE`, `CREATE_DATABASE`, `CREATE_TABLE`, `DATA_LOCATION_ACCESS`, `CREATE_LF_TAG`, `ASSOCIATE`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Permission {
    /// `ALL`
    All,
    /// `SELECT`
    Select,
    /// `ALTER`
    Alter,
    /// `DROP`
    Drop,
    /// `DELETE`
    Delete,
    /// `INSERT`
    Insert,
    /// `DESCRIBE`
    Describe,
    /// `CREATE_DATABASE`
    CreateDatabase,
    /// `CREATE_TABLE`
    CreateTable,
    /// `DATA_LOCATION_ACCESS`
    DataLocationAccess,
    /// `CREATE_LF_TAG`
    CreateLfTag,
    /// `ASSOCIATE`
    Associate,
    /// `GRANT_WITH_LF_TAG_EXPRESSION`
    GrantWithLfTagExpression,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Permission {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Select => "SELECT",
            Self::Alter => "ALTER",
            Self::Drop => "DROP",
            Self::Delete => "DELETE",
            Self::Insert => "INSERT",
            Self::Describe => "DESCRIBE",
            Self::CreateDatabase => "CREATE_DATABASE",
            Self::CreateTable => "CREATE_TABLE",
            Self::DataLocationAccess => "DATA_LOCATION_ACCESS",
            Self::CreateLfTag => "CREATE_LF_TAG",
            Self::Associate => "ASSOCIATE",
            Self::GrantWithLfTagExpression => "GRANT_WITH_LF_TAG_EXPRESSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ALL",
            "SELECT",
            "ALTER",
            "DROP",
            "DELETE",
            "INSERT",
            "DESCRIBE",
            "CREATE_DATABASE",
            "CREATE_TABLE",
            "DATA_LOCATION_ACCESS",
            "CREATE_LF_TAG",
            "ASSOCIATE",
            "GRANT_WITH_LF_TAG_EXPRESSION",
        ]
    }
}
impl ::std::convert::From<Permission> for ::forma_core::Value<Permission> {
    fn from(v: Permission) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Permission {}

/// The LFlong principal.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakePrincipal {
    props: ::forma_core::schema::Props,
}
impl DataLakePrincipal {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An identifier for the LFlong principal.
    ///
    /// Allowed: length 1 to 255.
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

/// A structure for the resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    props: ::forma_core::schema::Props,
}
impl Resource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The identifier for the Data Catalog.
    pub fn catalog(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A data cell filter.
    pub fn data_cells_filter(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataCellsFilterResource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The location of an Amazon S3 path where permissions are granted or revoked.
    pub fn data_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataLocationResource>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The database for the resource.
    pub fn database(mut self, value: impl ::std::convert::Into<::forma_core::Value<DatabaseResource>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The LF-tag key and values attached to a resource.
    pub fn lf_tag(mut self, value: impl ::std::convert::Into<::forma_core::Value<LfTagKeyResource>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A list of LF-tag conditions that define a resource's LF-tag policy.
    pub fn lf_tag_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<LfTagPolicyResource>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The table for the resource.
    pub fn table(mut self, value: impl ::std::convert::Into<::forma_core::Value<TableResource>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The table with columns for the resource.
    pub fn table_with_columns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TableWithColumnsResource>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
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

/// A structure that describes certain columns on certain rows.
#[derive(Debug, Clone, PartialEq)]
pub struct DataCellsFilterResource {
    props: ::forma_core::schema::Props,
}
impl DataCellsFilterResource {
    /// A new value with its required properties: `DatabaseName`, `Name`, `TableCatalogId`, `TableName`.
    pub fn new(
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        table_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, database_name.into().into_expr());
        props.set(1, name.into().into_expr());
        props.set(2, table_catalog_id.into().into_expr());
        props.set(3, table_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataCellsFilterResource> for ::forma_core::Value<DataCellsFilterResource> {
    fn from(v: DataCellsFilterResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_CELLS_FILTER_RESOURCE_TYPE.properties))
    }
}

/// A structure for a data location object where permissions are granted or revoked.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLocationResource {
    props: ::forma_core::schema::Props,
}
impl DataLocationResource {
    /// A new value with its required properties: `CatalogId`, `ResourceArn`.
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog_id.into().into_expr());
        props.set(1, resource_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataLocationResource> for ::forma_core::Value<DataLocationResource> {
    fn from(v: DataLocationResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_LOCATION_RESOURCE_TYPE.properties))
    }
}

/// A structure for the database object.
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

/// A structure containing an LF-tag key and values for a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct LfTagKeyResource {
    props: ::forma_core::schema::Props,
}
impl LfTagKeyResource {
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
impl ::std::convert::From<LfTagKeyResource> for ::forma_core::Value<LfTagKeyResource> {
    fn from(v: LfTagKeyResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LF_TAG_KEY_RESOURCE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DATABASE`, `TABLE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `DATABASE`
    Database,
    /// `TABLE`
    Table,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Database => "DATABASE",
            Self::Table => "TABLE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DATABASE", "TABLE"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// A list of LF-tag conditions that define a resource's LF-tag policy.
#[derive(Debug, Clone, PartialEq)]
pub struct LfTagPolicyResource {
    props: ::forma_core::schema::Props,
}
impl LfTagPolicyResource {
    /// A new value with its required properties: `CatalogId`, `Expression`, `ResourceType`.
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        expression: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LfTag>>>,
        resource_type: impl ::forma_core::schema::EnumArg<ResourceType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog_id.into().into_expr());
        props.set(1, expression.into().into_expr());
        props.set(2, resource_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<LfTagPolicyResource> for ::forma_core::Value<LfTagPolicyResource> {
    fn from(v: LfTagPolicyResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LF_TAG_POLICY_RESOURCE_TYPE.properties))
    }
}

/// A structure for the table object.
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
    /// The name of the table.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A wildcard object representing every table under a database.
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

/// A structure for a table with columns object.
#[derive(Debug, Clone, PartialEq)]
pub struct TableWithColumnsResource {
    props: ::forma_core::schema::Props,
}
impl TableWithColumnsResource {
    /// A new value with its required properties: `CatalogId`, `DatabaseName`, `Name`.
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog_id.into().into_expr());
        props.set(3, database_name.into().into_expr());
        props.set(4, name.into().into_expr());
        Self { props }
    }
    /// The list of column names for the table.
    pub fn column_names(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A wildcard specified by a `ColumnWildcard` object.
    pub fn column_wildcard(mut self, value: impl ::std::convert::Into<::forma_core::Value<ColumnWildcard>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<TableWithColumnsResource> for ::forma_core::Value<TableWithColumnsResource> {
    fn from(v: TableWithColumnsResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TABLE_WITH_COLUMNS_RESOURCE_TYPE.properties))
    }
}

/// The LF-tag key and values attached to a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct LfTag {
    props: ::forma_core::schema::Props,
}
impl LfTag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key-name for the LF-tag.
    ///
    /// Allowed: length 1 to 128.
    pub fn tag_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of possible values of the corresponding `TagKey` of an LF-tag key-value pair.
    pub fn tag_values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LfTag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LfTag> for ::forma_core::Value<LfTag> {
    fn from(v: LfTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LF_TAG_TYPE.properties))
    }
}

/// A wildcard object, consisting of an optional list of excluded column names or indexes.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnWildcard {
    props: ::forma_core::schema::Props,
}
impl ColumnWildcard {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Excludes column names.
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

/// The schema of `AWS::LakeFormation::PrincipalPermissions`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LakeFormation::PrincipalPermissions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Catalog",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ALL",
                    "SELECT",
                    "ALTER",
                    "DROP",
                    "DELETE",
                    "INSERT",
                    "DESCRIBE",
                    "CREATE_DATABASE",
                    "CREATE_TABLE",
                    "DATA_LOCATION_ACCESS",
                    "CREATE_LF_TAG",
                    "ASSOCIATE",
                    "GRANT_WITH_LF_TAG_EXPRESSION",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "PermissionsWithGrantOption",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ALL",
                    "SELECT",
                    "ALTER",
                    "DROP",
                    "DELETE",
                    "INSERT",
                    "DESCRIBE",
                    "CREATE_DATABASE",
                    "CREATE_TABLE",
                    "DATA_LOCATION_ACCESS",
                    "CREATE_LF_TAG",
                    "ASSOCIATE",
                    "GRANT_WITH_LF_TAG_EXPRESSION",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DATA_LAKE_PRINCIPAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Resource",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["PrincipalIdentifier", "ResourceIdentifier"],
};

static DATA_LAKE_PRINCIPAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::PrincipalPermissions.DataLakePrincipal",
    properties: &[::forma_core::schema::Property {
        name: "DataLakePrincipalIdentifier",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(255),
        }),
    }],
    rules: &[],
};

static RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::PrincipalPermissions.Resource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Catalog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataCellsFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_CELLS_FILTER_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_LOCATION_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Database",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LFTag",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LF_TAG_KEY_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LFTagPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LF_TAG_POLICY_RESOURCE_TYPE),
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

static DATA_CELLS_FILTER_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::PrincipalPermissions.DataCellsFilterResource",
    properties: &[
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
        ::forma_core::schema::Property {
            name: "TableCatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TableName",
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

static DATA_LOCATION_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::PrincipalPermissions.DataLocationResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DATABASE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::PrincipalPermissions.DatabaseResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
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

static LF_TAG_KEY_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::PrincipalPermissions.LFTagKeyResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagValues",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static LF_TAG_POLICY_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::PrincipalPermissions.LFTagPolicyResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Expression",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LF_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DATABASE", "TABLE"]),
        },
    ],
    rules: &[],
};

static TABLE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::PrincipalPermissions.TableResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(255),
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
    name: "AWS::LakeFormation::PrincipalPermissions.TableWithColumnsResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ColumnNames",
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
        },
        ::forma_core::schema::Property {
            name: "ColumnWildcard",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COLUMN_WILDCARD_TYPE),
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

static LF_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::PrincipalPermissions.LFTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "TagKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TagValues",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
};

static COLUMN_WILDCARD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::PrincipalPermissions.ColumnWildcard",
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
