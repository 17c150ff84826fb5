// @generated from AWS::InspectorV2::CodeSecurityIntegration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::InspectorV2::CodeSecurityIntegration` and its property types.

/// Inspector CodeSecurityIntegration resource schema
///
/// CloudFormation type `AWS::InspectorV2::CodeSecurityIntegration`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeSecurityIntegration {
    props: ::forma_core::schema::Props,
}
impl CodeSecurityIntegration {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Create Integration Details
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn create_integration_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CreateDetails>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Code Security Integration name
    ///
    /// Allowed: length 1 to 60.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Integration Type
    #[track_caller]
    pub fn type_(mut self, value: impl ::forma_core::schema::EnumArg<IntegrationType>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Update Integration Details
    #[track_caller]
    pub fn update_integration_details(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UpdateDetails>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for CodeSecurityIntegration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for CodeSecurityIntegration {
    type Attributes = CodeSecurityIntegrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::InspectorV2::CodeSecurityIntegration"
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
/// The attributes of a `AWS::InspectorV2::CodeSecurityIntegration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CodeSecurityIntegrationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CodeSecurityIntegrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CodeSecurityIntegrationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusReason`.
    pub fn status_reason(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusReason")
    }
    /// `Fn::GetAtt` `AuthorizationUrl`.
    pub fn authorization_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AuthorizationUrl")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
}

/// The values CloudFormation documents: `GITLAB_SELF_MANAGED`, `GITHUB`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IntegrationType {
    /// `GITLAB_SELF_MANAGED`
    GitlabSelfManaged,
    /// `GITHUB`
    Github,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl IntegrationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GitlabSelfManaged => "GITLAB_SELF_MANAGED",
            Self::Github => "GITHUB",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GITLAB_SELF_MANAGED", "GITHUB"]
    }
}
impl ::std::convert::From<IntegrationType> for ::forma_core::Value<IntegrationType> {
    fn from(v: IntegrationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for IntegrationType {}

/// The `CreateDetails` property type of `AWS::InspectorV2::CodeSecurityIntegration`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDetails {
    props: ::forma_core::schema::Props,
}
impl CreateDetails {
    /// A new value with its required properties: `gitlabSelfManaged`.
    pub fn new(
        gitlab_self_managed: impl ::std::convert::Into<::forma_core::Value<CreateGitLabSelfManagedIntegrationDetail>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, gitlab_self_managed.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CreateDetails> for ::forma_core::Value<CreateDetails> {
    fn from(v: CreateDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CREATE_DETAILS_TYPE.properties))
    }
}

/// The `UpdateDetails` property type of `AWS::InspectorV2::CodeSecurityIntegration`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDetails {
    props: ::forma_core::schema::Props,
}
impl UpdateDetails {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `gitlabSelfManaged` or `github`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `github`.
    pub fn github(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UpdateGitHubIntegrationDetail>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `gitlabSelfManaged`.
    pub fn gitlab_self_managed(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<UpdateGitLabSelfManagedIntegrationDetail>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for UpdateDetails {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<UpdateDetails> for ::forma_core::Value<UpdateDetails> {
    fn from(v: UpdateDetails) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPDATE_DETAILS_TYPE.properties))
    }
}

/// The `CreateGitLabSelfManagedIntegrationDetail` property type of `AWS::InspectorV2::CodeSecurityIntegration`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateGitLabSelfManagedIntegrationDetail {
    props: ::forma_core::schema::Props,
}
impl CreateGitLabSelfManagedIntegrationDetail {
    /// A new value with its required properties: `accessToken`, `instanceUrl`.
    pub fn new(
        access_token: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        instance_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_token.into().into_expr());
        props.set(1, instance_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CreateGitLabSelfManagedIntegrationDetail>
    for ::forma_core::Value<CreateGitLabSelfManagedIntegrationDetail>
{
    fn from(v: CreateGitLabSelfManagedIntegrationDetail) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(CREATE_GIT_LAB_SELF_MANAGED_INTEGRATION_DETAIL_TYPE.properties),
        )
    }
}

/// The `UpdateGitHubIntegrationDetail` property type of `AWS::InspectorV2::CodeSecurityIntegration`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateGitHubIntegrationDetail {
    props: ::forma_core::schema::Props,
}
impl UpdateGitHubIntegrationDetail {
    /// A new value with its required properties: `code`, `installationId`.
    pub fn new(
        code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        installation_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code.into().into_expr());
        props.set(1, installation_id.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UpdateGitHubIntegrationDetail> for ::forma_core::Value<UpdateGitHubIntegrationDetail> {
    fn from(v: UpdateGitHubIntegrationDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(UPDATE_GIT_HUB_INTEGRATION_DETAIL_TYPE.properties))
    }
}

/// The `UpdateGitLabSelfManagedIntegrationDetail` property type of `AWS::InspectorV2::CodeSecurityIntegration`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateGitLabSelfManagedIntegrationDetail {
    props: ::forma_core::schema::Props,
}
impl UpdateGitLabSelfManagedIntegrationDetail {
    /// A new value with its required properties: `authCode`.
    pub fn new(auth_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, auth_code.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<UpdateGitLabSelfManagedIntegrationDetail>
    for ::forma_core::Value<UpdateGitLabSelfManagedIntegrationDetail>
{
    fn from(v: UpdateGitLabSelfManagedIntegrationDetail) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(UPDATE_GIT_LAB_SELF_MANAGED_INTEGRATION_DETAIL_TYPE.properties),
        )
    }
}

