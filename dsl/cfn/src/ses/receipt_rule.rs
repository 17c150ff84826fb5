// @generated from AWS::SES::ReceiptRule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::ReceiptRule` and its property types.

/// Resource Type definition for AWS::SES::ReceiptRule
///
/// CloudFormation type `AWS::SES::ReceiptRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceiptRule {
    props: ::forma_core::schema::Props,
}
impl ReceiptRule {
    /// A new resource with its required properties: `Rule`, `RuleSetName`.
    #[track_caller]
    pub fn new(
        rule: impl ::std::convert::Into<::forma_core::Value<Rule>>,
        rule_set_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, rule.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, rule_set_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The name of an existing rule after which the new rule is placed.
    #[track_caller]
    pub fn after(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ReceiptRule {
    type Attributes = ReceiptRuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::ReceiptRule"
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
/// The attributes of a `AWS::SES::ReceiptRule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReceiptRuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReceiptRuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReceiptRuleAttributes {
    /// `Fn::GetAtt` `RuleName`.
    pub fn rule_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "RuleName")
    }
}

/// The values CloudFormation documents: `Optional`, `Require`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TlsPolicy {
    /// `Optional`
    Optional,
    /// `Require`
    Require,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TlsPolicy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Optional => "Optional",
            Self::Require => "Require",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Optional", "Require"]
    }
}
impl ::std::convert::From<TlsPolicy> for ::forma_core::Value<TlsPolicy> {
    fn from(v: TlsPolicy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TlsPolicy {}

/// A data structure that contains the specified rule's name, actions, recipients, domains, enabled status, scan status, and TLS policy.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An ordered list of actions to perform on messages that match at least one of the recipient email addresses or domains specified in the receipt rule.
    pub fn actions(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Action>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// If true, the receipt rule is active.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the receipt rule.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The recipient domains and email addresses that the receipt rule applies to.
    pub fn recipients(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// If true, then messages that this receipt rule applies to are scanned for spam and viruses.
    pub fn scan_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Specifies whether Amazon SES should require that incoming email is delivered over a connection encrypted with Transport Layer Security (TLS).
    pub fn tls_policy(mut self, value: impl ::forma_core::schema::EnumArg<TlsPolicy>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Rule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// An action that Amazon SES can take when it receives an email on behalf of one or more email addresses or domains that you own.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// When included in a receipt rule, this action adds a header to the received email.
    pub fn add_header_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<AddHeaderAction>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// When included in a receipt rule, this action rejects the received email by returning a bounce response to the sender and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
    pub fn bounce_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<BounceAction>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// When included in a receipt rule, this action parses the received message and starts an email contact in Amazon Connect on your behalf.
    pub fn connect_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConnectAction>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// When included in a receipt rule, this action calls an AWS Lambda function and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
    pub fn lambda_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<LambdaAction>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// When included in a receipt rule, this action saves the received message to an Amazon Simple Storage Service (Amazon S3) bucket and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
    pub fn s3_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Action>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The action to publish the email content to an Amazon SNS topic.
    pub fn sns_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<SnsAction>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// When included in a receipt rule, this action terminates the evaluation of the receipt rule set and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
    pub fn stop_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<StopAction>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// When included in a receipt rule, this action calls Amazon WorkMail and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
    pub fn workmail_action(mut self, value: impl ::std::convert::Into<::forma_core::Value<WorkmailAction>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Action {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// When included in a receipt rule, this action adds a header to the received email.
#[derive(Debug, Clone, PartialEq)]
pub struct AddHeaderAction {
    props: ::forma_core::schema::Props,
}
impl AddHeaderAction {
    /// A new value with its required properties: `HeaderName`, `HeaderValue`.
    pub fn new(
        header_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        header_value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, header_name.into().into_expr());
        props.set(1, header_value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AddHeaderAction> for ::forma_core::Value<AddHeaderAction> {
    fn from(v: AddHeaderAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADD_HEADER_ACTION_TYPE.properties))
    }
}

/// When included in a receipt rule, this action rejects the received email by returning a bounce response to the sender and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
#[derive(Debug, Clone, PartialEq)]
pub struct BounceAction {
    props: ::forma_core::schema::Props,
}
impl BounceAction {
    /// A new value with its required properties: `Message`, `Sender`, `SmtpReplyCode`.
    pub fn new(
        message: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        sender: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        smtp_reply_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, message.into().into_expr());
        props.set(1, sender.into().into_expr());
        props.set(2, smtp_reply_code.into().into_expr());
        Self { props }
    }
    /// The SMTP enhanced status code, as defined by RFC 3463.
    pub fn status_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the Amazon SNS topic to notify when the bounce action is taken.
    pub fn topic_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<BounceAction> for ::forma_core::Value<BounceAction> {
    fn from(v: BounceAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOUNCE_ACTION_TYPE.properties))
    }
}

/// When included in a receipt rule, this action parses the received message and starts an email contact in Amazon Connect on your behalf.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectAction {
    props: ::forma_core::schema::Props,
}
impl ConnectAction {
    /// A new value with its required properties: `IAMRoleARN`, `InstanceARN`.
    pub fn new(
        iam_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, iam_role_arn.into().into_expr());
        props.set(1, instance_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConnectAction> for ::forma_core::Value<ConnectAction> {
    fn from(v: ConnectAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECT_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Event`, `RequestResponse`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvocationType {
    /// `Event`
    Event,
    /// `RequestResponse`
    RequestResponse,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl InvocationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Event => "Event",
            Self::RequestResponse => "RequestResponse",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Event", "RequestResponse"]
    }
}
impl ::std::convert::From<InvocationType> for ::forma_core::Value<InvocationType> {
    fn from(v: InvocationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for InvocationType {}

/// When included in a receipt rule, this action calls an AWS Lambda function and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
#[derive(Debug, Clone, PartialEq)]
pub struct LambdaAction {
    props: ::forma_core::schema::Props,
}
impl LambdaAction {
    /// A new value with its required properties: `FunctionArn`.
    pub fn new(function_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, function_arn.into().into_expr());
        Self { props }
    }
    /// The invocation type of the AWS Lambda function.
    pub fn invocation_type(mut self, value: impl ::forma_core::schema::EnumArg<InvocationType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the Amazon SNS topic to notify when the Lambda action is executed.
    pub fn topic_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<LambdaAction> for ::forma_core::Value<LambdaAction> {
    fn from(v: LambdaAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LAMBDA_ACTION_TYPE.properties))
    }
}

/// When included in a receipt rule, this action saves the received message to an Amazon Simple Storage Service (Amazon S3) bucket and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
#[derive(Debug, Clone, PartialEq)]
pub struct S3Action {
    props: ::forma_core::schema::Props,
}
impl S3Action {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
    /// The ARN of the IAM role to be used by Amazon SES while writing to the Amazon S3 bucket.
    ///
    /// Allowed: length 20 to 2048.
    pub fn iam_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The customer managed key that Amazon SES should use to encrypt your emails before saving them to the Amazon S3 bucket.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The key prefix of the Amazon S3 bucket.
    pub fn object_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The ARN of the Amazon SNS topic to notify when the message is saved to the Amazon S3 bucket.
    pub fn topic_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Action> for ::forma_core::Value<S3Action> {
    fn from(v: S3Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Base64`, `UTF-8`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// `Base64`
    Base64,
    /// `UTF-8`
    Utf8,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Encoding {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Base64 => "Base64",
            Self::Utf8 => "UTF-8",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Base64", "UTF-8"]
    }
}
impl ::std::convert::From<Encoding> for ::forma_core::Value<Encoding> {
    fn from(v: Encoding) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Encoding {}

/// The action to publish the email content to an Amazon SNS topic.
#[derive(Debug, Clone, PartialEq)]
pub struct SnsAction {
    props: ::forma_core::schema::Props,
}
impl SnsAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The encoding to use for the email within the Amazon SNS notification.
    pub fn encoding(mut self, value: impl ::forma_core::schema::EnumArg<Encoding>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the Amazon SNS Topic to which notification for the email received will be published.
    pub fn topic_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SnsAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SnsAction> for ::forma_core::Value<SnsAction> {
    fn from(v: SnsAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SNS_ACTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `RuleSet`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// `RuleSet`
    RuleSet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Scope {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RuleSet => "RuleSet",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RuleSet"]
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Scope {}

/// When included in a receipt rule, this action terminates the evaluation of the receipt rule set and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
#[derive(Debug, Clone, PartialEq)]
pub struct StopAction {
    props: ::forma_core::schema::Props,
}
impl StopAction {
    /// A new value with its required properties: `Scope`.
    pub fn new(scope: impl ::forma_core::schema::EnumArg<Scope>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, scope.into_enum_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the Amazon SNS topic to notify when the stop action is taken.
    pub fn topic_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<StopAction> for ::forma_core::Value<StopAction> {
    fn from(v: StopAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(STOP_ACTION_TYPE.properties))
    }
}

/// When included in a receipt rule, this action calls Amazon WorkMail and, optionally, publishes a notification to Amazon Simple Notification Service (Amazon SNS).
#[derive(Debug, Clone, PartialEq)]
pub struct WorkmailAction {
    props: ::forma_core::schema::Props,
}
impl WorkmailAction {
    /// A new value with its required properties: `OrganizationArn`.
    pub fn new(organization_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, organization_arn.into().into_expr());
        Self { props }
    }
    /// The Amazon Resource Name (ARN) of the Amazon SNS topic to notify when the WorkMail action is called.
    pub fn topic_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WorkmailAction> for ::forma_core::Value<WorkmailAction> {
    fn from(v: WorkmailAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WORKMAIL_ACTION_TYPE.properties))
    }
}

/// The schema of `AWS::SES::ReceiptRule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::ReceiptRule",
    properties: &[
        ::forma_core::schema::Property {
            name: "After",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Rule",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RuleSetName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["RuleName"],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptRule.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Recipients",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ScanEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "TlsPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Optional", "Require"]),
        },
    ],
    rules: &[],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptRule.Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddHeaderAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADD_HEADER_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BounceAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BOUNCE_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConnectAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONNECT_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LambdaAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LAMBDA_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "S3Action",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&S3_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SNSAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SNS_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "StopAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&STOP_ACTION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "WorkmailAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&WORKMAIL_ACTION_TYPE),
        },
    ],
    rules: &[],
};

static ADD_HEADER_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptRule.AddHeaderAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "HeaderName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HeaderValue",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BOUNCE_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptRule.BounceAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Message",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Sender",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SmtpReplyCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "StatusCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CONNECT_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::SES::ReceiptRule.ConnectAction",
properties: &[
::forma_core::schema::Property { name: "IAMRoleARN", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:[\\w-]+:iam::[0-9]+:role(\\u002F)([\\u0021-\\u007E]+\\u002F)?([\\w+=,.@-]+)$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "InstanceARN", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9-]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static LAMBDA_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptRule.LambdaAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "FunctionArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InvocationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Event", "RequestResponse"]),
        },
        ::forma_core::schema::Property {
            name: "TopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static S3_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptRule.S3Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IamRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:[\\w-]+:iam::[0-9]+:role(\\u002F)([\\u0021-\\u007E]+\\u002F)?([\\w+=,.@-]+)$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ObjectKeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SNS_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptRule.SNSAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Encoding",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Base64", "UTF-8"]),
        },
        ::forma_core::schema::Property {
            name: "TopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static STOP_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptRule.StopAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "Scope",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["RuleSet"]),
        },
        ::forma_core::schema::Property {
            name: "TopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static WORKMAIL_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptRule.WorkmailAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "OrganizationArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TopicArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
