// @generated from AWS::SageMaker::NotebookInstance (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::NotebookInstance` and its property types.

/// Resource Type definition for AWS::SageMaker::NotebookInstance
///
/// CloudFormation type `AWS::SageMaker::NotebookInstance`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotebookInstance {
    props: ::forma_core::schema::Props,
}
impl NotebookInstance {
    /// A new resource with its required properties: `InstanceType`, `RoleArn`.
    #[track_caller]
    pub fn new(
        instance_type: impl ::forma_core::schema::EnumArg<InstanceType>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, instance_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(10, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of Amazon Elastic Inference (EI) instance types to associate with the notebook instance.
    #[track_caller]
    pub fn accelerator_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AcceleratorTypes>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of up to three Git repositories associated with the notebook instance.
    #[track_caller]
    pub fn additional_code_repositories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Git repository associated with the notebook instance as its default code repository.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn default_code_repository(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Sets whether SageMaker AI provides internet access to the notebook instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn direct_internet_access(mut self, value: impl ::forma_core::schema::EnumArg<DirectInternetAccess>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information on the IMDS configuration of the notebook instance.
    #[track_caller]
    pub fn instance_metadata_service_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceMetadataServiceConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of a AWS Key Management Service key that SageMaker AI uses to encrypt data on the storage volume attached to your notebook instance.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of a lifecycle configuration to associate with the notebook instance.
    ///
    /// Allowed: length 0 to 63.
    #[track_caller]
    pub fn lifecycle_config_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the new notebook instance.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn notebook_instance_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The platform identifier of the notebook instance runtime environment.
    ///
    /// Allowed: length 0 to 20.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn platform_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether root access is enabled or disabled for users of the notebook instance.
    #[track_caller]
    pub fn root_access(mut self, value: impl ::forma_core::schema::EnumArg<RootAccess>) -> Self {
        self.props.set_at(11, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The VPC security group IDs, in the form sg-xxxxxxxx.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the subnet in a VPC to which you would like to have a connectivity from your ML compute instance.
    ///
    /// Allowed: length 0 to 32.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The size, in GB, of the ML storage volume to attach to the notebook instance.
    ///
    /// Allowed: 5 to 16384.
    #[track_caller]
    pub fn volume_size_in_gb(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NotebookInstance {
    type Attributes = NotebookInstanceAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::NotebookInstance"
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
/// The attributes of a `AWS::SageMaker::NotebookInstance` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NotebookInstanceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NotebookInstanceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NotebookInstanceAttributes {
    /// `Fn::GetAtt` `NotebookInstanceArn`.
    pub fn notebook_instance_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NotebookInstanceArn")
    }
}

/// The values CloudFormation documents: `ml.eia1.large`, `ml.eia1.medium`, `ml.eia1.xlarge`, `ml.eia2.large`, `ml.eia2.medium`, `ml.eia2.xlarge`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcceleratorTypes {
    /// `ml.eia1.large`
    MlEia1Large,
    /// `ml.eia1.medium`
    MlEia1Medium,
    /// `ml.eia1.xlarge`
    MlEia1Xlarge,
    /// `ml.eia2.large`
    MlEia2Large,
    /// `ml.eia2.medium`
    MlEia2Medium,
    /// `ml.eia2.xlarge`
    MlEia2Xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AcceleratorTypes {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MlEia1Large => "ml.eia1.large",
            Self::MlEia1Medium => "ml.eia1.medium",
            Self::MlEia1Xlarge => "ml.eia1.xlarge",
            Self::MlEia2Large => "ml.eia2.large",
            Self::MlEia2Medium => "ml.eia2.medium",
            Self::MlEia2Xlarge => "ml.eia2.xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ml.eia1.large", "ml.eia1.medium", "ml.eia1.xlarge", "ml.eia2.large", "ml.eia2.medium", "ml.eia2.xlarge"]
    }
}
impl ::std::convert::From<AcceleratorTypes> for ::forma_core::Value<AcceleratorTypes> {
    fn from(v: AcceleratorTypes) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AcceleratorTypes {}

/// The values CloudFormation documents: `Disabled`, `Enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DirectInternetAccess {
    /// `Disabled`
    Disabled,
    /// `Enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DirectInternetAccess {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "Disabled",
            Self::Enabled => "Enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Disabled", "Enabled"]
    }
}
impl ::std::convert::From<DirectInternetAccess> for ::forma_core::Value<DirectInternetAccess> {
    fn from(v: DirectInternetAccess) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DirectInternetAccess {}

/// The values CloudFormation documents: `ml.c4.2xlarge`, `ml.c4.4xlarge`, `ml.c4.8xlarge`, `ml.c4.xlarge`, `ml.c5.18xlarge`, `ml.c5.2xlarge`, `ml.c5.4xlarge`, `ml.c5.9xlarge`, `ml.c5.xlarge`, `ml.c5d.18xlarge`, `ml.c5d.2xlarge`, `ml.c5d.4xlarge`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceType {
    /// `ml.c4.2xlarge`
    MlC42xlarge,
    /// `ml.c4.4xlarge`
    MlC44xlarge,
    /// `ml.c4.8xlarge`
    MlC48xlarge,
    /// `ml.c4.xlarge`
    MlC4Xlarge,
    /// `ml.c5.18xlarge`
    MlC518xlarge,
    /// `ml.c5.2xlarge`
    MlC52xlarge,
    /// `ml.c5.4xlarge`
    MlC54xlarge,
    /// `ml.c5.9xlarge`
    MlC59xlarge,
    /// `ml.c5.xlarge`
    MlC5Xlarge,
    /// `ml.c5d.18xlarge`
    MlC5D18xlarge,
    /// `ml.c5d.2xlarge`
    MlC5D2xlarge,
    /// `ml.c5d.4xlarge`
    MlC5D4xlarge,
    /// `ml.c5d.9xlarge`
    MlC5D9xlarge,
    /// `ml.c5d.xlarge`
    MlC5DXlarge,
    /// `ml.c6i.12xlarge`
    MlC6I12xlarge,
    /// `ml.c6i.16xlarge`
    MlC6I16xlarge,
    /// `ml.c6i.24xlarge`
    MlC6I24xlarge,
    /// `ml.c6i.2xlarge`
    MlC6I2xlarge,
    /// `ml.c6i.32xlarge`
    MlC6I32xlarge,
    /// `ml.c6i.4xlarge`
    MlC6I4xlarge,
    /// `ml.c6i.8xlarge`
    MlC6I8xlarge,
    /// `ml.c6i.large`
    MlC6ILarge,
    /// `ml.c6i.xlarge`
    MlC6IXlarge,
    /// `ml.c6id.12xlarge`
    MlC6Id12xlarge,
    /// `ml.c6id.16xlarge`
    MlC6Id16xlarge,
    /// `ml.c6id.24xlarge`
    MlC6Id24xlarge,
    /// `ml.c6id.2xlarge`
    MlC6Id2xlarge,
    /// `ml.c6id.32xlarge`
    MlC6Id32xlarge,
    /// `ml.c6id.4xlarge`
    MlC6Id4xlarge,
    /// `ml.c6id.8xlarge`
    MlC6Id8xlarge,
    /// `ml.c6id.large`
    MlC6IdLarge,
    /// `ml.c6id.xlarge`
    MlC6IdXlarge,
    /// `ml.c7i.12xlarge`
    MlC7I12xlarge,
    /// `ml.c7i.16xlarge`
    MlC7I16xlarge,
    /// `ml.c7i.24xlarge`
    MlC7I24xlarge,
    /// `ml.c7i.2xlarge`
    MlC7I2xlarge,
    /// `ml.c7i.48xlarge`
    MlC7I48xlarge,
    /// `ml.c7i.4xlarge`
    MlC7I4xlarge,
    /// `ml.c7i.8xlarge`
    MlC7I8xlarge,
    /// `ml.c7i.large`
    MlC7ILarge,
    /// `ml.c7i.xlarge`
    MlC7IXlarge,
    /// `ml.g4dn.12xlarge`
    MlG4Dn12xlarge,
    /// `ml.g4dn.16xlarge`
    MlG4Dn16xlarge,
    /// `ml.g4dn.2xlarge`
    MlG4Dn2xlarge,
    /// `ml.g4dn.4xlarge`
    MlG4Dn4xlarge,
    /// `ml.g4dn.8xlarge`
    MlG4Dn8xlarge,
    /// `ml.g4dn.xlarge`
    MlG4DnXlarge,
    /// `ml.g5.12xlarge`
    MlG512xlarge,
    /// `ml.g5.16xlarge`
    MlG516xlarge,
    /// `ml.g5.24xlarge`
    MlG524xlarge,
    /// `ml.g5.2xlarge`
    MlG52xlarge,
    /// `ml.g5.48xlarge`
    MlG548xlarge,
    /// `ml.g5.4xlarge`
    MlG54xlarge,
    /// `ml.g5.8xlarge`
    MlG58xlarge,
    /// `ml.g5.xlarge`
    MlG5Xlarge,
    /// `ml.g6.12xlarge`
    MlG612xlarge,
    /// `ml.g6.16xlarge`
    MlG616xlarge,
    /// `ml.g6.24xlarge`
    MlG624xlarge,
    /// `ml.g6.2xlarge`
    MlG62xlarge,
    /// `ml.g6.48xlarge`
    MlG648xlarge,
    /// `ml.g6.4xlarge`
    MlG64xlarge,
    /// `ml.g6.8xlarge`
    MlG68xlarge,
    /// `ml.g6.xlarge`
    MlG6Xlarge,
    /// `ml.g6e.12xlarge`
    MlG6E12xlarge,
    /// `ml.g6e.16xlarge`
    MlG6E16xlarge,
    /// `ml.g6e.24xlarge`
    MlG6E24xlarge,
    /// `ml.g6e.2xlarge`
    MlG6E2xlarge,
    /// `ml.g6e.48xlarge`
    MlG6E48xlarge,
    /// `ml.g6e.4xlarge`
    MlG6E4xlarge,
    /// `ml.g6e.8xlarge`
    MlG6E8xlarge,
    /// `ml.g6e.xlarge`
    MlG6EXlarge,
    /// `ml.g7e.12xlarge`
    MlG7E12xlarge,
    /// `ml.g7e.24xlarge`
    MlG7E24xlarge,
    /// `ml.g7e.2xlarge`
    MlG7E2xlarge,
    /// `ml.g7e.48xlarge`
    MlG7E48xlarge,
    /// `ml.g7e.4xlarge`
    MlG7E4xlarge,
    /// `ml.g7e.8xlarge`
    MlG7E8xlarge,
    /// `ml.inf1.24xlarge`
    MlInf124xlarge,
    /// `ml.inf1.2xlarge`
    MlInf12xlarge,
    /// `ml.inf1.6xlarge`
    MlInf16xlarge,
    /// `ml.inf1.xlarge`
    MlInf1Xlarge,
    /// `ml.inf2.24xlarge`
    MlInf224xlarge,
    /// `ml.inf2.48xlarge`
    MlInf248xlarge,
    /// `ml.inf2.8xlarge`
    MlInf28xlarge,
    /// `ml.inf2.xlarge`
    MlInf2Xlarge,
    /// `ml.m4.10xlarge`
    MlM410xlarge,
    /// `ml.m4.16xlarge`
    MlM416xlarge,
    /// `ml.m4.2xlarge`
    MlM42xlarge,
    /// `ml.m4.4xlarge`
    MlM44xlarge,
    /// `ml.m4.xlarge`
    MlM4Xlarge,
    /// `ml.m5.12xlarge`
    MlM512xlarge,
    /// `ml.m5.24xlarge`
    MlM524xlarge,
    /// `ml.m5.2xlarge`
    MlM52xlarge,
    /// `ml.m5.4xlarge`
    MlM54xlarge,
    /// `ml.m5.xlarge`
    MlM5Xlarge,
    /// `ml.m5d.12xlarge`
    MlM5D12xlarge,
    /// `ml.m5d.16xlarge`
    MlM5D16xlarge,
    /// `ml.m5d.24xlarge`
    MlM5D24xlarge,
    /// `ml.m5d.2xlarge`
    MlM5D2xlarge,
    /// `ml.m5d.4xlarge`
    MlM5D4xlarge,
    /// `ml.m5d.8xlarge`
    MlM5D8xlarge,
    /// `ml.m5d.large`
    MlM5DLarge,
    /// `ml.m5d.xlarge`
    MlM5DXlarge,
    /// `ml.m6i.12xlarge`
    MlM6I12xlarge,
    /// `ml.m6i.16xlarge`
    MlM6I16xlarge,
    /// `ml.m6i.24xlarge`
    MlM6I24xlarge,
    /// `ml.m6i.2xlarge`
    MlM6I2xlarge,
    /// `ml.m6i.32xlarge`
    MlM6I32xlarge,
    /// `ml.m6i.4xlarge`
    MlM6I4xlarge,
    /// `ml.m6i.8xlarge`
    MlM6I8xlarge,
    /// `ml.m6i.large`
    MlM6ILarge,
    /// `ml.m6i.xlarge`
    MlM6IXlarge,
    /// `ml.m6id.12xlarge`
    MlM6Id12xlarge,
    /// `ml.m6id.16xlarge`
    MlM6Id16xlarge,
    /// `ml.m6id.24xlarge`
    MlM6Id24xlarge,
    /// `ml.m6id.2xlarge`
    MlM6Id2xlarge,
    /// `ml.m6id.32xlarge`
    MlM6Id32xlarge,
    /// `ml.m6id.4xlarge`
    MlM6Id4xlarge,
    /// `ml.m6id.8xlarge`
    MlM6Id8xlarge,
    /// `ml.m6id.large`
    MlM6IdLarge,
    /// `ml.m6id.xlarge`
    MlM6IdXlarge,
    /// `ml.m7i.12xlarge`
    MlM7I12xlarge,
    /// `ml.m7i.16xlarge`
    MlM7I16xlarge,
    /// `ml.m7i.24xlarge`
    MlM7I24xlarge,
    /// `ml.m7i.2xlarge`
    MlM7I2xlarge,
    /// `ml.m7i.48xlarge`
    MlM7I48xlarge,
    /// `ml.m7i.4xlarge`
    MlM7I4xlarge,
    /// `ml.m7i.8xlarge`
    MlM7I8xlarge,
    /// `ml.m7i.large`
    MlM7ILarge,
    /// `ml.m7i.xlarge`
    MlM7IXlarge,
    /// `ml.p2.16xlarge`
    MlP216xlarge,
    /// `ml.p2.8xlarge`
    MlP28xlarge,
    /// `ml.p2.xlarge`
    MlP2Xlarge,
    /// `ml.p3.16xlarge`
    MlP316xlarge,
    /// `ml.p3.2xlarge`
    MlP32xlarge,
    /// `ml.p3.8xlarge`
    MlP38xlarge,
    /// `ml.p3dn.24xlarge`
    MlP3Dn24xlarge,
    /// `ml.p4d.24xlarge`
    MlP4D24xlarge,
    /// `ml.p4de.24xlarge`
    MlP4De24xlarge,
    /// `ml.p5.48xlarge`
    MlP548xlarge,
    /// `ml.p5.4xlarge`
    MlP54xlarge,
    /// `ml.p5en.48xlarge`
    MlP5En48xlarge,
    /// `ml.p6-b200.48xlarge`
    MlP6B20048xlarge,
    /// `ml.r5.12xlarge`
    MlR512xlarge,
    /// `ml.r5.16xlarge`
    MlR516xlarge,
    /// `ml.r5.24xlarge`
    MlR524xlarge,
    /// `ml.r5.2xlarge`
    MlR52xlarge,
    /// `ml.r5.4xlarge`
    MlR54xlarge,
    /// `ml.r5.8xlarge`
    MlR58xlarge,
    /// `ml.r5.large`
    MlR5Large,
    /// `ml.r5.xlarge`
    MlR5Xlarge,
    /// `ml.r6i.12xlarge`
    MlR6I12xlarge,
    /// `ml.r6i.16xlarge`
    MlR6I16xlarge,
    /// `ml.r6i.24xlarge`
    MlR6I24xlarge,
    /// `ml.r6i.2xlarge`
    MlR6I2xlarge,
    /// `ml.r6i.32xlarge`
    MlR6I32xlarge,
    /// `ml.r6i.4xlarge`
    MlR6I4xlarge,
    /// `ml.r6i.8xlarge`
    MlR6I8xlarge,
    /// `ml.r6i.large`
    MlR6ILarge,
    /// `ml.r6i.xlarge`
    MlR6IXlarge,
    /// `ml.r6id.12xlarge`
    MlR6Id12xlarge,
    /// `ml.r6id.16xlarge`
    MlR6Id16xlarge,
    /// `ml.r6id.24xlarge`
    MlR6Id24xlarge,
    /// `ml.r6id.2xlarge`
    MlR6Id2xlarge,
    /// `ml.r6id.32xlarge`
    MlR6Id32xlarge,
    /// `ml.r6id.4xlarge`
    MlR6Id4xlarge,
    /// `ml.r6id.8xlarge`
    MlR6Id8xlarge,
    /// `ml.r6id.large`
    MlR6IdLarge,
    /// `ml.r6id.xlarge`
    MlR6IdXlarge,
    /// `ml.r7i.12xlarge`
    MlR7I12xlarge,
    /// `ml.r7i.16xlarge`
    MlR7I16xlarge,
    /// `ml.r7i.24xlarge`
    MlR7I24xlarge,
    /// `ml.r7i.2xlarge`
    MlR7I2xlarge,
    /// `ml.r7i.48xlarge`
    MlR7I48xlarge,
    /// `ml.r7i.4xlarge`
    MlR7I4xlarge,
    /// `ml.r7i.8xlarge`
    MlR7I8xlarge,
    /// `ml.r7i.large`
    MlR7ILarge,
    /// `ml.r7i.xlarge`
    MlR7IXlarge,
    /// `ml.t2.2xlarge`
    MlT22xlarge,
    /// `ml.t2.large`
    MlT2Large,
    /// `ml.t2.medium`
    MlT2Medium,
    /// `ml.t2.xlarge`
    MlT2Xlarge,
    /// `ml.t3.2xlarge`
    MlT32xlarge,
    /// `ml.t3.large`
    MlT3Large,
    /// `ml.t3.medium`
    MlT3Medium,
    /// `ml.t3.xlarge`
    MlT3Xlarge,
    /// `ml.trn1.2xlarge`
    MlTrn12xlarge,
    /// `ml.trn1.32xlarge`
    MlTrn132xlarge,
    /// `ml.trn1n.32xlarge`
    MlTrn1N32xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MlC42xlarge => "ml.c4.2xlarge",
            Self::MlC44xlarge => "ml.c4.4xlarge",
            Self::MlC48xlarge => "ml.c4.8xlarge",
            Self::MlC4Xlarge => "ml.c4.xlarge",
            Self::MlC518xlarge => "ml.c5.18xlarge",
            Self::MlC52xlarge => "ml.c5.2xlarge",
            Self::MlC54xlarge => "ml.c5.4xlarge",
            Self::MlC59xlarge => "ml.c5.9xlarge",
            Self::MlC5Xlarge => "ml.c5.xlarge",
            Self::MlC5D18xlarge => "ml.c5d.18xlarge",
            Self::MlC5D2xlarge => "ml.c5d.2xlarge",
            Self::MlC5D4xlarge => "ml.c5d.4xlarge",
            Self::MlC5D9xlarge => "ml.c5d.9xlarge",
            Self::MlC5DXlarge => "ml.c5d.xlarge",
            Self::MlC6I12xlarge => "ml.c6i.12xlarge",
            Self::MlC6I16xlarge => "ml.c6i.16xlarge",
            Self::MlC6I24xlarge => "ml.c6i.24xlarge",
            Self::MlC6I2xlarge => "ml.c6i.2xlarge",
            Self::MlC6I32xlarge => "ml.c6i.32xlarge",
            Self::MlC6I4xlarge => "ml.c6i.4xlarge",
            Self::MlC6I8xlarge => "ml.c6i.8xlarge",
            Self::MlC6ILarge => "ml.c6i.large",
            Self::MlC6IXlarge => "ml.c6i.xlarge",
            Self::MlC6Id12xlarge => "ml.c6id.12xlarge",
            Self::MlC6Id16xlarge => "ml.c6id.16xlarge",
            Self::MlC6Id24xlarge => "ml.c6id.24xlarge",
            Self::MlC6Id2xlarge => "ml.c6id.2xlarge",
            Self::MlC6Id32xlarge => "ml.c6id.32xlarge",
            Self::MlC6Id4xlarge => "ml.c6id.4xlarge",
            Self::MlC6Id8xlarge => "ml.c6id.8xlarge",
            Self::MlC6IdLarge => "ml.c6id.large",
            Self::MlC6IdXlarge => "ml.c6id.xlarge",
            Self::MlC7I12xlarge => "ml.c7i.12xlarge",
            Self::MlC7I16xlarge => "ml.c7i.16xlarge",
            Self::MlC7I24xlarge => "ml.c7i.24xlarge",
            Self::MlC7I2xlarge => "ml.c7i.2xlarge",
            Self::MlC7I48xlarge => "ml.c7i.48xlarge",
            Self::MlC7I4xlarge => "ml.c7i.4xlarge",
            Self::MlC7I8xlarge => "ml.c7i.8xlarge",
            Self::MlC7ILarge => "ml.c7i.large",
            Self::MlC7IXlarge => "ml.c7i.xlarge",
            Self::MlG4Dn12xlarge => "ml.g4dn.12xlarge",
            Self::MlG4Dn16xlarge => "ml.g4dn.16xlarge",
            Self::MlG4Dn2xlarge => "ml.g4dn.2xlarge",
            Self::MlG4Dn4xlarge => "ml.g4dn.4xlarge",
            Self::MlG4Dn8xlarge => "ml.g4dn.8xlarge",
            Self::MlG4DnXlarge => "ml.g4dn.xlarge",
            Self::MlG512xlarge => "ml.g5.12xlarge",
            Self::MlG516xlarge => "ml.g5.16xlarge",
            Self::MlG524xlarge => "ml.g5.24xlarge",
            Self::MlG52xlarge => "ml.g5.2xlarge",
            Self::MlG548xlarge => "ml.g5.48xlarge",
            Self::MlG54xlarge => "ml.g5.4xlarge",
            Self::MlG58xlarge => "ml.g5.8xlarge",
            Self::MlG5Xlarge => "ml.g5.xlarge",
            Self::MlG612xlarge => "ml.g6.12xlarge",
            Self::MlG616xlarge => "ml.g6.16xlarge",
            Self::MlG624xlarge => "ml.g6.24xlarge",
            Self::MlG62xlarge => "ml.g6.2xlarge",
            Self::MlG648xlarge => "ml.g6.48xlarge",
            Self::MlG64xlarge => "ml.g6.4xlarge",
            Self::MlG68xlarge => "ml.g6.8xlarge",
            Self::MlG6Xlarge => "ml.g6.xlarge",
            Self::MlG6E12xlarge => "ml.g6e.12xlarge",
            Self::MlG6E16xlarge => "ml.g6e.16xlarge",
            Self::MlG6E24xlarge => "ml.g6e.24xlarge",
            Self::MlG6E2xlarge => "ml.g6e.2xlarge",
            Self::MlG6E48xlarge => "ml.g6e.48xlarge",
            Self::MlG6E4xlarge => "ml.g6e.4xlarge",
            Self::MlG6E8xlarge => "ml.g6e.8xlarge",
            Self::MlG6EXlarge => "ml.g6e.xlarge",
            Self::MlG7E12xlarge => "ml.g7e.12xlarge",
            Self::MlG7E24xlarge => "ml.g7e.24xlarge",
            Self::MlG7E2xlarge => "ml.g7e.2xlarge",
            Self::MlG7E48xlarge => "ml.g7e.48xlarge",
            Self::MlG7E4xlarge => "ml.g7e.4xlarge",
            Self::MlG7E8xlarge => "ml.g7e.8xlarge",
            Self::MlInf124xlarge => "ml.inf1.24xlarge",
            Self::MlInf12xlarge => "ml.inf1.2xlarge",
            Self::MlInf16xlarge => "ml.inf1.6xlarge",
            Self::MlInf1Xlarge => "ml.inf1.xlarge",
            Self::MlInf224xlarge => "ml.inf2.24xlarge",
            Self::MlInf248xlarge => "ml.inf2.48xlarge",
            Self::MlInf28xlarge => "ml.inf2.8xlarge",
            Self::MlInf2Xlarge => "ml.inf2.xlarge",
            Self::MlM410xlarge => "ml.m4.10xlarge",
            Self::MlM416xlarge => "ml.m4.16xlarge",
            Self::MlM42xlarge => "ml.m4.2xlarge",
            Self::MlM44xlarge => "ml.m4.4xlarge",
            Self::MlM4Xlarge => "ml.m4.xlarge",
            Self::MlM512xlarge => "ml.m5.12xlarge",
            Self::MlM524xlarge => "ml.m5.24xlarge",
            Self::MlM52xlarge => "ml.m5.2xlarge",
            Self::MlM54xlarge => "ml.m5.4xlarge",
            Self::MlM5Xlarge => "ml.m5.xlarge",
            Self::MlM5D12xlarge => "ml.m5d.12xlarge",
            Self::MlM5D16xlarge => "ml.m5d.16xlarge",
            Self::MlM5D24xlarge => "ml.m5d.24xlarge",
            Self::MlM5D2xlarge => "ml.m5d.2xlarge",
            Self::MlM5D4xlarge => "ml.m5d.4xlarge",
            Self::MlM5D8xlarge => "ml.m5d.8xlarge",
            Self::MlM5DLarge => "ml.m5d.large",
            Self::MlM5DXlarge => "ml.m5d.xlarge",
            Self::MlM6I12xlarge => "ml.m6i.12xlarge",
            Self::MlM6I16xlarge => "ml.m6i.16xlarge",
            Self::MlM6I24xlarge => "ml.m6i.24xlarge",
            Self::MlM6I2xlarge => "ml.m6i.2xlarge",
            Self::MlM6I32xlarge => "ml.m6i.32xlarge",
            Self::MlM6I4xlarge => "ml.m6i.4xlarge",
            Self::MlM6I8xlarge => "ml.m6i.8xlarge",
            Self::MlM6ILarge => "ml.m6i.large",
            Self::MlM6IXlarge => "ml.m6i.xlarge",
            Self::MlM6Id12xlarge => "ml.m6id.12xlarge",
            Self::MlM6Id16xlarge => "ml.m6id.16xlarge",
            Self::MlM6Id24xlarge => "ml.m6id.24xlarge",
            Self::MlM6Id2xlarge => "ml.m6id.2xlarge",
            Self::MlM6Id32xlarge => "ml.m6id.32xlarge",
            Self::MlM6Id4xlarge => "ml.m6id.4xlarge",
            Self::MlM6Id8xlarge => "ml.m6id.8xlarge",
            Self::MlM6IdLarge => "ml.m6id.large",
            Self::MlM6IdXlarge => "ml.m6id.xlarge",
            Self::MlM7I12xlarge => "ml.m7i.12xlarge",
            Self::MlM7I16xlarge => "ml.m7i.16xlarge",
            Self::MlM7I24xlarge => "ml.m7i.24xlarge",
            Self::MlM7I2xlarge => "ml.m7i.2xlarge",
            Self::MlM7I48xlarge => "ml.m7i.48xlarge",
            Self::MlM7I4xlarge => "ml.m7i.4xlarge",
            Self::MlM7I8xlarge => "ml.m7i.8xlarge",
            Self::MlM7ILarge => "ml.m7i.large",
            Self::MlM7IXlarge => "ml.m7i.xlarge",
            Self::MlP216xlarge => "ml.p2.16xlarge",
            Self::MlP28xlarge => "ml.p2.8xlarge",
            Self::MlP2Xlarge => "ml.p2.xlarge",
            Self::MlP316xlarge => "ml.p3.16xlarge",
            Self::MlP32xlarge => "ml.p3.2xlarge",
            Self::MlP38xlarge => "ml.p3.8xlarge",
            Self::MlP3Dn24xlarge => "ml.p3dn.24xlarge",
            Self::MlP4D24xlarge => "ml.p4d.24xlarge",
            Self::MlP4De24xlarge => "ml.p4de.24xlarge",
            Self::MlP548xlarge => "ml.p5.48xlarge",
            Self::MlP54xlarge => "ml.p5.4xlarge",
            Self::MlP5En48xlarge => "ml.p5en.48xlarge",
            Self::MlP6B20048xlarge => "ml.p6-b200.48xlarge",
            Self::MlR512xlarge => "ml.r5.12xlarge",
            Self::MlR516xlarge => "ml.r5.16xlarge",
            Self::MlR524xlarge => "ml.r5.24xlarge",
            Self::MlR52xlarge => "ml.r5.2xlarge",
            Self::MlR54xlarge => "ml.r5.4xlarge",
            Self::MlR58xlarge => "ml.r5.8xlarge",
            Self::MlR5Large => "ml.r5.large",
            Self::MlR5Xlarge => "ml.r5.xlarge",
            Self::MlR6I12xlarge => "ml.r6i.12xlarge",
            Self::MlR6I16xlarge => "ml.r6i.16xlarge",
            Self::MlR6I24xlarge => "ml.r6i.24xlarge",
            Self::MlR6I2xlarge => "ml.r6i.2xlarge",
            Self::MlR6I32xlarge => "ml.r6i.32xlarge",
            Self::MlR6I4xlarge => "ml.r6i.4xlarge",
            Self::MlR6I8xlarge => "ml.r6i.8xlarge",
            Self::MlR6ILarge => "ml.r6i.large",
            Self::MlR6IXlarge => "ml.r6i.xlarge",
            Self::MlR6Id12xlarge => "ml.r6id.12xlarge",
            Self::MlR6Id16xlarge => "ml.r6id.16xlarge",
            Self::MlR6Id24xlarge => "ml.r6id.24xlarge",
            Self::MlR6Id2xlarge => "ml.r6id.2xlarge",
            Self::MlR6Id32xlarge => "ml.r6id.32xlarge",
            Self::MlR6Id4xlarge => "ml.r6id.4xlarge",
            Self::MlR6Id8xlarge => "ml.r6id.8xlarge",
            Self::MlR6IdLarge => "ml.r6id.large",
            Self::MlR6IdXlarge => "ml.r6id.xlarge",
            Self::MlR7I12xlarge => "ml.r7i.12xlarge",
            Self::MlR7I16xlarge => "ml.r7i.16xlarge",
            Self::MlR7I24xlarge => "ml.r7i.24xlarge",
            Self::MlR7I2xlarge => "ml.r7i.2xlarge",
            Self::MlR7I48xlarge => "ml.r7i.48xlarge",
            Self::MlR7I4xlarge => "ml.r7i.4xlarge",
            Self::MlR7I8xlarge => "ml.r7i.8xlarge",
            Self::MlR7ILarge => "ml.r7i.large",
            Self::MlR7IXlarge => "ml.r7i.xlarge",
            Self::MlT22xlarge => "ml.t2.2xlarge",
            Self::MlT2Large => "ml.t2.large",
            Self::MlT2Medium => "ml.t2.medium",
            Self::MlT2Xlarge => "ml.t2.xlarge",
            Self::MlT32xlarge => "ml.t3.2xlarge",
            Self::MlT3Large => "ml.t3.large",
            Self::MlT3Medium => "ml.t3.medium",
            Self::MlT3Xlarge => "ml.t3.xlarge",
            Self::MlTrn12xlarge => "ml.trn1.2xlarge",
            Self::MlTrn132xlarge => "ml.trn1.32xlarge",
            Self::MlTrn1N32xlarge => "ml.trn1n.32xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ml.c4.2xlarge",
            "ml.c4.4xlarge",
            "ml.c4.8xlarge",
            "ml.c4.xlarge",
            "ml.c5.18xlarge",
            "ml.c5.2xlarge",
            "ml.c5.4xlarge",
            "ml.c5.9xlarge",
            "ml.c5.xlarge",
            "ml.c5d.18xlarge",
            "ml.c5d.2xlarge",
            "ml.c5d.4xlarge",
            "ml.c5d.9xlarge",
            "ml.c5d.xlarge",
            "ml.c6i.12xlarge",
            "ml.c6i.16xlarge",
            "ml.c6i.24xlarge",
            "ml.c6i.2xlarge",
            "ml.c6i.32xlarge",
            "ml.c6i.4xlarge",
            "ml.c6i.8xlarge",
            "ml.c6i.large",
            "ml.c6i.xlarge",
            "ml.c6id.12xlarge",
            "ml.c6id.16xlarge",
            "ml.c6id.24xlarge",
            "ml.c6id.2xlarge",
            "ml.c6id.32xlarge",
            "ml.c6id.4xlarge",
            "ml.c6id.8xlarge",
            "ml.c6id.large",
            "ml.c6id.xlarge",
            "ml.c7i.12xlarge",
            "ml.c7i.16xlarge",
            "ml.c7i.24xlarge",
            "ml.c7i.2xlarge",
            "ml.c7i.48xlarge",
            "ml.c7i.4xlarge",
            "ml.c7i.8xlarge",
            "ml.c7i.large",
            "ml.c7i.xlarge",
            "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge",
            "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge",
            "ml.g4dn.xlarge",
            "ml.g5.12xlarge",
            "ml.g5.16xlarge",
            "ml.g5.24xlarge",
            "ml.g5.2xlarge",
            "ml.g5.48xlarge",
            "ml.g5.4xlarge",
            "ml.g5.8xlarge",
            "ml.g5.xlarge",
            "ml.g6.12xlarge",
            "ml.g6.16xlarge",
            "ml.g6.24xlarge",
            "ml.g6.2xlarge",
            "ml.g6.48xlarge",
            "ml.g6.4xlarge",
            "ml.g6.8xlarge",
            "ml.g6.xlarge",
            "ml.g6e.12xlarge",
            "ml.g6e.16xlarge",
            "ml.g6e.24xlarge",
            "ml.g6e.2xlarge",
            "ml.g6e.48xlarge",
            "ml.g6e.4xlarge",
            "ml.g6e.8xlarge",
            "ml.g6e.xlarge",
            "ml.g7e.12xlarge",
            "ml.g7e.24xlarge",
            "ml.g7e.2xlarge",
            "ml.g7e.48xlarge",
            "ml.g7e.4xlarge",
            "ml.g7e.8xlarge",
            "ml.inf1.24xlarge",
            "ml.inf1.2xlarge",
            "ml.inf1.6xlarge",
            "ml.inf1.xlarge",
            "ml.inf2.24xlarge",
            "ml.inf2.48xlarge",
            "ml.inf2.8xlarge",
            "ml.inf2.xlarge",
            "ml.m4.10xlarge",
            "ml.m4.16xlarge",
            "ml.m4.2xlarge",
            "ml.m4.4xlarge",
            "ml.m4.xlarge",
            "ml.m5.12xlarge",
            "ml.m5.24xlarge",
            "ml.m5.2xlarge",
            "ml.m5.4xlarge",
            "ml.m5.xlarge",
            "ml.m5d.12xlarge",
            "ml.m5d.16xlarge",
            "ml.m5d.24xlarge",
            "ml.m5d.2xlarge",
            "ml.m5d.4xlarge",
            "ml.m5d.8xlarge",
            "ml.m5d.large",
            "ml.m5d.xlarge",
            "ml.m6i.12xlarge",
            "ml.m6i.16xlarge",
            "ml.m6i.24xlarge",
            "ml.m6i.2xlarge",
            "ml.m6i.32xlarge",
            "ml.m6i.4xlarge",
            "ml.m6i.8xlarge",
            "ml.m6i.large",
            "ml.m6i.xlarge",
            "ml.m6id.12xlarge",
            "ml.m6id.16xlarge",
            "ml.m6id.24xlarge",
            "ml.m6id.2xlarge",
            "ml.m6id.32xlarge",
            "ml.m6id.4xlarge",
            "ml.m6id.8xlarge",
            "ml.m6id.large",
            "ml.m6id.xlarge",
            "ml.m7i.12xlarge",
            "ml.m7i.16xlarge",
            "ml.m7i.24xlarge",
            "ml.m7i.2xlarge",
            "ml.m7i.48xlarge",
            "ml.m7i.4xlarge",
            "ml.m7i.8xlarge",
            "ml.m7i.large",
            "ml.m7i.xlarge",
            "ml.p2.16xlarge",
            "ml.p2.8xlarge",
            "ml.p2.xlarge",
            "ml.p3.16xlarge",
            "ml.p3.2xlarge",
            "ml.p3.8xlarge",
            "ml.p3dn.24xlarge",
            "ml.p4d.24xlarge",
            "ml.p4de.24xlarge",
            "ml.p5.48xlarge",
            "ml.p5.4xlarge",
            "ml.p5en.48xlarge",
            "ml.p6-b200.48xlarge",
            "ml.r5.12xlarge",
            "ml.r5.16xlarge",
            "ml.r5.24xlarge",
            "ml.r5.2xlarge",
            "ml.r5.4xlarge",
            "ml.r5.8xlarge",
            "ml.r5.large",
            "ml.r5.xlarge",
            "ml.r6i.12xlarge",
            "ml.r6i.16xlarge",
            "ml.r6i.24xlarge",
            "ml.r6i.2xlarge",
            "ml.r6i.32xlarge",
            "ml.r6i.4xlarge",
            "ml.r6i.8xlarge",
            "ml.r6i.large",
            "ml.r6i.xlarge",
            "ml.r6id.12xlarge",
            "ml.r6id.16xlarge",
            "ml.r6id.24xlarge",
            "ml.r6id.2xlarge",
            "ml.r6id.32xlarge",
            "ml.r6id.4xlarge",
            "ml.r6id.8xlarge",
            "ml.r6id.large",
            "ml.r6id.xlarge",
            "ml.r7i.12xlarge",
            "ml.r7i.16xlarge",
            "ml.r7i.24xlarge",
            "ml.r7i.2xlarge",
            "ml.r7i.48xlarge",
            "ml.r7i.4xlarge",
            "ml.r7i.8xlarge",
            "ml.r7i.large",
            "ml.r7i.xlarge",
            "ml.t2.2xlarge",
            "ml.t2.large",
            "ml.t2.medium",
            "ml.t2.xlarge",
            "ml.t3.2xlarge",
            "ml.t3.large",
            "ml.t3.medium",
            "ml.t3.xlarge",
            "ml.trn1.2xlarge",
            "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge",
        ]
    }
}
impl ::std::convert::From<InstanceType> for ::forma_core::Value<InstanceType> {
    fn from(v: InstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceType {}

/// The values CloudFormation documents: `Disabled`, `Enabled`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RootAccess {
    /// `Disabled`
    Disabled,
    /// `Enabled`
    Enabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RootAccess {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "Disabled",
            Self::Enabled => "Enabled",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Disabled", "Enabled"]
    }
}
impl ::std::convert::From<RootAccess> for ::forma_core::Value<RootAccess> {
    fn from(v: RootAccess) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RootAccess {}

/// Information on the IMDS configuration of the notebook instance
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceMetadataServiceConfiguration {
    props: ::forma_core::schema::Props,
}
impl InstanceMetadataServiceConfiguration {
    /// A new value with its required properties: `MinimumInstanceMetadataServiceVersion`.
    pub fn new(
        minimum_instance_metadata_service_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, minimum_instance_metadata_service_version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InstanceMetadataServiceConfiguration>
    for ::forma_core::Value<InstanceMetadataServiceConfiguration>
{
    fn from(v: InstanceMetadataServiceConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_METADATA_SERVICE_CONFIGURATION_TYPE.properties))
    }
}

/// A tag object that consists of a key and an optional value, used to manage metadata for SageMaker AWS resources.
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

/// The schema of `AWS::SageMaker::NotebookInstance`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::NotebookInstance",
    properties: &[
        ::forma_core::schema::Property {
            name: "AcceleratorTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "ml.eia1.large",
                    "ml.eia1.medium",
                    "ml.eia1.xlarge",
                    "ml.eia2.large",
                    "ml.eia2.medium",
                    "ml.eia2.xlarge",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AdditionalCodeRepositories",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^https://([^/]+)/?(.*)$|^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(3) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DefaultCodeRepository",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://([^/]+)/?(.*)$|^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DirectInternetAccess",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
        ::forma_core::schema::Property {
            name: "InstanceMetadataServiceConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_METADATA_SERVICE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ml.c4.2xlarge",
                "ml.c4.4xlarge",
                "ml.c4.8xlarge",
                "ml.c4.xlarge",
                "ml.c5.18xlarge",
                "ml.c5.2xlarge",
                "ml.c5.4xlarge",
                "ml.c5.9xlarge",
                "ml.c5.xlarge",
                "ml.c5d.18xlarge",
                "ml.c5d.2xlarge",
                "ml.c5d.4xlarge",
                "ml.c5d.9xlarge",
                "ml.c5d.xlarge",
                "ml.c6i.12xlarge",
                "ml.c6i.16xlarge",
                "ml.c6i.24xlarge",
                "ml.c6i.2xlarge",
                "ml.c6i.32xlarge",
                "ml.c6i.4xlarge",
                "ml.c6i.8xlarge",
                "ml.c6i.large",
                "ml.c6i.xlarge",
                "ml.c6id.12xlarge",
                "ml.c6id.16xlarge",
                "ml.c6id.24xlarge",
                "ml.c6id.2xlarge",
                "ml.c6id.32xlarge",
                "ml.c6id.4xlarge",
                "ml.c6id.8xlarge",
                "ml.c6id.large",
                "ml.c6id.xlarge",
                "ml.c7i.12xlarge",
                "ml.c7i.16xlarge",
                "ml.c7i.24xlarge",
                "ml.c7i.2xlarge",
                "ml.c7i.48xlarge",
                "ml.c7i.4xlarge",
                "ml.c7i.8xlarge",
                "ml.c7i.large",
                "ml.c7i.xlarge",
                "ml.g4dn.12xlarge",
                "ml.g4dn.16xlarge",
                "ml.g4dn.2xlarge",
                "ml.g4dn.4xlarge",
                "ml.g4dn.8xlarge",
                "ml.g4dn.xlarge",
                "ml.g5.12xlarge",
                "ml.g5.16xlarge",
                "ml.g5.24xlarge",
                "ml.g5.2xlarge",
                "ml.g5.48xlarge",
                "ml.g5.4xlarge",
                "ml.g5.8xlarge",
                "ml.g5.xlarge",
                "ml.g6.12xlarge",
                "ml.g6.16xlarge",
                "ml.g6.24xlarge",
                "ml.g6.2xlarge",
                "ml.g6.48xlarge",
                "ml.g6.4xlarge",
                "ml.g6.8xlarge",
                "ml.g6.xlarge",
                "ml.g6e.12xlarge",
                "ml.g6e.16xlarge",
                "ml.g6e.24xlarge",
                "ml.g6e.2xlarge",
                "ml.g6e.48xlarge",
                "ml.g6e.4xlarge",
                "ml.g6e.8xlarge",
                "ml.g6e.xlarge",
                "ml.g7e.12xlarge",
                "ml.g7e.24xlarge",
                "ml.g7e.2xlarge",
                "ml.g7e.48xlarge",
                "ml.g7e.4xlarge",
                "ml.g7e.8xlarge",
                "ml.inf1.24xlarge",
                "ml.inf1.2xlarge",
                "ml.inf1.6xlarge",
                "ml.inf1.xlarge",
                "ml.inf2.24xlarge",
                "ml.inf2.48xlarge",
                "ml.inf2.8xlarge",
                "ml.inf2.xlarge",
                "ml.m4.10xlarge",
                "ml.m4.16xlarge",
                "ml.m4.2xlarge",
                "ml.m4.4xlarge",
                "ml.m4.xlarge",
                "ml.m5.12xlarge",
                "ml.m5.24xlarge",
                "ml.m5.2xlarge",
                "ml.m5.4xlarge",
                "ml.m5.xlarge",
                "ml.m5d.12xlarge",
                "ml.m5d.16xlarge",
                "ml.m5d.24xlarge",
                "ml.m5d.2xlarge",
                "ml.m5d.4xlarge",
                "ml.m5d.8xlarge",
                "ml.m5d.large",
                "ml.m5d.xlarge",
                "ml.m6i.12xlarge",
                "ml.m6i.16xlarge",
                "ml.m6i.24xlarge",
                "ml.m6i.2xlarge",
                "ml.m6i.32xlarge",
                "ml.m6i.4xlarge",
                "ml.m6i.8xlarge",
                "ml.m6i.large",
                "ml.m6i.xlarge",
                "ml.m6id.12xlarge",
                "ml.m6id.16xlarge",
                "ml.m6id.24xlarge",
                "ml.m6id.2xlarge",
                "ml.m6id.32xlarge",
                "ml.m6id.4xlarge",
                "ml.m6id.8xlarge",
                "ml.m6id.large",
                "ml.m6id.xlarge",
                "ml.m7i.12xlarge",
                "ml.m7i.16xlarge",
                "ml.m7i.24xlarge",
                "ml.m7i.2xlarge",
                "ml.m7i.48xlarge",
                "ml.m7i.4xlarge",
                "ml.m7i.8xlarge",
                "ml.m7i.large",
                "ml.m7i.xlarge",
                "ml.p2.16xlarge",
                "ml.p2.8xlarge",
                "ml.p2.xlarge",
                "ml.p3.16xlarge",
                "ml.p3.2xlarge",
                "ml.p3.8xlarge",
                "ml.p3dn.24xlarge",
                "ml.p4d.24xlarge",
                "ml.p4de.24xlarge",
                "ml.p5.48xlarge",
                "ml.p5.4xlarge",
                "ml.p5en.48xlarge",
                "ml.p6-b200.48xlarge",
                "ml.r5.12xlarge",
                "ml.r5.16xlarge",
                "ml.r5.24xlarge",
                "ml.r5.2xlarge",
                "ml.r5.4xlarge",
                "ml.r5.8xlarge",
                "ml.r5.large",
                "ml.r5.xlarge",
                "ml.r6i.12xlarge",
                "ml.r6i.16xlarge",
                "ml.r6i.24xlarge",
                "ml.r6i.2xlarge",
                "ml.r6i.32xlarge",
                "ml.r6i.4xlarge",
                "ml.r6i.8xlarge",
                "ml.r6i.large",
                "ml.r6i.xlarge",
                "ml.r6id.12xlarge",
                "ml.r6id.16xlarge",
                "ml.r6id.24xlarge",
                "ml.r6id.2xlarge",
                "ml.r6id.32xlarge",
                "ml.r6id.4xlarge",
                "ml.r6id.8xlarge",
                "ml.r6id.large",
                "ml.r6id.xlarge",
                "ml.r7i.12xlarge",
                "ml.r7i.16xlarge",
                "ml.r7i.24xlarge",
                "ml.r7i.2xlarge",
                "ml.r7i.48xlarge",
                "ml.r7i.4xlarge",
                "ml.r7i.8xlarge",
                "ml.r7i.large",
                "ml.r7i.xlarge",
                "ml.t2.2xlarge",
                "ml.t2.large",
                "ml.t2.medium",
                "ml.t2.xlarge",
                "ml.t3.2xlarge",
                "ml.t3.large",
                "ml.t3.medium",
                "ml.t3.xlarge",
                "ml.trn1.2xlarge",
                "ml.trn1.32xlarge",
                "ml.trn1n.32xlarge",
            ]),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:/_-]*$"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfigName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(0),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotebookInstanceName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "PlatformIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(notebook-al1-v1|notebook-al2-v1|notebook-al2-v2|notebook-al2-v3|notebook-al2023-v1)$"),
                min_length: Some(0),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "RootAccess",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Enabled"]),
        },
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[-0-9a-zA-Z]+$"),
                    min_length: Some(0),
                    max_length: Some(32),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[-0-9a-zA-Z]+$"),
                min_length: Some(0),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "VolumeSizeInGB",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(5.0),
                maximum: Some(16384.0),
            }),
        },
    ],
    rules: &[],
    attributes: &["NotebookInstanceArn"],
};

static INSTANCE_METADATA_SERVICE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SageMaker::NotebookInstance.InstanceMetadataServiceConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "MinimumInstanceMetadataServiceVersion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^1|2$"),
                min_length: Some(0),
                max_length: Some(1),
            }),
        }],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::NotebookInstance.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
