// @generated from AWS::Chime::Channel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Chime::Channel` and its property types.

/// Creates a channel in an Amazon Chime SDK Messaging AppInstance.
///
/// CloudFormation type `AWS::Chime::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new resource with its required properties: `AppInstanceArn`, `ChimeBearer`, `Name`.
    #[track_caller]
    pub fn new(
        app_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        chime_bearer: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, app_instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, chime_bearer.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The ID of the channel.
    ///
    /// Allowed: length 1 to 64.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn channel_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The attributes required to configure and create an elastic channel.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn elastic_channel_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ElasticChannelConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Settings that control the interval after which the channel is automatically deleted.
    #[track_caller]
    pub fn expiration_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ExpirationSettings>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARNs of the AppInstanceUsers to add to the channel as members when it is created.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn member_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The metadata of the channel.
    ///
    /// Allowed: length 0 to 1024.
    #[track_caller]
    pub fn metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The channel mode.
    #[track_caller]
    pub fn mode(mut self, value: impl ::forma_core::schema::EnumArg<Mode>) -> Self {
        self.props.set_at(7, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARNs of the AppInstanceUsers to add to the channel as moderators when it is created.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn moderator_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The channel's privacy level.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn privacy(mut self, value: impl ::forma_core::schema::EnumArg<Privacy>) -> Self {
        self.props.set_at(10, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags for the channel.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Channel {
    type Attributes = ChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::Chime::Channel"
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
/// The attributes of a `AWS::Chime::Channel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChannelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ChannelAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
    /// `Fn::GetAtt` `CreatedTimestamp`.
    pub fn created_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedTimestamp")
    }
    /// `Fn::GetAtt` `LastUpdatedTimestamp`.
    pub fn last_updated_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedTimestamp")
    }
    /// `Fn::GetAtt` `LastMessageTimestamp`.
    pub fn last_message_timestamp(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastMessageTimestamp")
    }
    /// `Fn::GetAtt` `ChannelFlowArn`.
    pub fn channel_flow_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChannelFlowArn")
    }
}

/// The values CloudFormation documents: `UNRESTRICTED`, `RESTRICTED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mode {
    /// `UNRESTRICTED`
    Unrestricted,
    /// `RESTRICTED`
    Restricted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Mode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unrestricted => "UNRESTRICTED",
            Self::Restricted => "RESTRICTED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UNRESTRICTED", "RESTRICTED"]
    }
}
impl ::std::convert::From<Mode> for ::forma_core::Value<Mode> {
    fn from(v: Mode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Mode {}

/// The values CloudFormation documents: `PUBLIC`, `PRIVATE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Privacy {
    /// `PUBLIC`
    Public,
    /// `PRIVATE`
    Private,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Privacy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "PUBLIC",
            Self::Private => "PRIVATE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PUBLIC", "PRIVATE"]
    }
}
impl ::std::convert::From<Privacy> for ::forma_core::Value<Privacy> {
    fn from(v: Privacy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Privacy {}

/// The attributes required to configure and create an elastic channel.
#[derive(Debug, Clone, PartialEq)]
pub struct ElasticChannelConfiguration {
    props: ::forma_core::schema::Props,
}
impl ElasticChannelConfiguration {
    /// A new value with its required properties: `MaximumSubChannels`, `MinimumMembershipPercentage`, `TargetMembershipsPerSubChannel`.
    pub fn new(
        maximum_sub_channels: impl ::std::convert::Into<::forma_core::Value<i64>>,
        minimum_membership_percentage: impl ::std::convert::Into<::forma_core::Value<i64>>,
        target_memberships_per_sub_channel: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, maximum_sub_channels.into().into_expr());
        props.set(1, minimum_membership_percentage.into().into_expr());
        props.set(2, target_memberships_per_sub_channel.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ElasticChannelConfiguration> for ::forma_core::Value<ElasticChannelConfiguration> {
    fn from(v: ElasticChannelConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ELASTIC_CHANNEL_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CREATED_TIMESTAMP`, `LAST_MESSAGE_TIMESTAMP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExpirationCriterion {
    /// `CREATED_TIMESTAMP`
    CreatedTimestamp,
    /// `LAST_MESSAGE_TIMESTAMP`
    LastMessageTimestamp,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ExpirationCriterion {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedTimestamp => "CREATED_TIMESTAMP",
            Self::LastMessageTimestamp => "LAST_MESSAGE_TIMESTAMP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CREATED_TIMESTAMP", "LAST_MESSAGE_TIMESTAMP"]
    }
}
impl ::std::convert::From<ExpirationCriterion> for ::forma_core::Value<ExpirationCriterion> {
    fn from(v: ExpirationCriterion) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ExpirationCriterion {}

/// Settings that control the interval after which the channel is automatically deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpirationSettings {
    props: ::forma_core::schema::Props,
}
impl ExpirationSettings {
    /// A new value with its required properties: `ExpirationCriterion`, `ExpirationDays`.
    pub fn new(
        expiration_criterion: impl ::forma_core::schema::EnumArg<ExpirationCriterion>,
        expiration_days: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, expiration_criterion.into_enum_expr());
        props.set(1, expiration_days.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ExpirationSettings> for ::forma_core::Value<ExpirationSettings> {
    fn from(v: ExpirationSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXPIRATION_SETTINGS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Chime::Channel`.
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

/// The schema of `AWS::Chime::Channel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Chime::Channel",
properties: &[
::forma_core::schema::Property { name: "AppInstanceArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"), min_length: Some(5), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "ChannelId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9]([A-Za-z0-9\\:\\-\\_\\.\\@]{0,62}[A-Za-z0-9])?$"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "ChimeBearer", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"), min_length: Some(5), max_length: Some(1600) }) },
::forma_core::schema::Property { name: "ElasticChannelConfiguration", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&ELASTIC_CHANNEL_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "ExpirationSettings", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&EXPIRATION_SETTINGS_TYPE) },
::forma_core::schema::Property { name: "MemberArns", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"), min_length: Some(5), max_length: Some(1600) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) }) },
::forma_core::schema::Property { name: "Metadata", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "Mode", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["UNRESTRICTED", "RESTRICTED"]) },
::forma_core::schema::Property { name: "ModeratorArns", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$"), min_length: Some(5), max_length: Some(1600) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD𐀀-􏿿]*$"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "Privacy", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["PUBLIC", "PRIVATE"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
],
rules: &[],
attributes: &["Arn", "CreatedBy", "CreatedTimestamp", "LastUpdatedTimestamp", "LastMessageTimestamp", "ChannelFlowArn"],
};

static ELASTIC_CHANNEL_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::Channel.ElasticChannelConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumSubChannels",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinimumMembershipPercentage",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(40.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetMembershipsPerSubChannel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(2.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static EXPIRATION_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::Channel.ExpirationSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExpirationCriterion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["CREATED_TIMESTAMP", "LAST_MESSAGE_TIMESTAMP"]),
        },
        ::forma_core::schema::Property {
            name: "ExpirationDays",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: Some(5475.0),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Chime::Channel.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
