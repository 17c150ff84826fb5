// @generated from AWS::IAM::ManagedPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IAM::ManagedPolicy` and its property types.

/// Creates a new managed policy for your AWS-account.
///
/// CloudFormation type `AWS::IAM::ManagedPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedPolicy {
    props: ::forma_core::schema::Props,
}
impl ManagedPolicy {
    /// A new resource with its required properties: `PolicyDocument`.
    #[track_caller]
    pub fn new(policy_document: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, policy_document.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A friendly description of the policy.
    ///
    /// Allowed: length 0 to 1000.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name (friendly name, not ARN) of the group to attach the policy to.
    #[track_caller]
    pub fn groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The friendly name of the policy.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn managed_policy_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The path for the policy.
    ///
    /// Allowed: length 1 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn path(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name (friendly name, not ARN) of the role to attach the policy to.
    #[track_caller]
    pub fn roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name (friendly name, not ARN) of the IAM user to attach the policy to.
    #[track_caller]
    pub fn users(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ManagedPolicy {
    type Attributes = ManagedPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::IAM::ManagedPolicy"
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
/// The attributes of a `AWS::IAM::ManagedPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ManagedPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ManagedPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ManagedPolicyAttributes {
    /// `Fn::GetAtt` `PolicyArn`.
    pub fn policy_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyArn")
    }
    /// `Fn::GetAtt` `AttachmentCount`.
    pub fn attachment_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AttachmentCount")
    }
    /// `Fn::GetAtt` `CreateDate`.
    pub fn create_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreateDate")
    }
    /// `Fn::GetAtt` `DefaultVersionId`.
    pub fn default_version_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DefaultVersionId")
    }
    /// `Fn::GetAtt` `IsAttachable`.
    pub fn is_attachable(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsAttachable")
    }
    /// `Fn::GetAtt` `PermissionsBoundaryUsageCount`.
    pub fn permissions_boundary_usage_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "PermissionsBoundaryUsageCount")
    }
    /// `Fn::GetAtt` `PolicyId`.
    pub fn policy_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyId")
    }
    /// `Fn::GetAtt` `UpdateDate`.
    pub fn update_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateDate")
    }
}

/// The schema of `AWS::IAM::ManagedPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IAM::ManagedPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Groups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ManagedPolicyName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^((/[A-Za-z0-9\\.,\\+@=_-]+)*)/$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyDocument",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Roles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Users",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "PolicyArn",
        "AttachmentCount",
        "CreateDate",
        "DefaultVersionId",
        "IsAttachable",
        "PermissionsBoundaryUsageCount",
        "PolicyId",
        "UpdateDate",
    ],
};
