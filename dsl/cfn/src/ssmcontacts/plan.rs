// @generated from AWS::SSMContacts::Plan (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSMContacts::Plan` and its property types.

/// Engagement Plan for a SSM Incident Manager Contact.
///
/// CloudFormation type `AWS::SSMContacts::Plan`.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    props: ::forma_core::schema::Props,
}
impl Plan {
    /// A new resource with its required properties: `ContactId`.
    ///
    /// CloudFormation also needs exactly one of `Stages` or `RotationIds`.
    #[track_caller]
    pub fn new(contact_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, contact_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Rotation Ids to associate with Oncall Contact for engagement.
    #[track_caller]
    pub fn rotation_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The stages that an escalation plan or engagement plan engages contacts and contact methods in.
    #[track_caller]
    pub fn stages(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Stage>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Plan {
    type Attributes = PlanAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSMContacts::Plan"
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
/// The attributes of a `AWS::SSMContacts::Plan` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PlanAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PlanAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PlanAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// A set amount of time that an escalation plan or engagement plan engages the specified contacts or contact methods.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    props: ::forma_core::schema::Props,
}
impl Stage {
    /// A new value with its required properties: `DurationInMinutes`.
    pub fn new(duration_in_minutes: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, duration_in_minutes.into().into_expr());
        Self { props }
    }
    /// The contacts or contact methods that the escalation plan or engagement plan is engaging.
    pub fn targets(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Targets>>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Stage> for ::forma_core::Value<Stage> {
    fn from(v: Stage) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STAGE_TYPE.properties))
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

/// The schema of `AWS::SSMContacts::Plan`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSMContacts::Plan",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContactId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:[-\\w+=\\/,.@]+:[-\\w+=\\/,.@]+:[-\\w+=\\/,.@]*:[0-9]+:([\\w+=\\/,.@:-]+)*"),
                min_length: None,
                max_length: None,
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
            name: "Stages",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&STAGE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["ContactId", "Stages"], &["ContactId", "RotationIds"]])],
    attributes: &["Arn"],
};

static STAGE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Plan.Stage",
    properties: &[
        ::forma_core::schema::Property {
            name: "DurationInMinutes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
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
    rules: &[],
};

static TARGETS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSMContacts::Plan.Targets",
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
    name: "AWS::SSMContacts::Plan.ChannelTargetInfo",
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
    name: "AWS::SSMContacts::Plan.ContactTargetInfo",
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
