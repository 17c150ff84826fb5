// @generated from AWS::OpenSearch::DataSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpenSearch::DataSource` and its property types.

/// Creates a data source for an Amazon OpenSearch Service domain.
///
/// CloudFormation type `AWS::OpenSearch::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSource {
    props: ::forma_core::schema::Props,
}
impl DataSource {
    /// A new resource with its required properties: `DataSourceType`, `DomainName`, `Name`.
    #[track_caller]
    pub fn new(
        data_source_type: impl ::std::convert::Into<::forma_core::Value<DataSourceType>>,
        domain_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, data_source_type.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, domain_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the data source.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataSource {
    type Attributes = DataSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpenSearch::DataSource"
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
/// The attributes of a `AWS::OpenSearch::DataSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataSourceAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
}

/// The type of data source.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSourceType {
    props: ::forma_core::schema::Props,
}
impl DataSourceType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for an S3 Glue Data Catalog data source.
    pub fn s3_glue_data_catalog(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3GlueDataCatalog>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataSourceType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataSourceType> for ::forma_core::Value<DataSourceType> {
    fn from(v: DataSourceType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SOURCE_TYPE_TYPE.properties))
    }
}

/// Configuration for an S3 Glue Data Catalog data source.
#[derive(Debug, Clone, PartialEq)]
pub struct S3GlueDataCatalog {
    props: ::forma_core::schema::Props,
}
impl S3GlueDataCatalog {
    /// A new value with its required properties: `RoleArn`.
    pub fn new(role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, role_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3GlueDataCatalog> for ::forma_core::Value<S3GlueDataCatalog> {
    fn from(v: S3GlueDataCatalog) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_GLUE_DATA_CATALOG_TYPE.properties))
    }
}

/// The schema of `AWS::OpenSearch::DataSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpenSearch::DataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataSourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_SOURCE_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z0-9_])*[\\\\a-zA-Z0-9_@#%*+=:?./!\\s-]*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9\\-]+$"),
                min_length: Some(3),
                max_length: Some(28),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9_]+$"),
                min_length: Some(3),
                max_length: Some(80),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Status"],
};

static DATA_SOURCE_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearch::DataSource.DataSourceType",
    properties: &[::forma_core::schema::Property {
        name: "S3GlueDataCatalog",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&S3_GLUE_DATA_CATALOG_TYPE),
    }],
    rules: &[],
};

static S3_GLUE_DATA_CATALOG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearch::DataSource.S3GlueDataCatalog",
    properties: &[::forma_core::schema::Property {
        name: "RoleArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:.*:iam::\\d{12}:role/.+$"),
            min_length: Some(20),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};
