// @generated from AWS::IoTSiteWise::AccessPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTSiteWise::AccessPolicy` and its property types.

/// Resource schema for AWS::IoTSiteWise::AccessPolicy
///
/// CloudFormation type `AWS::IoTSiteWise::AccessPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPolicy {
    props: ::forma_core::schema::Props,
}
impl AccessPolicy {
    /// A new resource with its required properties: `AccessPolicyIdentity`, `AccessPolicyPermission`, `AccessPolicyResource`.
    #[track_caller]
    pub fn new(
        access_policy_identity: impl ::std::convert::Into<::forma_core::Value<AccessPolicyIdentity>>,
        access_policy_permission: impl ::forma_core::schema::EnumArg<AccessPolicyPermission>,
        access_policy_resource: impl ::std::convert::Into<::forma_core::Value<AccessPolicyResource>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, access_policy_identity.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, access_policy_permission.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, access_policy_resource.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for AccessPolicy {
    type Attributes = AccessPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTSiteWise::AccessPolicy"
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
/// The attributes of a `AWS::IoTSiteWise::AccessPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccessPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccessPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccessPolicyAttributes {
    /// `Fn::GetAtt` `AccessPolicyArn`.
    pub fn access_policy_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccessPolicyArn")
    }
    /// `Fn::GetAtt` `AccessPolicyId`.
    pub fn access_policy_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccessPolicyId")
    }
}

/// The values CloudFormation documents: `ADMINISTRATOR`, `VIEWER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessPolicyPermission {
    /// `ADMINISTRATOR`
    Administrator,
    /// `VIEWER`
    Viewer,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessPolicyPermission {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Administrator => "ADMINISTRATOR",
            Self::Viewer => "VIEWER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ADMINISTRATOR", "VIEWER"]
    }
}
impl ::std::convert::From<AccessPolicyPermission> for ::forma_core::Value<AccessPolicyPermission> {
    fn from(v: AccessPolicyPermission) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessPolicyPermission {}

/// The identity for this access policy.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPolicyIdentity {
    props: ::forma_core::schema::Props,
}
impl AccessPolicyIdentity {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Contains information for an IAM role identity in an access policy.
    pub fn iam_role(mut self, value: impl ::std::convert::Into<::forma_core::Value<IamRole>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Contains information for an IAM user identity in an access policy.
    pub fn iam_user(mut self, value: impl ::std::convert::Into<::forma_core::Value<IamUser>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Contains information for a user identity in an access policy.
    pub fn user(mut self, value: impl ::std::convert::Into<::forma_core::Value<User>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessPolicyIdentity {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessPolicyIdentity> for ::forma_core::Value<AccessPolicyIdentity> {
    fn from(v: AccessPolicyIdentity) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_POLICY_IDENTITY_TYPE.properties))
    }
}

/// The AWS IoT SiteWise Monitor resource for this access policy.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPolicyResource {
    props: ::forma_core::schema::Props,
}
impl AccessPolicyResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A portal resource.
    pub fn portal(mut self, value: impl ::std::convert::Into<::forma_core::Value<Portal>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A project resource.
    pub fn project(mut self, value: impl ::std::convert::Into<::forma_core::Value<Project>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessPolicyResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessPolicyResource> for ::forma_core::Value<AccessPolicyResource> {
    fn from(v: AccessPolicyResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_POLICY_RESOURCE_TYPE.properties))
    }
}

/// Contains information for an IAM role identity in an access policy.
#[derive(Debug, Clone, PartialEq)]
pub struct IamRole {
    props: ::forma_core::schema::Props,
}
impl IamRole {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the IAM role.
    ///
    /// Allowed: length 1 to 1600.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IamRole {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IamRole> for ::forma_core::Value<IamRole> {
    fn from(v: IamRole) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_ROLE_TYPE.properties))
    }
}

/// Contains information for an IAM user identity in an access policy.
#[derive(Debug, Clone, PartialEq)]
pub struct IamUser {
    props: ::forma_core::schema::Props,
}
impl IamUser {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the IAM user.
    ///
    /// Allowed: length 1 to 1600.
    pub fn arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IamUser {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IamUser> for ::forma_core::Value<IamUser> {
    fn from(v: IamUser) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_USER_TYPE.properties))
    }
}

/// Contains information for a user identity in an access policy.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    props: ::forma_core::schema::Props,
}
impl User {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AWS SSO ID of the user.
    ///
    /// Allowed: length 1 to 256.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for User {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<User> for ::forma_core::Value<User> {
    fn from(v: User) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_TYPE.properties))
    }
}

/// A portal resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Portal {
    props: ::forma_core::schema::Props,
}
impl Portal {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the portal.
    ///
    /// Allowed: length 36 to 36.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Portal {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Portal> for ::forma_core::Value<Portal> {
    fn from(v: Portal) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PORTAL_TYPE.properties))
    }
}

/// A project resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    props: ::forma_core::schema::Props,
}
impl Project {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the project.
    ///
    /// Allowed: length 36 to 36.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Project {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Project> for ::forma_core::Value<Project> {
    fn from(v: Project) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROJECT_TYPE.properties))
    }
}

/// The schema of `AWS::IoTSiteWise::AccessPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTSiteWise::AccessPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessPolicyIdentity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_POLICY_IDENTITY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AccessPolicyPermission",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ADMINISTRATOR", "VIEWER"]),
        },
        ::forma_core::schema::Property {
            name: "AccessPolicyResource",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_POLICY_RESOURCE_TYPE),
        },
    ],
    rules: &[],
    attributes: &["AccessPolicyArn", "AccessPolicyId"],
};

static ACCESS_POLICY_IDENTITY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AccessPolicy.AccessPolicyIdentity",
    properties: &[
        ::forma_core::schema::Property {
            name: "IamRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_ROLE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IamUser",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_USER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "User",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&USER_TYPE),
        },
    ],
    rules: &[],
};

static ACCESS_POLICY_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AccessPolicy.AccessPolicyResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Portal",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PORTAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Project",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PROJECT_TYPE),
        },
    ],
    rules: &[],
};

static IAM_ROLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AccessPolicy.IamRole",
    properties: &[::forma_core::schema::Property {
        name: "arn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.\\+=,@]+$"),
            min_length: Some(1),
            max_length: Some(1600),
        }),
    }],
    rules: &[],
};

static IAM_USER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AccessPolicy.IamUser",
    properties: &[::forma_core::schema::Property {
        name: "arn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^arn:aws(-cn|-us-gov)?:[a-zA-Z0-9-:\\/_\\.\\+=,@]+$"),
            min_length: Some(1),
            max_length: Some(1600),
        }),
    }],
    rules: &[],
};

static USER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTSiteWise::AccessPolicy.User",
    properties: &[::forma_core::schema::Property {
        name: "id",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^\\S+$"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static PORTAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::IoTSiteWise::AccessPolicy.Portal",
properties: &[
::forma_core::schema::Property { name: "id", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"), min_length: Some(36), max_length: Some(36) }) },
],
rules: &[],
};

static PROJECT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::IoTSiteWise::AccessPolicy.Project",
properties: &[
::forma_core::schema::Property { name: "id", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?!00000000-0000-0000-0000-000000000000)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"), min_length: Some(36), max_length: Some(36) }) },
],
rules: &[],
};
