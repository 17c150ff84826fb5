// @generated from AWS::ImageBuilder::DistributionConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ImageBuilder::DistributionConfiguration` and its property types.

/// Resource Type definition for AWS::ImageBuilder::DistributionConfiguration
///
/// CloudFormation type `AWS::ImageBuilder::DistributionConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionConfiguration {
    props: ::forma_core::schema::Props,
}
impl DistributionConfiguration {
    /// A new resource with its required properties: `Distributions`, `Name`.
    #[track_caller]
    pub fn new(
        distributions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Distribution>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, distributions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the distribution configuration.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the component.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DistributionConfiguration {
    type Attributes = DistributionConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ImageBuilder::DistributionConfiguration"
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
/// The attributes of a `AWS::ImageBuilder::DistributionConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DistributionConfigurationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DistributionConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DistributionConfigurationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The distributions of the distribution configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    props: ::forma_core::schema::Props,
}
impl Distribution {
    /// A new value with its required properties: `Region`.
    pub fn new(region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, region.into().into_expr());
        Self { props }
    }
    /// The specific AMI settings (for example, launch permissions, AMI tags).
    pub fn ami_distribution_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AmiDistributionConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Container distribution settings for encryption, licensing, and sharing in a specific Region.
    pub fn container_distribution_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContainerDistributionConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The Windows faster-launching configurations to use for AMI distribution.
    pub fn fast_launch_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FastLaunchConfiguration>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// A group of launchTemplateConfiguration settings that apply to image distribution.
    pub fn launch_template_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<LaunchTemplateConfiguration>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The License Manager Configuration to associate with the AMI in the specified Region.
    pub fn license_configuration_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The SSM parameter configurations to use for AMI distribution.
    pub fn ssm_parameter_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SsmParameterConfiguration>>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Distribution> for ::forma_core::Value<Distribution> {
    fn from(v: Distribution) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DISTRIBUTION_TYPE.properties))
    }
}

/// The specific AMI settings (for example, launch permissions, AMI tags).
#[derive(Debug, Clone, PartialEq)]
pub struct AmiDistributionConfiguration {
    props: ::forma_core::schema::Props,
}
impl AmiDistributionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The tags to apply to AMIs distributed to this Region.
    pub fn ami_tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The description of the AMI distribution configuration.
    ///
    /// Allowed: length 1 to 1024.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The KMS key identifier used to encrypt the distributed image.
    ///
    /// Allowed: length 1 to 1024.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Launch permissions can be used to configure which AWS accounts can use the AMI to launch instances.
    pub fn launch_permission_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LaunchPermissionConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The name of the AMI distribution configuration.
    ///
    /// Allowed: length 1 to 127.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The ID of accounts to which you want to distribute an image.
    pub fn target_account_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AmiDistributionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AmiDistributionConfiguration> for ::forma_core::Value<AmiDistributionConfiguration> {
    fn from(v: AmiDistributionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AMI_DISTRIBUTION_CONFIGURATION_TYPE.properties))
    }
}

/// Container distribution settings for encryption, licensing, and sharing in a specific Region.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerDistributionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ContainerDistributionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Tags that are attached to the container distribution configuration.
    pub fn container_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The description of the container distribution configuration.
    ///
    /// Allowed: length 1 to 1024.
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The destination repository for the container distribution configuration.
    pub fn target_repository(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<TargetContainerRepository>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ContainerDistributionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ContainerDistributionConfiguration>
    for ::forma_core::Value<ContainerDistributionConfiguration>
{
    fn from(v: ContainerDistributionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTAINER_DISTRIBUTION_CONFIGURATION_TYPE.properties))
    }
}

