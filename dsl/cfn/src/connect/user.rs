// @generated from AWS::Connect::User (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Connect::User` and its property types.

/// Resource Type definition for AWS::Connect::User
///
/// CloudFormation type `AWS::Connect::User`.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    props: ::forma_core::schema::Props,
}
impl User {
    /// A new resource with its required properties: `InstanceArn`, `RoutingProfileArn`, `SecurityProfileArns`, `Username`.
    #[track_caller]
    pub fn new(
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        routing_profile_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        security_profile_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        username: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, routing_profile_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, security_profile_arns.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(14, username.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// After Contact Work configurations of a user.
    #[track_caller]
    pub fn after_contact_work_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AfterContactWorkConfigPerChannel>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Auto-accept configurations of a user.
    #[track_caller]
    pub fn auto_accept_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AutoAcceptConfig>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the user account in the directory used for identity management.
    #[track_caller]
    pub fn directory_user_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier of the hierarchy group for the user.
    #[track_caller]
    pub fn hierarchy_group_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The information about the identity of the user.
    #[track_caller]
    pub fn identity_info(mut self, value: impl ::std::convert::Into<::forma_core::Value<UserIdentityInfo>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The password for the user account.
    #[track_caller]
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Persistent Connection configurations of a user.
    #[track_caller]
    pub fn persistent_connection_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PersistentConnectionConfig>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The phone settings for the user.
    #[track_caller]
    pub fn phone_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<UserPhoneConfig>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Phone Number configurations of a user.
    #[track_caller]
    pub fn phone_number_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PhoneNumberConfig>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more tags.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// One or more predefined attributes assigned to a user, with a level that indicates how skilled they are.
    #[track_caller]
    pub fn user_proficiencies(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<UserProficiency>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Voice Enhancement configurations of a user.
    #[track_caller]
    pub fn voice_enhancement_configs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VoiceEnhancementConfig>>>,
    ) -> Self {
        self.props.set_at(15, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for User {
    type Attributes = UserAttributes;
    fn type_name(&self) -> &str {
        "AWS::Connect::User"
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
/// The attributes of a `AWS::Connect::User` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserAttributes {
    /// `Fn::GetAtt` `UserArn`.
    pub fn user_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UserArn")
    }
}

/// The values CloudFormation documents: `VOICE`, `CHAT`, `TASK`, `EMAIL`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Channel {
    /// `VOICE`
    Voice,
    /// `CHAT`
    Chat,
    /// `TASK`
    Task,
    /// `EMAIL`
    Email,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Channel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Voice => "VOICE",
            Self::Chat => "CHAT",
            Self::Task => "TASK",
            Self::Email => "EMAIL",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VOICE", "CHAT", "TASK", "EMAIL"]
    }
}
impl ::std::convert::From<Channel> for ::forma_core::Value<Channel> {
    fn from(v: Channel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Channel {}

/// After Contact Work configuration per channel.
#[derive(Debug, Clone, PartialEq)]
pub struct AfterContactWorkConfigPerChannel {
    props: ::forma_core::schema::Props,
}
impl AfterContactWorkConfigPerChannel {
    /// A new value with its required properties: `AfterContactWorkConfig`, `Channel`.
    pub fn new(
        after_contact_work_config: impl ::std::convert::Into<::forma_core::Value<AfterContactWorkConfig>>,
        channel: impl ::forma_core::schema::EnumArg<Channel>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, after_contact_work_config.into().into_expr());
        props.set(2, channel.into_enum_expr());
        Self { props }
    }
    /// After Contact Work configuration.
    pub fn agent_first_callback_after_contact_work_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AfterContactWorkConfig>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AfterContactWorkConfigPerChannel> for ::forma_core::Value<AfterContactWorkConfigPerChannel> {
    fn from(v: AfterContactWorkConfigPerChannel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AFTER_CONTACT_WORK_CONFIG_PER_CHANNEL_TYPE.properties))
    }
}

/// Auto-accept configuration per channel.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoAcceptConfig {
    props: ::forma_core::schema::Props,
}
impl AutoAcceptConfig {
    /// A new value with its required properties: `AutoAccept`, `Channel`.
    pub fn new(
        auto_accept: impl ::std::convert::Into<::forma_core::Value<bool>>,
        channel: impl ::forma_core::schema::EnumArg<Channel>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, auto_accept.into().into_expr());
        props.set(2, channel.into_enum_expr());
        Self { props }
    }
    /// The agent first callback auto accept setting.
    pub fn agent_first_callback_auto_accept(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AutoAcceptConfig> for ::forma_core::Value<AutoAcceptConfig> {
    fn from(v: AutoAcceptConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUTO_ACCEPT_CONFIG_TYPE.properties))
    }
}

/// Contains information about the identity of a user.
#[derive(Debug, Clone, PartialEq)]
pub struct UserIdentityInfo {
    props: ::forma_core::schema::Props,
}
impl UserIdentityInfo {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The email address.
    pub fn email(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The first name.
    ///
    /// Allowed: length 0 to 255.
    pub fn first_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The last name.
    ///
    /// Allowed: length 0 to 300.
    pub fn last_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The mobile phone number.
    pub fn mobile(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The secondary email address.
    pub fn secondary_email(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UserIdentityInfo {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UserIdentityInfo> for ::forma_core::Value<UserIdentityInfo> {
    fn from(v: UserIdentityInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_IDENTITY_INFO_TYPE.properties))
    }
}

/// Persistent Connection configuration per channel.
#[derive(Debug, Clone, PartialEq)]
pub struct PersistentConnectionConfig {
    props: ::forma_core::schema::Props,
}
impl PersistentConnectionConfig {
    /// A new value with its required properties: `Channel`, `PersistentConnection`.
    pub fn new(
        channel: impl ::forma_core::schema::EnumArg<Channel>,
        persistent_connection: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, channel.into_enum_expr());
        props.set(1, persistent_connection.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PersistentConnectionConfig> for ::forma_core::Value<PersistentConnectionConfig> {
    fn from(v: PersistentConnectionConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERSISTENT_CONNECTION_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SOFT_PHONE`, `DESK_PHONE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PhoneType {
    /// `SOFT_PHONE`
    SoftPhone,
    /// `DESK_PHONE`
    DeskPhone,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PhoneType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SoftPhone => "SOFT_PHONE",
            Self::DeskPhone => "DESK_PHONE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SOFT_PHONE", "DESK_PHONE"]
    }
}
impl ::std::convert::From<PhoneType> for ::forma_core::Value<PhoneType> {
    fn from(v: PhoneType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PhoneType {}

/// Contains information about the phone configuration settings for a user.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPhoneConfig {
    props: ::forma_core::schema::Props,
}
impl UserPhoneConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The After Call Work (ACW) timeout setting, in seconds.
    ///
    /// Allowed: at least 0.
    pub fn after_contact_work_time_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The Auto accept setting.
    pub fn auto_accept(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The phone number for the user's desk phone.
    pub fn desk_phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The Persistent Connection setting.
    pub fn persistent_connection(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The phone type.
    pub fn phone_type(mut self, value: impl ::forma_core::schema::EnumArg<PhoneType>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for UserPhoneConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UserPhoneConfig> for ::forma_core::Value<UserPhoneConfig> {
    fn from(v: UserPhoneConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_PHONE_CONFIG_TYPE.properties))
    }
}

/// Phone Number configuration per channel.
#[derive(Debug, Clone, PartialEq)]
pub struct PhoneNumberConfig {
    props: ::forma_core::schema::Props,
}
impl PhoneNumberConfig {
    /// A new value with its required properties: `Channel`, `PhoneType`.
    pub fn new(
        channel: impl ::forma_core::schema::EnumArg<Channel>,
        phone_type: impl ::forma_core::schema::EnumArg<PhoneType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, channel.into_enum_expr());
        props.set(2, phone_type.into_enum_expr());
        Self { props }
    }
    /// The phone number for the user's desk phone.
    pub fn phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PhoneNumberConfig> for ::forma_core::Value<PhoneNumberConfig> {
    fn from(v: PhoneNumberConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PHONE_NUMBER_CONFIG_TYPE.properties))
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

/// Proficiency of a user.
#[derive(Debug, Clone, PartialEq)]
pub struct UserProficiency {
    props: ::forma_core::schema::Props,
}
impl UserProficiency {
    /// A new value with its required properties: `AttributeName`, `AttributeValue`, `Level`.
    pub fn new(
        attribute_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        attribute_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        level: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, attribute_name.into().into_expr());
        props.set(1, attribute_value.into().into_expr());
        props.set(2, level.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UserProficiency> for ::forma_core::Value<UserProficiency> {
    fn from(v: UserProficiency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(USER_PROFICIENCY_TYPE.properties))
    }
}

/// The values CloudFormation documents: `NONE`, `VOICE_ISOLATION`, `NOISE_SUPPRESSION`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VoiceEnhancementMode {
    /// `NONE`
    None,
    /// `VOICE_ISOLATION`
    VoiceIsolation,
    /// `NOISE_SUPPRESSION`
    NoiseSuppression,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl VoiceEnhancementMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "NONE",
            Self::VoiceIsolation => "VOICE_ISOLATION",
            Self::NoiseSuppression => "NOISE_SUPPRESSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NONE", "VOICE_ISOLATION", "NOISE_SUPPRESSION"]
    }
}
impl ::std::convert::From<VoiceEnhancementMode> for ::forma_core::Value<VoiceEnhancementMode> {
    fn from(v: VoiceEnhancementMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for VoiceEnhancementMode {}

/// Voice Enhancement configuration per channel.
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceEnhancementConfig {
    props: ::forma_core::schema::Props,
}
impl VoiceEnhancementConfig {
    /// A new value with its required properties: `Channel`, `VoiceEnhancementMode`.
    pub fn new(
        channel: impl ::forma_core::schema::EnumArg<Channel>,
        voice_enhancement_mode: impl ::forma_core::schema::EnumArg<VoiceEnhancementMode>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, channel.into_enum_expr());
        props.set(1, voice_enhancement_mode.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<VoiceEnhancementConfig> for ::forma_core::Value<VoiceEnhancementConfig> {
    fn from(v: VoiceEnhancementConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VOICE_ENHANCEMENT_CONFIG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ON`, `OFF`, `ON_DEMAND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AfterContactWorkMode {
    /// `ON`
    On,
    /// `OFF`
    Off,
    /// `ON_DEMAND`
    OnDemand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AfterContactWorkMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "ON",
            Self::Off => "OFF",
            Self::OnDemand => "ON_DEMAND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ON", "OFF", "ON_DEMAND"]
    }
}
impl ::std::convert::From<AfterContactWorkMode> for ::forma_core::Value<AfterContactWorkMode> {
    fn from(v: AfterContactWorkMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AfterContactWorkMode {}

/// After Contact Work configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AfterContactWorkConfig {
    props: ::forma_core::schema::Props,
}
impl AfterContactWorkConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The after contact work (ACW) mode for the channel.
    pub fn after_contact_work_mode(mut self, value: impl ::forma_core::schema::EnumArg<AfterContactWorkMode>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The After Call Work (ACW) timeout setting, in seconds.
    ///
    /// Allowed: at least 0.
    pub fn after_contact_work_time_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AfterContactWorkConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AfterContactWorkConfig> for ::forma_core::Value<AfterContactWorkConfig> {
    fn from(v: AfterContactWorkConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AFTER_CONTACT_WORK_CONFIG_TYPE.properties))
    }
}

/// The schema of `AWS::Connect::User`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Connect::User",
properties: &[
::forma_core::schema::Property { name: "AfterContactWorkConfigs", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&AFTER_CONTACT_WORK_CONFIG_PER_CHANNEL_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "AutoAcceptConfigs", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&AUTO_ACCEPT_CONFIG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "DirectoryUserId", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "HierarchyGroupArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "IdentityInfo", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&USER_IDENTITY_INFO_TYPE) },
::forma_core::schema::Property { name: "InstanceArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Password", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d\\S]{8,64}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "PersistentConnectionConfigs", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&PERSISTENT_CONNECTION_CONFIG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "PhoneConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&USER_PHONE_CONFIG_TYPE) },
::forma_core::schema::Property { name: "PhoneNumberConfigs", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&PHONE_NUMBER_CONFIG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "RoutingProfileArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/routing-profile/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "SecurityProfileArns", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/security-profile/[-a-zA-Z0-9]*$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) }) },
::forma_core::schema::Property { name: "UserProficiencies", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&USER_PROFICIENCY_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Username", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("[a-zA-Z0-9\\_\\-\\.\\@]+"), min_length: Some(1), max_length: Some(64) }) },
::forma_core::schema::Property { name: "VoiceEnhancementConfigs", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&VOICE_ENHANCEMENT_CONFIG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["UserArn"],
};

static AFTER_CONTACT_WORK_CONFIG_PER_CHANNEL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Connect::User.AfterContactWorkConfigPerChannel",
        properties: &[
            ::forma_core::schema::Property {
                name: "AfterContactWorkConfig",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AFTER_CONTACT_WORK_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "AgentFirstCallbackAfterContactWorkConfig",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&AFTER_CONTACT_WORK_CONFIG_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Channel",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["VOICE", "CHAT", "TASK", "EMAIL"]),
            },
        ],
        rules: &[],
    };

static AUTO_ACCEPT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::User.AutoAcceptConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentFirstCallbackAutoAccept",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AutoAccept",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Channel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VOICE", "CHAT", "TASK", "EMAIL"]),
        },
    ],
    rules: &[],
};

static USER_IDENTITY_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::User.UserIdentityInfo",
    properties: &[
        ::forma_core::schema::Property {
            name: "Email",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FirstName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LastName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "Mobile",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\+[1-9]\\d{1,14}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "SecondaryEmail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("(?=^.{0,265}$)[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static PERSISTENT_CONNECTION_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::User.PersistentConnectionConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Channel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VOICE", "CHAT", "TASK", "EMAIL"]),
        },
        ::forma_core::schema::Property {
            name: "PersistentConnection",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static USER_PHONE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::User.UserPhoneConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AfterContactWorkTimeLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AutoAccept",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "DeskPhoneNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PersistentConnection",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PhoneType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SOFT_PHONE", "DESK_PHONE"]),
        },
    ],
    rules: &[],
};

static PHONE_NUMBER_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::User.PhoneNumberConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Channel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VOICE", "CHAT", "TASK", "EMAIL"]),
        },
        ::forma_core::schema::Property {
            name: "PhoneNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PhoneType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SOFT_PHONE", "DESK_PHONE"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::User.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
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
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static USER_PROFICIENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::User.UserProficiency",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttributeName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "AttributeValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Level",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(10.0),
            }),
        },
    ],
    rules: &[],
};

static VOICE_ENHANCEMENT_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::User.VoiceEnhancementConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Channel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["VOICE", "CHAT", "TASK", "EMAIL"]),
        },
        ::forma_core::schema::Property {
            name: "VoiceEnhancementMode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NONE", "VOICE_ISOLATION", "NOISE_SUPPRESSION"]),
        },
    ],
    rules: &[],
};

static AFTER_CONTACT_WORK_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Connect::User.AfterContactWorkConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AfterContactWorkMode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ON", "OFF", "ON_DEMAND"]),
        },
        ::forma_core::schema::Property {
            name: "AfterContactWorkTimeLimit",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
