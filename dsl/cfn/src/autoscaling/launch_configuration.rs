// @generated from AWS::AutoScaling::LaunchConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AutoScaling::LaunchConfiguration` and its property types.

/// The AWS::AutoScaling::LaunchConfiguration resource specifies the launch configuration that can be used by an Auto Scaling group to configure Amazon EC2 instances.
///
/// CloudFormation type `AWS::AutoScaling::LaunchConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchConfiguration {
    props: ::forma_core::schema::Props,
}
impl LaunchConfiguration {
    /// A new resource with its required properties: `ImageId`, `InstanceType`.
    #[track_caller]
    pub fn new(
        image_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, image_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, instance_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// For Auto Scaling groups that are running in a virtual private cloud (VPC), specifies whether to assign a public IP address to the group's instances.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn associate_public_ip_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies how block devices are exposed to the instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn block_device_mappings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BlockDeviceMapping>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of a ClassicLink-enabled VPC to link your EC2-Classic instances to.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn classic_link_vpc_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The IDs of one or more security groups for the VPC that you specified in the ClassicLinkVPCId property.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn classic_link_vpc_security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the launch configuration is optimized for EBS I/O (true) or not (false).
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ebs_optimized(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provides the name or the Amazon Resource Name (ARN) of the instance profile associated with the IAM role for the instance.
    ///
    /// Allowed: length 1 to 1600.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn iam_instance_profile(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the Amazon EC2 instance you want to use to create the launch configuration.
    ///
    /// Allowed: length 1 to 19.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Controls whether instances in this group are launched with detailed (true) or basic (false) monitoring.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_monitoring(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provides the ID of the kernel associated with the EC2 AMI.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kernel_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Provides the name of the EC2 key pair.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn key_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the launch configuration.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn launch_configuration_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata options for the instances.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn metadata_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<MetadataOptions>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tenancy of the instance, either default or dedicated.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn placement_tenancy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the RAM disk to select.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn ram_disk_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list that contains the security groups to assign to the instances in the Auto Scaling group.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(16, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum hourly price you are willing to pay for any Spot Instances launched to fulfill the request.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn spot_price(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(17, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Base64-encoded user data to make available to the launched EC2 instances.
    ///
    /// Allowed: length 0 to 21847.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn user_data(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(18, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LaunchConfiguration {
    type Attributes = LaunchConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::AutoScaling::LaunchConfiguration"
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
/// The attributes of a `AWS::AutoScaling::LaunchConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LaunchConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LaunchConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// BlockDeviceMapping is a property of AWS::AutoScaling::LaunchConfiguration that describes a block device mapping for an Auto Scaling group.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockDeviceMapping {
    props: ::forma_core::schema::Props,
}
impl BlockDeviceMapping {
    /// A new value with its required properties: `DeviceName`.
    pub fn new(device_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, device_name.into().into_expr());
        Self { props }
    }
    /// Parameters used to automatically set up EBS volumes when an instance is launched.
    pub fn ebs(mut self, value: impl ::std::convert::Into<::forma_core::Value<BlockDevice>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Setting this value to true suppresses the specified device included in the block device mapping of the AMI.
    pub fn no_device(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The name of the virtual device.
    ///
    /// Allowed: length 1 to 255.
    pub fn virtual_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BlockDeviceMapping> for ::forma_core::Value<BlockDeviceMapping> {
    fn from(v: BlockDeviceMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLOCK_DEVICE_MAPPING_TYPE.properties))
    }
}

/// The values CloudFormation documents: `disabled`, `enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpEndpoint {
    /// `disabled`
    Disabled,
    /// `enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpEndpoint {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["disabled", "enabled"]
    }
}
impl ::std::convert::From<HttpEndpoint> for ::forma_core::Value<HttpEndpoint> {
    fn from(v: HttpEndpoint) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpEndpoint {}

/// The values CloudFormation documents: `optional`, `required`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HttpTokens {
    /// `optional`
    Optional,
    /// `required`
    Required,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl HttpTokens {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Optional => "optional",
            Self::Required => "required",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["optional", "required"]
    }
}
impl ::std::convert::From<HttpTokens> for ::forma_core::Value<HttpTokens> {
    fn from(v: HttpTokens) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for HttpTokens {}

/// MetadataOptions is a property of AWS::AutoScaling::LaunchConfiguration that describes metadata options for the instances.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataOptions {
    props: ::forma_core::schema::Props,
}
impl MetadataOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// This parameter enables or disables the HTTP metadata endpoint on your instances.
    pub fn http_endpoint(mut self, value: impl ::forma_core::schema::EnumArg<HttpEndpoint>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The desired HTTP PUT response hop limit for instance metadata requests.
    ///
    /// Allowed: 1 to 64.
    pub fn http_put_response_hop_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The state of token usage for your instance metadata requests.
    pub fn http_tokens(mut self, value: impl ::forma_core::schema::EnumArg<HttpTokens>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for MetadataOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MetadataOptions> for ::forma_core::Value<MetadataOptions> {
    fn from(v: MetadataOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(METADATA_OPTIONS_TYPE.properties))
    }
}

/// BlockDevice is a subproperty of BlockDeviceMapping that describes an Amazon EBS volume.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockDevice {
    props: ::forma_core::schema::Props,
}
impl BlockDevice {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether the volume is deleted on instance termination.
    pub fn delete_on_termination(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies whether the volume should be encrypted.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The number of input/output (I/O) operations per second (IOPS) to provision for the volume.
    ///
    /// Allowed: 100 to 20000.
    pub fn iops(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The snapshot ID of the volume to use.
    ///
    /// Allowed: length 1 to 255.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The throughput (MiBps) to provision for a gp3 volume.
    ///
    /// Allowed: 125 to 1000.
    pub fn throughput(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The volume size, in GiBs.
    ///
    /// Allowed: 1 to 16384.
    pub fn volume_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The volume type.
    ///
    /// Allowed: length 1 to 255.
    pub fn volume_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BlockDevice {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BlockDevice> for ::forma_core::Value<BlockDevice> {
    fn from(v: BlockDevice) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BLOCK_DEVICE_TYPE.properties))
    }
}

/// The schema of `AWS::AutoScaling::LaunchConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AutoScaling::LaunchConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociatePublicIpAddress",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "BlockDeviceMappings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BLOCK_DEVICE_MAPPING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ClassicLinkVPCId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClassicLinkVPCSecurityGroups",
            required: false,
            create_only: true,
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
            name: "EbsOptimized",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IamInstanceProfile",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1600),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImageId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(19),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceMonitoring",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KernelId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "KeyName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchConfigurationName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MetadataOptions",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&METADATA_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PlacementTenancy",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "RamDiskId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroups",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SpotPrice",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserData",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(21847),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static BLOCK_DEVICE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::LaunchConfiguration.BlockDeviceMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "DeviceName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Ebs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BLOCK_DEVICE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NoDevice",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "VirtualName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["VirtualName"], &["Ebs"], &["NoDevice"]])],
};

static METADATA_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::LaunchConfiguration.MetadataOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "HttpEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["disabled", "enabled"]),
        },
        ::forma_core::schema::Property {
            name: "HttpPutResponseHopLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(64.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "HttpTokens",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["optional", "required"]),
        },
    ],
    rules: &[],
};

static BLOCK_DEVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::LaunchConfiguration.BlockDevice",
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
                maximum: Some(20000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SnapshotId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
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
                maximum: Some(16384.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "VolumeType",
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
