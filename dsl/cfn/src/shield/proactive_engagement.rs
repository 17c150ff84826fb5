// @generated from AWS::Shield::ProactiveEngagement (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Shield::ProactiveEngagement` and its property types.

/// Authorizes the Shield Response Team (SRT) to use email and phone to notify contacts about escalations to the SRT and to initiate proactive customer support.
///
/// CloudFormation type `AWS::Shield::ProactiveEngagement`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProactiveEngagement {
    props: ::forma_core::schema::Props,
}
impl ProactiveEngagement {
    /// A new resource with its required properties: `EmergencyContactList`, `ProactiveEngagementStatus`.
    #[track_caller]
    pub fn new(
        emergency_contact_list: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EmergencyContact>>>,
        proactive_engagement_status: impl ::forma_core::schema::EnumArg<ProactiveEngagementStatus>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, emergency_contact_list.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, proactive_engagement_status.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ProactiveEngagement {
    type Attributes = ProactiveEngagementAttributes;
    fn type_name(&self) -> &str {
        "AWS::Shield::ProactiveEngagement"
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
/// The attributes of a `AWS::Shield::ProactiveEngagement` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProactiveEngagementAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProactiveEngagementAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProactiveEngagementAttributes {
    /// `Fn::GetAtt` `AccountId`.
    pub fn account_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountId")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ProactiveEngagementStatus {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ProactiveEngagementStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<ProactiveEngagementStatus> for ::forma_core::Value<ProactiveEngagementStatus> {
    fn from(v: ProactiveEngagementStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ProactiveEngagementStatus {}

/// An emergency contact is used by Shield Response Team (SRT) to contact you for escalations to the SRT and to initiate proactive customer support.
#[derive(Debug, Clone, PartialEq)]
pub struct EmergencyContact {
    props: ::forma_core::schema::Props,
}
impl EmergencyContact {
    /// A new value with its required properties: `EmailAddress`.
    pub fn new(email_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, email_address.into().into_expr());
        Self { props }
    }
    /// Additional notes regarding the contact.
    ///
    /// Allowed: length 1 to 1024.
    pub fn contact_notes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The phone number for the contact
    ///
    /// Allowed: length 1 to 16.
    pub fn phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EmergencyContact> for ::forma_core::Value<EmergencyContact> {
    fn from(v: EmergencyContact) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMERGENCY_CONTACT_TYPE.properties))
    }
}

/// The schema of `AWS::Shield::ProactiveEngagement`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Shield::ProactiveEngagement",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmergencyContactList",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EMERGENCY_CONTACT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ProactiveEngagementStatus",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
    ],
    rules: &[],
    attributes: &["AccountId"],
};

static EMERGENCY_CONTACT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Shield::ProactiveEngagement.EmergencyContact",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactNotes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\s\\.\\-,:/()+@]*$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "EmailAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S+@\\S+\\.\\S+$"),
                min_length: Some(1),
                max_length: Some(150),
            }),
        },
        ::forma_core::schema::Property {
            name: "PhoneNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\+[1-9]\\d{1,14}$"),
                min_length: Some(1),
                max_length: Some(16),
            }),
        },
    ],
    rules: &[],
};
