// @generated from AWS::IAM::Group (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IAM::Group` and its property types.

/// Creates a new group.
///
/// CloudFormation type `AWS::IAM::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    props: ::forma_core::schema::Props,
}
impl Group {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the group to create.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn group_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM policy you want to attach.
    #[track_caller]
    pub fn managed_policy_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The path to the group.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Adds or updates an inline policy document that is embedded in the specified IAM group.
    #[track_caller]
    pub fn policies(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Policy>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Group {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Group {
    type Attributes = GroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::IAM::Group"
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
/// The attributes of a `AWS::IAM::Group` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// Contains information about an attached policy.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    props: ::forma_core::schema::Props,
}
impl Policy {
    /// A new value with its required properties: `PolicyDocument`, `PolicyName`.
    pub fn new(
        policy_document: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
        policy_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy_document.into().into_expr());
        props.set(1, policy_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Policy> for ::forma_core::Value<Policy> {
    fn from(v: Policy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POLICY_TYPE.properties))
    }
}

/// The schema of `AWS::IAM::Group`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IAM::Group",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ManagedPolicyArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("arn:(aws[a-zA-Z-]*)?:iam::(\\d{12}|aws):policy/[a-zA-Z_0-9+=,.@\\-_/]+"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Policies",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&POLICY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IAM::Group.Policy",
    properties: &[
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "PolicyName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
