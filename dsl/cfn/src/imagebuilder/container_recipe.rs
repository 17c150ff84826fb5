// @generated from AWS::ImageBuilder::ContainerRecipe (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ImageBuilder::ContainerRecipe` and its property types.

/// Resource Type definition for AWS::ImageBuilder::ContainerRecipe
///
/// CloudFormation type `AWS::ImageBuilder::ContainerRecipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerRecipe {
    props: ::forma_core::schema::Props,
}
impl ContainerRecipe {
    /// A new resource with its required properties: `ContainerType`, `Name`, `ParentImage`, `TargetRepository`, `Version`.
    #[track_caller]
    pub fn new(
        container_type: impl ::forma_core::schema::EnumArg<ContainerType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parent_image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        target_repository: impl ::std::convert::Into<::forma_core::Value<TargetContainerRepository>>,
        version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, container_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(8, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, parent_image.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, target_repository.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(13, version.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Components for build and test that are included in the container recipe.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn components(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComponentConfiguration>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the container recipe.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Dockerfiles are text documents that are used to build Docker containers, and ensure that they contain all of the elements required by the application running inside.
    ///
    /// Allowed: length 1 to 16000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn dockerfile_template_data(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The S3 URI for the Dockerfile that will be used to build your container image.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn dockerfile_template_uri(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the operating system version for the source image.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn image_os_version_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A group of options that can be used to configure an instance for building and testing container images.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Identifies which KMS key is used to encrypt the container image.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies the operating system platform when you use a custom source image.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn platform_override(mut self, value: impl ::forma_core::schema::EnumArg<PlatformOverride>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags that are attached to the container recipe.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The working directory to be used during build and test workflows.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn working_directory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ContainerRecipe {
    type Attributes = ContainerRecipeAttributes;
    fn type_name(&self) -> &str {
        "AWS::ImageBuilder::ContainerRecipe"
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
/// The attributes of a `AWS::ImageBuilder::ContainerRecipe` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContainerRecipeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContainerRecipeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContainerRecipeAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `LatestVersion`.
    pub fn latest_version(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion")
    }
    /// `Fn::GetAtt` `LatestVersion.Arn`.
    pub fn latest_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion.Arn")
    }
    /// `Fn::GetAtt` `LatestVersion.Major`.
    pub fn latest_version_major(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion.Major")
    }
    /// `Fn::GetAtt` `LatestVersion.Minor`.
    pub fn latest_version_minor(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion.Minor")
    }
    /// `Fn::GetAtt` `LatestVersion.Patch`.
    pub fn latest_version_patch(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LatestVersion.Patch")
    }
}

/// The values CloudFormation documents: `DOCKER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContainerType {
    /// `DOCKER`
    Docker,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ContainerType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Docker => "DOCKER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DOCKER"]
    }
}
impl ::std::convert::From<ContainerType> for ::forma_core::Value<ContainerType> {
    fn from(v: ContainerType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ContainerType {}

/// The values CloudFormation documents: `Windows`, `Linux`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PlatformOverride {
    /// `Windows`
    Windows,
    /// `Linux`
    Linux,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PlatformOverride {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Windows => "Windows",
            Self::Linux => "Linux",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Windows", "Linux"]
    }
}
impl ::std::convert::From<PlatformOverride> for ::forma_core::Value<PlatformOverride> {
    fn from(v: PlatformOverride) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PlatformOverride {}

/// Configuration details of the component.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentConfiguration {
    props: ::forma_core::schema::Props,
}
impl ComponentConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the component.
    pub fn component_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A group of parameter settings that are used to configure the component for a specific recipe.
    pub fn parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComponentParameter>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ComponentConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ComponentConfiguration> for ::forma_core::Value<ComponentConfiguration> {
    fn from(v: ComponentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_CONFIGURATION_TYPE.properties))
    }
}

