// @generated from AWS::Glue::Catalog (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Glue::Catalog` and its property types.

/// Creates a catalog in the Glue Data Catalog.
///
/// CloudFormation type `AWS::Glue::Catalog`.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    props: ::forma_core::schema::Props,
}
impl Catalog {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Allows third-party engines to access data in Amazon S3 locations that are registered with Lake Formation.
    #[track_caller]
    pub fn allow_full_table_external_data_access(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AllowFullTableExternalDataAccess>,
    ) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure that specifies data lake access properties and other custom properties.
    #[track_caller]
    pub fn catalog_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CatalogProperties>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of PrincipalPermissions objects for default database permissions.
    #[track_caller]
    pub fn create_database_default_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrincipalPermissions>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of PrincipalPermissions objects for default table permissions.
    #[track_caller]
    pub fn create_table_default_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrincipalPermissions>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the catalog.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A FederatedCatalog structure that references an entity outside the Glue Data Catalog.
    #[track_caller]
    pub fn federated_catalog(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FederatedCatalog>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to overwrite child resource permissions with the default permissions.
    #[track_caller]
    pub fn overwrite_child_resource_permissions_with_default(
        mut self,
        value: impl ::forma_core::schema::EnumArg<OverwriteChildResourcePermissionsWithDefault>,
    ) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of key-value pairs that define parameters and properties of the catalog.
    #[track_caller]
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure that describes a target catalog for resource linking.
    #[track_caller]
    pub fn target_redshift_catalog(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetRedshiftCatalog>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Catalog {
    type Attributes = CatalogAttributes;
    fn type_name(&self) -> &str {
        "AWS::Glue::Catalog"
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
/// The attributes of a `AWS::Glue::Catalog` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CatalogAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CatalogAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CatalogAttributes {
    /// `Fn::GetAtt` `CatalogId`.
    pub fn catalog_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CatalogId")
    }
    /// `Fn::GetAtt` `ResourceArn`.
    pub fn resource_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ResourceArn")
    }
    /// `Fn::GetAtt` `CreateTime`.
    pub fn create_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "CreateTime")
    }
    /// `Fn::GetAtt` `UpdateTime`.
    pub fn update_time(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "UpdateTime")
    }
    /// `Fn::GetAtt` `CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupName`.
    pub fn catalog_properties_data_lake_access_properties_managed_workgroup_name(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupName")
    }
    /// `Fn::GetAtt` `CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupStatus`.
    pub fn catalog_properties_data_lake_access_properties_managed_workgroup_status(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupStatus")
    }
    /// `Fn::GetAtt` `CatalogProperties.DataLakeAccessProperties.RedshiftDatabaseName`.
    pub fn catalog_properties_data_lake_access_properties_redshift_database_name(
        &self,
    ) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CatalogProperties.DataLakeAccessProperties.RedshiftDatabaseName")
    }
    /// `Fn::GetAtt` `CatalogProperties.CustomProperties`.
    pub fn catalog_properties_custom_properties(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CatalogProperties.CustomProperties")
    }
    /// `Fn::GetAtt` `CreateDatabaseDefaultPermissions.*.Principal`.
    pub fn create_database_default_permissions_principal(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CreateDatabaseDefaultPermissions.*.Principal")
    }
    /// `Fn::GetAtt` `CreateDatabaseDefaultPermissions.*.Principal.DataLakePrincipalIdentifier`.
    pub fn create_database_default_permissions_principal_data_lake_principal_identifier(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(
            &self.node,
            "CreateDatabaseDefaultPermissions.*.Principal.DataLakePrincipalIdentifier",
        )
    }
    /// `Fn::GetAtt` `CreateDatabaseDefaultPermissions.*.Permissions`.
    pub fn create_database_default_permissions_permissions(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CreateDatabaseDefaultPermissions.*.Permissions")
    }
    /// `Fn::GetAtt` `CreateTableDefaultPermissions.*.Principal`.
    pub fn create_table_default_permissions_principal(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CreateTableDefaultPermissions.*.Principal")
    }
    /// `Fn::GetAtt` `CreateTableDefaultPermissions.*.Principal.DataLakePrincipalIdentifier`.
    pub fn create_table_default_permissions_principal_data_lake_principal_identifier(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(
            &self.node,
            "CreateTableDefaultPermissions.*.Principal.DataLakePrincipalIdentifier",
        )
    }
    /// `Fn::GetAtt` `CreateTableDefaultPermissions.*.Permissions`.
    pub fn create_table_default_permissions_permissions(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CreateTableDefaultPermissions.*.Permissions")
    }
}

