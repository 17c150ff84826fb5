// @generated from AWS::RoboMaker::Robot (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RoboMaker::Robot` and its property types.

/// AWS::RoboMaker::Robot resource creates an AWS RoboMaker Robot.
///
/// CloudFormation type `AWS::RoboMaker::Robot`.
#[derive(Debug, Clone, PartialEq)]
pub struct Robot {
    props: ::forma_core::schema::Props,
}
impl Robot {
    /// A new resource with its required properties: `Architecture`, `GreengrassGroupId`.
    #[track_caller]
    pub fn new(
        architecture: impl ::forma_core::schema::EnumArg<Architecture>,
        greengrass_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, architecture.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, greengrass_group_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the fleet.
    ///
    /// Allowed: length 1 to 1224.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn fleet(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name for the robot.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A key-value pair to associate with a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Robot {
    type Attributes = RobotAttributes;
    fn type_name(&self) -> &str {
        "AWS::RoboMaker::Robot"
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
/// The attributes of a `AWS::RoboMaker::Robot` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RobotAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RobotAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RobotAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
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

/// The schema of `AWS::RoboMaker::Robot`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RoboMaker::Robot",
    properties: &[
        ::forma_core::schema::Property {
            name: "Architecture",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["X86_64", "ARM64", "ARMHF"]),
        },
        ::forma_core::schema::Property {
            name: "Fleet",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1224),
            }),
        },
        ::forma_core::schema::Property {
            name: "GreengrassGroupId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1224),
            }),
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
