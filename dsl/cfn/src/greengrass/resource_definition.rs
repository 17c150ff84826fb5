// @generated from AWS::Greengrass::ResourceDefinition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::ResourceDefinition` and its property types.

/// Resource Type definition for AWS::Greengrass::ResourceDefinition
///
/// CloudFormation type `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceDefinition {
    props: ::forma_core::schema::Props,
}
impl ResourceDefinition {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `InitialVersion`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn initial_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceDefinitionVersion>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ResourceDefinition {
    type Attributes = ResourceDefinitionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::ResourceDefinition"
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
/// The attributes of a `AWS::Greengrass::ResourceDefinition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ResourceDefinitionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ResourceDefinitionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ResourceDefinitionAttributes {
    /// `Fn::GetAtt` `LatestVersionArn`.
    pub fn latest_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersionArn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `ResourceDefinitionVersion` property type of `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl ResourceDefinitionVersion {
    /// A new value with its required properties: `Resources`.
    pub fn new(resources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceInstance>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resources.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceDefinitionVersion> for ::forma_core::Value<ResourceDefinitionVersion> {
    fn from(v: ResourceDefinitionVersion) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_DEFINITION_VERSION_TYPE.properties))
    }
}

/// The `ResourceInstance` property type of `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceInstance {
    props: ::forma_core::schema::Props,
}
impl ResourceInstance {
    /// A new value with its required properties: `Id`, `Name`, `ResourceDataContainer`.
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_data_container: impl ::std::convert::Into<::forma_core::Value<ResourceDataContainer>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        props.set(1, name.into().into_expr());
        props.set(2, resource_data_container.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceInstance> for ::forma_core::Value<ResourceInstance> {
    fn from(v: ResourceInstance) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_INSTANCE_TYPE.properties))
    }
}

/// The `ResourceDataContainer` property type of `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceDataContainer {
    props: ::forma_core::schema::Props,
}
impl ResourceDataContainer {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `LocalDeviceResourceData`.
    pub fn local_device_resource_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LocalDeviceResourceData>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LocalVolumeResourceData`.
    pub fn local_volume_resource_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LocalVolumeResourceData>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `S3MachineLearningModelResourceData`.
    pub fn s3_machine_learning_model_resource_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<S3MachineLearningModelResourceData>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SageMakerMachineLearningModelResourceData`.
    pub fn sage_maker_machine_learning_model_resource_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SageMakerMachineLearningModelResourceData>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SecretsManagerSecretResourceData`.
    pub fn secrets_manager_secret_resource_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretsManagerSecretResourceData>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceDataContainer {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceDataContainer> for ::forma_core::Value<ResourceDataContainer> {
    fn from(v: ResourceDataContainer) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_DATA_CONTAINER_TYPE.properties))
    }
}

/// The `LocalDeviceResourceData` property type of `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalDeviceResourceData {
    props: ::forma_core::schema::Props,
}
impl LocalDeviceResourceData {
    /// A new value with its required properties: `SourcePath`.
    pub fn new(source_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, source_path.into().into_expr());
        Self { props }
    }
    /// `GroupOwnerSetting`.
    pub fn group_owner_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GroupOwnerSetting>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LocalDeviceResourceData> for ::forma_core::Value<LocalDeviceResourceData> {
    fn from(v: LocalDeviceResourceData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCAL_DEVICE_RESOURCE_DATA_TYPE.properties))
    }
}

/// The `LocalVolumeResourceData` property type of `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalVolumeResourceData {
    props: ::forma_core::schema::Props,
}
impl LocalVolumeResourceData {
    /// A new value with its required properties: `DestinationPath`, `SourcePath`.
    pub fn new(
        destination_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_path.into().into_expr());
        props.set(2, source_path.into().into_expr());
        Self { props }
    }
    /// `GroupOwnerSetting`.
    pub fn group_owner_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GroupOwnerSetting>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LocalVolumeResourceData> for ::forma_core::Value<LocalVolumeResourceData> {
    fn from(v: LocalVolumeResourceData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCAL_VOLUME_RESOURCE_DATA_TYPE.properties))
    }
}

/// The `S3MachineLearningModelResourceData` property type of `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3MachineLearningModelResourceData {
    props: ::forma_core::schema::Props,
}
impl S3MachineLearningModelResourceData {
    /// A new value with its required properties: `DestinationPath`, `S3Uri`.
    pub fn new(
        destination_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_uri: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_path.into().into_expr());
        props.set(2, s3_uri.into().into_expr());
        Self { props }
    }
    /// `OwnerSetting`.
    pub fn owner_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceDownloadOwnerSetting>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3MachineLearningModelResourceData>
    for ::forma_core::Value<S3MachineLearningModelResourceData>
{
    fn from(v: S3MachineLearningModelResourceData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_MACHINE_LEARNING_MODEL_RESOURCE_DATA_TYPE.properties))
    }
}

/// The `SageMakerMachineLearningModelResourceData` property type of `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct SageMakerMachineLearningModelResourceData {
    props: ::forma_core::schema::Props,
}
impl SageMakerMachineLearningModelResourceData {
    /// A new value with its required properties: `DestinationPath`, `SageMakerJobArn`.
    pub fn new(
        destination_path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sage_maker_job_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, destination_path.into().into_expr());
        props.set(2, sage_maker_job_arn.into().into_expr());
        Self { props }
    }
    /// `OwnerSetting`.
    pub fn owner_setting(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ResourceDownloadOwnerSetting>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SageMakerMachineLearningModelResourceData>
    for ::forma_core::Value<SageMakerMachineLearningModelResourceData>
{
    fn from(v: SageMakerMachineLearningModelResourceData) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SAGE_MAKER_MACHINE_LEARNING_MODEL_RESOURCE_DATA_TYPE.properties),
        )
    }
}

