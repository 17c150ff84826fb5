// @generated from AWS::QuickSight::Assignment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::Assignment` and its property types.

/// Resource Type definition for AWS::QuickSight::Assignment, which manages an Amazon QuickSight IAM policy assignment that attaches an IAM policy to specified QuickSight users or groups within a namespace.
///
/// CloudFormation type `AWS::QuickSight::Assignment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    props: ::forma_core::schema::Props,
}
impl Assignment {
    /// A new resource with its required properties: `AssignmentName`, `AssignmentStatus`, `Namespace`.
    #[track_caller]
    pub fn new(
        assignment_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        assignment_status: impl ::forma_core::schema::EnumArg<AssignmentStatus>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, assignment_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, assignment_status.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, namespace.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The QuickSight users, groups, or both that you want to assign the policy to.
    #[track_caller]
    pub fn identities(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN for the IAM policy to apply to the QuickSight users and groups specified in this assignment.
    #[track_caller]
    pub fn policy_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Assignment {
    type Attributes = AssignmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::Assignment"
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
/// The attributes of a `AWS::QuickSight::Assignment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssignmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssignmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssignmentAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `AssignmentId`.
    pub fn assignment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssignmentId")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DRAFT`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssignmentStatus {
    /// `ENABLED`
    Enabled,
    /// `DRAFT`
    Draft,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssignmentStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Draft => "DRAFT",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DRAFT", "DISABLED"]
    }
}
impl ::std::convert::From<AssignmentStatus> for ::forma_core::Value<AssignmentStatus> {
    fn from(v: AssignmentStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssignmentStatus {}

/// The schema of `AWS::QuickSight::Assignment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::Assignment",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssignmentName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?=^.{2,256}$)(?!.*\\s)[0-9a-zA-Z-_.:=+@]*$"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AssignmentStatus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DRAFT", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Identities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            )),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._-]*$"),
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Arn", "AssignmentId"],
};
