// @generated from AWS::GuardDuty::Member (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::GuardDuty::Member` and its property types.

/// Resource Type definition for AWS::GuardDuty::Member
///
/// CloudFormation type `AWS::GuardDuty::Member`.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    props: ::forma_core::schema::Props,
}
impl Member {
    /// A new resource with its required properties: `Email`.
    #[track_caller]
    pub fn new(email: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, email.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DetectorId`.
    ///
    /// Allowed: length 1 to 300.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn detector_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `DisableEmailNotification`.
    #[track_caller]
    pub fn disable_email_notification(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MemberId`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn member_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Message`.
    #[track_caller]
    pub fn message(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Status`.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Member {
    type Attributes = MemberAttributes;
    fn type_name(&self) -> &str {
        "AWS::GuardDuty::Member"
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
/// The attributes of a `AWS::GuardDuty::Member` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MemberAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MemberAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `Created`, `Disabled`, `Enabled`, `Invited`, `Removed`, `Resigned`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `Created`
    Created,
    /// `Disabled`
    Disabled,
    /// `Enabled`
    Enabled,
    /// `Invited`
    Invited,
    /// `Removed`
    Removed,
    /// `Resigned`
    Resigned,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "Created",
            Self::Disabled => "Disabled",
            Self::Enabled => "Enabled",
            Self::Invited => "Invited",
            Self::Removed => "Removed",
            Self::Resigned => "Resigned",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Created", "Disabled", "Enabled", "Invited", "Removed", "Resigned"]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

/// The schema of `AWS::GuardDuty::Member`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::GuardDuty::Member",
    properties: &[
        ::forma_core::schema::Property {
            name: "DetectorId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisableEmailNotification",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Email",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MemberId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Message",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "Created", "Disabled", "Enabled", "Invited", "Removed", "Resigned",
            ]),
        },
    ],
    rules: &[],
    attributes: &[],
};
