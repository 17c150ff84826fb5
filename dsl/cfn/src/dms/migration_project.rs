// @generated from AWS::DMS::MigrationProject (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DMS::MigrationProject` and its property types.

/// Resource schema for AWS::DMS::MigrationProject
///
/// CloudFormation type `AWS::DMS::MigrationProject`.
#[derive(Debug, Clone, PartialEq)]
pub struct MigrationProject {
    props: ::forma_core::schema::Props,
}
impl MigrationProject {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The optional description of the migration project.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes an instance profile identifier for the migration project.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn instance_profile_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// [DEPRECATED] This property is unused and will be ignored.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn migration_project_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes a name to identify the migration project.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn migration_project_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes schema conversion application attributes for the migration project.
    #[track_caller]
    pub fn schema_conversion_application_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SchemaConversionApplicationAttributes>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes source data provider descriptors for the migration project.
    #[track_caller]
    pub fn source_data_provider_descriptors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataProviderDescriptor>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes target data provider descriptors for the migration project.
    #[track_caller]
    pub fn target_data_provider_descriptors(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<DataProviderDescriptor>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The property describes transformation rules for the migration project.
    #[track_caller]
    pub fn transformation_rules(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for MigrationProject {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for MigrationProject {
    type Attributes = MigrationProjectAttributes;
    fn type_name(&self) -> &str {
        "AWS::DMS::MigrationProject"
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
/// The attributes of a `AWS::DMS::MigrationProject` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MigrationProjectAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MigrationProjectAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MigrationProjectAttributes {
    /// `Fn::GetAtt` `MigrationProjectArn`.
    pub fn migration_project_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MigrationProjectArn")
    }
    /// `Fn::GetAtt` `MigrationProjectCreationTime`.
    pub fn migration_project_creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MigrationProjectCreationTime")
    }
    /// `Fn::GetAtt` `InstanceProfileArn`.
    pub fn instance_profile_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceProfileArn")
    }
    /// `Fn::GetAtt` `InstanceProfileName`.
    pub fn instance_profile_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstanceProfileName")
    }
    /// `Fn::GetAtt` `SourceDataProviderDescriptors.*.DataProviderArn`.
    pub fn source_data_provider_descriptors_data_provider_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "SourceDataProviderDescriptors.*.DataProviderArn")
    }
    /// `Fn::GetAtt` `SourceDataProviderDescriptors.*.DataProviderName`.
    pub fn source_data_provider_descriptors_data_provider_name(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "SourceDataProviderDescriptors.*.DataProviderName")
    }
    /// `Fn::GetAtt` `TargetDataProviderDescriptors.*.DataProviderArn`.
    pub fn target_data_provider_descriptors_data_provider_arn(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "TargetDataProviderDescriptors.*.DataProviderArn")
    }
    /// `Fn::GetAtt` `TargetDataProviderDescriptors.*.DataProviderName`.
    pub fn target_data_provider_descriptors_data_provider_name(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "TargetDataProviderDescriptors.*.DataProviderName")
    }
}

/// The property describes schema conversion application attributes for the migration project.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaConversionApplicationAttributes {
    props: ::forma_core::schema::Props,
}
impl SchemaConversionApplicationAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `S3BucketPath`.
    pub fn s3_bucket_path(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `S3BucketRoleArn`.
    pub fn s3_bucket_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SchemaConversionApplicationAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SchemaConversionApplicationAttributes>
    for ::forma_core::Value<SchemaConversionApplicationAttributes>
{
    fn from(v: SchemaConversionApplicationAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEMA_CONVERSION_APPLICATION_ATTRIBUTES_TYPE.properties))
    }
}

/// It is an object that describes Source and Target DataProviders and credentials for connecting to databases that are used in MigrationProject
#[derive(Debug, Clone, PartialEq)]
pub struct DataProviderDescriptor {
    props: ::forma_core::schema::Props,
}
impl DataProviderDescriptor {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DataProviderArn`.
    pub fn data_provider_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `DataProviderIdentifier`.
    pub fn data_provider_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DataProviderName`.
    pub fn data_provider_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SecretsManagerAccessRoleArn`.
    pub fn secrets_manager_access_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SecretsManagerSecretId`.
    pub fn secrets_manager_secret_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DataProviderDescriptor {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DataProviderDescriptor> for ::forma_core::Value<DataProviderDescriptor> {
    fn from(v: DataProviderDescriptor) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_PROVIDER_DESCRIPTOR_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The schema of `AWS::DMS::MigrationProject`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DMS::MigrationProject",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceProfileIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MigrationProjectIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MigrationProjectName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SchemaConversionApplicationAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEMA_CONVERSION_APPLICATION_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceDataProviderDescriptors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_PROVIDER_DESCRIPTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "TargetDataProviderDescriptors",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DATA_PROVIDER_DESCRIPTOR_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "TransformationRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "MigrationProjectArn",
        "MigrationProjectCreationTime",
        "InstanceProfileArn",
        "InstanceProfileName",
        "SourceDataProviderDescriptors.*.DataProviderArn",
        "SourceDataProviderDescriptors.*.DataProviderName",
        "TargetDataProviderDescriptors.*.DataProviderArn",
        "TargetDataProviderDescriptors.*.DataProviderName",
    ],
};

static SCHEMA_CONVERSION_APPLICATION_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::DMS::MigrationProject.SchemaConversionApplicationAttributes",
        properties: &[
            ::forma_core::schema::Property {
                name: "S3BucketPath",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "S3BucketRoleArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static DATA_PROVIDER_DESCRIPTOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::MigrationProject.DataProviderDescriptor",
    properties: &[
        ::forma_core::schema::Property {
            name: "DataProviderArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataProviderIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DataProviderName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DMS::MigrationProject.Tag",
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
