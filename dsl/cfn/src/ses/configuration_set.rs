// @generated from AWS::SES::ConfigurationSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::ConfigurationSet` and its property types.

/// Resource schema for AWS::SES::ConfigurationSet.
///
/// CloudFormation type `AWS::SES::ConfigurationSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigurationSet {
    props: ::forma_core::schema::Props,
}
impl ConfigurationSet {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An object that defines a MailManager archive that is used to preserve emails that you send using the configuration set.
    #[track_caller]
    pub fn archiving_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ArchivingOptions>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object that defines the dedicated IP pool that is used to send emails that you send using the configuration set.
    #[track_caller]
    pub fn delivery_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<DeliveryOptions>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the configuration set.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object that defines whether or not Amazon SES collects reputation metrics for the emails that you send that use the configuration set.
    #[track_caller]
    pub fn reputation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReputationOptions>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object that defines whether or not Amazon SES can send email that you send using the configuration set.
    #[track_caller]
    pub fn sending_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SendingOptions>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object that contains information about the suppression list preferences for your account.
    #[track_caller]
    pub fn suppression_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SuppressionOptions>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags (keys and values) associated with the contact list.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object that defines the open and click tracking options for emails that you send using the configuration set.
    #[track_caller]
    pub fn tracking_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<TrackingOptions>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An object that contains Virtual Deliverability Manager (VDM) settings for this configuration set.
    #[track_caller]
    pub fn vdm_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<VdmOptions>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for ConfigurationSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for ConfigurationSet {
    type Attributes = ConfigurationSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::ConfigurationSet"
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
/// The attributes of a `AWS::SES::ConfigurationSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ConfigurationSetAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ConfigurationSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// An object that defines a MailManager archive that is used to preserve emails that you send using the configuration set.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchivingOptions {
    props: ::forma_core::schema::Props,
}
impl ArchivingOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The ARN of the MailManager archive to associate with the configuration set.
    pub fn archive_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ArchivingOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ArchivingOptions> for ::forma_core::Value<ArchivingOptions> {
    fn from(v: ArchivingOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ARCHIVING_OPTIONS_TYPE.properties))
    }
}

/// An object that defines the dedicated IP pool that is used to send emails that you send using the configuration set.
#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryOptions {
    props: ::forma_core::schema::Props,
}
impl DeliveryOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the maximum time until which SES will retry sending emails
    ///
    /// Allowed: 300 to 50400.
    pub fn max_delivery_seconds(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the dedicated IP pool to associate with the configuration set.
    pub fn sending_pool_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Specifies whether messages that use the configuration set are required to use Transport Layer Security (TLS).
    pub fn tls_policy(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeliveryOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeliveryOptions> for ::forma_core::Value<DeliveryOptions> {
    fn from(v: DeliveryOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELIVERY_OPTIONS_TYPE.properties))
    }
}

/// An object that defines whether or not Amazon SES collects reputation metrics for the emails that you send that use the configuration set.
#[derive(Debug, Clone, PartialEq)]
pub struct ReputationOptions {
    props: ::forma_core::schema::Props,
}
impl ReputationOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// If true , tracking of reputation metrics is enabled for the configuration set.
    pub fn reputation_metrics_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ReputationOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ReputationOptions> for ::forma_core::Value<ReputationOptions> {
    fn from(v: ReputationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPUTATION_OPTIONS_TYPE.properties))
    }
}

/// An object that defines whether or not Amazon SES can send email that you send using the configuration set.
#[derive(Debug, Clone, PartialEq)]
pub struct SendingOptions {
    props: ::forma_core::schema::Props,
}
impl SendingOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SendingEnabled`.
    pub fn sending_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SendingOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SendingOptions> for ::forma_core::Value<SendingOptions> {
    fn from(v: SendingOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SENDING_OPTIONS_TYPE.properties))
    }
}

/// An object that contains information about the suppression list preferences for your account.
#[derive(Debug, Clone, PartialEq)]
pub struct SuppressionOptions {
    props: ::forma_core::schema::Props,
}
impl SuppressionOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list that contains the reasons that email addresses are automatically added to the suppression list for your account.
    pub fn suppressed_reasons(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An object that contains information about the validation options for your account.
    pub fn validation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SuppressionOptionsValidationOptions>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SuppressionOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SuppressionOptions> for ::forma_core::Value<SuppressionOptions> {
    fn from(v: SuppressionOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUPPRESSION_OPTIONS_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SES::ConfigurationSet`.
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

