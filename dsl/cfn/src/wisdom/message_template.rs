// @generated from AWS::Wisdom::MessageTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Wisdom::MessageTemplate` and its property types.

/// Definition of AWS::Wisdom::MessageTemplate Resource Type
///
/// CloudFormation type `AWS::Wisdom::MessageTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageTemplate {
    props: ::forma_core::schema::Props,
}
impl MessageTemplate {
    /// A new resource with its required properties: `ChannelSubtype`, `Content`, `KnowledgeBaseArn`, `Name`.
    #[track_caller]
    pub fn new(
        channel_subtype: impl ::forma_core::schema::EnumArg<ChannelSubtype>,
        content: impl ::std::convert::Into<::forma_core::Value<Content>>,
        knowledge_base_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, channel_subtype.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(1, content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, knowledge_base_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An object that specifies the default values to use for variables in the message template.
    #[track_caller]
    pub fn default_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MessageTemplateAttributes2>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the message template.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration information of the user groups that the message template is accessible to.
    #[track_caller]
    pub fn grouping_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GroupingConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The language code value for the language in which the message template is written.
    ///
    /// Allowed: length 2 to 5.
    #[track_caller]
    pub fn language(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of message template attachments
    #[track_caller]
    pub fn message_template_attachments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<MessageTemplateAttachment>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags used to organize, track, or control access for this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MessageTemplate {
    type Attributes = MessageTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::Wisdom::MessageTemplate"
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
/// The attributes of a `AWS::Wisdom::MessageTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MessageTemplateAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MessageTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MessageTemplateAttributes {
    /// `Fn::GetAtt` `MessageTemplateId`.
    pub fn message_template_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MessageTemplateId")
    }
    /// `Fn::GetAtt` `MessageTemplateArn`.
    pub fn message_template_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MessageTemplateArn")
    }
    /// `Fn::GetAtt` `MessageTemplateContentSha256`.
    pub fn message_template_content_sha256(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MessageTemplateContentSha256")
    }
    /// `Fn::GetAtt` `MessageTemplateAttachments.*.AttachmentId`.
    pub fn message_template_attachments_attachment_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "MessageTemplateAttachments.*.AttachmentId")
    }
}

/// The values CloudFormation documents: `EMAIL`, `SMS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChannelSubtype {
    /// `EMAIL`
    Email,
    /// `SMS`
    Sms,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ChannelSubtype {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "EMAIL",
            Self::Sms => "SMS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["EMAIL", "SMS"]
    }
}
impl ::std::convert::From<ChannelSubtype> for ::forma_core::Value<ChannelSubtype> {
    fn from(v: ChannelSubtype) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ChannelSubtype {}

/// The content of the message template.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    props: ::forma_core::schema::Props,
}
impl Content {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `EmailMessageTemplateContent` or `SmsMessageTemplateContent`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The content of message template that applies to email channel subtype.
    pub fn email_message_template_content(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EmailMessageTemplateContent>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The content of message template that applies to SMS channel subtype.
    pub fn sms_message_template_content(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SmsMessageTemplateContent>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Content {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Content> for ::forma_core::Value<Content> {
    fn from(v: Content) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTENT_TYPE.properties))
    }
}

/// An object that specifies the default values to use for variables in the message template.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageTemplateAttributes2 {
    props: ::forma_core::schema::Props,
}
impl MessageTemplateAttributes2 {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The agent attributes that are used with the message template.
    pub fn agent_attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<AgentAttributes>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The custom attributes that are used with the message template.
    pub fn custom_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The customer profile attributes that are used with the message template.
    pub fn customer_profile_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomerProfileAttributes>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The system attributes that are used with the message template.
    pub fn system_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SystemAttributes>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MessageTemplateAttributes2 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MessageTemplateAttributes2> for ::forma_core::Value<MessageTemplateAttributes2> {
    fn from(v: MessageTemplateAttributes2) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MESSAGE_TEMPLATE_ATTRIBUTES2_TYPE.properties))
    }
}

