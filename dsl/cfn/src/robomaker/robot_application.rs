// @generated from AWS::RoboMaker::RobotApplication (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RoboMaker::RobotApplication` and its property types.

/// This schema is for testing purpose only.
///
/// CloudFormation type `AWS::RoboMaker::RobotApplication`.
#[derive(Debug, Clone, PartialEq)]
pub struct RobotApplication {
    props: ::forma_core::schema::Props,
}
impl RobotApplication {
    /// A new resource with its required properties: `RobotSoftwareSuite`.
    #[track_caller]
    pub fn new(robot_software_suite: impl ::std::convert::Into<::forma_core::Value<RobotSoftwareSuite>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, robot_software_suite.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The revision ID of robot application.
    ///
    /// Allowed: length 1 to 40.
    #[track_caller]
    pub fn current_revision_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URI of the Docker image for the robot application.
    #[track_caller]
    pub fn environment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the robot application.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The sources of the robot application.
    #[track_caller]
    pub fn sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceConfig>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RobotApplication {
    type Attributes = RobotApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::RoboMaker::RobotApplication"
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
/// The attributes of a `AWS::RoboMaker::RobotApplication` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RobotApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RobotApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RobotApplicationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `ROS`, `ROS2`, `General`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Name {
    /// `ROS`
    Ros,
    /// `ROS2`
    Ros2,
    /// `General`
    General,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Name {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ros => "ROS",
            Self::Ros2 => "ROS2",
            Self::General => "General",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ROS", "ROS2", "General"]
    }
}
impl ::std::convert::From<Name> for ::forma_core::Value<Name> {
    fn from(v: Name) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Name {}

/// The values CloudFormation documents: `Kinetic`, `Melodic`, `Dashing`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Version {
    /// `Kinetic`
    Kinetic,
    /// `Melodic`
    Melodic,
    /// `Dashing`
    Dashing,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Version {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Kinetic => "Kinetic",
            Self::Melodic => "Melodic",
            Self::Dashing => "Dashing",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Kinetic", "Melodic", "Dashing"]
    }
}
impl ::std::convert::From<Version> for ::forma_core::Value<Version> {
    fn from(v: Version) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Version {}

/// The robot software suite used by the robot application.
#[derive(Debug, Clone, PartialEq)]
pub struct RobotSoftwareSuite {
    props: ::forma_core::schema::Props,
}
impl RobotSoftwareSuite {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::forma_core::schema::EnumArg<Name>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into_enum_expr());
        Self { props }
    }
    /// The version of robot software suite.
    pub fn version(mut self, value: impl ::forma_core::schema::EnumArg<Version>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<RobotSoftwareSuite> for ::forma_core::Value<RobotSoftwareSuite> {
    fn from(v: RobotSoftwareSuite) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROBOT_SOFTWARE_SUITE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `X86_64`, `ARM64`, `ARMHF`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Architecture {
    /// `X86_64`
    X8664,
    /// `ARM64`
    Arm64,
    /// `ARMHF`
    Armhf,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Architecture {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::X8664 => "X86_64",
            Self::Arm64 => "ARM64",
            Self::Armhf => "ARMHF",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["X86_64", "ARM64", "ARMHF"]
    }
}
impl ::std::convert::From<Architecture> for ::forma_core::Value<Architecture> {
    fn from(v: Architecture) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Architecture {}

/// The `SourceConfig` property type of `AWS::RoboMaker::RobotApplication`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceConfig {
    props: ::forma_core::schema::Props,
}
impl SourceConfig {
    /// A new value with its required properties: `Architecture`, `S3Bucket`, `S3Key`.
    pub fn new(
        architecture: impl ::forma_core::schema::EnumArg<Architecture>,
        s3_bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, architecture.into_enum_expr());
        props.set(1, s3_bucket.into().into_expr());
        props.set(2, s3_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SourceConfig> for ::forma_core::Value<SourceConfig> {
    fn from(v: SourceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::RoboMaker::RobotApplication`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RoboMaker::RobotApplication",
    properties: &[
        ::forma_core::schema::Property {
            name: "CurrentRevisionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(40),
            }),
        },
        ::forma_core::schema::Property {
            name: "Environment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RobotSoftwareSuite",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROBOT_SOFTWARE_SUITE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Sources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SOURCE_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) },
            )),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static ROBOT_SOFTWARE_SUITE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RoboMaker::RobotApplication.RobotSoftwareSuite",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ROS", "ROS2", "General"]),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Kinetic", "Melodic", "Dashing"]),
        },
    ],
    rules: &[],
};

static SOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RoboMaker::RobotApplication.SourceConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Architecture",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["X86_64", "ARM64", "ARMHF"]),
        },
        ::forma_core::schema::Property {
            name: "S3Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
