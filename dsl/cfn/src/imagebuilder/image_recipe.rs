// @generated from AWS::ImageBuilder::ImageRecipe (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ImageBuilder::ImageRecipe` and its property types.

/// Resource Type definition for AWS::ImageBuilder::ImageRecipe
///
/// CloudFormation type `AWS::ImageBuilder::ImageRecipe`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageRecipe {
    props: ::forma_core::schema::Props,
}
impl ImageRecipe {
    /// A new resource with its required properties: `Name`, `ParentImage`, `Version`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parent_image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, parent_image.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, version.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specify additional settings and launch scripts for your build instances.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn additional_instance_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AdditionalInstanceConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to apply to the AMI created by this image recipe.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ami_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AMI watermark names to attach to the output AMI from this recipe.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ami_watermarks(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The block device mappings to apply when creating images from this recipe.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn block_device_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<InstanceBlockDeviceMapping>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The components of the image recipe.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn components(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ComponentConfiguration>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the image recipe.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags of the image recipe.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
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
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ImageRecipe {
    type Attributes = ImageRecipeAttributes;
    fn type_name(&self) -> &str {
        "AWS::ImageBuilder::ImageRecipe"
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
/// The attributes of a `AWS::ImageBuilder::ImageRecipe` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ImageRecipeAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ImageRecipeAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ImageRecipeAttributes {
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

/// Specify additional settings and launch scripts for your build instances.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalInstanceConfiguration {
    props: ::forma_core::schema::Props,
}
impl AdditionalInstanceConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains settings for the SSM agent on your build instance.
    pub fn systems_manager_agent(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SystemsManagerAgent>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Use this property to provide commands or a command script to run when you launch your build instance.
    ///
    /// Allowed: length 1 to 21847.
    pub fn user_data_override(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AdditionalInstanceConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AdditionalInstanceConfiguration> for ::forma_core::Value<AdditionalInstanceConfiguration> {
    fn from(v: AdditionalInstanceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADDITIONAL_INSTANCE_CONFIGURATION_TYPE.properties))
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

/// Contains settings for the SSM agent on your build instance.
#[derive(Debug, Clone, PartialEq)]
pub struct SystemsManagerAgent {
    props: ::forma_core::schema::Props,
}
impl SystemsManagerAgent {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Controls whether the SSM agent is removed from your final build image, prior to creating the new AMI.
    pub fn uninstall_after_build(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SystemsManagerAgent {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SystemsManagerAgent> for ::forma_core::Value<SystemsManagerAgent> {
    fn from(v: SystemsManagerAgent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYSTEMS_MANAGER_AGENT_TYPE.properties))
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

/// The schema of `AWS::ImageBuilder::ImageRecipe`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ImageBuilder::ImageRecipe",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdditionalInstanceConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ADDITIONAL_INSTANCE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AmiTags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "AmiWatermarks",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^[A-Za-z0-9()\\[\\]./'@_\\-][A-Za-z0-9 ()\\[\\]./'@_\\-]{1,126}[A-Za-z0-9()\\[\\]./'@_\\-]$",
                    ),
                    min_length: Some(3),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "BlockDeviceMappings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INSTANCE_BLOCK_DEVICE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
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
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
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
    rules: &[],
    attributes: &[
        "Arn",
        "LatestVersion",
        "LatestVersion.Arn",
        "LatestVersion.Major",
        "LatestVersion.Minor",
        "LatestVersion.Patch",
    ],
};

static ADDITIONAL_INSTANCE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ImageBuilder::ImageRecipe.AdditionalInstanceConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "SystemsManagerAgent",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&SYSTEMS_MANAGER_AGENT_TYPE),
            },
            ::forma_core::schema::Property {
                name: "UserDataOverride",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"),
                    min_length: Some(1),
                    max_length: Some(21847),
                }),
            },
        ],
        rules: &[],
    };

static INSTANCE_BLOCK_DEVICE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ImageRecipe.InstanceBlockDeviceMapping",
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

static COMPONENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ImageBuilder::ImageRecipe.ComponentConfiguration",
properties: &[
::forma_core::schema::Property { name: "ComponentArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?|third-party):component/[a-z0-9-_]+/(?:(?:([0-9]+|x)\\.([0-9]+|x)\\.([0-9]+|x))|(?:[0-9]+\\.[0-9]+\\.[0-9]+/[0-9]+))$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Parameters", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&COMPONENT_PARAMETER_TYPE), ::forma_core::schema::ListRule { min_items: Some(1), max_items: None }) },
],
rules: &[],
};

static SYSTEMS_MANAGER_AGENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ImageRecipe.SystemsManagerAgent",
    properties: &[::forma_core::schema::Property {
        name: "UninstallAfterBuild",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static EBS_INSTANCE_BLOCK_DEVICE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ImageBuilder::ImageRecipe.EbsInstanceBlockDeviceSpecification",
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

static COMPONENT_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::ImageRecipe.ComponentParameter",
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
