// @generated from AWS::SecurityHub::Standard (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::Standard` and its property types.

/// The `AWS::SecurityHub::Standard` resource specifies the enablement of a security standard.
///
/// CloudFormation type `AWS::SecurityHub::Standard`.
#[derive(Debug, Clone, PartialEq)]
pub struct Standard {
    props: ::forma_core::schema::Props,
}
impl Standard {
    /// A new resource with its required properties: `StandardsArn`.
    #[track_caller]
    pub fn new(standards_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, standards_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies which controls are to be disabled in a standard.
    #[track_caller]
    pub fn disabled_standards_controls(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<StandardsControl>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Standard {
    type Attributes = StandardAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::Standard"
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
/// The attributes of a `AWS::SecurityHub::Standard` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StandardAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StandardAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StandardAttributes {
    /// `Fn::GetAtt` `StandardsSubscriptionArn`.
    pub fn standards_subscription_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StandardsSubscriptionArn")
    }
}

/// Provides details about an individual security control.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardsControl {
    props: ::forma_core::schema::Props,
}
impl StandardsControl {
    /// A new value with its required properties: `StandardsControlArn`.
    pub fn new(standards_control_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, standards_control_arn.into().into_expr());
        Self { props }
    }
    /// A user-defined reason for changing a control's enablement status in a specified standard.
    pub fn reason(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StandardsControl> for ::forma_core::Value<StandardsControl> {
    fn from(v: StandardsControl) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STANDARDS_CONTROL_TYPE.properties))
    }
}

/// The schema of `AWS::SecurityHub::Standard`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::Standard",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisabledStandardsControls",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STANDARDS_CONTROL_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(100) },
            ),
        },
        ::forma_core::schema::Property {
            name: "StandardsArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws\\S*:securityhub:\\S"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
    attributes: &["StandardsSubscriptionArn"],
};

static STANDARDS_CONTROL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityHub::Standard.StandardsControl",
    properties: &[
        ::forma_core::schema::Property {
            name: "Reason",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StandardsControlArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws\\S*:securityhub:\\S*"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
