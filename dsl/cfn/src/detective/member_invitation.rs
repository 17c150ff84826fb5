// @generated from AWS::Detective::MemberInvitation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Detective::MemberInvitation` and its property types.

/// Resource schema for AWS::Detective::MemberInvitation
///
/// CloudFormation type `AWS::Detective::MemberInvitation`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberInvitation {
    props: ::forma_core::schema::Props,
}
impl MemberInvitation {
    /// A new resource with its required properties: `GraphArn`, `MemberEmailAddress`, `MemberId`.
    #[track_caller]
    pub fn new(
        graph_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        member_email_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        member_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, graph_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, member_email_address.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, member_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// When set to true, invitation emails are not sent to the member accounts.
    #[track_caller]
    pub fn disable_email_notification(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A message to be included in the email invitation sent to the invited account.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn message(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MemberInvitation {
    type Attributes = MemberInvitationAttributes;
    fn type_name(&self) -> &str {
        "AWS::Detective::MemberInvitation"
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
/// The attributes of a `AWS::Detective::MemberInvitation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MemberInvitationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MemberInvitationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The schema of `AWS::Detective::MemberInvitation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Detective::MemberInvitation",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisableEmailNotification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "GraphArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[\\w]+)*:detective:(([a-z]+-)+[0-9]+):[0-9]{12}:graph:[0-9a-f]{32}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MemberEmailAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*@.*"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MemberId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[0-9]{12}"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Message",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
