// @generated from AWS::SageMaker::PartnerApp (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SageMaker::PartnerApp` and its property types.

/// Resource Type definition for AWS::SageMaker::PartnerApp
///
/// CloudFormation type `AWS::SageMaker::PartnerApp`.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerApp {
    props: ::forma_core::schema::Props,
}
impl PartnerApp {
    /// A new resource with its required properties: `AuthType`, `ExecutionRoleArn`, `Name`, `Tier`, `Type`.
    #[track_caller]
    pub fn new(
        auth_type: impl ::forma_core::schema::EnumArg<AuthType>,
        execution_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        tier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::forma_core::schema::EnumArg<Type>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, auth_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(6, execution_role_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(9, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(11, tier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, type_.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The version of the PartnerApp.
    ///
    /// Allowed: length 1 to 64.
    #[track_caller]
    pub fn app_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of settings that specify the maintenance schedule for the PartnerApp.
    #[track_caller]
    pub fn application_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PartnerAppConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The client token for the PartnerApp.
    ///
    /// Allowed: length 1 to 36.
    #[track_caller]
    pub fn client_token(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables automatic minor version upgrades for the PartnerApp.
    #[track_caller]
    pub fn enable_auto_minor_version_upgrade(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Enables IAM Session based Identity for PartnerApp.
    #[track_caller]
    pub fn enable_iam_session_based_identity(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS KMS customer managed key used to encrypt the data associated with the PartnerApp.
    ///
    /// Allowed: length 0 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of settings that specify the maintenance schedule for the PartnerApp.
    #[track_caller]
    pub fn maintenance_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PartnerAppMaintenanceConfig>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to apply to the PartnerApp.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PartnerApp {
    type Attributes = PartnerAppAttributes;
    fn type_name(&self) -> &str {
        "AWS::SageMaker::PartnerApp"
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
/// The attributes of a `AWS::SageMaker::PartnerApp` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PartnerAppAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PartnerAppAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PartnerAppAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `BaseUrl`.
    pub fn base_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "BaseUrl")
    }
    /// `Fn::GetAtt` `CurrentVersionEolDate`.
    pub fn current_version_eol_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CurrentVersionEolDate")
    }
}

/// The values CloudFormation documents: `IAM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthType {
    /// `IAM`
    Iam,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AuthType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Iam => "IAM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IAM"]
    }
}
impl ::std::convert::From<AuthType> for ::forma_core::Value<AuthType> {
    fn from(v: AuthType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AuthType {}

/// The values CloudFormation documents: `lakera-guard`, `comet`, `deepchecks-llm-evaluation`, `fiddler`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `lakera-guard`
    LakeraGuard,
    /// `comet`
    Comet,
    /// `deepchecks-llm-evaluation`
    DeepchecksLlmEvaluation,
    /// `fiddler`
    Fiddler,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LakeraGuard => "lakera-guard",
            Self::Comet => "comet",
            Self::DeepchecksLlmEvaluation => "deepchecks-llm-evaluation",
            Self::Fiddler => "fiddler",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["lakera-guard", "comet", "deepchecks-llm-evaluation", "fiddler"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// A collection of configuration settings for the PartnerApp.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerAppConfig {
    props: ::forma_core::schema::Props,
}
impl PartnerAppConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of users with administrator privileges for the PartnerApp.
    pub fn admin_users(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// A list of arguments to pass to the PartnerApp.
    pub fn arguments(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PartnerAppConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PartnerAppConfig> for ::forma_core::Value<PartnerAppConfig> {
    fn from(v: PartnerAppConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTNER_APP_CONFIG_TYPE.properties))
    }
}

/// A collection of settings that specify the maintenance schedule for the PartnerApp.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerAppMaintenanceConfig {
    props: ::forma_core::schema::Props,
}
impl PartnerAppMaintenanceConfig {
    /// A new value with its required properties: `MaintenanceWindowStart`.
    pub fn new(
        maintenance_window_start: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, maintenance_window_start.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<PartnerAppMaintenanceConfig> for ::forma_core::Value<PartnerAppMaintenanceConfig> {
    fn from(v: PartnerAppMaintenanceConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PARTNER_APP_MAINTENANCE_CONFIG_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::SageMaker::PartnerApp`.
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

/// The schema of `AWS::SageMaker::PartnerApp`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SageMaker::PartnerApp",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApplicationConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARTNER_APP_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AuthType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["IAM"]),
        },
        ::forma_core::schema::Property {
            name: "ClientToken",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-]+$"),
                min_length: Some(1),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableAutoMinorVersionUpgrade",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "EnableIamSessionBasedIdentity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ExecutionRoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(".*"),
                min_length: Some(0),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "MaintenanceConfig",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PARTNER_APP_MAINTENANCE_CONFIG_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]+"),
                min_length: Some(1),
                max_length: Some(256),
            }),
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
            name: "Tier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\s*$).+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "lakera-guard",
                "comet",
                "deepchecks-llm-evaluation",
                "fiddler",
            ]),
        },
    ],
    rules: &[],
    attributes: &["Arn", "BaseUrl", "CurrentVersionEolDate"],
};

static PARTNER_APP_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::PartnerApp.PartnerAppConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "AdminUsers",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^(?!\\s*$).+$"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Arguments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule {
                    pattern: Some("^.{0,1024}$"),
                    min_length: None,
                    max_length: Some(1024),
                },
            )),
        },
    ],
    rules: &[],
};

static PARTNER_APP_MAINTENANCE_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::PartnerApp.PartnerAppMaintenanceConfig",
    properties: &[::forma_core::schema::Property {
        name: "MaintenanceWindowStart",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\\d|2[0-3]):([0-5]\\d)"),
            min_length: Some(0),
            max_length: Some(9),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SageMaker::PartnerApp.Tag",
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
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
