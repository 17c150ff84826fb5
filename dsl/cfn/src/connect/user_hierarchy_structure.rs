// @generated from AWS::Connect::UserHierarchyStructure (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::UserHierarchyStructure` and its property types.

/// Resource Type definition for AWS::Connect::UserHierarchyStructure
///
/// CloudFormation type `AWS::Connect::UserHierarchyStructure`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserHierarchyStructure {
    props: ::forma_core::schema::Props,
}
impl UserHierarchyStructure {
    /// A new resource with its required properties: `InstanceArn`.
    #[track_caller]
    pub fn new(instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Information about the hierarchy structure.
    #[track_caller]
    pub fn user_hierarchy_structure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UserHierarchyStructureProperty>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for UserHierarchyStructure {
    type Attributes = UserHierarchyStructureAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::UserHierarchyStructure"
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
/// The attributes of a `AWS::Connect::UserHierarchyStructure` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserHierarchyStructureAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserHierarchyStructureAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserHierarchyStructureAttributes {
    /// `Fn::GetAtt` `UserHierarchyStructureArn`.
    pub fn user_hierarchy_structure_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UserHierarchyStructureArn")
    }
}

/// Information about the hierarchy structure.
#[derive(Debug, Clone, PartialEq)]
pub struct UserHierarchyStructureProperty {
    props: ::forma_core::schema::Props,
}
impl UserHierarchyStructureProperty {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about level five.
    pub fn level_five(mut self, value: impl ::std::convert::Into<::forma_core::Value<LevelFive>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Information about level four.
    pub fn level_four(mut self, value: impl ::std::convert::Into<::forma_core::Value<LevelFour>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Information about level one.
    pub fn level_one(mut self, value: impl ::std::convert::Into<::forma_core::Value<LevelOne>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Information about level three.
    pub fn level_three(mut self, value: impl ::std::convert::Into<::forma_core::Value<LevelThree>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Information about level two.
    pub fn level_two(mut self, value: impl ::std::convert::Into<::forma_core::Value<LevelTwo>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UserHierarchyStructureProperty {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UserHierarchyStructureProperty> for ::forma_core::Value<UserHierarchyStructureProperty> {
    fn from(v: UserHierarchyStructureProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_HIERARCHY_STRUCTURE_PROPERTY_TYPE.properties))
    }
}

/// Information about level five.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelFive {
    props: ::forma_core::schema::Props,
}
impl LevelFive {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the hierarchy level.
    pub fn hierarchy_level_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier of the hierarchy level.
    pub fn hierarchy_level_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LevelFive> for ::forma_core::Value<LevelFive> {
    fn from(v: LevelFive) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LEVEL_FIVE_TYPE.properties))
    }
}

/// Information about level four.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelFour {
    props: ::forma_core::schema::Props,
}
impl LevelFour {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the hierarchy level.
    pub fn hierarchy_level_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier of the hierarchy level.
    pub fn hierarchy_level_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LevelFour> for ::forma_core::Value<LevelFour> {
    fn from(v: LevelFour) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LEVEL_FOUR_TYPE.properties))
    }
}

/// Information about level one.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelOne {
    props: ::forma_core::schema::Props,
}
impl LevelOne {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the hierarchy level.
    pub fn hierarchy_level_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier of the hierarchy level.
    pub fn hierarchy_level_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LevelOne> for ::forma_core::Value<LevelOne> {
    fn from(v: LevelOne) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LEVEL_ONE_TYPE.properties))
    }
}

/// Information about level three.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelThree {
    props: ::forma_core::schema::Props,
}
impl LevelThree {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the hierarchy level.
    pub fn hierarchy_level_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier of the hierarchy level.
    pub fn hierarchy_level_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LevelThree> for ::forma_core::Value<LevelThree> {
    fn from(v: LevelThree) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LEVEL_THREE_TYPE.properties))
    }
}

/// Information about level two.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelTwo {
    props: ::forma_core::schema::Props,
}
impl LevelTwo {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the hierarchy level.
    pub fn hierarchy_level_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier of the hierarchy level.
    pub fn hierarchy_level_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LevelTwo> for ::forma_core::Value<LevelTwo> {
    fn from(v: LevelTwo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LEVEL_TWO_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::UserHierarchyStructure`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Connect::UserHierarchyStructure",
    properties: &[
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UserHierarchyStructure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_HIERARCHY_STRUCTURE_PROPERTY_TYPE),
        },
    ],
    rules: &[],
    attributes: &["UserHierarchyStructureArn"],
};

static USER_HIERARCHY_STRUCTURE_PROPERTY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::UserHierarchyStructure.UserHierarchyStructure",
        properties: &[
            ::forma_core::schema::Property {
                name: "LevelFive",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LEVEL_FIVE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "LevelFour",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LEVEL_FOUR_TYPE),
            },
            ::forma_core::schema::Property {
                name: "LevelOne",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LEVEL_ONE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "LevelThree",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LEVEL_THREE_TYPE),
            },
            ::forma_core::schema::Property {
                name: "LevelTwo",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&LEVEL_TWO_TYPE),
            },
        ],
        rules: &[],
    };

static LEVEL_FIVE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::UserHierarchyStructure.LevelFive",
    properties: &[
        ::forma_core::schema::Property {
            name: "HierarchyLevelArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group-level/[-0-9]*$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HierarchyLevelId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LEVEL_FOUR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::UserHierarchyStructure.LevelFour",
    properties: &[
        ::forma_core::schema::Property {
            name: "HierarchyLevelArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group-level/[-0-9]*$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HierarchyLevelId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LEVEL_ONE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::UserHierarchyStructure.LevelOne",
    properties: &[
        ::forma_core::schema::Property {
            name: "HierarchyLevelArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group-level/[-0-9]*$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HierarchyLevelId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LEVEL_THREE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::UserHierarchyStructure.LevelThree",
    properties: &[
        ::forma_core::schema::Property {
            name: "HierarchyLevelArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group-level/[-0-9]*$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HierarchyLevelId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static LEVEL_TWO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::UserHierarchyStructure.LevelTwo",
    properties: &[
        ::forma_core::schema::Property {
            name: "HierarchyLevelArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group-level/[-0-9]*$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "HierarchyLevelId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
