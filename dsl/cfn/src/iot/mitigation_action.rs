// @generated from AWS::IoT::MitigationAction (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoT::MitigationAction` and its property types.

/// Mitigation actions can be used to take actions to mitigate issues that were found in an Audit finding or Detect violation.
///
/// CloudFormation type `AWS::IoT::MitigationAction`.
#[derive(Debug, Clone, PartialEq)]
pub struct MitigationAction {
    props: ::forma_core::schema::Props,
}
impl MitigationAction {
    /// A new resource with its required properties: `ActionParams`, `RoleArn`.
    #[track_caller]
    pub fn new(
        action_params: impl ::std::convert::Into<::forma_core::Value<ActionParams>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, action_params.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A unique identifier for the mitigation action.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn action_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for MitigationAction {
    type Attributes = MitigationActionAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoT::MitigationAction"
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
/// The attributes of a `AWS::IoT::MitigationAction` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct MitigationActionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for MitigationActionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl MitigationActionAttributes {
    /// `Fn::GetAtt` `MitigationActionArn`.
    pub fn mitigation_action_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MitigationActionArn")
    }
    /// `Fn::GetAtt` `MitigationActionId`.
    pub fn mitigation_action_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MitigationActionId")
    }
}

/// The set of parameters for this mitigation action.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionParams {
    props: ::forma_core::schema::Props,
}
impl ActionParams {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Parameters to define a mitigation action that moves devices associated with a certificate to one or more specified thing groups, typically for quarantine.
    pub fn add_things_to_thing_group_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AddThingsToThingGroupParams>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Parameters to define a mitigation action that enables AWS IoT logging at a specified level of detail.
    pub fn enable_io_t_logging_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EnableIoTLoggingParams>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Parameters, to define a mitigation action that publishes findings to Amazon SNS.
    pub fn publish_finding_to_sns_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PublishFindingToSnsParams>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Parameters to define a mitigation action that adds a blank policy to restrict permissions.
    pub fn replace_default_policy_version_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ReplaceDefaultPolicyVersionParams>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Parameters to define a mitigation action that changes the state of the CA certificate to inactive.
    pub fn update_ca_certificate_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UpdateCaCertificateParams>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// Parameters to define a mitigation action that changes the state of the device certificate to inactive.
    pub fn update_device_certificate_params(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UpdateDeviceCertificateParams>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ActionParams {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ActionParams> for ::forma_core::Value<ActionParams> {
    fn from(v: ActionParams) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_PARAMS_TYPE.properties))
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

/// Parameters to define a mitigation action that moves devices associated with a certificate to one or more specified thing groups, typically for quarantine.
#[derive(Debug, Clone, PartialEq)]
pub struct AddThingsToThingGroupParams {
    props: ::forma_core::schema::Props,
}
impl AddThingsToThingGroupParams {
    /// A new value with its required properties: `ThingGroupNames`.
    pub fn new(
        thing_group_names: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, thing_group_names.into().into_expr());
        Self { props }
    }
    /// Specifies if this mitigation action can move the things that triggered the mitigation action out of one or more dynamic thing groups.
    pub fn override_dynamic_groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AddThingsToThingGroupParams> for ::forma_core::Value<AddThingsToThingGroupParams> {
    fn from(v: AddThingsToThingGroupParams) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADD_THINGS_TO_THING_GROUP_PARAMS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEBUG`, `INFO`, `ERROR`, `WARN`, `UNSET_VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LogLevel {
    /// `DEBUG`
    Debug,
    /// `INFO`
    Info,
    /// `ERROR`
    Error,
    /// `WARN`
    Warn,
    /// `UNSET_VALUE`
    UnsetValue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LogLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Debug => "DEBUG",
            Self::Info => "INFO",
            Self::Error => "ERROR",
            Self::Warn => "WARN",
            Self::UnsetValue => "UNSET_VALUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEBUG", "INFO", "ERROR", "WARN", "UNSET_VALUE"]
    }
}
impl ::std::convert::From<LogLevel> for ::forma_core::Value<LogLevel> {
    fn from(v: LogLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LogLevel {}

/// Parameters to define a mitigation action that enables AWS IoT logging at a specified level of detail.
#[derive(Debug, Clone, PartialEq)]
pub struct EnableIoTLoggingParams {
    props: ::forma_core::schema::Props,
}
impl EnableIoTLoggingParams {
    /// A new value with its required properties: `LogLevel`, `RoleArnForLogging`.
    pub fn new(
        log_level: impl ::forma_core::schema::EnumArg<LogLevel>,
        role_arn_for_logging: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_level.into_enum_expr());
        props.set(1, role_arn_for_logging.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EnableIoTLoggingParams> for ::forma_core::Value<EnableIoTLoggingParams> {
    fn from(v: EnableIoTLoggingParams) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENABLE_IO_T_LOGGING_PARAMS_TYPE.properties))
    }
}

/// Parameters, to define a mitigation action that publishes findings to Amazon SNS.
#[derive(Debug, Clone, PartialEq)]
pub struct PublishFindingToSnsParams {
    props: ::forma_core::schema::Props,
}
impl PublishFindingToSnsParams {
    /// A new value with its required properties: `TopicArn`.
    pub fn new(topic_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, topic_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PublishFindingToSnsParams> for ::forma_core::Value<PublishFindingToSnsParams> {
    fn from(v: PublishFindingToSnsParams) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PUBLISH_FINDING_TO_SNS_PARAMS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `BLANK_POLICY`, `UNSET_VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TemplateName {
    /// `BLANK_POLICY`
    BlankPolicy,
    /// `UNSET_VALUE`
    UnsetValue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TemplateName {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BlankPolicy => "BLANK_POLICY",
            Self::UnsetValue => "UNSET_VALUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["BLANK_POLICY", "UNSET_VALUE"]
    }
}
impl ::std::convert::From<TemplateName> for ::forma_core::Value<TemplateName> {
    fn from(v: TemplateName) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TemplateName {}

/// Parameters to define a mitigation action that adds a blank policy to restrict permissions.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceDefaultPolicyVersionParams {
    props: ::forma_core::schema::Props,
}
impl ReplaceDefaultPolicyVersionParams {
    /// A new value with its required properties: `TemplateName`.
    pub fn new(template_name: impl ::forma_core::schema::EnumArg<TemplateName>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, template_name.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<ReplaceDefaultPolicyVersionParams>
    for ::forma_core::Value<ReplaceDefaultPolicyVersionParams>
{
    fn from(v: ReplaceDefaultPolicyVersionParams) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPLACE_DEFAULT_POLICY_VERSION_PARAMS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `DEACTIVATE`, `UNSET_VALUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// `DEACTIVATE`
    Deactivate,
    /// `UNSET_VALUE`
    UnsetValue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Action {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Deactivate => "DEACTIVATE",
            Self::UnsetValue => "UNSET_VALUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DEACTIVATE", "UNSET_VALUE"]
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Action {}

/// Parameters to define a mitigation action that changes the state of the CA certificate to inactive.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCaCertificateParams {
    props: ::forma_core::schema::Props,
}
impl UpdateCaCertificateParams {
    /// A new value with its required properties: `Action`.
    pub fn new(action: impl ::forma_core::schema::EnumArg<Action>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<UpdateCaCertificateParams> for ::forma_core::Value<UpdateCaCertificateParams> {
    fn from(v: UpdateCaCertificateParams) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPDATE_CA_CERTIFICATE_PARAMS_TYPE.properties))
    }
}

/// Parameters to define a mitigation action that changes the state of the device certificate to inactive.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDeviceCertificateParams {
    props: ::forma_core::schema::Props,
}
impl UpdateDeviceCertificateParams {
    /// A new value with its required properties: `Action`.
    pub fn new(action: impl ::forma_core::schema::EnumArg<Action>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<UpdateDeviceCertificateParams> for ::forma_core::Value<UpdateDeviceCertificateParams> {
    fn from(v: UpdateDeviceCertificateParams) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPDATE_DEVICE_CERTIFICATE_PARAMS_TYPE.properties))
    }
}

/// The schema of `AWS::IoT::MitigationAction`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoT::MitigationAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9:_-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ActionParams",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_PARAMS_TYPE),
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
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["MitigationActionArn", "MitigationActionId"],
};

