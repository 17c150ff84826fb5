// @generated from AWS::MPA::ApprovalTeam (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MPA::ApprovalTeam` and its property types.

/// Resource Type definition for AWS::MPA::ApprovalTeam.
///
/// CloudFormation type `AWS::MPA::ApprovalTeam`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalTeam {
    props: ::forma_core::schema::Props,
}
impl ApprovalTeam {
    /// A new resource with its required properties: `ApprovalStrategy`, `Approvers`, `Description`, `Name`, `Policies`.
    #[track_caller]
    pub fn new(
        approval_strategy: impl ::std::convert::Into<::forma_core::Value<ApprovalStrategy>>,
        approvers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Approver>>>,
        description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policies: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, approval_strategy.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, approvers.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, description.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, policies.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApprovalTeam {
    type Attributes = ApprovalTeamAttributes;
    fn type_name(&self) -> &str {
        "AWS::MPA::ApprovalTeam"
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
/// The attributes of a `AWS::MPA::ApprovalTeam` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApprovalTeamAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApprovalTeamAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApprovalTeamAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `VersionId`.
    pub fn version_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VersionId")
    }
    /// `Fn::GetAtt` `NumberOfApprovers`.
    pub fn number_of_approvers(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "NumberOfApprovers")
    }
    /// `Fn::GetAtt` `Approvers.*.ApproverId`.
    pub fn approvers_approver_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Approvers.*.ApproverId")
    }
    /// `Fn::GetAtt` `Approvers.*.ResponseTime`.
    pub fn approvers_response_time(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Approvers.*.ResponseTime")
    }
    /// `Fn::GetAtt` `Approvers.*.PrimaryIdentityStatus`.
    pub fn approvers_primary_identity_status(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "Approvers.*.PrimaryIdentityStatus")
    }
    /// `Fn::GetAtt` `UpdateSessionArn`.
    pub fn update_session_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdateSessionArn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
    /// `Fn::GetAtt` `LastUpdateTime`.
    pub fn last_update_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdateTime")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusCode`.
    pub fn status_code(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusCode")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
}

/// The `ApprovalStrategy` property type of `AWS::MPA::ApprovalTeam`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalStrategy {
    props: ::forma_core::schema::Props,
}
impl ApprovalStrategy {
    /// A new value with its required properties: `MofN`.
    pub fn new(mof_n: impl ::std::convert::Into<::forma_core::Value<MofNApprovalStrategy>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, mof_n.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ApprovalStrategy> for ::forma_core::Value<ApprovalStrategy> {
    fn from(v: ApprovalStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPROVAL_STRATEGY_TYPE.properties))
    }
}

/// The `Approver` property type of `AWS::MPA::ApprovalTeam`.
#[derive(Debug, Clone, PartialEq)]
pub struct Approver {
    props: ::forma_core::schema::Props,
}
impl Approver {
    /// A new value with its required properties: `PrimaryIdentityId`, `PrimaryIdentitySourceArn`.
    pub fn new(
        primary_identity_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        primary_identity_source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, primary_identity_id.into().into_expr());
        props.set(2, primary_identity_source_arn.into().into_expr());
        Self { props }
    }
    /// `ApproverId`.
    pub fn approver_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `PrimaryIdentityStatus`.
    pub fn primary_identity_status(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `ResponseTime`.
    pub fn response_time(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Approver> for ::forma_core::Value<Approver> {
    fn from(v: Approver) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPROVER_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MPA::ApprovalTeam`.
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

/// The `MofNApprovalStrategy` property type of `AWS::MPA::ApprovalTeam`.
#[derive(Debug, Clone, PartialEq)]
pub struct MofNApprovalStrategy {
    props: ::forma_core::schema::Props,
}
impl MofNApprovalStrategy {
    /// A new value with its required properties: `MinApprovalsRequired`.
    pub fn new(min_approvals_required: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, min_approvals_required.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<MofNApprovalStrategy> for ::forma_core::Value<MofNApprovalStrategy> {
    fn from(v: MofNApprovalStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MOF_N_APPROVAL_STRATEGY_TYPE.properties))
    }
}

/// The schema of `AWS::MPA::ApprovalTeam`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MPA::ApprovalTeam",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApprovalStrategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPROVAL_STRATEGY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Approvers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&APPROVER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._-]+$"),
                min_length: None,
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Policies",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
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
    attributes: &[
        "Arn",
        "VersionId",
        "NumberOfApprovers",
        "Approvers.*.ApproverId",
        "Approvers.*.ResponseTime",
        "Approvers.*.PrimaryIdentityStatus",
        "UpdateSessionArn",
        "CreationTime",
        "LastUpdateTime",
        "Status",
        "StatusCode",
        "StatusMessage",
    ],
};

static APPROVAL_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MPA::ApprovalTeam.ApprovalStrategy",
    properties: &[::forma_core::schema::Property {
        name: "MofN",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&MOF_N_APPROVAL_STRATEGY_TYPE),
    }],
    rules: &[],
};

static APPROVER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MPA::ApprovalTeam.Approver",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApproverId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrimaryIdentityId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryIdentitySourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "PrimaryIdentityStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResponseTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MPA::ApprovalTeam.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static MOF_N_APPROVAL_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MPA::ApprovalTeam.MofNApprovalStrategy",
    properties: &[::forma_core::schema::Property {
        name: "MinApprovalsRequired",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: None, maximum: None }),
    }],
    rules: &[],
};
