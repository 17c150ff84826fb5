// @generated from AWS::ElasticBeanstalk::ApplicationVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ElasticBeanstalk::ApplicationVersion` and its property types.

/// Resource Type definition for AWS::ElasticBeanstalk::ApplicationVersion
///
/// CloudFormation type `AWS::ElasticBeanstalk::ApplicationVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationVersion {
    props: ::forma_core::schema::Props,
}
impl ApplicationVersion {
    /// A new resource with its required properties: `ApplicationName`.
    #[track_caller]
    pub fn new(application_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Settings for an AWS CodeBuild build that packages and builds an application version from source code.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn build_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BuildConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of this application version.
    ///
    /// Allowed: length 0 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration for image-based application versions.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn image_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ImageConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Pre-process and validate the environment manifest (`env.yaml`) and configuration files in the source bundle.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn process(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon S3 bucket and key that identify the location of the source bundle for this version.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn source_bundle(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourceBundle>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApplicationVersion {
    type Attributes = ApplicationVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::ElasticBeanstalk::ApplicationVersion"
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
/// The attributes of a `AWS::ElasticBeanstalk::ApplicationVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApplicationVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApplicationVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApplicationVersionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `BUILD_GENERAL1_SMALL`, `BUILD_GENERAL1_MEDIUM`, `BUILD_GENERAL1_LARGE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComputeType {
    /// `BUILD_GENERAL1_SMALL`
    BuildGeneral1Small,
    /// `BUILD_GENERAL1_MEDIUM`
    BuildGeneral1Medium,
    /// `BUILD_GENERAL1_LARGE`
    BuildGeneral1Large,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComputeType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BuildGeneral1Small => "BUILD_GENERAL1_SMALL",
            Self::BuildGeneral1Medium => "BUILD_GENERAL1_MEDIUM",
            Self::BuildGeneral1Large => "BUILD_GENERAL1_LARGE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BUILD_GENERAL1_SMALL", "BUILD_GENERAL1_MEDIUM", "BUILD_GENERAL1_LARGE"]
    }
}
impl ::std::convert::From<ComputeType> for ::forma_core::Value<ComputeType> {
    fn from(v: ComputeType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComputeType {}

/// The `BuildConfiguration` property type of `AWS::ElasticBeanstalk::ApplicationVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct BuildConfiguration {
    props: ::forma_core::schema::Props,
}
impl BuildConfiguration {
    /// A new value with its required properties: `CodeBuildServiceRole`, `Image`.
    pub fn new(
        code_build_service_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        image: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, code_build_service_role.into().into_expr());
        props.set(3, image.into().into_expr());
        Self { props }
    }
    /// The name of the build artifact.
    pub fn artifact_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The compute type for the CodeBuild build environment.
    pub fn compute_type(mut self, value: impl ::forma_core::schema::EnumArg<ComputeType>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// The timeout for the CodeBuild build, in minutes.
    pub fn timeout_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BuildConfiguration> for ::forma_core::Value<BuildConfiguration> {
    fn from(v: BuildConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BUILD_CONFIGURATION_TYPE.properties))
    }
}

/// The `ImageConfiguration` property type of `AWS::ElasticBeanstalk::ApplicationVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageConfiguration {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `Source` or `Build`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Configuration for building a container image from source code.
    pub fn build(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImageBuildConfiguration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The container image source for this version, as an ECR image URI.
    pub fn source(mut self, value: impl ::std::convert::Into<::forma_core::Value<ImageSource>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageConfiguration> for ::forma_core::Value<ImageConfiguration> {
    fn from(v: ImageConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_CONFIGURATION_TYPE.properties))
    }
}

/// The `SourceBundle` property type of `AWS::ElasticBeanstalk::ApplicationVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceBundle {
    props: ::forma_core::schema::Props,
}
impl SourceBundle {
    /// A new value with its required properties: `S3Bucket`, `S3Key`.
    pub fn new(
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, s3_bucket.into().into_expr());
        props.set(1, s3_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceBundle> for ::forma_core::Value<SourceBundle> {
    fn from(v: SourceBundle) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_BUNDLE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `amd64`, `arm64`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Architecture {
    /// `amd64`
    Amd64,
    /// `arm64`
    Arm64,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Architecture {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Amd64 => "amd64",
            Self::Arm64 => "arm64",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["amd64", "arm64"]
    }
}
impl ::std::convert::From<Architecture> for ::forma_core::Value<Architecture> {
    fn from(v: Architecture) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Architecture {}

/// The values CloudFormation documents: `docker`, `buildpack`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `docker`
    Docker,
    /// `buildpack`
    Buildpack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Docker => "docker",
            Self::Buildpack => "buildpack",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["docker", "buildpack"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `ImageBuildConfiguration` property type of `AWS::ElasticBeanstalk::ApplicationVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageBuildConfiguration {
    props: ::forma_core::schema::Props,
}
impl ImageBuildConfiguration {
    /// A new value with its required properties: `CodeBuildServiceRole`, `Type`.
    pub fn new(
        code_build_service_role: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, code_build_service_role.into().into_expr());
        props.set(6, type_.into_enum_expr());
        Self { props }
    }
    /// The target architecture for the built container image.
    pub fn architecture(mut self, value: impl ::forma_core::schema::EnumArg<Architecture>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The buildpack to use for building the image.
    pub fn buildpack(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The compute type for the CodeBuild build environment.
    pub fn compute_type(mut self, value: impl ::forma_core::schema::EnumArg<ComputeType>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// The path to the Dockerfile, relative to the source root.
    pub fn dockerfile_location(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The timeout for the CodeBuild build, in minutes.
    pub fn timeout_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ImageBuildConfiguration> for ::forma_core::Value<ImageBuildConfiguration> {
    fn from(v: ImageBuildConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_BUILD_CONFIGURATION_TYPE.properties))
    }
}

/// The `ImageSource` property type of `AWS::ElasticBeanstalk::ApplicationVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageSource {
    props: ::forma_core::schema::Props,
}
impl ImageSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The URI of the container image, e.g.
    pub fn uri(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ImageSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ImageSource> for ::forma_core::Value<ImageSource> {
    fn from(v: ImageSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IMAGE_SOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::ElasticBeanstalk::ApplicationVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ElasticBeanstalk::ApplicationVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "BuildConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&BUILD_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImageConfiguration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Process",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "SourceBundle",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_BUNDLE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static BUILD_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticBeanstalk::ApplicationVersion.BuildConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArtifactName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CodeBuildServiceRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ComputeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BUILD_GENERAL1_SMALL",
                "BUILD_GENERAL1_MEDIUM",
                "BUILD_GENERAL1_LARGE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Image",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static IMAGE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticBeanstalk::ApplicationVersion.ImageConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Build",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_BUILD_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Source",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IMAGE_SOURCE_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["Source"], &["Build"]])],
};

static SOURCE_BUNDLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticBeanstalk::ApplicationVersion.SourceBundle",
    properties: &[
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};

static IMAGE_BUILD_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticBeanstalk::ApplicationVersion.ImageBuildConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Architecture",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["amd64", "arm64"]),
        },
        ::forma_core::schema::Property {
            name: "Buildpack",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "CodeBuildServiceRole",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ComputeType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "BUILD_GENERAL1_SMALL",
                "BUILD_GENERAL1_MEDIUM",
                "BUILD_GENERAL1_LARGE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "DockerfileLocation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TimeoutInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["docker", "buildpack"]),
        },
    ],
    rules: &[],
};

static IMAGE_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ElasticBeanstalk::ApplicationVersion.ImageSource",
    properties: &[::forma_core::schema::Property {
        name: "Uri",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};