/// The schema of `AWS::InspectorV2::CodeSecurityIntegration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::InspectorV2::CodeSecurityIntegration",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreateIntegrationDetails",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CREATE_DETAILS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_$:.]*$"),
                min_length: Some(1),
                max_length: Some(60),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::StringRule { pattern: Some("^.{1,255}$"), min_length: None, max_length: None },
            )),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["GITLAB_SELF_MANAGED", "GITHUB"]),
        },
        ::forma_core::schema::Property {
            name: "UpdateIntegrationDetails",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPDATE_DETAILS_TYPE),
        },
    ],
    rules: &[],
    attributes: &["Arn", "Status", "StatusReason", "AuthorizationUrl", "CreatedAt", "LastUpdatedAt"],
};

static CREATE_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::CodeSecurityIntegration.CreateDetails",
    properties: &[::forma_core::schema::Property {
        name: "gitlabSelfManaged",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CREATE_GIT_LAB_SELF_MANAGED_INTEGRATION_DETAIL_TYPE),
    }],
    rules: &[],
};

static UPDATE_DETAILS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::InspectorV2::CodeSecurityIntegration.UpdateDetails",
    properties: &[
        ::forma_core::schema::Property {
            name: "github",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPDATE_GIT_HUB_INTEGRATION_DETAIL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "gitlabSelfManaged",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&UPDATE_GIT_LAB_SELF_MANAGED_INTEGRATION_DETAIL_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["gitlabSelfManaged"], &["github"]])],
};

static CREATE_GIT_LAB_SELF_MANAGED_INTEGRATION_DETAIL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::InspectorV2::CodeSecurityIntegration.CreateGitLabSelfManagedIntegrationDetail",
        properties: &[
            ::forma_core::schema::Property {
                name: "accessToken",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "instanceUrl",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^https://[-a-zA-Z0-9()@:%_+.~#?&//=]{1,1024}$"),
                    min_length: None,
                    max_length: None,
                }),
            },
        ],
        rules: &[],
    };

static UPDATE_GIT_HUB_INTEGRATION_DETAIL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::InspectorV2::CodeSecurityIntegration.UpdateGitHubIntegrationDetail",
        properties: &[
            ::forma_core::schema::Property {
                name: "code",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
            ::forma_core::schema::Property {
                name: "installationId",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(1024),
                }),
            },
        ],
        rules: &[],
    };

static UPDATE_GIT_LAB_SELF_MANAGED_INTEGRATION_DETAIL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::InspectorV2::CodeSecurityIntegration.UpdateGitLabSelfManagedIntegrationDetail",
        properties: &[::forma_core::schema::Property {
            name: "authCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        }],
        rules: &[],
    };
