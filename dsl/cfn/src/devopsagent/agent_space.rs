// @generated from AWS::DevOpsAgent::AgentSpace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DevOpsAgent::AgentSpace` and its property types.

/// Resource Type definition for AWS::DevOpsAgent::AgentSpace
///
/// CloudFormation type `AWS::DevOpsAgent::AgentSpace`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentSpace {
    props: ::forma_core::schema::Props,
}
impl AgentSpace {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The description of the AgentSpace.
    ///
    /// Allowed: length 1 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the KMS key to use for encryption.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The locale for the AgentSpace, which determines the language used in agent responses.
    ///
    /// Allowed: length 2 to 35.
    #[track_caller]
    pub fn locale(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OperatorApp`.
    #[track_caller]
    pub fn operator_app(mut self, value: impl ::std::convert::Into<::forma_core::Value<OperatorApp>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Preferences that configure behavior of this AgentSpace.
    #[track_caller]
    pub fn preferences(mut self, value: impl ::std::convert::Into<::forma_core::Value<Preferences>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AgentSpace {
    type Attributes = AgentSpaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::DevOpsAgent::AgentSpace"
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
/// The attributes of a `AWS::DevOpsAgent::AgentSpace` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AgentSpaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AgentSpaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AgentSpaceAttributes {
    /// `Fn::GetAtt` `AgentSpaceId`.
    pub fn agent_space_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AgentSpaceId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `OperatorApp.Iam.CreatedAt`.
    pub fn operator_app_iam_created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OperatorApp.Iam.CreatedAt")
    }
    /// `Fn::GetAtt` `OperatorApp.Iam.UpdatedAt`.
    pub fn operator_app_iam_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OperatorApp.Iam.UpdatedAt")
    }
    /// `Fn::GetAtt` `OperatorApp.Idc.IdcApplicationArn`.
    pub fn operator_app_idc_idc_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OperatorApp.Idc.IdcApplicationArn")
    }
    /// `Fn::GetAtt` `OperatorApp.Idc.CreatedAt`.
    pub fn operator_app_idc_created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OperatorApp.Idc.CreatedAt")
    }
    /// `Fn::GetAtt` `OperatorApp.Idc.UpdatedAt`.
    pub fn operator_app_idc_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OperatorApp.Idc.UpdatedAt")
    }
    /// `Fn::GetAtt` `OperatorApp.Idp.UserIdClaim`.
    pub fn operator_app_idp_user_id_claim(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OperatorApp.Idp.UserIdClaim")
    }
    /// `Fn::GetAtt` `OperatorApp.Idp.CreatedAt`.
    pub fn operator_app_idp_created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OperatorApp.Idp.CreatedAt")
    }
    /// `Fn::GetAtt` `OperatorApp.Idp.UpdatedAt`.
    pub fn operator_app_idp_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OperatorApp.Idp.UpdatedAt")
    }
}

/// The `OperatorApp` property type of `AWS::DevOpsAgent::AgentSpace`.
#[derive(Debug, Clone, PartialEq)]
pub struct OperatorApp {
    props: ::forma_core::schema::Props,
}
impl OperatorApp {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Iam`.
    pub fn iam(mut self, value: impl ::std::convert::Into<::forma_core::Value<IamAuthConfiguration>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Idc`.
    pub fn idc(mut self, value: impl ::std::convert::Into<::forma_core::Value<IdcAuthConfiguration>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// External identity provider configuration for the Operator App.
    pub fn idp(mut self, value: impl ::std::convert::Into<::forma_core::Value<IdpAuthConfiguration>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OperatorApp {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OperatorApp> for ::forma_core::Value<OperatorApp> {
    fn from(v: OperatorApp) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPERATOR_APP_TYPE.properties))
    }
}

/// Preferences that configure behavior of this AgentSpace.
#[derive(Debug, Clone, PartialEq)]
pub struct Preferences {
    props: ::forma_core::schema::Props,
}
impl Preferences {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Indicates whether elevated directed actions are permitted in this AgentSpace.
    pub fn elevated_actions_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Preferences {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Preferences> for ::forma_core::Value<Preferences> {
    fn from(v: Preferences) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PREFERENCES_TYPE.properties))
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

/// The `IamAuthConfiguration` property type of `AWS::DevOpsAgent::AgentSpace`.
#[derive(Debug, Clone, PartialEq)]
pub struct IamAuthConfiguration {
    props: ::forma_core::schema::Props,
}
impl IamAuthConfiguration {
    /// A new value with its required properties: `OperatorAppRoleArn`.
    pub fn new(operator_app_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, operator_app_role_arn.into().into_expr());
        Self { props }
    }
    /// `CreatedAt`.
    pub fn created_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `UpdatedAt`.
    pub fn updated_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IamAuthConfiguration> for ::forma_core::Value<IamAuthConfiguration> {
    fn from(v: IamAuthConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IAM_AUTH_CONFIGURATION_TYPE.properties))
    }
}

/// The `IdcAuthConfiguration` property type of `AWS::DevOpsAgent::AgentSpace`.
#[derive(Debug, Clone, PartialEq)]
pub struct IdcAuthConfiguration {
    props: ::forma_core::schema::Props,
}
impl IdcAuthConfiguration {
    /// A new value with its required properties: `IdcInstanceArn`, `OperatorAppRoleArn`.
    pub fn new(
        idc_instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        operator_app_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, idc_instance_arn.into().into_expr());
        props.set(3, operator_app_role_arn.into().into_expr());
        Self { props }
    }
    /// `CreatedAt`.
    pub fn created_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `IdcApplicationArn`.
    pub fn idc_application_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `UpdatedAt`.
    pub fn updated_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IdcAuthConfiguration> for ::forma_core::Value<IdcAuthConfiguration> {
    fn from(v: IdcAuthConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDC_AUTH_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `okta`, `entra`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Provider {
    /// `okta`
    Okta,
    /// `entra`
    Entra,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Provider {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Okta => "okta",
            Self::Entra => "entra",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["okta", "entra"]
    }
}
impl ::std::convert::From<Provider> for ::forma_core::Value<Provider> {
    fn from(v: Provider) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Provider {}

/// External identity provider configuration for the Operator App.
#[derive(Debug, Clone, PartialEq)]
pub struct IdpAuthConfiguration {
    props: ::forma_core::schema::Props,
}
impl IdpAuthConfiguration {
    /// A new value with its required properties: `ClientId`, `ClientSecret`, `IssuerUrl`, `OperatorAppRoleArn`, `Provider`.
    pub fn new(
        client_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        client_secret: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        issuer_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        operator_app_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        provider: impl ::forma_core::schema::EnumArg<Provider>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, client_id.into().into_expr());
        props.set(1, client_secret.into().into_expr());
        props.set(3, issuer_url.into().into_expr());
        props.set(4, operator_app_role_arn.into().into_expr());
        props.set(5, provider.into_enum_expr());
        Self { props }
    }
    /// `CreatedAt`.
    pub fn created_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `UpdatedAt`.
    pub fn updated_at(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The identity claim used to identify users.
    pub fn user_id_claim(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<IdpAuthConfiguration> for ::forma_core::Value<IdpAuthConfiguration> {
    fn from(v: IdpAuthConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IDP_AUTH_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::DevOpsAgent::AgentSpace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DevOpsAgent::AgentSpace",
properties: &[
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\p{L}\\p{N}\\p{P}\\p{S}\\p{Z}]+$"), min_length: Some(1), max_length: Some(1000) }) },
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Locale", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$"), min_length: Some(2), max_length: Some(35) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\p{L}\\p{N}\\p{P}\\p{S}\\p{Z}]+$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "OperatorApp", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&OPERATOR_APP_TYPE) },
::forma_core::schema::Property { name: "Preferences", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PREFERENCES_TYPE) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["AgentSpaceId", "CreatedAt", "UpdatedAt", "Arn", "OperatorApp.Iam.CreatedAt", "OperatorApp.Iam.UpdatedAt", "OperatorApp.Idc.IdcApplicationArn", "OperatorApp.Idc.CreatedAt", "OperatorApp.Idc.UpdatedAt", "OperatorApp.Idp.UserIdClaim", "OperatorApp.Idp.CreatedAt", "OperatorApp.Idp.UpdatedAt"],
};

static OPERATOR_APP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsAgent::AgentSpace.OperatorApp",
    properties: &[
        ::forma_core::schema::Property {
            name: "Iam",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IAM_AUTH_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Idc",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDC_AUTH_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Idp",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IDP_AUTH_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static PREFERENCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsAgent::AgentSpace.Preferences",
    properties: &[::forma_core::schema::Property {
        name: "ElevatedActionsEnabled",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsAgent::AgentSpace.Tag",
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

static IAM_AUTH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsAgent::AgentSpace.IamAuthConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OperatorAppRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IDC_AUTH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsAgent::AgentSpace.IdcAuthConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IdcApplicationArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IdcInstanceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OperatorAppRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static IDP_AUTH_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsAgent::AgentSpace.IdpAuthConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "ClientId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "ClientSecret",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "CreatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IssuerUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^https://[a-zA-Z0-9.-]+(?::[0-9]+)?(?:/.*)?$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "OperatorAppRoleArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Provider",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["okta", "entra"]),
        },
        ::forma_core::schema::Property {
            name: "UpdatedAt",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "UserIdClaim",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
