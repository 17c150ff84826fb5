// @generated from AWS::IdentityStore::GroupMembership (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IdentityStore::GroupMembership` and its property types.

/// Resource Type Definition for AWS:IdentityStore::GroupMembership
///
/// CloudFormation type `AWS::IdentityStore::GroupMembership`.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMembership {
    props: ::forma_core::schema::Props,
}
impl GroupMembership {
    /// A new resource with its required properties: `GroupId`, `IdentityStoreId`, `MemberId`.
    #[track_caller]
    pub fn new(
        group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        identity_store_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        member_id: impl ::std::convert::Into<::forma_core::Value<MemberId>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, group_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, identity_store_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, member_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for GroupMembership {
    type Attributes = GroupMembershipAttributes;
    fn type_name(&self) -> &str {
        "AWS::IdentityStore::GroupMembership"
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
/// The attributes of a `AWS::IdentityStore::GroupMembership` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GroupMembershipAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GroupMembershipAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GroupMembershipAttributes {
    /// `Fn::GetAtt` `MembershipId`.
    pub fn membership_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MembershipId")
    }
}

/// An object containing the identifier of a group member.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberId {
    props: ::forma_core::schema::Props,
}
impl MemberId {
    /// A new value with its required properties: `UserId`.
    pub fn new(user_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, user_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MemberId> for ::forma_core::Value<MemberId> {
    fn from(v: MemberId) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MEMBER_ID_TYPE.properties))
    }
}

/// The schema of `AWS::IdentityStore::GroupMembership`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IdentityStore::GroupMembership",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$",
                ),
                min_length: Some(1),
                max_length: Some(47),
            }),
        },
        ::forma_core::schema::Property {
            name: "IdentityStoreId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                min_length: Some(1),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "MemberId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&MEMBER_ID_TYPE),
        },
    ],
    rules: &[],
    attributes: &["MembershipId"],
};

static MEMBER_ID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IdentityStore::GroupMembership.MemberId",
    properties: &[::forma_core::schema::Property {
        name: "UserId",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some(
                "^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$",
            ),
            min_length: Some(1),
            max_length: Some(47),
        }),
    }],
    rules: &[],
};