/// The configuration information of the user groups that the message template is accessible to.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupingConfiguration {
    props: ::forma_core::schema::Props,
}
impl GroupingConfiguration {
    /// A new value with its required properties: `Criteria`, `Values`.
    pub fn new(
        criteria: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        values: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, criteria.into().into_expr());
        props.set(1, values.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GroupingConfiguration> for ::forma_core::Value<GroupingConfiguration> {
    fn from(v: GroupingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROUPING_CONFIGURATION_TYPE.properties))
    }
}

/// The `MessageTemplateAttachment` property type of `AWS::Wisdom::MessageTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageTemplateAttachment {
    props: ::forma_core::schema::Props,
}
impl MessageTemplateAttachment {
    /// A new value with its required properties: `AttachmentName`, `S3PresignedUrl`.
    pub fn new(
        attachment_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        s3_presigned_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, attachment_name.into().into_expr());
        props.set(2, s3_presigned_url.into().into_expr());
        Self { props }
    }
    /// `AttachmentId`.
    ///
    /// Allowed: length 1 to any.
    pub fn attachment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<MessageTemplateAttachment> for ::forma_core::Value<MessageTemplateAttachment> {
    fn from(v: MessageTemplateAttachment) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MESSAGE_TEMPLATE_ATTACHMENT_TYPE.properties))
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

/// The content of message template that applies to email channel subtype.
#[derive(Debug, Clone, PartialEq)]
pub struct EmailMessageTemplateContent {
    props: ::forma_core::schema::Props,
}
impl EmailMessageTemplateContent {
    /// A new value with its required properties: `Body`, `Headers`, `Subject`.
    pub fn new(
        body: impl ::std::convert::Into<::forma_core::Value<EmailMessageTemplateContentBody>>,
        headers: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EmailMessageTemplateHeader>>>,
        subject: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, body.into().into_expr());
        props.set(1, headers.into().into_expr());
        props.set(2, subject.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EmailMessageTemplateContent> for ::forma_core::Value<EmailMessageTemplateContent> {
    fn from(v: EmailMessageTemplateContent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMAIL_MESSAGE_TEMPLATE_CONTENT_TYPE.properties))
    }
}

/// The content of message template that applies to SMS channel subtype.
#[derive(Debug, Clone, PartialEq)]
pub struct SmsMessageTemplateContent {
    props: ::forma_core::schema::Props,
}
impl SmsMessageTemplateContent {
    /// A new value with its required properties: `Body`.
    pub fn new(body: impl ::std::convert::Into<::forma_core::Value<SmsMessageTemplateContentBody>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, body.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SmsMessageTemplateContent> for ::forma_core::Value<SmsMessageTemplateContent> {
    fn from(v: SmsMessageTemplateContent) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMS_MESSAGE_TEMPLATE_CONTENT_TYPE.properties))
    }
}

/// The agent attributes that are used with the message template.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentAttributes {
    props: ::forma_core::schema::Props,
}
impl AgentAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The agent’s first name as entered in their Amazon Connect user account.
    ///
    /// Allowed: length 1 to 32767.
    pub fn first_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The agent’s last name as entered in their Amazon Connect user account.
    ///
    /// Allowed: length 1 to 32767.
    pub fn last_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AgentAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AgentAttributes> for ::forma_core::Value<AgentAttributes> {
    fn from(v: AgentAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AGENT_ATTRIBUTES_TYPE.properties))
    }
}

