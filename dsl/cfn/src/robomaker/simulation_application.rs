// @generated from AWS::RoboMaker::SimulationApplication (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RoboMaker::SimulationApplication` and its property types.

/// This schema is for testing purpose only.
///
/// CloudFormation type `AWS::RoboMaker::SimulationApplication`.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulationApplication {
    props: ::forma_core::schema::Props,
}
impl SimulationApplication {
    /// A new resource with its required properties: `RobotSoftwareSuite`, `SimulationSoftwareSuite`.
    #[track_caller]
    pub fn new(
        robot_software_suite: impl ::std::convert::Into<::forma_core::Value<RobotSoftwareSuite>>,
        simulation_software_suite: impl ::std::convert::Into<::forma_core::Value<SimulationSoftwareSuite>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, robot_software_suite.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, simulation_software_suite.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The current revision id.
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
    /// The name of the simulation application.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The rendering engine for the simulation application.
    #[track_caller]
    pub fn rendering_engine(mut self, value: impl ::std::convert::Into<::forma_core::Value<RenderingEngine>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The sources of the simulation application.
    #[track_caller]
    pub fn sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceConfig>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SimulationApplication {
    type Attributes = SimulationApplicationAttributes;
    fn type_name(&self) -> &str {
        "AWS::RoboMaker::SimulationApplication"
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
/// The attributes of a `AWS::RoboMaker::SimulationApplication` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SimulationApplicationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SimulationApplicationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SimulationApplicationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `OGRE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Name {
    /// `OGRE`
    Ogre,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Name {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ogre => "OGRE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["OGRE"]
    }
}
impl ::std::convert::From<Name> for ::forma_core::Value<Name> {
    fn from(v: Name) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Name {}

/// Information about a rendering engine.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderingEngine {
    props: ::forma_core::schema::Props,
}
impl RenderingEngine {
    /// A new value with its required properties: `Name`, `Version`.
    pub fn new(
        name: impl ::forma_core::schema::EnumArg<Name>,
        version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into_enum_expr());
        props.set(1, version.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<RenderingEngine> for ::forma_core::Value<RenderingEngine> {
    fn from(v: RenderingEngine) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RENDERING_ENGINE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ROS`, `ROS2`, `General`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RobotSoftwareSuiteName {
    /// `ROS`
    Ros,
    /// `ROS2`
    Ros2,
    /// `General`
    General,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RobotSoftwareSuiteName {
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
impl ::std::convert::From<RobotSoftwareSuiteName> for ::forma_core::Value<RobotSoftwareSuiteName> {
    fn from(v: RobotSoftwareSuiteName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RobotSoftwareSuiteName {}

/// The values CloudFormation documents: `Kinetic`, `Melodic`, `Dashing`, `Foxy`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Version {
    /// `Kinetic`
    Kinetic,
    /// `Melodic`
    Melodic,
    /// `Dashing`
    Dashing,
    /// `Foxy`
    Foxy,
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
            Self::Foxy => "Foxy",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Kinetic", "Melodic", "Dashing", "Foxy"]
    }
}
impl ::std::convert::From<Version> for ::forma_core::Value<Version> {
    fn from(v: Version) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Version {}

/// Information about a robot software suite.
#[derive(Debug, Clone, PartialEq)]
pub struct RobotSoftwareSuite {
    props: ::forma_core::schema::Props,
}
impl RobotSoftwareSuite {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::forma_core::schema::EnumArg<RobotSoftwareSuiteName>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into_enum_expr());
        Self { props }
    }
    /// The version of the robot software suite.
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

/// The values CloudFormation documents: `Gazebo`, `RosbagPlay`, `SimulationRuntime`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SimulationSoftwareSuiteName {
    /// `Gazebo`
    Gazebo,
    /// `RosbagPlay`
    RosbagPlay,
    /// `SimulationRuntime`
    SimulationRuntime,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SimulationSoftwareSuiteName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gazebo => "Gazebo",
            Self::RosbagPlay => "RosbagPlay",
            Self::SimulationRuntime => "SimulationRuntime",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Gazebo", "RosbagPlay", "SimulationRuntime"]
    }
}
impl ::std::convert::From<SimulationSoftwareSuiteName> for ::forma_core::Value<SimulationSoftwareSuiteName> {
    fn from(v: SimulationSoftwareSuiteName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SimulationSoftwareSuiteName {}

/// The values CloudFormation documents: `7`, `9`, `11`, `Kinetic`, `Melodic`, `Dashing`, `Foxy`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SimulationSoftwareSuiteVersion {
    /// `7`
    V7,
    /// `9`
    V9,
    /// `11`
    V11,
    /// `Kinetic`
    Kinetic,
    /// `Melodic`
    Melodic,
    /// `Dashing`
    Dashing,
    /// `Foxy`
    Foxy,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SimulationSoftwareSuiteVersion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V7 => "7",
            Self::V9 => "9",
            Self::V11 => "11",
            Self::Kinetic => "Kinetic",
            Self::Melodic => "Melodic",
            Self::Dashing => "Dashing",
            Self::Foxy => "Foxy",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["7", "9", "11", "Kinetic", "Melodic", "Dashing", "Foxy"]
    }
}
impl ::std::convert::From<SimulationSoftwareSuiteVersion> for ::forma_core::Value<SimulationSoftwareSuiteVersion> {
    fn from(v: SimulationSoftwareSuiteVersion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SimulationSoftwareSuiteVersion {}

/// Information about a simulation software suite.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulationSoftwareSuite {
    props: ::forma_core::schema::Props,
}
impl SimulationSoftwareSuite {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::forma_core::schema::EnumArg<SimulationSoftwareSuiteName>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into_enum_expr());
        Self { props }
    }
    /// The version of the simulation software suite.
    pub fn version(mut self, value: impl ::forma_core::schema::EnumArg<SimulationSoftwareSuiteVersion>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::convert::From<SimulationSoftwareSuite> for ::forma_core::Value<SimulationSoftwareSuite> {
    fn from(v: SimulationSoftwareSuite) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIMULATION_SOFTWARE_SUITE_TYPE.properties))
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

/// Information about a source configuration.
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

/// The schema of `AWS::RoboMaker::SimulationApplication`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RoboMaker::SimulationApplication",
    properties: &[
        ::forma_core::schema::Property {
            name: "CurrentRevisionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
                pattern: Some("[a-zA-Z0-9_\\-]*"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RenderingEngine",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RENDERING_ENGINE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RobotSoftwareSuite",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROBOT_SOFTWARE_SUITE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SimulationSoftwareSuite",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SIMULATION_SOFTWARE_SUITE_TYPE),
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

static RENDERING_ENGINE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RoboMaker::SimulationApplication.RenderingEngine",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["OGRE"]),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("1.x"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static ROBOT_SOFTWARE_SUITE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RoboMaker::SimulationApplication.RobotSoftwareSuite",
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
            shape: ::forma_core::schema::Shape::Enum(&["Kinetic", "Melodic", "Dashing", "Foxy"]),
        },
    ],
    rules: &[],
};

static SIMULATION_SOFTWARE_SUITE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RoboMaker::SimulationApplication.SimulationSoftwareSuite",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Gazebo", "RosbagPlay", "SimulationRuntime"]),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["7", "9", "11", "Kinetic", "Melodic", "Dashing", "Foxy"]),
        },
    ],
    rules: &[],
};

static SOURCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RoboMaker::SimulationApplication.SourceConfig",
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
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-z0-9][a-z0-9.\\-]*[a-z0-9]"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Key",
            required: true,
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
