// @generated from AWS::QuickSight::ApprovalPolicy (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::ApprovalPolicy` and its property types.

/// Definition of the AWS::QuickSight::ApprovalPolicy Resource Type.
///
/// CloudFormation type `AWS::QuickSight::ApprovalPolicy`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalPolicy {
    props: ::forma_core::schema::Props,
}
impl ApprovalPolicy {
    /// A new resource with its required properties: `Actions`, `ApplicableTo`, `ApprovalGroups`, `AssetTypes`, `Name`, `PolicyId`.
    #[track_caller]
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
        applicable_to: impl ::std::convert::Into<::forma_core::Value<ApplicableTo>>,
        approval_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        asset_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::forma_core::Json>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, actions.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, applicable_to.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, approval_groups.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, asset_types.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, policy_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ApprovalPolicy {
    type Attributes = ApprovalPolicyAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::ApprovalPolicy"
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
/// The attributes of a `AWS::QuickSight::ApprovalPolicy` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ApprovalPolicyAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ApprovalPolicyAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ApprovalPolicyAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `PolicyArn`.
    pub fn policy_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PolicyArn")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// Scoping: who the policy applies to.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicableTo {
    props: ::forma_core::schema::Props,
}
impl ApplicableTo {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into().into_expr());
        Self { props }
    }
    /// Required when type = GROUP.
    pub fn group_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ApplicableTo> for ::forma_core::Value<ApplicableTo> {
    fn from(v: ApplicableTo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(APPLICABLE_TO_TYPE.properties))
    }
}

/// The schema of `AWS::QuickSight::ApprovalPolicy`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::ApprovalPolicy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ApplicableTo",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&APPLICABLE_TO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApprovalGroups",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AssetTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Json,
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "PolicyId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\-_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "PolicyArn", "UpdatedAt"],
};

static APPLICABLE_TO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::ApprovalPolicy.ApplicableTo",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};
