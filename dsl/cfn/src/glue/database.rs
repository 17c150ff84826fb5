// @generated from AWS::Glue::Database (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Database` and its property types.

/// Resource Type definition for AWS::Glue::Database
///
/// CloudFormation type `AWS::Glue::Database`.
#[derive(Debug, Clone, PartialEq)]
pub struct Database {
    props: ::forma_core::schema::Props,
}
impl Database {
    /// A new resource with its required properties: `CatalogId`, `DatabaseInput`.
    #[track_caller]
    pub fn new(
        catalog_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        database_input: impl ::std::convert::Into<::forma_core::Value<DatabaseInput>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, catalog_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, database_input.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of the database.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Database {
    type Attributes = DatabaseAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Database"
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
/// The attributes of a `AWS::Glue::Database` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DatabaseAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DatabaseAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The structure used to create or update a database.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseInput {
    props: ::forma_core::schema::Props,
}
impl DatabaseInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Creates a set of default permissions on the table for principals.
    pub fn create_table_default_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrincipalPrivileges>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A description of the database.
    ///
    /// Allowed: length 0 to 2048.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A FederatedDatabase structure that references an entity outside the AWS Glue Data Catalog.
    pub fn federated_database(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FederatedDatabase>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The location of the database (for example, an HDFS path).
    ///
    /// Allowed: length 1 to 1024.
    pub fn location_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The name of the database.
    ///
    /// Allowed: length 1 to 255.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Parameters`.
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// A DatabaseIdentifier structure that describes a target database for resource linking.
    pub fn target_database(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DatabaseIdentifier>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatabaseInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatabaseInput> for ::forma_core::Value<DatabaseInput> {
    fn from(v: DatabaseInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_INPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `ALTER`, `CREATE_DATABASE`, `CREATE_TABLE`, `DATA_LOCATION_ACCESS`, `DELETE`, `DROP`, `INSERT`, `SELECT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Permissions {
    /// `ALL`
    All,
    /// `ALTER`
    Alter,
    /// `CREATE_DATABASE`
    CreateDatabase,
    /// `CREATE_TABLE`
    CreateTable,
    /// `DATA_LOCATION_ACCESS`
    DataLocationAccess,
    /// `DELETE`
    Delete,
    /// `DROP`
    Drop,
    /// `INSERT`
    Insert,
    /// `SELECT`
    Select,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Permissions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Alter => "ALTER",
            Self::CreateDatabase => "CREATE_DATABASE",
            Self::CreateTable => "CREATE_TABLE",
            Self::DataLocationAccess => "DATA_LOCATION_ACCESS",
            Self::Delete => "DELETE",
            Self::Drop => "DROP",
            Self::Insert => "INSERT",
            Self::Select => "SELECT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ALL",
            "ALTER",
            "CREATE_DATABASE",
            "CREATE_TABLE",
            "DATA_LOCATION_ACCESS",
            "DELETE",
            "DROP",
            "INSERT",
            "SELECT",
        ]
    }
}
impl ::std::convert::From<Permissions> for ::forma_core::Value<Permissions> {
    fn from(v: Permissions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Permissions {}

/// The permissions granted to a principal.
#[derive(Debug, Clone, PartialEq)]
pub struct PrincipalPrivileges {
    props: ::forma_core::schema::Props,
}
impl PrincipalPrivileges {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The permissions that are granted to the principal.
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Permissions>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The principal who is granted permissions.
    pub fn principal(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataLakePrincipal>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrincipalPrivileges {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrincipalPrivileges> for ::forma_core::Value<PrincipalPrivileges> {
    fn from(v: PrincipalPrivileges) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRINCIPAL_PRIVILEGES_TYPE.properties))
    }
}

/// A FederatedDatabase structure that references an entity outside the AWS Glue Data Catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct FederatedDatabase {
    props: ::forma_core::schema::Props,
}
impl FederatedDatabase {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the connection to the external metastore.
    ///
    /// Allowed: length 1 to 255.
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A unique identifier for the federated database.
    ///
    /// Allowed: length 1 to 512.
    pub fn identifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FederatedDatabase {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FederatedDatabase> for ::forma_core::Value<FederatedDatabase> {
    fn from(v: FederatedDatabase) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FEDERATED_DATABASE_TYPE.properties))
    }
}

/// A structure that describes a target database for resource linking.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseIdentifier {
    props: ::forma_core::schema::Props,
}
impl DatabaseIdentifier {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the Data Catalog in which the database resides.
    ///
    /// Allowed: length 1 to 255.
    pub fn catalog_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the catalog database.
    ///
    /// Allowed: length 1 to 255.
    pub fn database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Region of the target database.
    ///
    /// Allowed: length 1 to 255.
    pub fn region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DatabaseIdentifier {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DatabaseIdentifier> for ::forma_core::Value<DatabaseIdentifier> {
    fn from(v: DatabaseIdentifier) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATABASE_IDENTIFIER_TYPE.properties))
    }
}

/// The AWS Lake Formation principal.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakePrincipal {
    props: ::forma_core::schema::Props,
}
impl DataLakePrincipal {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An identifier for the AWS Lake Formation principal.
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

/// The schema of `AWS::Glue::Database`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Database",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseInput",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};

static DATABASE_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Database.DatabaseInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreateTableDefaultPermissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRINCIPAL_PRIVILEGES_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "FederatedDatabase",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FEDERATED_DATABASE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocationUri",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
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
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "TargetDatabase",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATABASE_IDENTIFIER_TYPE),
        },
    ],
    rules: &[],
};

static PRINCIPAL_PRIVILEGES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Database.PrincipalPrivileges",
    properties: &[
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ALL",
                    "ALTER",
                    "CREATE_DATABASE",
                    "CREATE_TABLE",
                    "DATA_LOCATION_ACCESS",
                    "DELETE",
                    "DROP",
                    "INSERT",
                    "SELECT",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_LAKE_PRINCIPAL_TYPE),
        },
    ],
    rules: &[],
};

static FEDERATED_DATABASE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Database.FederatedDatabase",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Identifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[],
};

static DATABASE_IDENTIFIER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Database.DatabaseIdentifier",
    properties: &[
        ::forma_core::schema::Property {
            name: "CatalogId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: false,
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

static DATA_LAKE_PRINCIPAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Database.DataLakePrincipal",
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
