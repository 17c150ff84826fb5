// @generated from AWS::SSO::PermissionSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSO::PermissionSet` and its property types.

/// Resource Type definition for SSO PermissionSet
///
/// CloudFormation type `AWS::SSO::PermissionSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct PermissionSet {
    props: ::forma_core::schema::Props,
}
impl PermissionSet {
    /// A new resource with its required properties: `InstanceArn`, `Name`.
    #[track_caller]
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `CustomerManagedPolicyReferences`.
    #[track_caller]
    pub fn customer_managed_policy_references(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<CustomerManagedPolicyReference>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The permission set description.
    ///
    /// Allowed: length 1 to 700.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The inline policy to put in permission set.
    #[track_caller]
    pub fn inline_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ManagedPolicies`.
    #[track_caller]
    pub fn managed_policies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PermissionsBoundary`.
    #[track_caller]
    pub fn permissions_boundary(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PermissionsBoundary>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The relay state URL that redirect links to any service in the AWS Management Console.
    ///
    /// Allowed: length 1 to 240.
    #[track_caller]
    pub fn relay_state_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The length of time that a user can be signed in to an AWS account.
    ///
    /// Allowed: length 1 to 100.
    #[track_caller]
    pub fn session_duration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PermissionSet {
    type Attributes = PermissionSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSO::PermissionSet"
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
/// The attributes of a `AWS::SSO::PermissionSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PermissionSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PermissionSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PermissionSetAttributes {
    /// `Fn::GetAtt` `PermissionSetArn`.
    pub fn permission_set_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PermissionSetArn")
    }
}

/// The `CustomerManagedPolicyReference` property type of `AWS::SSO::PermissionSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerManagedPolicyReference {
    props: ::forma_core::schema::Props,
}
impl CustomerManagedPolicyReference {
    /// A new value with its required properties: `Name`.
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        Self { props }
    }
    /// `Path`.
    ///
    /// Allowed: length 1 to 512.
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CustomerManagedPolicyReference> for ::forma_core::Value<CustomerManagedPolicyReference> {
    fn from(v: CustomerManagedPolicyReference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMER_MANAGED_POLICY_REFERENCE_TYPE.properties))
    }
}

/// The `PermissionsBoundary` property type of `AWS::SSO::PermissionSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct PermissionsBoundary {
    props: ::forma_core::schema::Props,
}
impl PermissionsBoundary {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `CustomerManagedPolicyReference`.
    pub fn customer_managed_policy_reference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomerManagedPolicyReference>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The managed policy to attach.
    ///
    /// Allowed: length 20 to 2048.
    pub fn managed_policy_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PermissionsBoundary {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PermissionsBoundary> for ::forma_core::Value<PermissionsBoundary> {
    fn from(v: PermissionsBoundary) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERMISSIONS_BOUNDARY_TYPE.properties))
    }
}

/// The metadata that you apply to the permission set to help you categorize and organize them.
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

/// The schema of `AWS::SSO::PermissionSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::SSO::PermissionSet",
properties: &[
::forma_core::schema::Property { name: "CustomerManagedPolicyReferences", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&CUSTOMER_MANAGED_POLICY_REFERENCE_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(25) }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"), min_length: Some(1), max_length: Some(700) }) },
::forma_core::schema::Property { name: "InlinePolicy", required: false, create_only: false, shape: ::forma_core::schema::Shape::Json },
::forma_core::schema::Property { name: "InstanceArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}"), min_length: Some(10), max_length: Some(1224) }) },
::forma_core::schema::Property { name: "ManagedPolicies", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(20), max_length: Some(2048) }), ::forma_core::schema::ListRule { min_items: None, max_items: Some(25) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[\\w+=,.@-]+"), min_length: Some(1), max_length: Some(32) }) },
::forma_core::schema::Property { name: "PermissionsBoundary", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PERMISSIONS_BOUNDARY_TYPE) },
::forma_core::schema::Property { name: "RelayStateType", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[a-zA-Z0-9&amp;$@#\\/%?=~\\-_'&quot;|!:,.;*+\\[\\]\\ \\(\\)\\{\\}]+"), min_length: Some(1), max_length: Some(240) }) },
::forma_core::schema::Property { name: "SessionDuration", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$"), min_length: Some(1), max_length: Some(100) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
],
rules: &[],
attributes: &["PermissionSetArn"],
};

static CUSTOMER_MANAGED_POLICY_REFERENCE_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SSO::PermissionSet.CustomerManagedPolicyReference",
        properties: &[
            ::forma_core::schema::Property {
                name: "Name",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("[\\w+=,.@-]+"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
            },
            ::forma_core::schema::Property {
                name: "Path",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
            },
        ],
        rules: &[],
    };

static PERMISSIONS_BOUNDARY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSO::PermissionSet.PermissionsBoundary",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerManagedPolicyReference",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMER_MANAGED_POLICY_REFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ManagedPolicyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSO::PermissionSet.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w+=,.@-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w+=,.@-]+"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
