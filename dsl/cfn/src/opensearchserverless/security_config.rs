// @generated from AWS::OpenSearchServerless::SecurityConfig (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::OpenSearchServerless::SecurityConfig` and its property types.

/// Resource Type definition for AWS::OpenSearchServerless::SecurityConfig
///
/// CloudFormation type `AWS::OpenSearchServerless::SecurityConfig`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityConfig {
    props: ::forma_core::schema::Props,
}
impl SecurityConfig {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Security config description
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describe IAM federation options in form of key value map
    #[track_caller]
    pub fn iam_federation_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IamFederationConfigOptions>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes IAM Identity Center options for an OpenSearch Serverless security configuration in the form of a key-value map
    #[track_caller]
    pub fn iam_identity_center_options(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<IamIdentityCenterConfigOptions>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The friendly name of the security config
    ///
    /// Allowed: length 3 to 32.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Describes saml options in form of key value map
    #[track_caller]
    pub fn saml_options(mut self, value: impl ::std::convert::Into<::forma_core::Value<SamlConfigOptions>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Config type for security config
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<SecurityConfigType>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for SecurityConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for SecurityConfig {
    type Attributes = SecurityConfigAttributes;
    fn type_name(&self) -> &str {
        "AWS::OpenSearchServerless::SecurityConfig"
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
/// The attributes of a `AWS::OpenSearchServerless::SecurityConfig` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SecurityConfigAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SecurityConfigAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SecurityConfigAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `IamIdentityCenterOptions.ApplicationArn`.
    pub fn iam_identity_center_options_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IamIdentityCenterOptions.ApplicationArn")
    }
    /// `Fn::GetAtt` `IamIdentityCenterOptions.ApplicationName`.
    pub fn iam_identity_center_options_application_name(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IamIdentityCenterOptions.ApplicationName")
    }
    /// `Fn::GetAtt` `IamIdentityCenterOptions.ApplicationDescription`.
    pub fn iam_identity_center_options_application_description(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IamIdentityCenterOptions.ApplicationDescription")
    }
}

/// The values CloudFormation documents: `saml`, `iamidentitycenter`, `iamfederation`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SecurityConfigType {
    /// `saml`
    Saml,
    /// `iamidentitycenter`
    Iamidentitycenter,
    /// `iamfederation`
    Iamfederation,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SecurityConfigType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saml => "saml",
            Self::Iamidentitycenter => "iamidentitycenter",
            Self::Iamfederation => "iamfederation",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["saml", "iamidentitycenter", "iamfederation"]
    }
}
impl ::std::convert::From<SecurityConfigType> for ::forma_core::Value<SecurityConfigType> {
    fn from(v: SecurityConfigType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SecurityConfigType {}

/// Describe IAM federation options in form of key value map
#[derive(Debug, Clone, PartialEq)]
pub struct IamFederationConfigOptions {
    props: ::forma_core::schema::Props,
}
impl IamFederationConfigOptions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Group attribute for this IAM federation integration
    ///
    /// Allowed: length 1 to 64.
    pub fn group_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// User attribute for this IAM federation integration
    ///
    /// Allowed: length 1 to 64.
    pub fn user_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IamFederationConfigOptions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IamFederationConfigOptions> for ::forma_core::Value<IamFederationConfigOptions> {
    fn from(v: IamFederationConfigOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_FEDERATION_CONFIG_OPTIONS_TYPE.properties))
    }
}

/// Describes IAM Identity Center options for an OpenSearch Serverless security configuration in the form of a key-value map
#[derive(Debug, Clone, PartialEq)]
pub struct IamIdentityCenterConfigOptions {
    props: ::forma_core::schema::Props,
}
impl IamIdentityCenterConfigOptions {
    /// A new value with its required properties: `InstanceArn`.
    pub fn new(instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(4, instance_arn.into().into_expr());
        Self { props }
    }
    /// The ARN of the IAM Identity Center application used to integrate with OpenSearch Serverless
    pub fn application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The description of the IAM Identity Center application used to integrate with OpenSearch Serverless
    pub fn application_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the IAM Identity Center application used to integrate with OpenSearch Serverless
    pub fn application_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Group attribute for this IAM Identity Center integration
    pub fn group_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// User attribute for this IAM Identity Center integration
    pub fn user_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IamIdentityCenterConfigOptions> for ::forma_core::Value<IamIdentityCenterConfigOptions> {
    fn from(v: IamIdentityCenterConfigOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_IDENTITY_CENTER_CONFIG_OPTIONS_TYPE.properties))
    }
}

/// Describes saml options in form of key value map
#[derive(Debug, Clone, PartialEq)]
pub struct SamlConfigOptions {
    props: ::forma_core::schema::Props,
}
impl SamlConfigOptions {
    /// A new value with its required properties: `Metadata`.
    pub fn new(metadata: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, metadata.into().into_expr());
        Self { props }
    }
    /// Group attribute for this saml integration
    ///
    /// Allowed: length 1 to 2048.
    pub fn group_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Custom entity id attribute to override default entity id for this saml integration
    ///
    /// Allowed: length 1 to 1024.
    pub fn open_search_serverless_entity_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Defines the session timeout in minutes
    pub fn session_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Custom attribute for this saml integration
    ///
    /// Allowed: length 1 to 2048.
    pub fn user_attribute(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SamlConfigOptions> for ::forma_core::Value<SamlConfigOptions> {
    fn from(v: SamlConfigOptions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SAML_CONFIG_OPTIONS_TYPE.properties))
    }
}

/// The schema of `AWS::OpenSearchServerless::SecurityConfig`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::OpenSearchServerless::SecurityConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "IamFederationOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_FEDERATION_CONFIG_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "IamIdentityCenterOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_IDENTITY_CENTER_CONFIG_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9-]{2,31}$"),
                min_length: Some(3),
                max_length: Some(32),
            }),
        },
        ::forma_core::schema::Property {
            name: "SamlOptions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SAML_CONFIG_OPTIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["saml", "iamidentitycenter", "iamfederation"]),
        },
    ],
    rules: &[],
    attributes: &[
        "Id",
        "IamIdentityCenterOptions.ApplicationArn",
        "IamIdentityCenterOptions.ApplicationName",
        "IamIdentityCenterOptions.ApplicationDescription",
    ],
};

static IAM_FEDERATION_CONFIG_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::SecurityConfig.IamFederationConfigOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_.:/=+\\-@]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "UserAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z][A-Za-z0-9_.:/=+\\-@]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static IAM_IDENTITY_CENTER_CONFIG_OPTIONS_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::OpenSearchServerless::SecurityConfig.IamIdentityCenterConfigOptions",
        properties: &[
            ::forma_core::schema::Property {
                name: "ApplicationArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ApplicationDescription",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "ApplicationName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "GroupAttribute",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "InstanceArn",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some(
                        "^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$",
                    ),
                    min_length: Some(10),
                    max_length: Some(1224),
                }),
            },
            ::forma_core::schema::Property {
                name: "UserAttribute",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static SAML_CONFIG_OPTIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::OpenSearchServerless::SecurityConfig.SamlConfigOptions",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w+=,.@-]+"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Metadata",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+"),
                min_length: Some(1),
                max_length: Some(51200),
            }),
        },
        ::forma_core::schema::Property {
            name: "OpenSearchServerlessEntityId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^aws:opensearch:[0-9]{12}:*"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "SessionTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "UserAttribute",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\w+=,.@-]+"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
    ],
    rules: &[],
};