/// A group of options that can be used to configure an instance for building and testing container images.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceConfiguration {
    props: ::forma_core::schema::Props,
}
impl InstanceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Defines the block devices to attach for building an instance from this Image Builder AMI.
    pub fn block_device_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceBlockDeviceMapping>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AMI ID to use as the base image for a container build and test instance.
    ///
    /// Allowed: length 1 to 1024.
    pub fn image(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceConfiguration> for ::forma_core::Value<InstanceConfiguration> {
    fn from(v: InstanceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ECR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Service {
    /// `ECR`
    Ecr,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Service {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ecr => "ECR",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ECR"]
    }
}
impl ::std::convert::From<Service> for ::forma_core::Value<Service> {
    fn from(v: Service) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Service {}

/// The container repository where the output container image is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetContainerRepository {
    props: ::forma_core::schema::Props,
}
impl TargetContainerRepository {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the container repository where the output container image is stored.
    ///
    /// Allowed: length 1 to 1024.
    pub fn repository_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the service in which this image was registered.
    pub fn service(mut self, value: impl ::forma_core::schema::EnumArg<Service>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for TargetContainerRepository {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TargetContainerRepository> for ::forma_core::Value<TargetContainerRepository> {
    fn from(v: TargetContainerRepository) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGET_CONTAINER_REPOSITORY_TYPE.properties))
    }
}

/// Contains a key/value pair that sets the named component parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentParameter {
    props: ::forma_core::schema::Props,
}
impl ComponentParameter {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ComponentParameter> for ::forma_core::Value<ComponentParameter> {
    fn from(v: ComponentParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COMPONENT_PARAMETER_TYPE.properties))
    }
}

/// Defines block device mappings for the instance used to configure your image.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceBlockDeviceMapping {
    props: ::forma_core::schema::Props,
}
impl InstanceBlockDeviceMapping {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The device to which these mappings apply.
    ///
    /// Allowed: length 1 to 1024.
    pub fn device_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Use to manage Amazon EBS-specific configuration for this mapping.
    pub fn ebs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EbsInstanceBlockDeviceSpecification>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Use to remove a mapping from the parent image.
    ///
    /// Allowed: length 0 to 0.
    pub fn no_device(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Use to manage instance ephemeral devices.
    ///
    /// Allowed: length 1 to 1024.
    pub fn virtual_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceBlockDeviceMapping {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceBlockDeviceMapping> for ::forma_core::Value<InstanceBlockDeviceMapping> {
    fn from(v: InstanceBlockDeviceMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_BLOCK_DEVICE_MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `standard`, `io1`, `io2`, `io2a`, `gp2`, `gp3`, `gp3a`, `sc1`, `st1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VolumeType {
    /// `standard`
    Standard,
    /// `io1`
    Io1,
    /// `io2`
    Io2,
    /// `io2a`
    Io2A,
    /// `gp2`
    Gp2,
    /// `gp3`
    Gp3,
    /// `gp3a`
    Gp3A,
    /// `sc1`
    Sc1,
    /// `st1`
    St1,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VolumeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Io1 => "io1",
            Self::Io2 => "io2",
            Self::Io2A => "io2a",
            Self::Gp2 => "gp2",
            Self::Gp3 => "gp3",
            Self::Gp3A => "gp3a",
            Self::Sc1 => "sc1",
            Self::St1 => "st1",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["standard", "io1", "io2", "io2a", "gp2", "gp3", "gp3a", "sc1", "st1"]
    }
}
impl ::std::convert::From<VolumeType> for ::forma_core::Value<VolumeType> {
    fn from(v: VolumeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VolumeType {}

/// Amazon EBS-specific block device mapping specifications.
#[derive(Debug, Clone, PartialEq)]
pub struct EbsInstanceBlockDeviceSpecification {
    props: ::forma_core::schema::Props,
}
impl EbsInstanceBlockDeviceSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Use to configure delete on termination of the associated device.
    pub fn delete_on_termination(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Use to configure device encryption.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Use to configure device IOPS.
    ///
    /// Allowed: 100 to 64000.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Use to configure the KMS key to use when encrypting the device.
    ///
    /// Allowed: length 1 to 1024.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The snapshot that defines the device contents.
    ///
    /// Allowed: length 1 to 1024.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// For GP3 volumes only - The throughput in MiB/s that the volume supports.
    ///
    /// Allowed: 125 to 1000.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// Use to override the device's volume size.
    ///
    /// Allowed: 1 to 16000.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// Use to override the device's volume type.
    pub fn volume_type(mut self, value: impl ::forma_core::schema::EnumArg<VolumeType>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for EbsInstanceBlockDeviceSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EbsInstanceBlockDeviceSpecification>
    for ::forma_core::Value<EbsInstanceBlockDeviceSpecification>
{
    fn from(v: EbsInstanceBlockDeviceSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EBS_INSTANCE_BLOCK_DEVICE_SPECIFICATION_TYPE.properties))
    }
}

/// The schema of `AWS::ImageBuilder::ContainerRecipe`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ImageBuilder::ContainerRecipe",
    properties: &[
        ::forma_core::schema::Property {
            name: "Components",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&COMPONENT_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContainerType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DOCKER"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DockerfileTemplateData",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\x00]+$"),
                min_length: Some(1),
                max_length: Some(16000),
            }),
        },
        ::forma_core::schema::Property {
            name: "DockerfileTemplateUri",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ImageOsVersionOverride",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ParentImage",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "PlatformOverride",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Windows", "Linux"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "TargetRepository",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&TARGET_CONTAINER_REPOSITORY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "WorkingDirectory",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&[
        "Name",
        "Version",
        "ParentImage",
        "TargetRepository",
        "ContainerType",
    ]])],
    attributes: &[
        "Arn",
        "LatestVersion",
        "LatestVersion.Arn",
        "LatestVersion.Major",
        "LatestVersion.Minor",
        "LatestVersion.Patch",
    ],
};

static COMPONENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ImageBuilder::ContainerRecipe.ComponentConfiguration",
properties: &[
::forma_core::schema::Property { name: "ComponentArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):component/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+))$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Parameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&COMPONENT_PARAMETER_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
],
rules: &[],
};

static INSTANCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ContainerRecipe.InstanceConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BlockDeviceMappings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_BLOCK_DEVICE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static TARGET_CONTAINER_REPOSITORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ContainerRecipe.TargetContainerRepository",
    properties: &[
        ::forma_core::schema::Property {
            name: "RepositoryName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Service",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ECR"]),
        },
    ],
    rules: &[],
};

static COMPONENT_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ContainerRecipe.ComponentParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[^\\x00]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[^\\x00]*$"),
                    min_length: Some(0),
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static INSTANCE_BLOCK_DEVICE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ContainerRecipe.InstanceBlockDeviceMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Ebs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EBS_INSTANCE_BLOCK_DEVICE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NoDevice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(0),
            }),
        },
        ::forma_core::schema::Property {
            name: "VirtualName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static EBS_INSTANCE_BLOCK_DEVICE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ImageBuilder::ContainerRecipe.EbsInstanceBlockDeviceSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "DeleteOnTermination",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "Encrypted",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
            ::forma_core::schema::Property {
                name: "Iops",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(100.0),
                    maximum: Some(64000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "KmsKeyId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "SnapshotId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "Throughput",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(125.0),
                    maximum: Some(1000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "VolumeSize",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(1.0),
                    maximum: Some(16000.0),
                }),
            },
            ::forma_core::schema::Property {
                name: "VolumeType",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&[
                    "standard", "io1", "io2", "io2a", "gp2", "gp3", "gp3a", "sc1", "st1",
                ]),
            },
        ],
        rules: &[],
    };
