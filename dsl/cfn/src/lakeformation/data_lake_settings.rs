// @generated from AWS::LakeFormation::DataLakeSettings (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LakeFormation::DataLakeSettings` and its property types.

/// Resource Type definition for AWS::LakeFormation::DataLakeSettings
///
/// CloudFormation type `AWS::LakeFormation::DataLakeSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakeSettings {
    props: ::forma_core::schema::Props,
}
impl DataLakeSettings {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Admins`.
    #[track_caller]
    pub fn admins(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataLakePrincipal>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AllowExternalDataFiltering`.
    #[track_caller]
    pub fn allow_external_data_filtering(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AllowFullTableExternalDataAccess`.
    #[track_caller]
    pub fn allow_full_table_external_data_access(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `AuthorizedSessionTagValueList`.
    #[track_caller]
    pub fn authorized_session_tag_value_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CreateDatabaseDefaultPermissions`.
    #[track_caller]
    pub fn create_database_default_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrincipalPermissions>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `CreateTableDefaultPermissions`.
    #[track_caller]
    pub fn create_table_default_permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PrincipalPermissions>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ExternalDataFilteringAllowList`.
    #[track_caller]
    pub fn external_data_filtering_allow_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataLakePrincipal>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MutationType`.
    #[track_caller]
    pub fn mutation_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Parameters`.
    #[track_caller]
    pub fn parameters(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ReadOnlyAdmins`.
    #[track_caller]
    pub fn read_only_admins(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataLakePrincipal>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TrustedResourceOwners`.
    #[track_caller]
    pub fn trusted_resource_owners(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for DataLakeSettings {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for DataLakeSettings {
    type Attributes = DataLakeSettingsAttributes;
    fn type_name(&self) -> &str {
        "AWS::LakeFormation::DataLakeSettings"
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
/// The attributes of a `AWS::LakeFormation::DataLakeSettings` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataLakeSettingsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataLakeSettingsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataLakeSettingsAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `DataLakePrincipal` property type of `AWS::LakeFormation::DataLakeSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataLakePrincipal {
    props: ::forma_core::schema::Props,
}
impl DataLakePrincipal {
    /// A new value with its required properties: `DataLakePrincipalIdentifier`.
    pub fn new(
        data_lake_principal_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, data_lake_principal_identifier.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataLakePrincipal> for ::forma_core::Value<DataLakePrincipal> {
    fn from(v: DataLakePrincipal) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_LAKE_PRINCIPAL_TYPE.properties))
    }
}

/// The `PrincipalPermissions` property type of `AWS::LakeFormation::DataLakeSettings`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrincipalPermissions {
    props: ::forma_core::schema::Props,
}
impl PrincipalPermissions {
    /// A new value with its required properties: `Permissions`, `Principal`.
    pub fn new(
        permissions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        principal: impl ::std::convert::Into<::forma_core::Value<DataLakePrincipal>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, permissions.into().into_expr());
        props.set(1, principal.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PrincipalPermissions> for ::forma_core::Value<PrincipalPermissions> {
    fn from(v: PrincipalPermissions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRINCIPAL_PERMISSIONS_TYPE.properties))
    }
}

/// The schema of `AWS::LakeFormation::DataLakeSettings`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::LakeFormation::DataLakeSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Admins",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_LAKE_PRINCIPAL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllowExternalDataFiltering",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AllowFullTableExternalDataAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AuthorizedSessionTagValueList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "ExternalDataFilteringAllowList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_LAKE_PRINCIPAL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MutationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Parameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ReadOnlyAdmins",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_LAKE_PRINCIPAL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TrustedResourceOwners",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static DATA_LAKE_PRINCIPAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::DataLakeSettings.DataLakePrincipal",
    properties: &[::forma_core::schema::Property {
        name: "DataLakePrincipalIdentifier",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static PRINCIPAL_PERMISSIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LakeFormation::DataLakeSettings.PrincipalPermissions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Permissions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_LAKE_PRINCIPAL_TYPE),
        },
    ],
    rules: &[],
};