/// The customer profile attributes that are used with the message template.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomerProfileAttributes {
    props: ::forma_core::schema::Props,
}
impl CustomerProfileAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A unique account number that you have given to the customer.
    ///
    /// Allowed: length 1 to 32767.
    pub fn account_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Any additional information relevant to the customer's profile.
    ///
    /// Allowed: length 1 to 32767.
    pub fn additional_information(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The first line of a customer address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn address1(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The second line of a customer address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn address2(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The third line of a customer address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn address3(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The fourth line of a customer address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn address4(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The first line of a customer’s billing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn billing_address1(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The second line of a customer’s billing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn billing_address2(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The third line of a customer’s billing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn billing_address3(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The fourth line of a customer’s billing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn billing_address4(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The city of a customer’s billing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn billing_city(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The country of a customer’s billing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn billing_country(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The county of a customer’s billing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn billing_county(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The postal code of a customer’s billing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn billing_postal_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The province of a customer’s billing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn billing_province(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The state of a customer’s billing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn billing_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The customer's birth date.
    ///
    /// Allowed: length 1 to 32767.
    pub fn birth_date(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
    /// The customer's business email address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn business_email_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(17, value.into().into_expr());
        self
    }
    /// The name of the customer's business.
    ///
    /// Allowed: length 1 to 32767.
    pub fn business_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(18, value.into().into_expr());
        self
    }
    /// The customer's business phone number.
    ///
    /// Allowed: length 1 to 32767.
    pub fn business_phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(19, value.into().into_expr());
        self
    }
    /// The city in which a customer lives.
    ///
    /// Allowed: length 1 to 32767.
    pub fn city(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(20, value.into().into_expr());
        self
    }
    /// The country in which a customer lives.
    ///
    /// Allowed: length 1 to 32767.
    pub fn country(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(21, value.into().into_expr());
        self
    }
    /// The county in which a customer lives.
    ///
    /// Allowed: length 1 to 32767.
    pub fn county(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(22, value.into().into_expr());
        self
    }
    /// The custom attributes that are used with the message template.
    pub fn custom(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(23, value.into().into_expr());
        self
    }
    /// The customer's email address, which has not been specified as a personal or business address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn email_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(24, value.into().into_expr());
        self
    }
    /// The customer's first name.
    ///
    /// Allowed: length 1 to 32767.
    pub fn first_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(25, value.into().into_expr());
        self
    }
    /// The customer's gender.
    ///
    /// Allowed: length 1 to 32767.
    pub fn gender(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(26, value.into().into_expr());
        self
    }
    /// The customer's home phone number.
    ///
    /// Allowed: length 1 to 32767.
    pub fn home_phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(27, value.into().into_expr());
        self
    }
    /// The customer's last name.
    ///
    /// Allowed: length 1 to 32767.
    pub fn last_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(28, value.into().into_expr());
        self
    }
    /// The first line of a customer’s mailing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn mailing_address1(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(29, value.into().into_expr());
        self
    }
    /// The second line of a customer’s mailing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn mailing_address2(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(30, value.into().into_expr());
        self
    }
    /// The third line of a customer’s mailing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn mailing_address3(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(31, value.into().into_expr());
        self
    }
    /// The fourth line of a customer’s mailing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn mailing_address4(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(32, value.into().into_expr());
        self
    }
    /// The city of a customer’s mailing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn mailing_city(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(33, value.into().into_expr());
        self
    }
    /// The country of a customer’s mailing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn mailing_country(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(34, value.into().into_expr());
        self
    }
    /// The county of a customer’s mailing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn mailing_county(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(35, value.into().into_expr());
        self
    }
    /// The postal code of a customer’s mailing address
    ///
    /// Allowed: length 1 to 32767.
    pub fn mailing_postal_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(36, value.into().into_expr());
        self
    }
    /// The province of a customer’s mailing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn mailing_province(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(37, value.into().into_expr());
        self
    }
    /// The state of a customer’s mailing address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn mailing_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(38, value.into().into_expr());
        self
    }
    /// The customer's middle name.
    ///
    /// Allowed: length 1 to 32767.
    pub fn middle_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(39, value.into().into_expr());
        self
    }
    /// The customer's mobile phone number.
    ///
    /// Allowed: length 1 to 32767.
    pub fn mobile_phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(40, value.into().into_expr());
        self
    }
    /// The customer's party type.
    ///
    /// Allowed: length 1 to 32767.
    pub fn party_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(41, value.into().into_expr());
        self
    }
    /// The customer's phone number, which has not been specified as a mobile, home, or business number.
    ///
    /// Allowed: length 1 to 32767.
    pub fn phone_number(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(42, value.into().into_expr());
        self
    }
    /// The postal code of a customer address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn postal_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(43, value.into().into_expr());
        self
    }
    /// The ARN of a customer profile.
    ///
    /// Allowed: length 1 to 32767.
    pub fn profile_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(44, value.into().into_expr());
        self
    }
    /// The unique identifier of a customer profile.
    ///
    /// Allowed: length 1 to 32767.
    pub fn profile_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(45, value.into().into_expr());
        self
    }
    /// The province in which a customer lives.
    ///
    /// Allowed: length 1 to 32767.
    pub fn province(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(46, value.into().into_expr());
        self
    }
    /// The first line of a customer’s shipping address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn shipping_address1(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(47, value.into().into_expr());
        self
    }
    /// The second line of a customer’s shipping address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn shipping_address2(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(48, value.into().into_expr());
        self
    }
    /// The third line of a customer’s shipping address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn shipping_address3(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(49, value.into().into_expr());
        self
    }
    /// The fourth line of a customer’s shipping address
    ///
    /// Allowed: length 1 to 32767.
    pub fn shipping_address4(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(50, value.into().into_expr());
        self
    }
    /// The city of a customer’s shipping address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn shipping_city(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(51, value.into().into_expr());
        self
    }
    /// The country of a customer’s shipping address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn shipping_country(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(52, value.into().into_expr());
        self
    }
    /// The county of a customer’s shipping address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn shipping_county(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(53, value.into().into_expr());
        self
    }
    /// The postal code of a customer’s shipping address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn shipping_postal_code(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(54, value.into().into_expr());
        self
    }
    /// The province of a customer’s shipping address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn shipping_province(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(55, value.into().into_expr());
        self
    }
    /// The state of a customer’s shipping address.
    ///
    /// Allowed: length 1 to 32767.
    pub fn shipping_state(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(56, value.into().into_expr());
        self
    }
    /// The state in which a customer lives.
    ///
    /// Allowed: length 1 to 32767.
    pub fn state(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(57, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CustomerProfileAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CustomerProfileAttributes> for ::forma_core::Value<CustomerProfileAttributes> {
    fn from(v: CustomerProfileAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOMER_PROFILE_ATTRIBUTES_TYPE.properties))
    }
}

