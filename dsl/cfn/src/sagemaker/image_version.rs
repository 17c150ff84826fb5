// @generated from AWS::SageMaker::ImageVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::ImageVersion` and its property types.

/// Resource Type definition for AWS::SageMaker::ImageVersion
///
/// CloudFormation type `AWS::SageMaker::ImageVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageVersion {
    props: ::forma_core::schema::Props,
}
impl ImageVersion {
    /// A new resource with its required properties: `BaseImage`, `ImageName`.
    #[track_caller]
    pub fn new(
        base_image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        image_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, base_image.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, image_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The alias of the image version.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn alias(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of aliases for the image version.
    #[track_caller]
    pub fn aliases(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates Horovod compatibility.
    #[track_caller]
    pub fn horovod(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates SageMaker job type compatibility.
    #[track_caller]
    pub fn job_type(mut self, value: impl ::forma_core::schema::EnumArg<JobType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The machine learning framework vended in the image version.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn ml_framework(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates CPU or GPU compatibility.
    #[track_caller]
    pub fn processor(mut self, value: impl ::forma_core::schema::EnumArg<Processor>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The supported programming language and its version.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn programming_lang(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maintainer description of the image version.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn release_notes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The availability of the image version specified by the maintainer.
    #[track_caller]
    pub fn vendor_guidance(mut self, value: impl ::forma_core::schema::EnumArg<VendorGuidance>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ImageVersion {
    type Attributes = ImageVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::ImageVersion"
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
/// The attributes of a `AWS::SageMaker::ImageVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ImageVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ImageVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ImageVersionAttributes {
    /// `Fn::GetAtt` `ImageVersionArn`.
    pub fn image_version_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ImageVersionArn")
    }
    /// `Fn::GetAtt` `ImageArn`.
    pub fn image_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ImageArn")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `ContainerImage`.
    pub fn container_image(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ContainerImage")
    }
}

/// The values CloudFormation documents: `TRAINING`, `INFERENCE`, `NOTEBOOK_KERNEL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobType {
    /// `TRAINING`
    Training,
    /// `INFERENCE`
    Inference,
    /// `NOTEBOOK_KERNEL`
    NotebookKernel,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl JobType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Training => "TRAINING",
            Self::Inference => "INFERENCE",
            Self::NotebookKernel => "NOTEBOOK_KERNEL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TRAINING", "INFERENCE", "NOTEBOOK_KERNEL"]
    }
}
impl ::std::convert::From<JobType> for ::forma_core::Value<JobType> {
    fn from(v: JobType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for JobType {}

/// The values CloudFormation documents: `CPU`, `GPU`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Processor {
    /// `CPU`
    Cpu,
    /// `GPU`
    Gpu,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Processor {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cpu => "CPU",
            Self::Gpu => "GPU",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CPU", "GPU"]
    }
}
impl ::std::convert::From<Processor> for ::forma_core::Value<Processor> {
    fn from(v: Processor) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Processor {}

/// The values CloudFormation documents: `NOT_PROVIDED`, `STABLE`, `TO_BE_ARCHIVED`, `ARCHIVED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VendorGuidance {
    /// `NOT_PROVIDED`
    NotProvided,
    /// `STABLE`
    Stable,
    /// `TO_BE_ARCHIVED`
    ToBeArchived,
    /// `ARCHIVED`
    Archived,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VendorGuidance {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotProvided => "NOT_PROVIDED",
            Self::Stable => "STABLE",
            Self::ToBeArchived => "TO_BE_ARCHIVED",
            Self::Archived => "ARCHIVED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NOT_PROVIDED", "STABLE", "TO_BE_ARCHIVED", "ARCHIVED"]
    }
}
impl ::std::convert::From<VendorGuidance> for ::forma_core::Value<VendorGuidance> {
    fn from(v: VendorGuidance) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VendorGuidance {}

/// The schema of `AWS::SageMaker::ImageVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::ImageVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?!^[.-])^([a-zA-Z0-9-_.]+)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Aliases",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("(?!^[.-])^([a-zA-Z0-9-_.]+)$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "BaseImage",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".+"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Horovod",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ImageName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9]([-.]?[A-Za-z0-9])*$"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "JobType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["TRAINING", "INFERENCE", "NOTEBOOK_KERNEL"]),
        },
        ::forma_core::schema::Property {
            name: "MLFramework",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]+ ?\\d+\\.\\d+(\\.\\d+)?$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Processor",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CPU", "GPU"]),
        },
        ::forma_core::schema::Property {
            name: "ProgrammingLang",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z]+ ?\\d+\\.\\d+(\\.\\d+)?$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ReleaseNotes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "VendorGuidance",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NOT_PROVIDED", "STABLE", "TO_BE_ARCHIVED", "ARCHIVED"]),
        },
    ],
    rules: &[],
    attributes: &["ImageVersionArn", "ImageArn", "Version", "ContainerImage"],
};