/// The Windows faster-launching configuration to use for AMI distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct FastLaunchConfiguration {
    props: ::forma_core::schema::Props,
}
impl FastLaunchConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The owner account ID for the fast-launch enabled Windows AMI.
    pub fn account_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A Boolean that represents the current state of faster launching for the Windows AMI.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The launch template that the fast-launch enabled Windows AMI uses when it launches Windows instances to create pre-provisioned snapshots.
    pub fn launch_template(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FastLaunchLaunchTemplateSpecification>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The maximum number of parallel instances that are launched for creating resources.
    ///
    /// Allowed: at least 1.
    pub fn max_parallel_launches(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Configuration settings for managing the number of snapshots that are created from pre-provisioned instances for the Windows AMI when faster launching is enabled.
    pub fn snapshot_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FastLaunchSnapshotConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FastLaunchConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FastLaunchConfiguration> for ::forma_core::Value<FastLaunchConfiguration> {
    fn from(v: FastLaunchConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAST_LAUNCH_CONFIGURATION_TYPE.properties))
    }
}

/// launchTemplateConfiguration settings that apply to image distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchTemplateConfiguration {
    props: ::forma_core::schema::Props,
}
impl LaunchTemplateConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The account ID that this configuration applies to.
    pub fn account_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Identifies the EC2 launch template to use.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Set the specified EC2 launch template as the default launch template for the specified account.
    pub fn set_default_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LaunchTemplateConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchTemplateConfiguration> for ::forma_core::Value<LaunchTemplateConfiguration> {
    fn from(v: LaunchTemplateConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_TEMPLATE_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `text`, `aws:ec2:image`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataType {
    /// `text`
    Text,
    /// `aws:ec2:image`
    AwsEc2Image,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::AwsEc2Image => "aws:ec2:image",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["text", "aws:ec2:image"]
    }
}
impl ::std::convert::From<DataType> for ::forma_core::Value<DataType> {
    fn from(v: DataType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataType {}

/// The SSM parameter configuration for AMI distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct SsmParameterConfiguration {
    props: ::forma_core::schema::Props,
}
impl SsmParameterConfiguration {
    /// A new value with its required properties: `ParameterName`.
    pub fn new(parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, parameter_name.into().into_expr());
        Self { props }
    }
    /// The account ID for the AMI to update the parameter with.
    pub fn ami_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The data type of the SSM parameter.
    pub fn data_type(mut self, value: impl ::forma_core::schema::EnumArg<DataType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SsmParameterConfiguration> for ::forma_core::Value<SsmParameterConfiguration> {
    fn from(v: SsmParameterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SSM_PARAMETER_CONFIGURATION_TYPE.properties))
    }
}

/// Launch permissions can be used to configure which AWS accounts can use the AMI to launch instances.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchPermissionConfiguration {
    props: ::forma_core::schema::Props,
}
impl LaunchPermissionConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN for an Amazon Web Services Organization that you want to share your AMI with.
    pub fn organization_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN for an Organizations organizational unit (OU) that you want to share your AMI with.
    pub fn organizational_unit_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the group.
    pub fn user_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The AWS account ID.
    pub fn user_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LaunchPermissionConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LaunchPermissionConfiguration> for ::forma_core::Value<LaunchPermissionConfiguration> {
    fn from(v: LaunchPermissionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAUNCH_PERMISSION_CONFIGURATION_TYPE.properties))
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

/// The destination repository for the container image.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetContainerRepository {
    props: ::forma_core::schema::Props,
}
impl TargetContainerRepository {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The repository name of target container repository.
    ///
    /// Allowed: length 1 to 1024.
    pub fn repository_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The service of target container repository.
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

/// The launch template that the fast-launch enabled Windows AMI uses when it launches Windows instances to create pre-provisioned snapshots.
#[derive(Debug, Clone, PartialEq)]
pub struct FastLaunchLaunchTemplateSpecification {
    props: ::forma_core::schema::Props,
}
impl FastLaunchLaunchTemplateSpecification {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the launch template to use for faster launching for a Windows AMI.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the launch template to use for faster launching for a Windows AMI.
    ///
    /// Allowed: length 1 to 1024.
    pub fn launch_template_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The version of the launch template to use for faster launching for a Windows AMI.
    ///
    /// Allowed: length 1 to 1024.
    pub fn launch_template_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FastLaunchLaunchTemplateSpecification {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FastLaunchLaunchTemplateSpecification>
    for ::forma_core::Value<FastLaunchLaunchTemplateSpecification>
{
    fn from(v: FastLaunchLaunchTemplateSpecification) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAST_LAUNCH_LAUNCH_TEMPLATE_SPECIFICATION_TYPE.properties))
    }
}

