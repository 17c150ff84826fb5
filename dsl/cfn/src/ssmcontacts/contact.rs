// @generated from AWS::SSMContacts::Contact (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSMContacts::Contact` and its property types.

/// Resource Type definition for AWS::SSMContacts::Contact
///
/// CloudFormation type `AWS::SSMContacts::Contact`.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    props: ::forma_core::schema::Props,
}
impl Contact {
    /// A new resource with its required properties: `Alias`, `DisplayName`, `Type`.
    #[track_caller]
    pub fn new(
        alias: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, alias.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The stages that an escalation plan or engagement plan engages contacts and contact methods in.
    #[track_caller]
    pub fn plan(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Stage>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Contact {
    type Attributes = ContactAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSMContacts::Contact"
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
/// The attributes of a `AWS::SSMContacts::Contact` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContactAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContactAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContactAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `PERSONAL`, `ESCALATION`, `ONCALL_SCHEDULE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `PERSONAL`
    Personal,
    /// `ESCALATION`
    Escalation,
    /// `ONCALL_SCHEDULE`
    OncallSchedule,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Personal => "PERSONAL",
            Self::Escalation => "ESCALATION",
            Self::OncallSchedule => "ONCALL_SCHEDULE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PERSONAL", "ESCALATION", "ONCALL_SCHEDULE"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// A set amount of time that an escalation plan or engagement plan engages the specified contacts or contact methods.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    props: ::forma_core::schema::Props,
}
impl Stage {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `DurationInMinutes` or `RotationIds`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The time to wait until beginning the next stage.
    pub fn duration_in_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of Rotation Ids to associate with Contact
    pub fn rotation_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The contacts or contact methods that the escalation plan or engagement plan is engaging.
    pub fn targets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Targets>>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Stage {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Stage> for ::forma_core::Value<Stage> {
    fn from(v: Stage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STAGE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The contacts or contact methods that the escalation plan or engagement plan is engaging.
#[derive(Debug, Clone, PartialEq)]
pub struct Targets {
    props: ::forma_core::schema::Props,
}
impl Targets {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `ChannelTargetInfo` or `ContactTargetInfo`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Information about the contact channel that SSM Incident Manager uses to engage the contact.
    pub fn channel_target_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ChannelTargetInfo>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The contact that SSM Incident Manager is engaging during an incident.
    pub fn contact_target_info(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ContactTargetInfo>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Targets {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Targets> for ::forma_core::Value<Targets> {
    fn from(v: Targets) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TARGETS_TYPE.properties))
    }
}

/// Information about the contact channel that SSM Incident Manager uses to engage the contact.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelTargetInfo {
    props: ::forma_core::schema::Props,
}
impl ChannelTargetInfo {
    /// A new value with its required properties: `ChannelId`, `RetryIntervalInMinutes`.
    pub fn new(
        channel_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        retry_interval_in_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, channel_id.into().into_expr());
        props.set(1, retry_interval_in_minutes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ChannelTargetInfo> for ::forma_core::Value<ChannelTargetInfo> {
    fn from(v: ChannelTargetInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CHANNEL_TARGET_INFO_TYPE.properties))
    }
}

/// The contact that SSM Incident Manager is engaging during an incident.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactTargetInfo {
    props: ::forma_core::schema::Props,
}
impl ContactTargetInfo {
    /// A new value with its required properties: `ContactId`, `IsEssential`.
    pub fn new(
        contact_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        is_essential: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, contact_id.into().into_expr());
        props.set(1, is_essential.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ContactTargetInfo> for ::forma_core::Value<ContactTargetInfo> {
    fn from(v: ContactTargetInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTACT_TARGET_INFO_TYPE.properties))
    }
}

/// The schema of `AWS::SSMContacts::Contact`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSMContacts::Contact",
    properties: &[
        ::forma_core::schema::Property {
            name: "Alias",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z0-9_\\-\\.]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-\\s]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Plan",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STAGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["PERSONAL", "ESCALATION", "ONCALL_SCHEDULE"]),
        },
    ],
    rules: &[],
    attributes: &["Arn"],
};

static STAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Contact.Stage",
    properties: &[
        ::forma_core::schema::Property {
            name: "DurationInMinutes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RotationIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Targets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TARGETS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["DurationInMinutes"], &["RotationIds"]])],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Contact.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\\\\\/a-zA-Z0-9_+=\\-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TARGETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Contact.Targets",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelTargetInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CHANNEL_TARGET_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContactTargetInfo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONTACT_TARGET_INFO_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["ChannelTargetInfo"], &["ContactTargetInfo"]])],
};

static CHANNEL_TARGET_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Contact.ChannelTargetInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RetryIntervalInMinutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static CONTACT_TARGET_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Contact.ContactTargetInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IsEssential",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};
