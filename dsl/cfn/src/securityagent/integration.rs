// @generated from AWS::SecurityAgent::Integration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityAgent::Integration` and its property types.

/// Resource Type definition for AWS::SecurityAgent::Integration.
///
/// CloudFormation type `AWS::SecurityAgent::Integration`.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    props: ::forma_core::schema::Props,
}
impl Integration {
    /// A new resource with its required properties: `DisplayName`, `Provider`.
    #[track_caller]
    pub fn new(
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        provider: impl ::forma_core::schema::EnumArg<Provider>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, provider.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The identifier of the AWS KMS key to use for encrypting data associated with the integration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of an active private connection used to reach a self-hosted provider instance over private networking.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn private_connection_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The provider-specific input required to create the integration.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn provider_input(mut self, value: impl ::std::convert::Into<::forma_core::Value<ProviderInput>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to associate with the integration.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Integration {
    type Attributes = IntegrationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityAgent::Integration"
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
/// The attributes of a `AWS::SecurityAgent::Integration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IntegrationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IntegrationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IntegrationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `IntegrationId`.
    pub fn integration_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IntegrationId")
    }
    /// `Fn::GetAtt` `InstallationId`.
    pub fn installation_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "InstallationId")
    }
    /// `Fn::GetAtt` `ProviderType`.
    pub fn provider_type(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProviderType")
    }
    /// `Fn::GetAtt` `TargetUrl`.
    pub fn target_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TargetUrl")
    }
}

/// The values CloudFormation documents: `GITHUB`, `GITLAB`, `BITBUCKET`, `CONFLUENCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Provider {
    /// `GITHUB`
    Github,
    /// `GITLAB`
    Gitlab,
    /// `BITBUCKET`
    Bitbucket,
    /// `CONFLUENCE`
    Confluence,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Provider {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Github => "GITHUB",
            Self::Gitlab => "GITLAB",
            Self::Bitbucket => "BITBUCKET",
            Self::Confluence => "CONFLUENCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["GITHUB", "GITLAB", "BITBUCKET", "CONFLUENCE"]
    }
}
impl ::std::convert::From<Provider> for ::forma_core::Value<Provider> {
    fn from(v: Provider) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Provider {}

/// The provider-specific input required to create the integration.
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderInput {
    props: ::forma_core::schema::Props,
}
impl ProviderInput {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The input required to create a Bitbucket integration.
    pub fn bitbucket(mut self, value: impl ::std::convert::Into<::forma_core::Value<BitbucketInput>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The input required to create a Confluence integration.
    pub fn confluence(mut self, value: impl ::std::convert::Into<::forma_core::Value<ConfluenceInput>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The input required to create a GitHub integration.
    pub fn github(mut self, value: impl ::std::convert::Into<::forma_core::Value<GitHubInput>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The input required to create a GitLab integration.
    pub fn gitlab(mut self, value: impl ::std::convert::Into<::forma_core::Value<GitLabInput>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProviderInput {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProviderInput> for ::forma_core::Value<ProviderInput> {
    fn from(v: ProviderInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVIDER_INPUT_TYPE.properties))
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

/// The input required to create a Bitbucket integration.
#[derive(Debug, Clone, PartialEq)]
pub struct BitbucketInput {
    props: ::forma_core::schema::Props,
}
impl BitbucketInput {
    /// A new value with its required properties: `Code`, `InstallationId`, `State`, `Workspace`.
    pub fn new(
        code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        installation_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        state: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workspace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code.into().into_expr());
        props.set(1, installation_id.into().into_expr());
        props.set(2, state.into().into_expr());
        props.set(3, workspace.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BitbucketInput> for ::forma_core::Value<BitbucketInput> {
    fn from(v: BitbucketInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BITBUCKET_INPUT_TYPE.properties))
    }
}

/// The input required to create a Confluence integration.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceInput {
    props: ::forma_core::schema::Props,
}
impl ConfluenceInput {
    /// A new value with its required properties: `Code`, `InstallationId`, `SiteUrl`, `State`.
    pub fn new(
        code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        installation_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        site_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        state: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code.into().into_expr());
        props.set(1, installation_id.into().into_expr());
        props.set(2, site_url.into().into_expr());
        props.set(3, state.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ConfluenceInput> for ::forma_core::Value<ConfluenceInput> {
    fn from(v: ConfluenceInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_INPUT_TYPE.properties))
    }
}

/// The input required to create a GitHub integration.
#[derive(Debug, Clone, PartialEq)]
pub struct GitHubInput {
    props: ::forma_core::schema::Props,
}
impl GitHubInput {
    /// A new value with its required properties: `Code`, `State`.
    pub fn new(
        code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        state: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, code.into().into_expr());
        props.set(3, state.into().into_expr());
        Self { props }
    }
    /// The installation identifier provided by GitHub Enterprise Server on the install callback.
    pub fn installation_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the GitHub organization to integrate with.
    pub fn organization_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The HTTPS URL of a self-hosted GitHub Enterprise Server instance.
    pub fn target_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GitHubInput> for ::forma_core::Value<GitHubInput> {
    fn from(v: GitHubInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_HUB_INPUT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PERSONAL`, `GROUP`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenType {
    /// `PERSONAL`
    Personal,
    /// `GROUP`
    Group,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl TokenType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Personal => "PERSONAL",
            Self::Group => "GROUP",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PERSONAL", "GROUP"]
    }
}
impl ::std::convert::From<TokenType> for ::forma_core::Value<TokenType> {
    fn from(v: TokenType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for TokenType {}

/// The input required to create a GitLab integration.
#[derive(Debug, Clone, PartialEq)]
pub struct GitLabInput {
    props: ::forma_core::schema::Props,
}
impl GitLabInput {
    /// A new value with its required properties: `AccessToken`, `TokenType`.
    pub fn new(
        access_token: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        token_type: impl ::forma_core::schema::EnumArg<TokenType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_token.into().into_expr());
        props.set(3, token_type.into_enum_expr());
        Self { props }
    }
    /// The identifier of the GitLab group.
    pub fn group_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The HTTPS URL of a self-managed GitLab instance.
    pub fn target_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<GitLabInput> for ::forma_core::Value<GitLabInput> {
    fn from(v: GitLabInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_LAB_INPUT_TYPE.properties))
    }
}

/// The schema of `AWS::SecurityAgent::Integration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityAgent::Integration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PrivateConnectionName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Provider",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["GITHUB", "GITLAB", "BITBUCKET", "CONFLUENCE"]),
        },
        ::forma_core::schema::Property {
            name: "ProviderInput",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PROVIDER_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "IntegrationId", "InstallationId", "ProviderType", "TargetUrl"],
};

static PROVIDER_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::Integration.ProviderInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bitbucket",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BITBUCKET_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Confluence",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Github",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_HUB_INPUT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Gitlab",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_LAB_INPUT_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::Integration.Tag",
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

static BITBUCKET_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::Integration.BitbucketInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Code",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstallationId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Workspace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static CONFLUENCE_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::Integration.ConfluenceInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Code",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstallationId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SiteUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GIT_HUB_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::Integration.GitHubInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Code",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "InstallationId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OrganizationName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GIT_LAB_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::Integration.GitLabInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessToken",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "GroupId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TargetUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TokenType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PERSONAL", "GROUP"]),
        },
    ],
    rules: &[],
};