/// An object that defines the open and click tracking options for emails that you send using the configuration set.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackingOptions {
    props: ::forma_core::schema::Props,
}
impl TrackingOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The domain to use for tracking open and click events.
    pub fn custom_redirect_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The https policy to use for tracking open and click events.
    pub fn https_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for TrackingOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<TrackingOptions> for ::forma_core::Value<TrackingOptions> {
    fn from(v: TrackingOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TRACKING_OPTIONS_TYPE.properties))
    }
}

/// An object that contains Virtual Deliverability Manager (VDM) settings for this configuration set.
#[derive(Debug, Clone, PartialEq)]
pub struct VdmOptions {
    props: ::forma_core::schema::Props,
}
impl VdmOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Preferences regarding the Dashboard feature.
    pub fn dashboard_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DashboardOptions>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Preferences regarding the Guardian feature.
    pub fn guardian_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<GuardianOptions>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VdmOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VdmOptions> for ::forma_core::Value<VdmOptions> {
    fn from(v: VdmOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VDM_OPTIONS_TYPE.properties))
    }
}

/// An object that contains information about the validation options for your account.
#[derive(Debug, Clone, PartialEq)]
pub struct SuppressionOptionsValidationOptions {
    props: ::forma_core::schema::Props,
}
impl SuppressionOptionsValidationOptions {
    /// A new value with its required properties: `ConditionThreshold`.
    pub fn new(
        condition_threshold: impl ::std::convert::Into<
            ::forma_core::Value<SuppressionOptionsValidationOptionsConditionThreshold>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, condition_threshold.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SuppressionOptionsValidationOptions>
    for ::forma_core::Value<SuppressionOptionsValidationOptions>
{
    fn from(v: SuppressionOptionsValidationOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUPPRESSION_OPTIONS_VALIDATION_OPTIONS_TYPE.properties))
    }
}

/// Preferences regarding the Dashboard feature.
#[derive(Debug, Clone, PartialEq)]
pub struct DashboardOptions {
    props: ::forma_core::schema::Props,
}
impl DashboardOptions {
    /// A new value with its required properties: `EngagementMetrics`.
    pub fn new(engagement_metrics: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, engagement_metrics.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DashboardOptions> for ::forma_core::Value<DashboardOptions> {
    fn from(v: DashboardOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DASHBOARD_OPTIONS_TYPE.properties))
    }
}

/// Preferences regarding the Guardian feature.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardianOptions {
    props: ::forma_core::schema::Props,
}
impl GuardianOptions {
    /// A new value with its required properties: `OptimizedSharedDelivery`.
    pub fn new(
        optimized_shared_delivery: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, optimized_shared_delivery.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GuardianOptions> for ::forma_core::Value<GuardianOptions> {
    fn from(v: GuardianOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GUARDIAN_OPTIONS_TYPE.properties))
    }
}

/// The condition threshold settings for suppression validation.
#[derive(Debug, Clone, PartialEq)]
pub struct SuppressionOptionsValidationOptionsConditionThreshold {
    props: ::forma_core::schema::Props,
}
impl SuppressionOptionsValidationOptionsConditionThreshold {
    /// A new value with its required properties: `ConditionThresholdEnabled`.
    pub fn new(
        condition_threshold_enabled: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, condition_threshold_enabled.into().into_expr());
        Self { props }
    }
    /// The overall confidence threshold settings.
    pub fn overall_confidence_threshold(
        mut self,
        value: impl ::std::convert::Into<
            ::forma_core::Value<SuppressionOptionsValidationOptionsConditionThresholdOverallConfidenceThreshold>,
        >,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SuppressionOptionsValidationOptionsConditionThreshold>
    for ::forma_core::Value<SuppressionOptionsValidationOptionsConditionThreshold>
{
    fn from(v: SuppressionOptionsValidationOptionsConditionThreshold) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(SUPPRESSION_OPTIONS_VALIDATION_OPTIONS_CONDITION_THRESHOLD_TYPE.properties),
        )
    }
}

