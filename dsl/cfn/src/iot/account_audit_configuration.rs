// @generated from AWS::IoT::AccountAuditConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::AccountAuditConfiguration` and its property types.

/// Configures the Device Defender audit settings for this account.
///
/// CloudFormation type `AWS::IoT::AccountAuditConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountAuditConfiguration {
    props: ::forma_core::schema::Props,
}
impl AccountAuditConfiguration {
    /// A new resource with its required properties: `AccountId`, `AuditCheckConfigurations`, `RoleArn`.
    #[track_caller]
    pub fn new(
        account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        audit_check_configurations: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfigurations>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, audit_check_configurations.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Information about the targets to which audit notifications are sent.
    #[track_caller]
    pub fn audit_notification_target_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditNotificationTargetConfigurations>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AccountAuditConfiguration {
    type Attributes = AccountAuditConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::AccountAuditConfiguration"
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
/// The attributes of a `AWS::IoT::AccountAuditConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccountAuditConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccountAuditConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// Specifies which audit checks are enabled and disabled for this account.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditCheckConfigurations {
    props: ::forma_core::schema::Props,
}
impl AuditCheckConfigurations {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configuration for a specific audit check.
    pub fn authenticated_cognito_role_overly_permissive_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn ca_certificate_expiring_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn ca_certificate_key_quality_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn conflicting_client_ids_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// A structure containing the configName and corresponding configValue for configuring DeviceCertAgeCheck.
    pub fn device_certificate_age_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeviceCertAgeAuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A structure containing the configName and corresponding configValue for configuring DeviceCertExpirationCheck.
    pub fn device_certificate_expiring_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeviceCertExpirationAuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn device_certificate_key_quality_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn device_certificate_shared_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn intermediate_ca_revoked_for_active_device_certificates_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn io_t_policy_potential_mis_configuration_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn iot_policy_overly_permissive_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn iot_role_alias_allows_access_to_unused_services_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(11, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn iot_role_alias_overly_permissive_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(12, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn logging_disabled_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(13, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn revoked_ca_certificate_still_active_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(14, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn revoked_device_certificate_still_active_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(15, value.into().into_expr());
        self
    }
    /// The configuration for a specific audit check.
    pub fn unauthenticated_cognito_role_overly_permissive_check(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AuditCheckConfiguration>>,
    ) -> Self {
        self.props.set(16, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuditCheckConfigurations {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuditCheckConfigurations> for ::forma_core::Value<AuditCheckConfigurations> {
    fn from(v: AuditCheckConfigurations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIT_CHECK_CONFIGURATIONS_TYPE.properties))
    }
}

/// Information about the targets to which audit notifications are sent.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditNotificationTargetConfigurations {
    props: ::forma_core::schema::Props,
}
impl AuditNotificationTargetConfigurations {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Sns`.
    pub fn sns(mut self, value: impl ::std::convert::Into<::forma_core::Value<AuditNotificationTarget>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuditNotificationTargetConfigurations {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuditNotificationTargetConfigurations>
    for ::forma_core::Value<AuditNotificationTargetConfigurations>
{
    fn from(v: AuditNotificationTargetConfigurations) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIT_NOTIFICATION_TARGET_CONFIGURATIONS_TYPE.properties))
    }
}

/// The configuration for a specific audit check.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditCheckConfiguration {
    props: ::forma_core::schema::Props,
}
impl AuditCheckConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// True if the check is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuditCheckConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuditCheckConfiguration> for ::forma_core::Value<AuditCheckConfiguration> {
    fn from(v: AuditCheckConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIT_CHECK_CONFIGURATION_TYPE.properties))
    }
}

/// A structure containing the configName and corresponding configValue for configuring DeviceCertAgeCheck.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceCertAgeAuditCheckConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeviceCertAgeAuditCheckConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A structure containing the configName and corresponding configValue for configuring audit checks.
    pub fn configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CertAgeCheckCustomConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// True if the check is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeviceCertAgeAuditCheckConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeviceCertAgeAuditCheckConfiguration>
    for ::forma_core::Value<DeviceCertAgeAuditCheckConfiguration>
{
    fn from(v: DeviceCertAgeAuditCheckConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEVICE_CERT_AGE_AUDIT_CHECK_CONFIGURATION_TYPE.properties))
    }
}

/// A structure containing the configName and corresponding configValue for configuring DeviceCertExpirationCheck.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceCertExpirationAuditCheckConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeviceCertExpirationAuditCheckConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A structure containing the configName and corresponding configValue for configuring audit checks.
    pub fn configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CertExpirationCheckCustomConfiguration>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// True if the check is enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DeviceCertExpirationAuditCheckConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DeviceCertExpirationAuditCheckConfiguration>
    for ::forma_core::Value<DeviceCertExpirationAuditCheckConfiguration>
{
    fn from(v: DeviceCertExpirationAuditCheckConfiguration) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(DEVICE_CERT_EXPIRATION_AUDIT_CHECK_CONFIGURATION_TYPE.properties),
        )
    }
}

/// The `AuditNotificationTarget` property type of `AWS::IoT::AccountAuditConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditNotificationTarget {
    props: ::forma_core::schema::Props,
}
impl AuditNotificationTarget {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// True if notifications to the target are enabled.
    pub fn enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the role that grants permission to send notifications to the target.
    ///
    /// Allowed: length 20 to 2048.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the target (SNS topic) to which audit notifications are sent.
    ///
    /// Allowed: length 0 to 2048.
    pub fn target_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AuditNotificationTarget {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AuditNotificationTarget> for ::forma_core::Value<AuditNotificationTarget> {
    fn from(v: AuditNotificationTarget) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AUDIT_NOTIFICATION_TARGET_TYPE.properties))
    }
}

/// A structure containing the configName and corresponding configValue for configuring audit checks.
#[derive(Debug, Clone, PartialEq)]
pub struct CertAgeCheckCustomConfiguration {
    props: ::forma_core::schema::Props,
}
impl CertAgeCheckCustomConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configValue for configuring audit checks.
    ///
    /// Allowed: length 1 to 64.
    pub fn cert_age_threshold_in_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CertAgeCheckCustomConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CertAgeCheckCustomConfiguration> for ::forma_core::Value<CertAgeCheckCustomConfiguration> {
    fn from(v: CertAgeCheckCustomConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERT_AGE_CHECK_CUSTOM_CONFIGURATION_TYPE.properties))
    }
}

/// A structure containing the configName and corresponding configValue for configuring audit checks.
#[derive(Debug, Clone, PartialEq)]
pub struct CertExpirationCheckCustomConfiguration {
    props: ::forma_core::schema::Props,
}
impl CertExpirationCheckCustomConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The configValue for configuring audit checks.
    ///
    /// Allowed: length 1 to 64.
    pub fn cert_expiration_threshold_in_days(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CertExpirationCheckCustomConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CertExpirationCheckCustomConfiguration>
    for ::forma_core::Value<CertExpirationCheckCustomConfiguration>
{
    fn from(v: CertExpirationCheckCustomConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CERT_EXPIRATION_CHECK_CUSTOM_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::AccountAuditConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::AccountAuditConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "AuditCheckConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuditNotificationTargetConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_NOTIFICATION_TARGET_CONFIGURATIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static AUDIT_CHECK_CONFIGURATIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::AccountAuditConfiguration.AuditCheckConfigurations",
    properties: &[
        ::forma_core::schema::Property {
            name: "AuthenticatedCognitoRoleOverlyPermissiveCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CaCertificateExpiringCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CaCertificateKeyQualityCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConflictingClientIdsCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeviceCertificateAgeCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEVICE_CERT_AGE_AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeviceCertificateExpiringCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEVICE_CERT_EXPIRATION_AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeviceCertificateKeyQualityCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeviceCertificateSharedCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IntermediateCaRevokedForActiveDeviceCertificatesCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IoTPolicyPotentialMisConfigurationCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotPolicyOverlyPermissiveCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotRoleAliasAllowsAccessToUnusedServicesCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IotRoleAliasOverlyPermissiveCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LoggingDisabledCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RevokedCaCertificateStillActiveCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RevokedDeviceCertificateStillActiveCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UnauthenticatedCognitoRoleOverlyPermissiveCheck",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_CHECK_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static AUDIT_NOTIFICATION_TARGET_CONFIGURATIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::AccountAuditConfiguration.AuditNotificationTargetConfigurations",
        properties: &[::forma_core::schema::Property {
            name: "Sns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AUDIT_NOTIFICATION_TARGET_TYPE),
        }],
        rules: &[],
    };

static AUDIT_CHECK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::AccountAuditConfiguration.AuditCheckConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "Enabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static DEVICE_CERT_AGE_AUDIT_CHECK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::AccountAuditConfiguration.DeviceCertAgeAuditCheckConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Configuration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CERT_AGE_CHECK_CUSTOM_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Enabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static DEVICE_CERT_EXPIRATION_AUDIT_CHECK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::AccountAuditConfiguration.DeviceCertExpirationAuditCheckConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "Configuration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Object(&CERT_EXPIRATION_CHECK_CUSTOM_CONFIGURATION_TYPE),
            },
            ::forma_core::schema::Property {
                name: "Enabled",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Boolean,
            },
        ],
        rules: &[],
    };

static AUDIT_NOTIFICATION_TARGET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::AccountAuditConfiguration.AuditNotificationTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "Enabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "TargetArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static CERT_AGE_CHECK_CUSTOM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::AccountAuditConfiguration.CertAgeCheckCustomConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "CertAgeThresholdInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        }],
        rules: &[],
    };

static CERT_EXPIRATION_CHECK_CUSTOM_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::AccountAuditConfiguration.CertExpirationCheckCustomConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "CertExpirationThresholdInDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        }],
        rules: &[],
    };
