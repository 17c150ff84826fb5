// @generated from AWS::AccountAccess::Entitlement (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AccountAccess::Entitlement` and its property types.

/// Resource Type definition for AWS::AccountAccess::Entitlement specifying an entitlement for account access
///
/// CloudFormation type `AWS::AccountAccess::Entitlement`.
#[derive(Debug, Clone, PartialEq)]
pub struct Entitlement {
    props: ::forma_core::schema::Props,
}
impl Entitlement {
    /// A new resource with its required properties: `ApplicationArn`, `Entitlement`.
    #[track_caller]
    pub fn new(
        application_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        entitlement: impl ::std::convert::Into<::forma_core::Value<EntitlementProperty>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, entitlement.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for Entitlement {
    type Attributes = EntitlementAttributes;
    fn type_name(&self) -> &str {
        "AWS::AccountAccess::Entitlement"
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
/// The attributes of a `AWS::AccountAccess::Entitlement` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EntitlementAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EntitlementAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EntitlementAttributes {
    /// `Fn::GetAtt` `EntitlementId`.
    pub fn entitlement_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EntitlementId")
    }
    /// `Fn::GetAtt` `Entitlement.PrincipalRole.Account`.
    pub fn entitlement_principal_role_account(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Entitlement.PrincipalRole.Account")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
}

/// The `Entitlement` property type of `AWS::AccountAccess::Entitlement`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntitlementProperty {
    props: ::forma_core::schema::Props,
}
impl EntitlementProperty {
    /// A new value with its required properties: `PrincipalRole`.
    pub fn new(principal_role: impl ::std::convert::Into<::forma_core::Value<PrincipalRoleEntitlement>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, principal_role.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EntitlementProperty> for ::forma_core::Value<EntitlementProperty> {
    fn from(v: EntitlementProperty) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENTITLEMENT_PROPERTY_TYPE.properties))
    }
}

/// The `PrincipalRoleEntitlement` property type of `AWS::AccountAccess::Entitlement`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrincipalRoleEntitlement {
    props: ::forma_core::schema::Props,
}
impl PrincipalRoleEntitlement {
    /// A new value with its required properties: `Principal`, `RoleArn`.
    pub fn new(
        principal: impl ::std::convert::Into<::forma_core::Value<Principal>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, principal.into().into_expr());
        props.set(2, role_arn.into().into_expr());
        Self { props }
    }
    /// The AWS account ID
    ///
    /// Allowed: length 12 to 12.
    pub fn account(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PrincipalRoleEntitlement> for ::forma_core::Value<PrincipalRoleEntitlement> {
    fn from(v: PrincipalRoleEntitlement) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRINCIPAL_ROLE_ENTITLEMENT_TYPE.properties))
    }
}

/// The `Principal` property type of `AWS::AccountAccess::Entitlement`.
#[derive(Debug, Clone, PartialEq)]
pub struct Principal {
    props: ::forma_core::schema::Props,
}
impl Principal {
    /// A new value with its required properties: `IdentityCenter`.
    pub fn new(identity_center: impl ::std::convert::Into<::forma_core::Value<IdentityCenterPrincipal>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, identity_center.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Principal> for ::forma_core::Value<Principal> {
    fn from(v: Principal) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PRINCIPAL_TYPE.properties))
    }
}

/// The `IdentityCenterPrincipal` property type of `AWS::AccountAccess::Entitlement`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityCenterPrincipal {
    props: ::forma_core::schema::Props,
}
impl IdentityCenterPrincipal {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `UserId` or `GroupId`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ID of the group
    ///
    /// Allowed: length 1 to 47.
    pub fn group_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the user
    ///
    /// Allowed: length 1 to 47.
    pub fn user_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IdentityCenterPrincipal {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IdentityCenterPrincipal> for ::forma_core::Value<IdentityCenterPrincipal> {
    fn from(v: IdentityCenterPrincipal) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDENTITY_CENTER_PRINCIPAL_TYPE.properties))
    }
}

/// The schema of `AWS::AccountAccess::Entitlement`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AccountAccess::Entitlement",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:[a-z0-9-]+:account-access:[a-z0-9]+(-[a-z0-9]+)*:[0-9]{12}:application/[a-zA-Z0-9-]+$",
                ),
                min_length: Some(49),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Entitlement",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ENTITLEMENT_PROPERTY_TYPE),
        },
    ],
    rules: &[],
    attributes: &["EntitlementId", "Entitlement.PrincipalRole.Account", "CreatedAt"],
};

static ENTITLEMENT_PROPERTY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccountAccess::Entitlement.Entitlement",
    properties: &[::forma_core::schema::Property {
        name: "PrincipalRole",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&PRINCIPAL_ROLE_ENTITLEMENT_TYPE),
    }],
    rules: &[],
};

static PRINCIPAL_ROLE_ENTITLEMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccountAccess::Entitlement.PrincipalRoleEntitlement",
    properties: &[
        ::forma_core::schema::Property {
            name: "Account",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PRINCIPAL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[a-z0-9-]+:iam::[0-9]{12}:role\\/([a-zA-Z0-9+=,.@_-]+\\/)*[a-zA-Z0-9+=,.@_-]+$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static PRINCIPAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccountAccess::Entitlement.Principal",
    properties: &[::forma_core::schema::Property {
        name: "IdentityCenter",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&IDENTITY_CENTER_PRINCIPAL_TYPE),
    }],
    rules: &[],
};

static IDENTITY_CENTER_PRINCIPAL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AccountAccess::Entitlement.IdentityCenterPrincipal",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$",
                ),
                min_length: Some(1),
                max_length: Some(47),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$",
                ),
                min_length: Some(1),
                max_length: Some(47),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["UserId"], &["GroupId"]])],
};