/// The system attributes that are used with the message template.
#[derive(Debug, Clone, PartialEq)]
pub struct SystemAttributes {
    props: ::forma_core::schema::Props,
}
impl SystemAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The CustomerEndpoint attribute.
    pub fn customer_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SystemEndpointAttributes>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the task.
    ///
    /// Allowed: length 1 to 32767.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The SystemEndpoint attribute.
    pub fn system_endpoint(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SystemEndpointAttributes>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SystemAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SystemAttributes> for ::forma_core::Value<SystemAttributes> {
    fn from(v: SystemAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYSTEM_ATTRIBUTES_TYPE.properties))
    }
}

/// The body to use in email messages.
#[derive(Debug, Clone, PartialEq)]
pub struct EmailMessageTemplateContentBody {
    props: ::forma_core::schema::Props,
}
impl EmailMessageTemplateContentBody {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The message body, in HTML format, to use in email messages that are based on the message template.
    pub fn html(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MessageTemplateBodyContentProvider>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The message body, in plain text format, to use in email messages that are based on the message template.
    pub fn plain_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MessageTemplateBodyContentProvider>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EmailMessageTemplateContentBody {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EmailMessageTemplateContentBody> for ::forma_core::Value<EmailMessageTemplateContentBody> {
    fn from(v: EmailMessageTemplateContentBody) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMAIL_MESSAGE_TEMPLATE_CONTENT_BODY_TYPE.properties))
    }
}

/// The email header to include in email messages.
#[derive(Debug, Clone, PartialEq)]
pub struct EmailMessageTemplateHeader {
    props: ::forma_core::schema::Props,
}
impl EmailMessageTemplateHeader {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the email header.
    ///
    /// Allowed: length 1 to 126.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The value of the email header.
    ///
    /// Allowed: length 1 to 870.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for EmailMessageTemplateHeader {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<EmailMessageTemplateHeader> for ::forma_core::Value<EmailMessageTemplateHeader> {
    fn from(v: EmailMessageTemplateHeader) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EMAIL_MESSAGE_TEMPLATE_HEADER_TYPE.properties))
    }
}