static ACTION_PARAMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::MitigationAction.ActionParams",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddThingsToThingGroupParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ADD_THINGS_TO_THING_GROUP_PARAMS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EnableIoTLoggingParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ENABLE_IO_T_LOGGING_PARAMS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PublishFindingToSnsParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PUBLISH_FINDING_TO_SNS_PARAMS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ReplaceDefaultPolicyVersionParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&REPLACE_DEFAULT_POLICY_VERSION_PARAMS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UpdateCACertificateParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPDATE_CA_CERTIFICATE_PARAMS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "UpdateDeviceCertificateParams",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPDATE_DEVICE_CERTIFICATE_PARAMS_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::MitigationAction.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
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

static ADD_THINGS_TO_THING_GROUP_PARAMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::MitigationAction.AddThingsToThingGroupParams",
    properties: &[
        ::forma_core::schema::Property {
            name: "OverrideDynamicGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ThingGroupNames",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9:_-]+$"),
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
    ],
    rules: &[],
};

static ENABLE_IO_T_LOGGING_PARAMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::MitigationAction.EnableIoTLoggingParams",
    properties: &[
        ::forma_core::schema::Property {
            name: "LogLevel",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DEBUG", "INFO", "ERROR", "WARN", "UNSET_VALUE"]),
        },
        ::forma_core::schema::Property {
            name: "RoleArnForLogging",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(11),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};

static PUBLISH_FINDING_TO_SNS_PARAMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::MitigationAction.PublishFindingToSnsParams",
    properties: &[::forma_core::schema::Property {
        name: "TopicArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(11),
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static REPLACE_DEFAULT_POLICY_VERSION_PARAMS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::IoT::MitigationAction.ReplaceDefaultPolicyVersionParams",
        properties: &[::forma_core::schema::Property {
            name: "TemplateName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["BLANK_POLICY", "UNSET_VALUE"]),
        }],
        rules: &[],
    };

static UPDATE_CA_CERTIFICATE_PARAMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::MitigationAction.UpdateCACertificateParams",
    properties: &[::forma_core::schema::Property {
        name: "Action",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DEACTIVATE", "UNSET_VALUE"]),
    }],
    rules: &[],
};

static UPDATE_DEVICE_CERTIFICATE_PARAMS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoT::MitigationAction.UpdateDeviceCertificateParams",
    properties: &[::forma_core::schema::Property {
        name: "Action",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Enum(&["DEACTIVATE", "UNSET_VALUE"]),
    }],
    rules: &[],
};