/// The `SecretsManagerSecretResourceData` property type of `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecretsManagerSecretResourceData {
    props: ::forma_core::schema::Props,
}
impl SecretsManagerSecretResourceData {
    /// A new value with its required properties: `ARN`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
    /// `AdditionalStagingLabelsToDownload`.
    pub fn additional_staging_labels_to_download(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SecretsManagerSecretResourceData> for ::forma_core::Value<SecretsManagerSecretResourceData> {
    fn from(v: SecretsManagerSecretResourceData) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECRETS_MANAGER_SECRET_RESOURCE_DATA_TYPE.properties))
    }
}

/// The `GroupOwnerSetting` property type of `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupOwnerSetting {
    props: ::forma_core::schema::Props,
}
impl GroupOwnerSetting {
    /// A new value with its required properties: `AutoAddGroupOwner`.
    pub fn new(auto_add_group_owner: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auto_add_group_owner.into().into_expr());
        Self { props }
    }
    /// `GroupOwner`.
    pub fn group_owner(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GroupOwnerSetting> for ::forma_core::Value<GroupOwnerSetting> {
    fn from(v: GroupOwnerSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROUP_OWNER_SETTING_TYPE.properties))
    }
}

/// The `ResourceDownloadOwnerSetting` property type of `AWS::Greengrass::ResourceDefinition`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceDownloadOwnerSetting {
    props: ::forma_core::schema::Props,
}
impl ResourceDownloadOwnerSetting {
    /// A new value with its required properties: `GroupOwner`, `GroupPermission`.
    pub fn new(
        group_owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        group_permission: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, group_owner.into().into_expr());
        props.set(1, group_permission.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourceDownloadOwnerSetting> for ::forma_core::Value<ResourceDownloadOwnerSetting> {
    fn from(v: ResourceDownloadOwnerSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_DOWNLOAD_OWNER_SETTING_TYPE.properties))
    }
}

/// The schema of `AWS::Greengrass::ResourceDefinition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::ResourceDefinition",
    properties: &[
        ::forma_core::schema::Property {
            name: "InitialVersion",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_DEFINITION_VERSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["LatestVersionArn", "Id", "Arn"],
};

static RESOURCE_DEFINITION_VERSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::ResourceDefinition.ResourceDefinitionVersion",
    properties: &[::forma_core::schema::Property {
        name: "Resources",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RESOURCE_INSTANCE_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static RESOURCE_INSTANCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::ResourceDefinition.ResourceInstance",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceDataContainer",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_DATA_CONTAINER_TYPE),
        },
    ],
    rules: &[],
};

static RESOURCE_DATA_CONTAINER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::ResourceDefinition.ResourceDataContainer",
    properties: &[
        ::forma_core::schema::Property {
            name: "LocalDeviceResourceData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCAL_DEVICE_RESOURCE_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LocalVolumeResourceData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCAL_VOLUME_RESOURCE_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3MachineLearningModelResourceData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_MACHINE_LEARNING_MODEL_RESOURCE_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SageMakerMachineLearningModelResourceData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAGE_MAKER_MACHINE_LEARNING_MODEL_RESOURCE_DATA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerSecretResourceData",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRETS_MANAGER_SECRET_RESOURCE_DATA_TYPE),
        },
    ],
    rules: &[],
};

static LOCAL_DEVICE_RESOURCE_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::ResourceDefinition.LocalDeviceResourceData",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupOwnerSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GROUP_OWNER_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourcePath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LOCAL_VOLUME_RESOURCE_DATA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::ResourceDefinition.LocalVolumeResourceData",
    properties: &[
        ::forma_core::schema::Property {
            name: "DestinationPath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GroupOwnerSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GROUP_OWNER_SETTING_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourcePath",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_MACHINE_LEARNING_MODEL_RESOURCE_DATA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Greengrass::ResourceDefinition.S3MachineLearningModelResourceData",
        properties: &[
            ::forma_core::schema::Property {
                name: "DestinationPath",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "OwnerSetting",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RESOURCE_DOWNLOAD_OWNER_SETTING_TYPE),
            },
            ::forma_core::schema::Property {
                name: "S3Uri",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static SAGE_MAKER_MACHINE_LEARNING_MODEL_RESOURCE_DATA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Greengrass::ResourceDefinition.SageMakerMachineLearningModelResourceData",
        properties: &[
            ::forma_core::schema::Property {
                name: "DestinationPath",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "OwnerSetting",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&RESOURCE_DOWNLOAD_OWNER_SETTING_TYPE),
            },
            ::forma_core::schema::Property {
                name: "SageMakerJobArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static SECRETS_MANAGER_SECRET_RESOURCE_DATA_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Greengrass::ResourceDefinition.SecretsManagerSecretResourceData",
        properties: &[
            ::forma_core::schema::Property {
                name: "ARN",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "AdditionalStagingLabelsToDownload",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
        ],
        rules: &[],
    };

static GROUP_OWNER_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::ResourceDefinition.GroupOwnerSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoAddGroupOwner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "GroupOwner",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RESOURCE_DOWNLOAD_OWNER_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::ResourceDefinition.ResourceDownloadOwnerSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupOwner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GroupPermission",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
