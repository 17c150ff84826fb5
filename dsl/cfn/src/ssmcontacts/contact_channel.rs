// @generated from AWS::SSMContacts::ContactChannel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSMContacts::ContactChannel` and its property types.

/// Resource Type definition for AWS::SSMContacts::ContactChannel
///
/// CloudFormation type `AWS::SSMContacts::ContactChannel`.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactChannel {
    props: ::forma_core::schema::Props,
}
impl ContactChannel {
    /// A new resource with its required properties: `ChannelAddress`, `ChannelName`, `ChannelType`, `ContactId`.
    #[track_caller]
    pub fn new(
        channel_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        channel_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        channel_type: impl ::forma_core::schema::EnumArg<ChannelType>,
        contact_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, channel_address.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, channel_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, channel_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(3, contact_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// If you want to activate the channel at a later time, you can choose to defer activation.
    #[track_caller]
    pub fn defer_activation(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ContactChannel {
    type Attributes = ContactChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSMContacts::ContactChannel"
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
/// The attributes of a `AWS::SSMContacts::ContactChannel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ContactChannelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ContactChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ContactChannelAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `SMS`, `VOICE`, `EMAIL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChannelType {
    /// `SMS`
    Sms,
    /// `VOICE`
    Voice,
    /// `EMAIL`
    Email,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ChannelType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sms => "SMS",
            Self::Voice => "VOICE",
            Self::Email => "EMAIL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SMS", "VOICE", "EMAIL"]
    }
}
impl ::std::convert::From<ChannelType> for ::forma_core::Value<ChannelType> {
    fn from(v: ChannelType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ChannelType {}

/// The schema of `AWS::SSMContacts::ContactChannel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSMContacts::ContactChannel",
    properties: &[
        ::forma_core::schema::Property {
            name: "ChannelAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ChannelName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z 0-9_\\-+'&amp;\\uD83C-\\uDBFF\\uDC00-\\uDFFF\\u2000-\\u3300]+"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ChannelType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SMS", "VOICE", "EMAIL"]),
        },
        ::forma_core::schema::Property {
            name: "ContactId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:[-\\w+=\\/,.@]+:[-\\w+=\\/,.@]+:[-\\w+=\\/,.@]*:[0-9]+:([\\w+=\\/,.@:-]+)*"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeferActivation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&[
        "ContactId",
        "ChannelName",
        "ChannelType",
        "ChannelAddress",
    ]])],
    attributes: &["Arn"],
};
