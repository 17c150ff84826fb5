// @generated from AWS::SageMaker::App (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::App` and its property types.

/// Resource Type definition for AWS::SageMaker::App
///
/// CloudFormation type `AWS::SageMaker::App`.
#[derive(Debug, Clone, PartialEq)]
pub struct App {
    props: ::forma_core::schema::Props,
}
impl App {
    /// A new resource with its required properties: `AppName`, `AppType`, `DomainId`, `UserProfileName`.
    #[track_caller]
    pub fn new(
        app_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        app_type: impl ::forma_core::schema::EnumArg<AppType>,
        domain_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        user_profile_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, app_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, domain_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, user_profile_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Indicates whether the application is launched in recovery mode.
    #[track_caller]
    pub fn recovery_mode(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The instance type and the Amazon Resource Name (ARN) of the SageMaker image created on the instance.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_spec(mut self, value: impl ::std::convert::Into<::forma_core::Value<ResourceSpec>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to apply to the app.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for App {
    type Attributes = AppAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::App"
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
/// The attributes of a `AWS::SageMaker::App` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AppAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AppAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AppAttributes {
    /// `Fn::GetAtt` `AppArn`.
    pub fn app_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppArn")
    }
    /// `Fn::GetAtt` `BuiltInLifecycleConfigArn`.
    pub fn built_in_lifecycle_config_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BuiltInLifecycleConfigArn")
    }
}

/// The values CloudFormation documents: `JupyterServer`, `KernelGateway`, `RStudioServerPro`, `RSessionGateway`, `Canvas`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppType {
    /// `JupyterServer`
    JupyterServer,
    /// `KernelGateway`
    KernelGateway,
    /// `RStudioServerPro`
    RStudioServerPro,
    /// `RSessionGateway`
    RSessionGateway,
    /// `Canvas`
    Canvas,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AppType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JupyterServer => "JupyterServer",
            Self::KernelGateway => "KernelGateway",
            Self::RStudioServerPro => "RStudioServerPro",
            Self::RSessionGateway => "RSessionGateway",
            Self::Canvas => "Canvas",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["JupyterServer", "KernelGateway", "RStudioServerPro", "RSessionGateway", "Canvas"]
    }
}
impl ::std::convert::From<AppType> for ::forma_core::Value<AppType> {
    fn from(v: AppType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AppType {}

/// The values CloudFormation documents: `system`, `ml.t3.micro`, `ml.t3.small`, `ml.t3.medium`, `ml.t3.large`, `ml.t3.xlarge`, `ml.t3.2xlarge`, `ml.m5.large`, `ml.m5.xlarge`, `ml.m5.2xlarge`, `ml.m5.4xlarge`, `ml.m5.8xlarge`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceType {
    /// `system`
    System,
    /// `ml.t3.micro`
    MlT3Micro,
    /// `ml.t3.small`
    MlT3Small,
    /// `ml.t3.medium`
    MlT3Medium,
    /// `ml.t3.large`
    MlT3Large,
    /// `ml.t3.xlarge`
    MlT3Xlarge,
    /// `ml.t3.2xlarge`
    MlT32xlarge,
    /// `ml.m5.large`
    MlM5Large,
    /// `ml.m5.xlarge`
    MlM5Xlarge,
    /// `ml.m5.2xlarge`
    MlM52xlarge,
    /// `ml.m5.4xlarge`
    MlM54xlarge,
    /// `ml.m5.8xlarge`
    MlM58xlarge,
    /// `ml.m5.12xlarge`
    MlM512xlarge,
    /// `ml.m5.16xlarge`
    MlM516xlarge,
    /// `ml.m5.24xlarge`
    MlM524xlarge,
    /// `ml.m5d.large`
    MlM5DLarge,
    /// `ml.m5d.xlarge`
    MlM5DXlarge,
    /// `ml.m5d.2xlarge`
    MlM5D2xlarge,
    /// `ml.m5d.4xlarge`
    MlM5D4xlarge,
    /// `ml.m5d.8xlarge`
    MlM5D8xlarge,
    /// `ml.m5d.12xlarge`
    MlM5D12xlarge,
    /// `ml.m5d.16xlarge`
    MlM5D16xlarge,
    /// `ml.m5d.24xlarge`
    MlM5D24xlarge,
    /// `ml.c5.large`
    MlC5Large,
    /// `ml.c5.xlarge`
    MlC5Xlarge,
    /// `ml.c5.2xlarge`
    MlC52xlarge,
    /// `ml.c5.4xlarge`
    MlC54xlarge,
    /// `ml.c5.9xlarge`
    MlC59xlarge,
    /// `ml.c5.12xlarge`
    MlC512xlarge,
    /// `ml.c5.18xlarge`
    MlC518xlarge,
    /// `ml.c5.24xlarge`
    MlC524xlarge,
    /// `ml.p3.2xlarge`
    MlP32xlarge,
    /// `ml.p3.8xlarge`
    MlP38xlarge,
    /// `ml.p3.16xlarge`
    MlP316xlarge,
    /// `ml.p3dn.24xlarge`
    MlP3Dn24xlarge,
    /// `ml.g4dn.xlarge`
    MlG4DnXlarge,
    /// `ml.g4dn.2xlarge`
    MlG4Dn2xlarge,
    /// `ml.g4dn.4xlarge`
    MlG4Dn4xlarge,
    /// `ml.g4dn.8xlarge`
    MlG4Dn8xlarge,
    /// `ml.g4dn.12xlarge`
    MlG4Dn12xlarge,
    /// `ml.g4dn.16xlarge`
    MlG4Dn16xlarge,
    /// `ml.r5.large`
    MlR5Large,
    /// `ml.r5.xlarge`
    MlR5Xlarge,
    /// `ml.r5.2xlarge`
    MlR52xlarge,
    /// `ml.r5.4xlarge`
    MlR54xlarge,
    /// `ml.r5.8xlarge`
    MlR58xlarge,
    /// `ml.r5.12xlarge`
    MlR512xlarge,
    /// `ml.r5.16xlarge`
    MlR516xlarge,
    /// `ml.r5.24xlarge`
    MlR524xlarge,
    /// `ml.g5.xlarge`
    MlG5Xlarge,
    /// `ml.g5.2xlarge`
    MlG52xlarge,
    /// `ml.g5.4xlarge`
    MlG54xlarge,
    /// `ml.g5.8xlarge`
    MlG58xlarge,
    /// `ml.g5.12xlarge`
    MlG512xlarge,
    /// `ml.g5.16xlarge`
    MlG516xlarge,
    /// `ml.g5.24xlarge`
    MlG524xlarge,
    /// `ml.g5.48xlarge`
    MlG548xlarge,
    /// `ml.g6.xlarge`
    MlG6Xlarge,
    /// `ml.g6.2xlarge`
    MlG62xlarge,
    /// `ml.g6.4xlarge`
    MlG64xlarge,
    /// `ml.g6.8xlarge`
    MlG68xlarge,
    /// `ml.g6.12xlarge`
    MlG612xlarge,
    /// `ml.g6.16xlarge`
    MlG616xlarge,
    /// `ml.g6.24xlarge`
    MlG624xlarge,
    /// `ml.g6.48xlarge`
    MlG648xlarge,
    /// `ml.g6e.xlarge`
    MlG6EXlarge,
    /// `ml.g6e.2xlarge`
    MlG6E2xlarge,
    /// `ml.g6e.4xlarge`
    MlG6E4xlarge,
    /// `ml.g6e.8xlarge`
    MlG6E8xlarge,
    /// `ml.g6e.12xlarge`
    MlG6E12xlarge,
    /// `ml.g6e.16xlarge`
    MlG6E16xlarge,
    /// `ml.g6e.24xlarge`
    MlG6E24xlarge,
    /// `ml.g6e.48xlarge`
    MlG6E48xlarge,
    /// `ml.geospatial.interactive`
    MlGeospatialInteractive,
    /// `ml.p4d.24xlarge`
    MlP4D24xlarge,
    /// `ml.p4de.24xlarge`
    MlP4De24xlarge,
    /// `ml.trn1.2xlarge`
    MlTrn12xlarge,
    /// `ml.trn1.32xlarge`
    MlTrn132xlarge,
    /// `ml.trn1n.32xlarge`
    MlTrn1N32xlarge,
    /// `ml.p5.48xlarge`
    MlP548xlarge,
    /// `ml.p5e.48xlarge`
    MlP5E48xlarge,
    /// `ml.p5en.48xlarge`
    MlP5En48xlarge,
    /// `ml.m6i.large`
    MlM6ILarge,
    /// `ml.m6i.xlarge`
    MlM6IXlarge,
    /// `ml.m6i.2xlarge`
    MlM6I2xlarge,
    /// `ml.m6i.4xlarge`
    MlM6I4xlarge,
    /// `ml.m6i.8xlarge`
    MlM6I8xlarge,
    /// `ml.m6i.12xlarge`
    MlM6I12xlarge,
    /// `ml.m6i.16xlarge`
    MlM6I16xlarge,
    /// `ml.m6i.24xlarge`
    MlM6I24xlarge,
    /// `ml.m6i.32xlarge`
    MlM6I32xlarge,
    /// `ml.m7i.large`
    MlM7ILarge,
    /// `ml.m7i.xlarge`
    MlM7IXlarge,
    /// `ml.m7i.2xlarge`
    MlM7I2xlarge,
    /// `ml.m7i.4xlarge`
    MlM7I4xlarge,
    /// `ml.m7i.8xlarge`
    MlM7I8xlarge,
    /// `ml.m7i.12xlarge`
    MlM7I12xlarge,
    /// `ml.m7i.16xlarge`
    MlM7I16xlarge,
    /// `ml.m7i.24xlarge`
    MlM7I24xlarge,
    /// `ml.m7i.48xlarge`
    MlM7I48xlarge,
    /// `ml.c6i.large`
    MlC6ILarge,
    /// `ml.c6i.xlarge`
    MlC6IXlarge,
    /// `ml.c6i.2xlarge`
    MlC6I2xlarge,
    /// `ml.c6i.4xlarge`
    MlC6I4xlarge,
    /// `ml.c6i.8xlarge`
    MlC6I8xlarge,
    /// `ml.c6i.12xlarge`
    MlC6I12xlarge,
    /// `ml.c6i.16xlarge`
    MlC6I16xlarge,
    /// `ml.c6i.24xlarge`
    MlC6I24xlarge,
    /// `ml.c6i.32xlarge`
    MlC6I32xlarge,
    /// `ml.c7i.large`
    MlC7ILarge,
    /// `ml.c7i.xlarge`
    MlC7IXlarge,
    /// `ml.c7i.2xlarge`
    MlC7I2xlarge,
    /// `ml.c7i.4xlarge`
    MlC7I4xlarge,
    /// `ml.c7i.8xlarge`
    MlC7I8xlarge,
    /// `ml.c7i.12xlarge`
    MlC7I12xlarge,
    /// `ml.c7i.16xlarge`
    MlC7I16xlarge,
    /// `ml.c7i.24xlarge`
    MlC7I24xlarge,
    /// `ml.c7i.48xlarge`
    MlC7I48xlarge,
    /// `ml.r6i.large`
    MlR6ILarge,
    /// `ml.r6i.xlarge`
    MlR6IXlarge,
    /// `ml.r6i.2xlarge`
    MlR6I2xlarge,
    /// `ml.r6i.4xlarge`
    MlR6I4xlarge,
    /// `ml.r6i.8xlarge`
    MlR6I8xlarge,
    /// `ml.r6i.12xlarge`
    MlR6I12xlarge,
    /// `ml.r6i.16xlarge`
    MlR6I16xlarge,
    /// `ml.r6i.24xlarge`
    MlR6I24xlarge,
    /// `ml.r6i.32xlarge`
    MlR6I32xlarge,
    /// `ml.r7i.large`
    MlR7ILarge,
    /// `ml.r7i.xlarge`
    MlR7IXlarge,
    /// `ml.r7i.2xlarge`
    MlR7I2xlarge,
    /// `ml.r7i.4xlarge`
    MlR7I4xlarge,
    /// `ml.r7i.8xlarge`
    MlR7I8xlarge,
    /// `ml.r7i.12xlarge`
    MlR7I12xlarge,
    /// `ml.r7i.16xlarge`
    MlR7I16xlarge,
    /// `ml.r7i.24xlarge`
    MlR7I24xlarge,
    /// `ml.r7i.48xlarge`
    MlR7I48xlarge,
    /// `ml.m6id.large`
    MlM6IdLarge,
    /// `ml.m6id.xlarge`
    MlM6IdXlarge,
    /// `ml.m6id.2xlarge`
    MlM6Id2xlarge,
    /// `ml.m6id.4xlarge`
    MlM6Id4xlarge,
    /// `ml.m6id.8xlarge`
    MlM6Id8xlarge,
    /// `ml.m6id.12xlarge`
    MlM6Id12xlarge,
    /// `ml.m6id.16xlarge`
    MlM6Id16xlarge,
    /// `ml.m6id.24xlarge`
    MlM6Id24xlarge,
    /// `ml.m6id.32xlarge`
    MlM6Id32xlarge,
    /// `ml.c6id.large`
    MlC6IdLarge,
    /// `ml.c6id.xlarge`
    MlC6IdXlarge,
    /// `ml.c6id.2xlarge`
    MlC6Id2xlarge,
    /// `ml.c6id.4xlarge`
    MlC6Id4xlarge,
    /// `ml.c6id.8xlarge`
    MlC6Id8xlarge,
    /// `ml.c6id.12xlarge`
    MlC6Id12xlarge,
    /// `ml.c6id.16xlarge`
    MlC6Id16xlarge,
    /// `ml.c6id.24xlarge`
    MlC6Id24xlarge,
    /// `ml.c6id.32xlarge`
    MlC6Id32xlarge,
    /// `ml.r6id.large`
    MlR6IdLarge,
    /// `ml.r6id.xlarge`
    MlR6IdXlarge,
    /// `ml.r6id.2xlarge`
    MlR6Id2xlarge,
    /// `ml.r6id.4xlarge`
    MlR6Id4xlarge,
    /// `ml.r6id.8xlarge`
    MlR6Id8xlarge,
    /// `ml.r6id.12xlarge`
    MlR6Id12xlarge,
    /// `ml.r6id.16xlarge`
    MlR6Id16xlarge,
    /// `ml.r6id.24xlarge`
    MlR6Id24xlarge,
    /// `ml.r6id.32xlarge`
    MlR6Id32xlarge,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InstanceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::System => "system",
            Self::MlT3Micro => "ml.t3.micro",
            Self::MlT3Small => "ml.t3.small",
            Self::MlT3Medium => "ml.t3.medium",
            Self::MlT3Large => "ml.t3.large",
            Self::MlT3Xlarge => "ml.t3.xlarge",
            Self::MlT32xlarge => "ml.t3.2xlarge",
            Self::MlM5Large => "ml.m5.large",
            Self::MlM5Xlarge => "ml.m5.xlarge",
            Self::MlM52xlarge => "ml.m5.2xlarge",
            Self::MlM54xlarge => "ml.m5.4xlarge",
            Self::MlM58xlarge => "ml.m5.8xlarge",
            Self::MlM512xlarge => "ml.m5.12xlarge",
            Self::MlM516xlarge => "ml.m5.16xlarge",
            Self::MlM524xlarge => "ml.m5.24xlarge",
            Self::MlM5DLarge => "ml.m5d.large",
            Self::MlM5DXlarge => "ml.m5d.xlarge",
            Self::MlM5D2xlarge => "ml.m5d.2xlarge",
            Self::MlM5D4xlarge => "ml.m5d.4xlarge",
            Self::MlM5D8xlarge => "ml.m5d.8xlarge",
            Self::MlM5D12xlarge => "ml.m5d.12xlarge",
            Self::MlM5D16xlarge => "ml.m5d.16xlarge",
            Self::MlM5D24xlarge => "ml.m5d.24xlarge",
            Self::MlC5Large => "ml.c5.large",
            Self::MlC5Xlarge => "ml.c5.xlarge",
            Self::MlC52xlarge => "ml.c5.2xlarge",
            Self::MlC54xlarge => "ml.c5.4xlarge",
            Self::MlC59xlarge => "ml.c5.9xlarge",
            Self::MlC512xlarge => "ml.c5.12xlarge",
            Self::MlC518xlarge => "ml.c5.18xlarge",
            Self::MlC524xlarge => "ml.c5.24xlarge",
            Self::MlP32xlarge => "ml.p3.2xlarge",
            Self::MlP38xlarge => "ml.p3.8xlarge",
            Self::MlP316xlarge => "ml.p3.16xlarge",
            Self::MlP3Dn24xlarge => "ml.p3dn.24xlarge",
            Self::MlG4DnXlarge => "ml.g4dn.xlarge",
            Self::MlG4Dn2xlarge => "ml.g4dn.2xlarge",
            Self::MlG4Dn4xlarge => "ml.g4dn.4xlarge",
            Self::MlG4Dn8xlarge => "ml.g4dn.8xlarge",
            Self::MlG4Dn12xlarge => "ml.g4dn.12xlarge",
            Self::MlG4Dn16xlarge => "ml.g4dn.16xlarge",
            Self::MlR5Large => "ml.r5.large",
            Self::MlR5Xlarge => "ml.r5.xlarge",
            Self::MlR52xlarge => "ml.r5.2xlarge",
            Self::MlR54xlarge => "ml.r5.4xlarge",
            Self::MlR58xlarge => "ml.r5.8xlarge",
            Self::MlR512xlarge => "ml.r5.12xlarge",
            Self::MlR516xlarge => "ml.r5.16xlarge",
            Self::MlR524xlarge => "ml.r5.24xlarge",
            Self::MlG5Xlarge => "ml.g5.xlarge",
            Self::MlG52xlarge => "ml.g5.2xlarge",
            Self::MlG54xlarge => "ml.g5.4xlarge",
            Self::MlG58xlarge => "ml.g5.8xlarge",
            Self::MlG512xlarge => "ml.g5.12xlarge",
            Self::MlG516xlarge => "ml.g5.16xlarge",
            Self::MlG524xlarge => "ml.g5.24xlarge",
            Self::MlG548xlarge => "ml.g5.48xlarge",
            Self::MlG6Xlarge => "ml.g6.xlarge",
            Self::MlG62xlarge => "ml.g6.2xlarge",
            Self::MlG64xlarge => "ml.g6.4xlarge",
            Self::MlG68xlarge => "ml.g6.8xlarge",
            Self::MlG612xlarge => "ml.g6.12xlarge",
            Self::MlG616xlarge => "ml.g6.16xlarge",
            Self::MlG624xlarge => "ml.g6.24xlarge",
            Self::MlG648xlarge => "ml.g6.48xlarge",
            Self::MlG6EXlarge => "ml.g6e.xlarge",
            Self::MlG6E2xlarge => "ml.g6e.2xlarge",
            Self::MlG6E4xlarge => "ml.g6e.4xlarge",
            Self::MlG6E8xlarge => "ml.g6e.8xlarge",
            Self::MlG6E12xlarge => "ml.g6e.12xlarge",
            Self::MlG6E16xlarge => "ml.g6e.16xlarge",
            Self::MlG6E24xlarge => "ml.g6e.24xlarge",
            Self::MlG6E48xlarge => "ml.g6e.48xlarge",
            Self::MlGeospatialInteractive => "ml.geospatial.interactive",
            Self::MlP4D24xlarge => "ml.p4d.24xlarge",
            Self::MlP4De24xlarge => "ml.p4de.24xlarge",
            Self::MlTrn12xlarge => "ml.trn1.2xlarge",
            Self::MlTrn132xlarge => "ml.trn1.32xlarge",
            Self::MlTrn1N32xlarge => "ml.trn1n.32xlarge",
            Self::MlP548xlarge => "ml.p5.48xlarge",
            Self::MlP5E48xlarge => "ml.p5e.48xlarge",
            Self::MlP5En48xlarge => "ml.p5en.48xlarge",
            Self::MlM6ILarge => "ml.m6i.large",
            Self::MlM6IXlarge => "ml.m6i.xlarge",
            Self::MlM6I2xlarge => "ml.m6i.2xlarge",
            Self::MlM6I4xlarge => "ml.m6i.4xlarge",
            Self::MlM6I8xlarge => "ml.m6i.8xlarge",
            Self::MlM6I12xlarge => "ml.m6i.12xlarge",
            Self::MlM6I16xlarge => "ml.m6i.16xlarge",
            Self::MlM6I24xlarge => "ml.m6i.24xlarge",
            Self::MlM6I32xlarge => "ml.m6i.32xlarge",
            Self::MlM7ILarge => "ml.m7i.large",
            Self::MlM7IXlarge => "ml.m7i.xlarge",
            Self::MlM7I2xlarge => "ml.m7i.2xlarge",
            Self::MlM7I4xlarge => "ml.m7i.4xlarge",
            Self::MlM7I8xlarge => "ml.m7i.8xlarge",
            Self::MlM7I12xlarge => "ml.m7i.12xlarge",
            Self::MlM7I16xlarge => "ml.m7i.16xlarge",
            Self::MlM7I24xlarge => "ml.m7i.24xlarge",
            Self::MlM7I48xlarge => "ml.m7i.48xlarge",
            Self::MlC6ILarge => "ml.c6i.large",
            Self::MlC6IXlarge => "ml.c6i.xlarge",
            Self::MlC6I2xlarge => "ml.c6i.2xlarge",
            Self::MlC6I4xlarge => "ml.c6i.4xlarge",
            Self::MlC6I8xlarge => "ml.c6i.8xlarge",
            Self::MlC6I12xlarge => "ml.c6i.12xlarge",
            Self::MlC6I16xlarge => "ml.c6i.16xlarge",
            Self::MlC6I24xlarge => "ml.c6i.24xlarge",
            Self::MlC6I32xlarge => "ml.c6i.32xlarge",
            Self::MlC7ILarge => "ml.c7i.large",
            Self::MlC7IXlarge => "ml.c7i.xlarge",
            Self::MlC7I2xlarge => "ml.c7i.2xlarge",
            Self::MlC7I4xlarge => "ml.c7i.4xlarge",
            Self::MlC7I8xlarge => "ml.c7i.8xlarge",
            Self::MlC7I12xlarge => "ml.c7i.12xlarge",
            Self::MlC7I16xlarge => "ml.c7i.16xlarge",
            Self::MlC7I24xlarge => "ml.c7i.24xlarge",
            Self::MlC7I48xlarge => "ml.c7i.48xlarge",
            Self::MlR6ILarge => "ml.r6i.large",
            Self::MlR6IXlarge => "ml.r6i.xlarge",
            Self::MlR6I2xlarge => "ml.r6i.2xlarge",
            Self::MlR6I4xlarge => "ml.r6i.4xlarge",
            Self::MlR6I8xlarge => "ml.r6i.8xlarge",
            Self::MlR6I12xlarge => "ml.r6i.12xlarge",
            Self::MlR6I16xlarge => "ml.r6i.16xlarge",
            Self::MlR6I24xlarge => "ml.r6i.24xlarge",
            Self::MlR6I32xlarge => "ml.r6i.32xlarge",
            Self::MlR7ILarge => "ml.r7i.large",
            Self::MlR7IXlarge => "ml.r7i.xlarge",
            Self::MlR7I2xlarge => "ml.r7i.2xlarge",
            Self::MlR7I4xlarge => "ml.r7i.4xlarge",
            Self::MlR7I8xlarge => "ml.r7i.8xlarge",
            Self::MlR7I12xlarge => "ml.r7i.12xlarge",
            Self::MlR7I16xlarge => "ml.r7i.16xlarge",
            Self::MlR7I24xlarge => "ml.r7i.24xlarge",
            Self::MlR7I48xlarge => "ml.r7i.48xlarge",
            Self::MlM6IdLarge => "ml.m6id.large",
            Self::MlM6IdXlarge => "ml.m6id.xlarge",
            Self::MlM6Id2xlarge => "ml.m6id.2xlarge",
            Self::MlM6Id4xlarge => "ml.m6id.4xlarge",
            Self::MlM6Id8xlarge => "ml.m6id.8xlarge",
            Self::MlM6Id12xlarge => "ml.m6id.12xlarge",
            Self::MlM6Id16xlarge => "ml.m6id.16xlarge",
            Self::MlM6Id24xlarge => "ml.m6id.24xlarge",
            Self::MlM6Id32xlarge => "ml.m6id.32xlarge",
            Self::MlC6IdLarge => "ml.c6id.large",
            Self::MlC6IdXlarge => "ml.c6id.xlarge",
            Self::MlC6Id2xlarge => "ml.c6id.2xlarge",
            Self::MlC6Id4xlarge => "ml.c6id.4xlarge",
            Self::MlC6Id8xlarge => "ml.c6id.8xlarge",
            Self::MlC6Id12xlarge => "ml.c6id.12xlarge",
            Self::MlC6Id16xlarge => "ml.c6id.16xlarge",
            Self::MlC6Id24xlarge => "ml.c6id.24xlarge",
            Self::MlC6Id32xlarge => "ml.c6id.32xlarge",
            Self::MlR6IdLarge => "ml.r6id.large",
            Self::MlR6IdXlarge => "ml.r6id.xlarge",
            Self::MlR6Id2xlarge => "ml.r6id.2xlarge",
            Self::MlR6Id4xlarge => "ml.r6id.4xlarge",
            Self::MlR6Id8xlarge => "ml.r6id.8xlarge",
            Self::MlR6Id12xlarge => "ml.r6id.12xlarge",
            Self::MlR6Id16xlarge => "ml.r6id.16xlarge",
            Self::MlR6Id24xlarge => "ml.r6id.24xlarge",
            Self::MlR6Id32xlarge => "ml.r6id.32xlarge",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "system",
            "ml.t3.micro",
            "ml.t3.small",
            "ml.t3.medium",
            "ml.t3.large",
            "ml.t3.xlarge",
            "ml.t3.2xlarge",
            "ml.m5.large",
            "ml.m5.xlarge",
            "ml.m5.2xlarge",
            "ml.m5.4xlarge",
            "ml.m5.8xlarge",
            "ml.m5.12xlarge",
            "ml.m5.16xlarge",
            "ml.m5.24xlarge",
            "ml.m5d.large",
            "ml.m5d.xlarge",
            "ml.m5d.2xlarge",
            "ml.m5d.4xlarge",
            "ml.m5d.8xlarge",
            "ml.m5d.12xlarge",
            "ml.m5d.16xlarge",
            "ml.m5d.24xlarge",
            "ml.c5.large",
            "ml.c5.xlarge",
            "ml.c5.2xlarge",
            "ml.c5.4xlarge",
            "ml.c5.9xlarge",
            "ml.c5.12xlarge",
            "ml.c5.18xlarge",
            "ml.c5.24xlarge",
            "ml.p3.2xlarge",
            "ml.p3.8xlarge",
            "ml.p3.16xlarge",
            "ml.p3dn.24xlarge",
            "ml.g4dn.xlarge",
            "ml.g4dn.2xlarge",
            "ml.g4dn.4xlarge",
            "ml.g4dn.8xlarge",
            "ml.g4dn.12xlarge",
            "ml.g4dn.16xlarge",
            "ml.r5.large",
            "ml.r5.xlarge",
            "ml.r5.2xlarge",
            "ml.r5.4xlarge",
            "ml.r5.8xlarge",
            "ml.r5.12xlarge",
            "ml.r5.16xlarge",
            "ml.r5.24xlarge",
            "ml.g5.xlarge",
            "ml.g5.2xlarge",
            "ml.g5.4xlarge",
            "ml.g5.8xlarge",
            "ml.g5.12xlarge",
            "ml.g5.16xlarge",
            "ml.g5.24xlarge",
            "ml.g5.48xlarge",
            "ml.g6.xlarge",
            "ml.g6.2xlarge",
            "ml.g6.4xlarge",
            "ml.g6.8xlarge",
            "ml.g6.12xlarge",
            "ml.g6.16xlarge",
            "ml.g6.24xlarge",
            "ml.g6.48xlarge",
            "ml.g6e.xlarge",
            "ml.g6e.2xlarge",
            "ml.g6e.4xlarge",
            "ml.g6e.8xlarge",
            "ml.g6e.12xlarge",
            "ml.g6e.16xlarge",
            "ml.g6e.24xlarge",
            "ml.g6e.48xlarge",
            "ml.geospatial.interactive",
            "ml.p4d.24xlarge",
            "ml.p4de.24xlarge",
            "ml.trn1.2xlarge",
            "ml.trn1.32xlarge",
            "ml.trn1n.32xlarge",
            "ml.p5.48xlarge",
            "ml.p5e.48xlarge",
            "ml.p5en.48xlarge",
            "ml.m6i.large",
            "ml.m6i.xlarge",
            "ml.m6i.2xlarge",
            "ml.m6i.4xlarge",
            "ml.m6i.8xlarge",
            "ml.m6i.12xlarge",
            "ml.m6i.16xlarge",
            "ml.m6i.24xlarge",
            "ml.m6i.32xlarge",
            "ml.m7i.large",
            "ml.m7i.xlarge",
            "ml.m7i.2xlarge",
            "ml.m7i.4xlarge",
            "ml.m7i.8xlarge",
            "ml.m7i.12xlarge",
            "ml.m7i.16xlarge",
            "ml.m7i.24xlarge",
            "ml.m7i.48xlarge",
            "ml.c6i.large",
            "ml.c6i.xlarge",
            "ml.c6i.2xlarge",
            "ml.c6i.4xlarge",
            "ml.c6i.8xlarge",
            "ml.c6i.12xlarge",
            "ml.c6i.16xlarge",
            "ml.c6i.24xlarge",
            "ml.c6i.32xlarge",
            "ml.c7i.large",
            "ml.c7i.xlarge",
            "ml.c7i.2xlarge",
            "ml.c7i.4xlarge",
            "ml.c7i.8xlarge",
            "ml.c7i.12xlarge",
            "ml.c7i.16xlarge",
            "ml.c7i.24xlarge",
            "ml.c7i.48xlarge",
            "ml.r6i.large",
            "ml.r6i.xlarge",
            "ml.r6i.2xlarge",
            "ml.r6i.4xlarge",
            "ml.r6i.8xlarge",
            "ml.r6i.12xlarge",
            "ml.r6i.16xlarge",
            "ml.r6i.24xlarge",
            "ml.r6i.32xlarge",
            "ml.r7i.large",
            "ml.r7i.xlarge",
            "ml.r7i.2xlarge",
            "ml.r7i.4xlarge",
            "ml.r7i.8xlarge",
            "ml.r7i.12xlarge",
            "ml.r7i.16xlarge",
            "ml.r7i.24xlarge",
            "ml.r7i.48xlarge",
            "ml.m6id.large",
            "ml.m6id.xlarge",
            "ml.m6id.2xlarge",
            "ml.m6id.4xlarge",
            "ml.m6id.8xlarge",
            "ml.m6id.12xlarge",
            "ml.m6id.16xlarge",
            "ml.m6id.24xlarge",
            "ml.m6id.32xlarge",
            "ml.c6id.large",
            "ml.c6id.xlarge",
            "ml.c6id.2xlarge",
            "ml.c6id.4xlarge",
            "ml.c6id.8xlarge",
            "ml.c6id.12xlarge",
            "ml.c6id.16xlarge",
            "ml.c6id.24xlarge",
            "ml.c6id.32xlarge",
            "ml.r6id.large",
            "ml.r6id.xlarge",
            "ml.r6id.2xlarge",
            "ml.r6id.4xlarge",
            "ml.r6id.8xlarge",
            "ml.r6id.12xlarge",
            "ml.r6id.16xlarge",
            "ml.r6id.24xlarge",
            "ml.r6id.32xlarge",
        ]
    }
}
impl ::std::convert::From<InstanceType> for ::forma_core::Value<InstanceType> {
    fn from(v: InstanceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InstanceType {}

/// The `ResourceSpec` property type of `AWS::SageMaker::App`.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSpec {
    props: ::forma_core::schema::Props,
}
impl ResourceSpec {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The instance type that the image version runs on.
    pub fn instance_type(mut self, value: impl ::forma_core::schema::EnumArg<InstanceType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the Lifecycle Configuration to attach to the Resource.
    ///
    /// Allowed: length 0 to 256.
    pub fn lifecycle_config_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the SageMaker image that the image version belongs to.
    ///
    /// Allowed: length 1 to 256.
    pub fn sage_maker_image_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The ARN of the image version created on the instance.
    ///
    /// Allowed: length 1 to 256.
    pub fn sage_maker_image_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceSpec {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceSpec> for ::forma_core::Value<ResourceSpec> {
    fn from(v: ResourceSpec) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_SPEC_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::App`.
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

/// The schema of `AWS::SageMaker::App`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::App",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "AppType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "JupyterServer",
                "KernelGateway",
                "RStudioServerPro",
                "RSessionGateway",
                "Canvas",
            ]),
        },
        ::forma_core::schema::Property {
            name: "DomainId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^d-(-*[a-z0-9]){1,61}$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "RecoveryMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ResourceSpec",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_SPEC_TYPE),
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
            name: "UserProfileName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
    ],
    rules: &[],
    attributes: &["AppArn", "BuiltInLifecycleConfigArn"],
};

static RESOURCE_SPEC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::App.ResourceSpec",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "system",
                "ml.t3.micro",
                "ml.t3.small",
                "ml.t3.medium",
                "ml.t3.large",
                "ml.t3.xlarge",
                "ml.t3.2xlarge",
                "ml.m5.large",
                "ml.m5.xlarge",
                "ml.m5.2xlarge",
                "ml.m5.4xlarge",
                "ml.m5.8xlarge",
                "ml.m5.12xlarge",
                "ml.m5.16xlarge",
                "ml.m5.24xlarge",
                "ml.m5d.large",
                "ml.m5d.xlarge",
                "ml.m5d.2xlarge",
                "ml.m5d.4xlarge",
                "ml.m5d.8xlarge",
                "ml.m5d.12xlarge",
                "ml.m5d.16xlarge",
                "ml.m5d.24xlarge",
                "ml.c5.large",
                "ml.c5.xlarge",
                "ml.c5.2xlarge",
                "ml.c5.4xlarge",
                "ml.c5.9xlarge",
                "ml.c5.12xlarge",
                "ml.c5.18xlarge",
                "ml.c5.24xlarge",
                "ml.p3.2xlarge",
                "ml.p3.8xlarge",
                "ml.p3.16xlarge",
                "ml.p3dn.24xlarge",
                "ml.g4dn.xlarge",
                "ml.g4dn.2xlarge",
                "ml.g4dn.4xlarge",
                "ml.g4dn.8xlarge",
                "ml.g4dn.12xlarge",
                "ml.g4dn.16xlarge",
                "ml.r5.large",
                "ml.r5.xlarge",
                "ml.r5.2xlarge",
                "ml.r5.4xlarge",
                "ml.r5.8xlarge",
                "ml.r5.12xlarge",
                "ml.r5.16xlarge",
                "ml.r5.24xlarge",
                "ml.g5.xlarge",
                "ml.g5.2xlarge",
                "ml.g5.4xlarge",
                "ml.g5.8xlarge",
                "ml.g5.12xlarge",
                "ml.g5.16xlarge",
                "ml.g5.24xlarge",
                "ml.g5.48xlarge",
                "ml.g6.xlarge",
                "ml.g6.2xlarge",
                "ml.g6.4xlarge",
                "ml.g6.8xlarge",
                "ml.g6.12xlarge",
                "ml.g6.16xlarge",
                "ml.g6.24xlarge",
                "ml.g6.48xlarge",
                "ml.g6e.xlarge",
                "ml.g6e.2xlarge",
                "ml.g6e.4xlarge",
                "ml.g6e.8xlarge",
                "ml.g6e.12xlarge",
                "ml.g6e.16xlarge",
                "ml.g6e.24xlarge",
                "ml.g6e.48xlarge",
                "ml.geospatial.interactive",
                "ml.p4d.24xlarge",
                "ml.p4de.24xlarge",
                "ml.trn1.2xlarge",
                "ml.trn1.32xlarge",
                "ml.trn1n.32xlarge",
                "ml.p5.48xlarge",
                "ml.p5e.48xlarge",
                "ml.p5en.48xlarge",
                "ml.m6i.large",
                "ml.m6i.xlarge",
                "ml.m6i.2xlarge",
                "ml.m6i.4xlarge",
                "ml.m6i.8xlarge",
                "ml.m6i.12xlarge",
                "ml.m6i.16xlarge",
                "ml.m6i.24xlarge",
                "ml.m6i.32xlarge",
                "ml.m7i.large",
                "ml.m7i.xlarge",
                "ml.m7i.2xlarge",
                "ml.m7i.4xlarge",
                "ml.m7i.8xlarge",
                "ml.m7i.12xlarge",
                "ml.m7i.16xlarge",
                "ml.m7i.24xlarge",
                "ml.m7i.48xlarge",
                "ml.c6i.large",
                "ml.c6i.xlarge",
                "ml.c6i.2xlarge",
                "ml.c6i.4xlarge",
                "ml.c6i.8xlarge",
                "ml.c6i.12xlarge",
                "ml.c6i.16xlarge",
                "ml.c6i.24xlarge",
                "ml.c6i.32xlarge",
                "ml.c7i.large",
                "ml.c7i.xlarge",
                "ml.c7i.2xlarge",
                "ml.c7i.4xlarge",
                "ml.c7i.8xlarge",
                "ml.c7i.12xlarge",
                "ml.c7i.16xlarge",
                "ml.c7i.24xlarge",
                "ml.c7i.48xlarge",
                "ml.r6i.large",
                "ml.r6i.xlarge",
                "ml.r6i.2xlarge",
                "ml.r6i.4xlarge",
                "ml.r6i.8xlarge",
                "ml.r6i.12xlarge",
                "ml.r6i.16xlarge",
                "ml.r6i.24xlarge",
                "ml.r6i.32xlarge",
                "ml.r7i.large",
                "ml.r7i.xlarge",
                "ml.r7i.2xlarge",
                "ml.r7i.4xlarge",
                "ml.r7i.8xlarge",
                "ml.r7i.12xlarge",
                "ml.r7i.16xlarge",
                "ml.r7i.24xlarge",
                "ml.r7i.48xlarge",
                "ml.m6id.large",
                "ml.m6id.xlarge",
                "ml.m6id.2xlarge",
                "ml.m6id.4xlarge",
                "ml.m6id.8xlarge",
                "ml.m6id.12xlarge",
                "ml.m6id.16xlarge",
                "ml.m6id.24xlarge",
                "ml.m6id.32xlarge",
                "ml.c6id.large",
                "ml.c6id.xlarge",
                "ml.c6id.2xlarge",
                "ml.c6id.4xlarge",
                "ml.c6id.8xlarge",
                "ml.c6id.12xlarge",
                "ml.c6id.16xlarge",
                "ml.c6id.24xlarge",
                "ml.c6id.32xlarge",
                "ml.r6id.large",
                "ml.r6id.xlarge",
                "ml.r6id.2xlarge",
                "ml.r6id.4xlarge",
                "ml.r6id.8xlarge",
                "ml.r6id.12xlarge",
                "ml.r6id.16xlarge",
                "ml.r6id.24xlarge",
                "ml.r6id.32xlarge",
            ]),
        },
        ::forma_core::schema::Property {
            name: "LifecycleConfigArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:studio-lifecycle-config/.*|None)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SageMakerImageArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image/[a-z0-9]([-.]?[a-z0-9])*$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "SageMakerImageVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws(-[\\w]+)*:sagemaker:.+:[0-9]{12}:image-version/[a-z0-9]([-.]?[a-z0-9])*/[0-9]+$",
                ),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::App.Tag",
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
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
