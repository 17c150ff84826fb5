// @generated from AWS::SES::EmailIdentity (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::EmailIdentity` and its property types.

/// Resource Type definition for AWS::SES::EmailIdentity
///
/// CloudFormation type `AWS::SES::EmailIdentity`.
#[derive(Debug, Clone, PartialEq)]
pub struct EmailIdentity {
    props: ::forma_core::schema::Props,
}
impl EmailIdentity {
    /// A new resource with its required properties: `EmailIdentity`.
    #[track_caller]
    pub fn new(email_identity: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, email_identity.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Used to associate a configuration set with an email identity.
    #[track_caller]
    pub fn configuration_set_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfigurationSetAttributes>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to enable or disable DKIM authentication for an email identity.
    #[track_caller]
    pub fn dkim_attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<DkimAttributes>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// If your request includes this object, Amazon SES configures the identity to use Bring Your Own DKIM (BYODKIM) for DKIM authentication purposes, or, configures the key length to be used for Easy DKIM.
    #[track_caller]
    pub fn dkim_signing_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DkimSigningAttributes>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to enable or disable feedback forwarding for an identity.
    #[track_caller]
    pub fn feedback_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FeedbackAttributes>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Used to enable or disable the custom Mail-From domain configuration for an email identity.
    #[track_caller]
    pub fn mail_from_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MailFromAttributes>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags (keys and values) associated with the email identity.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for EmailIdentity {
    type Attributes = EmailIdentityAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::EmailIdentity"
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
/// The attributes of a `AWS::SES::EmailIdentity` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EmailIdentityAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EmailIdentityAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EmailIdentityAttributes {
    /// `Fn::GetAtt` `DkimDNSTokenName1`.
    pub fn dkim_dns_token_name1(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DkimDNSTokenName1")
    }
    /// `Fn::GetAtt` `DkimDNSTokenName2`.
    pub fn dkim_dns_token_name2(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DkimDNSTokenName2")
    }
    /// `Fn::GetAtt` `DkimDNSTokenName3`.
    pub fn dkim_dns_token_name3(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DkimDNSTokenName3")
    }
    /// `Fn::GetAtt` `DkimDNSTokenValue1`.
    pub fn dkim_dns_token_value1(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DkimDNSTokenValue1")
    }
    /// `Fn::GetAtt` `DkimDNSTokenValue2`.
    pub fn dkim_dns_token_value2(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DkimDNSTokenValue2")
    }
    /// `Fn::GetAtt` `DkimDNSTokenValue3`.
    pub fn dkim_dns_token_value3(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DkimDNSTokenValue3")
    }
}

/// Used to associate a configuration set with an email identity.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationSetAttributes {
    props: ::forma_core::schema::Props,
}
impl ConfigurationSetAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration set to use by default when sending from this identity.
    pub fn configuration_set_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfigurationSetAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfigurationSetAttributes> for ::forma_core::Value<ConfigurationSetAttributes> {
    fn from(v: ConfigurationSetAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFIGURATION_SET_ATTRIBUTES_TYPE.properties))
    }
}

/// Used to enable or disable DKIM authentication for an email identity.
#[derive(Debug, Clone, PartialEq)]
pub struct DkimAttributes {
    props: ::forma_core::schema::Props,
}
impl DkimAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Sets the DKIM signing configuration for the identity.
    pub fn signing_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DkimAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DkimAttributes> for ::forma_core::Value<DkimAttributes> {
    fn from(v: DkimAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DKIM_ATTRIBUTES_TYPE.properties))
    }
}

/// If your request includes this object, Amazon SES configures the identity to use Bring Your Own DKIM (BYODKIM) for DKIM authentication purposes, or, configures the key length to be used for Easy DKIM.
#[derive(Debug, Clone, PartialEq)]
pub struct DkimSigningAttributes {
    props: ::forma_core::schema::Props,
}
impl DkimSigningAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// [Bring Your Own DKIM] A private key that's used to generate a DKIM signature.
    pub fn domain_signing_private_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// [Bring Your Own DKIM] A string that's used to identify a public key in the DNS configuration for a domain.
    pub fn domain_signing_selector(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// [Easy DKIM] The key length of the future DKIM key pair to be generated.
    pub fn next_signing_key_length(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DkimSigningAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DkimSigningAttributes> for ::forma_core::Value<DkimSigningAttributes> {
    fn from(v: DkimSigningAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DKIM_SIGNING_ATTRIBUTES_TYPE.properties))
    }
}

/// Used to enable or disable feedback forwarding for an identity.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackAttributes {
    props: ::forma_core::schema::Props,
}
impl FeedbackAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If the value is true, you receive email notifications when bounce or complaint events occur
    pub fn email_forwarding_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for FeedbackAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<FeedbackAttributes> for ::forma_core::Value<FeedbackAttributes> {
    fn from(v: FeedbackAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FEEDBACK_ATTRIBUTES_TYPE.properties))
    }
}

/// Used to enable or disable the custom Mail-From domain configuration for an email identity.
#[derive(Debug, Clone, PartialEq)]
pub struct MailFromAttributes {
    props: ::forma_core::schema::Props,
}
impl MailFromAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The action to take if the required MX record isn't found when you send an email.
    pub fn behavior_on_mx_failure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The custom MAIL FROM domain that you want the verified identity to use
    pub fn mail_from_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MailFromAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MailFromAttributes> for ::forma_core::Value<MailFromAttributes> {
    fn from(v: MailFromAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAIL_FROM_ATTRIBUTES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SES::EmailIdentity`.
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

/// The schema of `AWS::SES::EmailIdentity`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::EmailIdentity",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConfigurationSetAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFIGURATION_SET_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DkimAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DKIM_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DkimSigningAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DKIM_SIGNING_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EmailIdentity",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FeedbackAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FEEDBACK_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MailFromAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAIL_FROM_ATTRIBUTES_TYPE),
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
    ],
    rules: &[],
    attributes: &[
        "DkimDNSTokenName1",
        "DkimDNSTokenName2",
        "DkimDNSTokenName3",
        "DkimDNSTokenValue1",
        "DkimDNSTokenValue2",
        "DkimDNSTokenValue3",
    ],
};

static CONFIGURATION_SET_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::EmailIdentity.ConfigurationSetAttributes",
    properties: &[::forma_core::schema::Property {
        name: "ConfigurationSetName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static DKIM_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::EmailIdentity.DkimAttributes",
    properties: &[::forma_core::schema::Property {
        name: "SigningEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static DKIM_SIGNING_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::EmailIdentity.DkimSigningAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "DomainSigningPrivateKey",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "DomainSigningSelector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "NextSigningKeyLength",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("RSA_1024_BIT|RSA_2048_BIT"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static FEEDBACK_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::EmailIdentity.FeedbackAttributes",
    properties: &[::forma_core::schema::Property {
        name: "EmailForwardingEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static MAIL_FROM_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::EmailIdentity.MailFromAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "BehaviorOnMxFailure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("USE_DEFAULT_VALUE|REJECT_MESSAGE"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MailFromDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::EmailIdentity.Tag",
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
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