/// Configuration settings for managing the number of snapshots that are created from pre-provisioned instances for the Windows AMI when faster launching is enabled.
#[derive(Debug, Clone, PartialEq)]
pub struct FastLaunchSnapshotConfiguration {
    props: ::forma_core::schema::Props,
}
impl FastLaunchSnapshotConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of pre-provisioned snapshots to keep on hand for a fast-launch enabled Windows AMI.
    ///
    /// Allowed: 1 to 10000.
    pub fn target_resource_count(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FastLaunchSnapshotConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FastLaunchSnapshotConfiguration> for ::forma_core::Value<FastLaunchSnapshotConfiguration> {
    fn from(v: FastLaunchSnapshotConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FAST_LAUNCH_SNAPSHOT_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::ImageBuilder::DistributionConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ImageBuilder::DistributionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Distributions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DISTRIBUTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
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
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static DISTRIBUTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::DistributionConfiguration.Distribution",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmiDistributionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AMI_DISTRIBUTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContainerDistributionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTAINER_DISTRIBUTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FastLaunchConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FAST_LAUNCH_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1000) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplateConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&LAUNCH_TEMPLATE_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LicenseConfigurationArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^arn:aws[^:]*:license-manager:[^:]+:[0-9]{12}:license-configuration:lic-[a-z0-9-_]{32}$",
                    ),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Region",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SsmParameterConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SSM_PARAMETER_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static AMI_DISTRIBUTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::DistributionConfiguration.AmiDistributionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmiTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
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
            name: "LaunchPermissionConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAUNCH_PERMISSION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-_A-Za-z0-9{][-_A-Za-z0-9\\s:{}\\.]+[-_A-Za-z0-9}]$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetAccountIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[0-9]{12}$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1536) },
            ),
        },
    ],
    rules: &[],
};

static CONTAINER_DISTRIBUTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ImageBuilder::DistributionConfiguration.ContainerDistributionConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "ContainerTags",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: None,
                        min_length: Some(1),
                        max_length: Some(1024),
                    }),
                    ::forma_core::schema::ListRule { min_items: None, max_items: None },
                ),
            },
            ::forma_core::schema::Property {
                name: "Description",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "TargetRepository",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&TARGET_CONTAINER_REPOSITORY_TYPE),
            },
        ],
        rules: &[],
    };

static FAST_LAUNCH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::DistributionConfiguration.FastLaunchConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAST_LAUNCH_LAUNCH_TEMPLATE_SPECIFICATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxParallelLaunches",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SnapshotConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FAST_LAUNCH_SNAPSHOT_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static LAUNCH_TEMPLATE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::DistributionConfiguration.LaunchTemplateConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LaunchTemplateId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^lt-[a-z0-9-_]{17}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SetDefaultVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static SSM_PARAMETER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::DistributionConfiguration.SsmParameterConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AmiAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "DataType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["text", "aws:ec2:image"]),
        },
        ::forma_core::schema::Property {
            name: "ParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_.\\-\\/]+$"),
                min_length: Some(1),
                max_length: Some(1011),
            }),
        },
    ],
    rules: &[],
};

static LAUNCH_PERMISSION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::DistributionConfiguration.LaunchPermissionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "OrganizationArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OrganizationalUnitArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserIds",
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

static TARGET_CONTAINER_REPOSITORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ImageBuilder::DistributionConfiguration.TargetContainerRepository",
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

static FAST_LAUNCH_LAUNCH_TEMPLATE_SPECIFICATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ImageBuilder::DistributionConfiguration.FastLaunchLaunchTemplateSpecification",
        properties: &[
            ::forma_core::schema::Property {
                name: "LaunchTemplateId",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^lt-[a-z0-9-_]{17}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "LaunchTemplateName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "LaunchTemplateVersion",
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

static FAST_LAUNCH_SNAPSHOT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::ImageBuilder::DistributionConfiguration.FastLaunchSnapshotConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "TargetResourceCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(10000.0),
            }),
        }],
        rules: &[],
    };