/// The overall confidence threshold settings.
#[derive(Debug, Clone, PartialEq)]
pub struct SuppressionOptionsValidationOptionsConditionThresholdOverallConfidenceThreshold {
    props: ::forma_core::schema::Props,
}
impl SuppressionOptionsValidationOptionsConditionThresholdOverallConfidenceThreshold {
    /// A new value with its required properties: `ConfidenceVerdictThreshold`.
    pub fn new(
        confidence_verdict_threshold: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, confidence_verdict_threshold.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SuppressionOptionsValidationOptionsConditionThresholdOverallConfidenceThreshold>
    for ::forma_core::Value<SuppressionOptionsValidationOptionsConditionThresholdOverallConfidenceThreshold>
{
    fn from(v: SuppressionOptionsValidationOptionsConditionThresholdOverallConfidenceThreshold) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(
            SUPPRESSION_OPTIONS_VALIDATION_OPTIONS_CONDITION_THRESHOLD_OVERALL_CONFIDENCE_THRESHOLD_TYPE.properties,
        ))
    }
}

/// The schema of `AWS::SES::ConfigurationSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::ConfigurationSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "ArchivingOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ARCHIVING_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeliveryOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DELIVERY_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ReputationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPUTATION_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SendingOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SENDING_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SuppressionOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUPPRESSION_OPTIONS_TYPE),
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
            name: "TrackingOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&TRACKING_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "VdmOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&VDM_OPTIONS_TYPE),
        },
    ],
    rules: &[],
    attributes: &[],
};

static ARCHIVING_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.ArchivingOptions",
    properties: &[::forma_core::schema::Property {
        name: "ArchiveArn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static DELIVERY_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.DeliveryOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaxDeliverySeconds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(300.0),
                maximum: Some(50400.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "SendingPoolName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TlsPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("REQUIRE|OPTIONAL"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static REPUTATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.ReputationOptions",
    properties: &[::forma_core::schema::Property {
        name: "ReputationMetricsEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static SENDING_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.SendingOptions",
    properties: &[::forma_core::schema::Property {
        name: "SendingEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static SUPPRESSION_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.SuppressionOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "SuppressedReasons",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("BOUNCE|COMPLAINT"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ValidationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SUPPRESSION_OPTIONS_VALIDATION_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.Tag",
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

static TRACKING_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.TrackingOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "CustomRedirectDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HttpsPolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("REQUIRE|REQUIRE_OPEN_ONLY|OPTIONAL"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};

static VDM_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.VdmOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "DashboardOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DASHBOARD_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GuardianOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GUARDIAN_OPTIONS_TYPE),
        },
    ],
    rules: &[],
};

static SUPPRESSION_OPTIONS_VALIDATION_OPTIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SES::ConfigurationSet.SuppressionOptionsValidationOptions",
        properties: &[::forma_core::schema::Property {
            name: "ConditionThreshold",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(
                &SUPPRESSION_OPTIONS_VALIDATION_OPTIONS_CONDITION_THRESHOLD_TYPE,
            ),
        }],
        rules: &[],
    };

static DASHBOARD_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.DashboardOptions",
    properties: &[::forma_core::schema::Property {
        name: "EngagementMetrics",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("ENABLED|DISABLED"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static GUARDIAN_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.GuardianOptions",
    properties: &[::forma_core::schema::Property {
        name: "OptimizedSharedDelivery",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("ENABLED|DISABLED"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};

static SUPPRESSION_OPTIONS_VALIDATION_OPTIONS_CONDITION_THRESHOLD_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SES::ConfigurationSet.SuppressionOptionsValidationOptionsConditionThreshold",
        properties: &[
            ::forma_core::schema::Property {
                name: "ConditionThresholdEnabled",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("ENABLED|DISABLED"),
                    min_length: None,
                    max_length: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "OverallConfidenceThreshold",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(
                    &SUPPRESSION_OPTIONS_VALIDATION_OPTIONS_CONDITION_THRESHOLD_OVERALL_CONFIDENCE_THRESHOLD_TYPE,
                ),
            },
        ],
        rules: &[],
    };

static SUPPRESSION_OPTIONS_VALIDATION_OPTIONS_CONDITION_THRESHOLD_OVERALL_CONFIDENCE_THRESHOLD_TYPE:
    ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ConfigurationSet.SuppressionOptionsValidationOptionsConditionThresholdOverallConfidenceThreshold",
    properties: &[::forma_core::schema::Property {
        name: "ConfidenceVerdictThreshold",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("MEDIUM|HIGH|MANAGED"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
};