/// The body to use in SMS messages.
#[derive(Debug, Clone, PartialEq)]
pub struct SmsMessageTemplateContentBody {
    props: ::forma_core::schema::Props,
}
impl SmsMessageTemplateContentBody {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The container of message template body.
    pub fn plain_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MessageTemplateBodyContentProvider>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SmsMessageTemplateContentBody {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SmsMessageTemplateContentBody> for ::forma_core::Value<SmsMessageTemplateContentBody> {
    fn from(v: SmsMessageTemplateContentBody) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SMS_MESSAGE_TEMPLATE_CONTENT_BODY_TYPE.properties))
    }
}

/// The system endpoint attributes that are used with the message template.
#[derive(Debug, Clone, PartialEq)]
pub struct SystemEndpointAttributes {
    props: ::forma_core::schema::Props,
}
impl SystemEndpointAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The customer's phone number if used with customerEndpoint, or the number the customer dialed to call your contact center if used with systemEndpoint.
    ///
    /// Allowed: length 1 to 32767.
    pub fn address(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SystemEndpointAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SystemEndpointAttributes> for ::forma_core::Value<SystemEndpointAttributes> {
    fn from(v: SystemEndpointAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SYSTEM_ENDPOINT_ATTRIBUTES_TYPE.properties))
    }
}

/// The container of message template body.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageTemplateBodyContentProvider {
    props: ::forma_core::schema::Props,
}
impl MessageTemplateBodyContentProvider {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Content`.
    ///
    /// Allowed: length 1 to any.
    pub fn content(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MessageTemplateBodyContentProvider {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MessageTemplateBodyContentProvider>
    for ::forma_core::Value<MessageTemplateBodyContentProvider>
{
    fn from(v: MessageTemplateBodyContentProvider) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MESSAGE_TEMPLATE_BODY_CONTENT_PROVIDER_TYPE.properties))
    }
}

/// The schema of `AWS::Wisdom::MessageTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Wisdom::MessageTemplate",
properties: &[
::forma_core::schema::Property { name: "ChannelSubtype", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["EMAIL", "SMS"]) },
::forma_core::schema::Property { name: "Content", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&CONTENT_TYPE) },
::forma_core::schema::Property { name: "DefaultAttributes", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&MESSAGE_TEMPLATE_ATTRIBUTES2_TYPE) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\\\s_.,-]+"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "GroupingConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&GROUPING_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "KnowledgeBaseArn", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[a-z-]*?:wisdom:[a-z0-9-]*?:[0-9]{12}:[a-z-]*?/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})?$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Language", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(2), max_length: Some(5) }) },
::forma_core::schema::Property { name: "MessageTemplateAttachments", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&MESSAGE_TEMPLATE_ATTACHMENT_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9\\\\s_.,-]+"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["MessageTemplateId", "MessageTemplateArn", "MessageTemplateContentSha256", "MessageTemplateAttachments.*.AttachmentId"],
};

static CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.Content",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmailMessageTemplateContent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EMAIL_MESSAGE_TEMPLATE_CONTENT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SmsMessageTemplateContent",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SMS_MESSAGE_TEMPLATE_CONTENT_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["EmailMessageTemplateContent"],
        &["SmsMessageTemplateContent"],
    ])],
};

static MESSAGE_TEMPLATE_ATTRIBUTES2_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.MessageTemplateAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AGENT_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CustomAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(32767) },
            )),
        },
        ::forma_core::schema::Property {
            name: "CustomerProfileAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CUSTOMER_PROFILE_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SystemAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SYSTEM_ATTRIBUTES_TYPE),
        },
    ],
    rules: &[],
};

