// @generated from AWS::Backup::Framework (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Backup::Framework` and its property types.

/// Contains detailed information about a framework.
///
/// CloudFormation type `AWS::Backup::Framework`.
#[derive(Debug, Clone, PartialEq)]
pub struct Framework {
    props: ::forma_core::schema::Props,
}
impl Framework {
    /// A new resource with its required properties: `FrameworkControls`.
    #[track_caller]
    pub fn new(
        framework_controls: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FrameworkControl>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, framework_controls.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An optional description of the framework with a maximum 1,024 characters.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn framework_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique name of a framework.
    ///
    /// Allowed: length 1 to 256.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn framework_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Metadata that you can assign to help organize the frameworks that you create.
    #[track_caller]
    pub fn framework_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Framework {
    type Attributes = FrameworkAttributes;
    fn type_name(&self) -> &str {
        "AWS::Backup::Framework"
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
/// The attributes of a `AWS::Backup::Framework` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct FrameworkAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for FrameworkAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl FrameworkAttributes {
    /// `Fn::GetAtt` `FrameworkArn`.
    pub fn framework_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FrameworkArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `FrameworkStatus`.
    pub fn framework_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FrameworkStatus")
    }
    /// `Fn::GetAtt` `DeploymentStatus`.
    pub fn deployment_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeploymentStatus")
    }
}

/// The `FrameworkControl` property type of `AWS::Backup::Framework`.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameworkControl {
    props: ::forma_core::schema::Props,
}
impl FrameworkControl {
    /// A new value with its required properties: `ControlName`.
    pub fn new(control_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, control_name.into().into_expr());
        Self { props }
    }
    /// A list of ParameterName and ParameterValue pairs.
    pub fn control_input_parameters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ControlInputParameter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The scope of a control.
    pub fn control_scope(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FrameworkControlControlScope>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FrameworkControl> for ::forma_core::Value<FrameworkControl> {
    fn from(v: FrameworkControl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FRAMEWORK_CONTROL_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The key name of the tag.
    ///
    /// Allowed: length 1 to 128.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value for the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tag {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `ControlInputParameter` property type of `AWS::Backup::Framework`.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlInputParameter {
    props: ::forma_core::schema::Props,
}
impl ControlInputParameter {
    /// A new value with its required properties: `ParameterName`, `ParameterValue`.
    pub fn new(
        parameter_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        parameter_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, parameter_name.into().into_expr());
        props.set(1, parameter_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ControlInputParameter> for ::forma_core::Value<ControlInputParameter> {
    fn from(v: ControlInputParameter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTROL_INPUT_PARAMETER_TYPE.properties))
    }
}

/// The scope of a control.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameworkControlControlScope {
    props: ::forma_core::schema::Props,
}
impl FrameworkControlControlScope {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the only AWS resource that you want your control scope to contain.
    pub fn compliance_resource_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Describes whether the control scope includes one or more types of resources, such as `EFS` or `RDS`.
    pub fn compliance_resource_types(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Describes whether the control scope includes resources with one or more tags.
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FrameworkControlControlScope {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FrameworkControlControlScope> for ::forma_core::Value<FrameworkControlControlScope> {
    fn from(v: FrameworkControlControlScope) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FRAMEWORK_CONTROL_CONTROL_SCOPE_TYPE.properties))
    }
}

/// The schema of `AWS::Backup::Framework`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Backup::Framework",
    properties: &[
        ::forma_core::schema::Property {
            name: "FrameworkControls",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FRAMEWORK_CONTROL_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "FrameworkDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\S"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "FrameworkName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z][_a-zA-Z0-9]*"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "FrameworkTags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["FrameworkArn", "CreationTime", "FrameworkStatus", "DeploymentStatus"],
};

static FRAMEWORK_CONTROL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::Framework.FrameworkControl",
    properties: &[
        ::forma_core::schema::Property {
            name: "ControlInputParameters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTROL_INPUT_PARAMETER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ControlName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ControlScope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FRAMEWORK_CONTROL_CONTROL_SCOPE_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::Framework.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static CONTROL_INPUT_PARAMETER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::Framework.ControlInputParameter",
    properties: &[
        ::forma_core::schema::Property {
            name: "ParameterName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ParameterValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static FRAMEWORK_CONTROL_CONTROL_SCOPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Backup::Framework.FrameworkControlControlScope",
    properties: &[
        ::forma_core::schema::Property {
            name: "ComplianceResourceIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ComplianceResourceTypes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};
