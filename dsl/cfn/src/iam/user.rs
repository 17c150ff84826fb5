// @generated from AWS::IAM::User (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IAM::User` and its property types.

/// Creates a new IAM user for your AWS-account.
///
/// CloudFormation type `AWS::IAM::User`.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    props: ::forma_core::schema::Props,
}
impl User {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of group names to which you want to add the user.
    #[track_caller]
    pub fn groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Creates a password for the specified IAM user.
    #[track_caller]
    pub fn login_profile(mut self, value: impl ::std::convert::Into<::forma_core::Value<LoginProfile>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of Amazon Resource Names (ARNs) of the IAM managed policies that you want to attach to the user.
    #[track_caller]
    pub fn managed_policy_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The path for the user name.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the managed policy that is used to set the permissions boundary for the user.
    ///
    /// Allowed: length 20 to 2048.
    #[track_caller]
    pub fn permissions_boundary(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Adds or updates an inline policy document that is embedded in the specified IAM user.
    #[track_caller]
    pub fn policies(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Policy>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags that you want to attach to the new user.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the user to create.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn user_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for User {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for User {
    type Attributes = UserAttributes;
    fn type_name(&self) -> &str {
        "AWS::IAM::User"
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
/// The attributes of a `AWS::IAM::User` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// Creates a password for the specified user, giving the user the ability to access AWS services through the console.
#[derive(Debug, Clone, PartialEq)]
pub struct LoginProfile {
    props: ::forma_core::schema::Props,
}
impl LoginProfile {
    /// A new value with its required properties: `Password`.
    pub fn new(password: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, password.into().into_expr());
        Self { props }
    }
    /// Specifies whether the user is required to set a new password on next sign-in.
    pub fn password_reset_required(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LoginProfile> for ::forma_core::Value<LoginProfile> {
    fn from(v: LoginProfile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGIN_PROFILE_TYPE.properties))
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

/// A structure that represents user-provided metadata that can be associated with an IAM resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::IAM::User`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IAM::User",
    properties: &[
        ::forma_core::schema::Property {
            name: "Groups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "LoginProfile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOGIN_PROFILE_TYPE),
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
            name: "PermissionsBoundary",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
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
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "UserName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static LOGIN_PROFILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IAM::User.LoginProfile",
    properties: &[
        ::forma_core::schema::Property {
            name: "Password",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PasswordResetRequired",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IAM::User.Policy",
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

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IAM::User.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