/// The values CloudFormation documents: `True`, `False`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllowFullTableExternalDataAccess {
    /// `True`
    True,
    /// `False`
    False,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AllowFullTableExternalDataAccess {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "True",
            Self::False => "False",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["True", "False"]
    }
}
impl ::std::convert::From<AllowFullTableExternalDataAccess> for ::forma_core::Value<AllowFullTableExternalDataAccess> {
    fn from(v: AllowFullTableExternalDataAccess) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AllowFullTableExternalDataAccess {}

/// The values CloudFormation documents: `Accept`, `Deny`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OverwriteChildResourcePermissionsWithDefault {
    /// `Accept`
    Accept,
    /// `Deny`
    Deny,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OverwriteChildResourcePermissionsWithDefault {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accept => "Accept",
            Self::Deny => "Deny",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Accept", "Deny"]
    }
}
impl ::std::convert::From<OverwriteChildResourcePermissionsWithDefault>
    for ::forma_core::Value<OverwriteChildResourcePermissionsWithDefault>
{
    fn from(v: OverwriteChildResourcePermissionsWithDefault) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OverwriteChildResourcePermissionsWithDefault {}

/// A structure that specifies data lake access properties and other custom properties.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogProperties {
    props: ::forma_core::schema::Props,
}
impl CatalogProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Additional key-value properties for the catalog.
    pub fn custom_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Data lake access properties for the catalog.
    pub fn data_lake_access_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataLakeAccessProperties>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CatalogProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CatalogProperties> for ::forma_core::Value<CatalogProperties> {
    fn from(v: CatalogProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CATALOG_PROPERTIES_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ALL`, `SELECT`, `ALTER`, `DROP`, `DELETE`, `INSERT`, `CREATE_DATABASE`, `CREATE_TABLE`, `DATA_LOCATION_ACCESS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Permissions {
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
    /// `CREATE_DATABASE`
    CreateDatabase,
    /// `CREATE_TABLE`
    CreateTable,
    /// `DATA_LOCATION_ACCESS`
    DataLocationAccess,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Permissions {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Select => "SELECT",
            Self::Alter => "ALTER",
            Self::Drop => "DROP",
            Self::Delete => "DELETE",
            Self::Insert => "INSERT",
            Self::CreateDatabase => "CREATE_DATABASE",
            Self::CreateTable => "CREATE_TABLE",
            Self::DataLocationAccess => "DATA_LOCATION_ACCESS",
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
            "CREATE_DATABASE",
            "CREATE_TABLE",
            "DATA_LOCATION_ACCESS",
        ]
    }
}
impl ::std::convert::From<Permissions> for ::forma_core::Value<Permissions> {
    fn from(v: Permissions) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Permissions {}

/// Permissions granted to a principal.
#[derive(Debug, Clone, PartialEq)]
pub struct PrincipalPermissions {
    props: ::forma_core::schema::Props,
}
impl PrincipalPermissions {
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
    /// The Lake Formation principal.
    pub fn principal(mut self, value: impl ::std::convert::Into<::forma_core::Value<DataLakePrincipal>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PrincipalPermissions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PrincipalPermissions> for ::forma_core::Value<PrincipalPermissions> {
    fn from(v: PrincipalPermissions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRINCIPAL_PERMISSIONS_TYPE.properties))
    }
}

/// A FederatedCatalog structure that references an entity outside the Glue Data Catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct FederatedCatalog {
    props: ::forma_core::schema::Props,
}
impl FederatedCatalog {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the connection to an external data source.
    pub fn connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A unique identifier for the federated catalog.
    pub fn identifier(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FederatedCatalog {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FederatedCatalog> for ::forma_core::Value<FederatedCatalog> {
    fn from(v: FederatedCatalog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FEDERATED_CATALOG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Glue::Catalog`.
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

/// A structure that describes a target catalog for resource linking.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetRedshiftCatalog {
    props: ::forma_core::schema::Props,
}
impl TargetRedshiftCatalog {
    /// A new value with its required properties: `CatalogArn`.
    pub fn new(catalog_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, catalog_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<TargetRedshiftCatalog> for ::forma_core::Value<TargetRedshiftCatalog> {
    fn from(v: TargetRedshiftCatalog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_REDSHIFT_CATALOG_TYPE.properties))
    }
}

/// Data lake access properties for the catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakeAccessProperties {
    props: ::forma_core::schema::Props,
}
impl DataLakeAccessProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Allows third-party engines to access data in Amazon S3 locations that are registered with Lake Formation.
    pub fn allow_full_table_external_data_access(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AllowFullTableExternalDataAccess>,
    ) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// Specifies a federated catalog type for the native catalog resource.
    pub fn catalog_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Turns on or off data lake access for Apache Spark applications that access Amazon Redshift databases in the Data Catalog from any non-Redshift engine.
    pub fn data_lake_access(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A role that will be assumed by Glue for transferring data into/out of the staging bucket during a query.
    pub fn data_transfer_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// An encryption key that will be used for the staging bucket that will be created along with the catalog.
    pub fn kms_key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The name of the managed workgroup associated with the catalog.
    pub fn managed_workgroup_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The status of the managed workgroup.
    pub fn managed_workgroup_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The name of the Redshift database.
    pub fn redshift_database_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataLakeAccessProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataLakeAccessProperties> for ::forma_core::Value<DataLakeAccessProperties> {
    fn from(v: DataLakeAccessProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_LAKE_ACCESS_PROPERTIES_TYPE.properties))
    }
}

/// The Lake Formation principal.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakePrincipal {
    props: ::forma_core::schema::Props,
}
impl DataLakePrincipal {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An identifier for the Lake Formation principal.
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

/// The schema of `AWS::Glue::Catalog`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Glue::Catalog",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowFullTableExternalDataAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["True", "False"]),
        },
        ::forma_core::schema::Property {
            name: "CatalogProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CATALOG_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CreateDatabaseDefaultPermissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRINCIPAL_PERMISSIONS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "CreateTableDefaultPermissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PRINCIPAL_PERMISSIONS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "FederatedCatalog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FEDERATED_CATALOG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!(.*[.\\/\\\\]|aws:)).*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "OverwriteChildResourcePermissionsWithDefault",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Accept", "Deny"]),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
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
        ::forma_core::schema::Property {
            name: "TargetRedshiftCatalog",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TARGET_REDSHIFT_CATALOG_TYPE),
        },
    ],
    rules: &[],
    attributes: &[
        "CatalogId",
        "ResourceArn",
        "CreateTime",
        "UpdateTime",
        "CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupName",
        "CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupStatus",
        "CatalogProperties.DataLakeAccessProperties.RedshiftDatabaseName",
        "CatalogProperties.CustomProperties",
        "CreateDatabaseDefaultPermissions.*.Principal",
        "CreateDatabaseDefaultPermissions.*.Principal.DataLakePrincipalIdentifier",
        "CreateDatabaseDefaultPermissions.*.Permissions",
        "CreateTableDefaultPermissions.*.Principal",
        "CreateTableDefaultPermissions.*.Principal.DataLakePrincipalIdentifier",
        "CreateTableDefaultPermissions.*.Permissions",
    ],
};

static CATALOG_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Catalog.CatalogProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "DataLakeAccessProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_LAKE_ACCESS_PROPERTIES_TYPE),
        },
    ],
    rules: &[],
};

static PRINCIPAL_PERMISSIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Catalog.PrincipalPermissions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ALL",
                    "SELECT",
                    "ALTER",
                    "DROP",
                    "DELETE",
                    "INSERT",
                    "CREATE_DATABASE",
                    "CREATE_TABLE",
                    "DATA_LOCATION_ACCESS",
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

static FEDERATED_CATALOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Catalog.FederatedCatalog",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectionName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Identifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Catalog.Tag",
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

static TARGET_REDSHIFT_CATALOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Catalog.TargetRedshiftCatalog",
    properties: &[::forma_core::schema::Property {
        name: "CatalogArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static DATA_LAKE_ACCESS_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Catalog.DataLakeAccessProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowFullTableExternalDataAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["True", "False"]),
        },
        ::forma_core::schema::Property {
            name: "CatalogType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataLakeAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DataTransferRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManagedWorkgroupName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ManagedWorkgroupStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RedshiftDatabaseName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static DATA_LAKE_PRINCIPAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Glue::Catalog.DataLakePrincipal",
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