static GROUPING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.GroupingConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Criteria",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(2048),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static MESSAGE_TEMPLATE_ATTACHMENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.MessageTemplateAttachment",
    properties: &[
        ::forma_core::schema::Property {
            name: "AttachmentId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AttachmentName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3PresignedUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.Tag",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static EMAIL_MESSAGE_TEMPLATE_CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.EmailMessageTemplateContent",
    properties: &[
        ::forma_core::schema::Property {
            name: "Body",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&EMAIL_MESSAGE_TEMPLATE_CONTENT_BODY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Headers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EMAIL_MESSAGE_TEMPLATE_HEADER_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(15) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Subject",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static SMS_MESSAGE_TEMPLATE_CONTENT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.SmsMessageTemplateContent",
    properties: &[::forma_core::schema::Property {
        name: "Body",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&SMS_MESSAGE_TEMPLATE_CONTENT_BODY_TYPE),
    }],
    rules: &[],
};

static AGENT_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.AgentAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "FirstName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "LastName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
    ],
    rules: &[],
};

static CUSTOMER_PROFILE_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.CustomerProfileAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "AdditionalInformation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "Address1",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "Address2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "Address3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "Address4",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingAddress1",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingAddress2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingAddress3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingAddress4",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingCity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingCountry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingCounty",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingPostalCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingProvince",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BillingState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BirthDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BusinessEmailAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BusinessName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "BusinessPhoneNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "City",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "Country",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "County",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "Custom",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(32767) },
            )),
        },
        ::forma_core::schema::Property {
            name: "EmailAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "FirstName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "Gender",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "HomePhoneNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "LastName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MailingAddress1",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MailingAddress2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MailingAddress3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MailingAddress4",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MailingCity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MailingCountry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MailingCounty",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MailingPostalCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MailingProvince",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MailingState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MiddleName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "MobilePhoneNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "PartyType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "PhoneNumber",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "PostalCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProfileARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProfileId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "Province",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShippingAddress1",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShippingAddress2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShippingAddress3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShippingAddress4",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShippingCity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShippingCountry",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShippingCounty",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShippingPostalCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShippingProvince",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "ShippingState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
    ],
    rules: &[],
};

static SYSTEM_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.SystemAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomerEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SYSTEM_ENDPOINT_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(32767),
            }),
        },
        ::forma_core::schema::Property {
            name: "SystemEndpoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SYSTEM_ENDPOINT_ATTRIBUTES_TYPE),
        },
    ],
    rules: &[],
};

static EMAIL_MESSAGE_TEMPLATE_CONTENT_BODY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::MessageTemplate.EmailMessageTemplateContentBody",
        properties: &[
            ::forma_core::schema::Property {
                name: "Html",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MESSAGE_TEMPLATE_BODY_CONTENT_PROVIDER_TYPE),
            },
            ::forma_core::schema::Property {
                name: "PlainText",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&MESSAGE_TEMPLATE_BODY_CONTENT_PROVIDER_TYPE),
            },
        ],
        rules: &[],
    };

static EMAIL_MESSAGE_TEMPLATE_HEADER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.EmailMessageTemplateHeader",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[!-9;-@A-~]+$"),
                min_length: Some(1),
                max_length: Some(126),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[ -~]*"),
                min_length: Some(1),
                max_length: Some(870),
            }),
        },
    ],
    rules: &[],
};

static SMS_MESSAGE_TEMPLATE_CONTENT_BODY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::MessageTemplate.SmsMessageTemplateContentBody",
        properties: &[::forma_core::schema::Property {
            name: "PlainText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MESSAGE_TEMPLATE_BODY_CONTENT_PROVIDER_TYPE),
        }],
        rules: &[],
    };

static SYSTEM_ENDPOINT_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Wisdom::MessageTemplate.SystemEndpointAttributes",
    properties: &[::forma_core::schema::Property {
        name: "Address",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: Some(32767),
        }),
    }],
    rules: &[],
};

static MESSAGE_TEMPLATE_BODY_CONTENT_PROVIDER_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Wisdom::MessageTemplate.MessageTemplateBodyContentProvider",
        properties: &[::forma_core::schema::Property {
            name: "Content",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        }],
        rules: &[],
    };
