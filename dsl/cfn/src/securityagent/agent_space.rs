// @generated from AWS::SecurityAgent::AgentSpace (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityAgent::AgentSpace` and its property types.

/// Resource Type definition for AWS::SecurityAgent::AgentSpace
///
/// CloudFormation type `AWS::SecurityAgent::AgentSpace`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgentSpace {
    props: ::forma_core::schema::Props,
}
impl AgentSpace {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// AWS resource configuration
    #[track_caller]
    pub fn aws_resources(mut self, value: impl ::std::convert::Into<::forma_core::Value<AwsResources>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Details of code review settings
    #[track_caller]
    pub fn code_review_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CodeReviewSettings>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Description of the agent space
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Integrated Resources configuration
    #[track_caller]
    pub fn integrated_resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IntegratedResource>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Identifier of the KMS key used to encrypt data.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags for the agent space
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of target domain identifiers registered with the agent space
    #[track_caller]
    pub fn target_domain_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AgentSpace {
    type Attributes = AgentSpaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityAgent::AgentSpace"
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
/// The attributes of a `AWS::SecurityAgent::AgentSpace` (`Fn::GetAtt`), on the handle `add` returns.
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
    /// `Fn::GetAtt` `IntegratedResources.*.ProviderResources.*.ConfluenceDocument.Title`.
    pub fn integrated_resources_provider_resources_confluence_document_title(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "IntegratedResources.*.ProviderResources.*.ConfluenceDocument.Title")
    }
    /// `Fn::GetAtt` `IntegratedResources.*.ProviderResources.*.ConfluenceDocument.SpaceTitle`.
    pub fn integrated_resources_provider_resources_confluence_document_space_title(
        &self,
    ) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(
            &self.node,
            "IntegratedResources.*.ProviderResources.*.ConfluenceDocument.SpaceTitle",
        )
    }
}

/// AWS resource configuration
#[derive(Debug, Clone, PartialEq)]
pub struct AwsResources {
    props: ::forma_core::schema::Props,
}
impl AwsResources {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// IAM role ARNs
    pub fn iam_roles(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Lambda function ARNs used to retrieve tester credentials for pentests
    pub fn lambda_function_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// CloudWatch log group ARNs
    pub fn log_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// S3 bucket ARNs
    pub fn s3_buckets(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// SecretsManager secret ARNs used to store tester credentials for pentests
    pub fn secret_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// VPC configurations
    pub fn vpcs(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<VpcConfig>>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsResources {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsResources> for ::forma_core::Value<AwsResources> {
    fn from(v: AwsResources) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_RESOURCES_TYPE.properties))
    }
}

/// Details of code review settings
#[derive(Debug, Clone, PartialEq)]
pub struct CodeReviewSettings {
    props: ::forma_core::schema::Props,
}
impl CodeReviewSettings {
    /// A new value with its required properties: `ControlsScanning`, `GeneralPurposeScanning`.
    pub fn new(
        controls_scanning: impl ::std::convert::Into<::forma_core::Value<bool>>,
        general_purpose_scanning: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, controls_scanning.into().into_expr());
        props.set(1, general_purpose_scanning.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CodeReviewSettings> for ::forma_core::Value<CodeReviewSettings> {
    fn from(v: CodeReviewSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_REVIEW_SETTINGS_TYPE.properties))
    }
}

/// Integrated Resource details
#[derive(Debug, Clone, PartialEq)]
pub struct IntegratedResource {
    props: ::forma_core::schema::Props,
}
impl IntegratedResource {
    /// A new value with its required properties: `Integration`, `ProviderResources`.
    pub fn new(
        integration: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        provider_resources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ProviderResource>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, integration.into().into_expr());
        props.set(1, provider_resources.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<IntegratedResource> for ::forma_core::Value<IntegratedResource> {
    fn from(v: IntegratedResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INTEGRATED_RESOURCE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource
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

/// Customer VPC configuration that the security testing environment accesses
#[derive(Debug, Clone, PartialEq)]
pub struct VpcConfig {
    props: ::forma_core::schema::Props,
}
impl VpcConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// List of security group ARNs in the customer VPC
    pub fn security_group_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// List of subnet ARNs in the customer VPC
    pub fn subnet_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// ARN of the customer VPC
    pub fn vpc_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for VpcConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<VpcConfig> for ::forma_core::Value<VpcConfig> {
    fn from(v: VpcConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(VPC_CONFIG_TYPE.properties))
    }
}

/// Selected Resource (eg: Code Repository, Document) from an Integration
#[derive(Debug, Clone, PartialEq)]
pub struct ProviderResource {
    props: ::forma_core::schema::Props,
}
impl ProviderResource {
    /// A new value.
    ///
    /// CloudFormation also needs exactly one of `GitHubRepository`, `GitLabRepository`, `BitbucketRepository` or `ConfluenceDocument`.
    ///
    /// CloudFormation also needs exactly one of `GitHubCapabilities`, `GitLabCapabilities`, `BitbucketCapabilities` or `ConfluenceCapabilities`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Bitbucket repository capabilities
    pub fn bitbucket_capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BitbucketCapabilitiesResource>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Bitbucket repository details
    pub fn bitbucket_repository(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<BitbucketRepositoryResource>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Confluence document capabilities
    pub fn confluence_capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfluenceCapabilitiesResource>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// Confluence document details
    pub fn confluence_document(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConfluenceDocumentResource>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// GitHub repository capabilities
    pub fn git_hub_capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GitHubCapabilitiesResource>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// GitHub repository details
    pub fn git_hub_repository(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GitHubRepositoryResource>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// GitLab repository capabilities
    pub fn git_lab_capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GitLabCapabilitiesResource>>,
    ) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// GitLab repository details
    pub fn git_lab_repository(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GitLabRepositoryResource>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ProviderResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ProviderResource> for ::forma_core::Value<ProviderResource> {
    fn from(v: ProviderResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PROVIDER_RESOURCE_TYPE.properties))
    }
}

/// Bitbucket repository capabilities
#[derive(Debug, Clone, PartialEq)]
pub struct BitbucketCapabilitiesResource {
    props: ::forma_core::schema::Props,
}
impl BitbucketCapabilitiesResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables Code Review in the repository
    pub fn leave_comments(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Enables creation of pull requests with automated fixes
    pub fn remediate_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for BitbucketCapabilitiesResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<BitbucketCapabilitiesResource> for ::forma_core::Value<BitbucketCapabilitiesResource> {
    fn from(v: BitbucketCapabilitiesResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BITBUCKET_CAPABILITIES_RESOURCE_TYPE.properties))
    }
}

/// Bitbucket repository details
#[derive(Debug, Clone, PartialEq)]
pub struct BitbucketRepositoryResource {
    props: ::forma_core::schema::Props,
}
impl BitbucketRepositoryResource {
    /// A new value with its required properties: `Name`, `Workspace`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        workspace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, workspace.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BitbucketRepositoryResource> for ::forma_core::Value<BitbucketRepositoryResource> {
    fn from(v: BitbucketRepositoryResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BITBUCKET_REPOSITORY_RESOURCE_TYPE.properties))
    }
}

/// Confluence document capabilities
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceCapabilitiesResource {
    props: ::forma_core::schema::Props,
}
impl ConfluenceCapabilitiesResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables creation of new Confluence documents in the same space
    pub fn create_document(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Enables read access to the document content
    pub fn fetch_document(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Enables updates to the document
    pub fn update_document(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ConfluenceCapabilitiesResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ConfluenceCapabilitiesResource> for ::forma_core::Value<ConfluenceCapabilitiesResource> {
    fn from(v: ConfluenceCapabilitiesResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_CAPABILITIES_RESOURCE_TYPE.properties))
    }
}

/// Confluence document details
#[derive(Debug, Clone, PartialEq)]
pub struct ConfluenceDocumentResource {
    props: ::forma_core::schema::Props,
}
impl ConfluenceDocumentResource {
    /// A new value with its required properties: `Name`, `PageId`, `SpaceKey`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        page_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        space_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, page_id.into().into_expr());
        props.set(2, space_key.into().into_expr());
        Self { props }
    }
    /// Read-only human-readable title of the containing space, populated from service-side metadata
    pub fn space_title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// Read-only human-readable title of the page, populated from service-side metadata
    pub fn title(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConfluenceDocumentResource> for ::forma_core::Value<ConfluenceDocumentResource> {
    fn from(v: ConfluenceDocumentResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONFLUENCE_DOCUMENT_RESOURCE_TYPE.properties))
    }
}

/// GitHub repository capabilities
#[derive(Debug, Clone, PartialEq)]
pub struct GitHubCapabilitiesResource {
    props: ::forma_core::schema::Props,
}
impl GitHubCapabilitiesResource {
    /// A new value with its required properties: `LeaveComments`, `RemediateCode`.
    pub fn new(
        leave_comments: impl ::std::convert::Into<::forma_core::Value<bool>>,
        remediate_code: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, leave_comments.into().into_expr());
        props.set(1, remediate_code.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GitHubCapabilitiesResource> for ::forma_core::Value<GitHubCapabilitiesResource> {
    fn from(v: GitHubCapabilitiesResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_HUB_CAPABILITIES_RESOURCE_TYPE.properties))
    }
}

/// GitHub repository details
#[derive(Debug, Clone, PartialEq)]
pub struct GitHubRepositoryResource {
    props: ::forma_core::schema::Props,
}
impl GitHubRepositoryResource {
    /// A new value with its required properties: `Name`, `Owner`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        owner: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, owner.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GitHubRepositoryResource> for ::forma_core::Value<GitHubRepositoryResource> {
    fn from(v: GitHubRepositoryResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_HUB_REPOSITORY_RESOURCE_TYPE.properties))
    }
}

/// GitLab repository capabilities
#[derive(Debug, Clone, PartialEq)]
pub struct GitLabCapabilitiesResource {
    props: ::forma_core::schema::Props,
}
impl GitLabCapabilitiesResource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Enables Code Review in the repository
    pub fn leave_comments(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Enables creation of merge requests with automated fixes
    pub fn remediate_code(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GitLabCapabilitiesResource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GitLabCapabilitiesResource> for ::forma_core::Value<GitLabCapabilitiesResource> {
    fn from(v: GitLabCapabilitiesResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_LAB_CAPABILITIES_RESOURCE_TYPE.properties))
    }
}

/// GitLab repository details
#[derive(Debug, Clone, PartialEq)]
pub struct GitLabRepositoryResource {
    props: ::forma_core::schema::Props,
}
impl GitLabRepositoryResource {
    /// A new value with its required properties: `Name`, `Namespace`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, namespace.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GitLabRepositoryResource> for ::forma_core::Value<GitLabRepositoryResource> {
    fn from(v: GitLabRepositoryResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GIT_LAB_REPOSITORY_RESOURCE_TYPE.properties))
    }
}

/// The schema of `AWS::SecurityAgent::AgentSpace`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityAgent::AgentSpace",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&AWS_RESOURCES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "CodeReviewSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CODE_REVIEW_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IntegratedResources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&INTEGRATED_RESOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
        ::forma_core::schema::Property {
            name: "TargetDomainIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "AgentSpaceId",
        "CreatedAt",
        "UpdatedAt",
        "IntegratedResources.*.ProviderResources.*.ConfluenceDocument.Title",
        "IntegratedResources.*.ProviderResources.*.ConfluenceDocument.SpaceTitle",
    ],
};

static AWS_RESOURCES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.AWSResources",
    properties: &[
        ::forma_core::schema::Property {
            name: "IamRoles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LambdaFunctionArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "LogGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "S3Buckets",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SecretArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Vpcs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&VPC_CONFIG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CODE_REVIEW_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.CodeReviewSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "ControlsScanning",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "GeneralPurposeScanning",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static INTEGRATED_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.IntegratedResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Integration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ProviderResources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PROVIDER_RESOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.Tag",
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

static VPC_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.VpcConfig",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "VpcArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static PROVIDER_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.ProviderResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "BitbucketCapabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BITBUCKET_CAPABILITIES_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "BitbucketRepository",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BITBUCKET_REPOSITORY_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfluenceCapabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_CAPABILITIES_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ConfluenceDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&CONFLUENCE_DOCUMENT_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GitHubCapabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_HUB_CAPABILITIES_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GitHubRepository",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_HUB_REPOSITORY_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GitLabCapabilities",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_LAB_CAPABILITIES_RESOURCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GitLabRepository",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GIT_LAB_REPOSITORY_RESOURCE_TYPE),
        },
    ],
    rules: &[
        ::forma_core::schema::Combination::OneOf(&[
            &["GitHubRepository"],
            &["GitLabRepository"],
            &["BitbucketRepository"],
            &["ConfluenceDocument"],
        ]),
        ::forma_core::schema::Combination::OneOf(&[
            &["GitHubCapabilities"],
            &["GitLabCapabilities"],
            &["BitbucketCapabilities"],
            &["ConfluenceCapabilities"],
        ]),
    ],
};

static BITBUCKET_CAPABILITIES_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.BitbucketCapabilitiesResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "LeaveComments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RemediateCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static BITBUCKET_REPOSITORY_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.BitbucketRepositoryResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
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

static CONFLUENCE_CAPABILITIES_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.ConfluenceCapabilitiesResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "CreateDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FetchDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "UpdateDocument",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static CONFLUENCE_DOCUMENT_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.ConfluenceDocumentResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PageId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SpaceKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SpaceTitle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Title",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GIT_HUB_CAPABILITIES_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.GitHubCapabilitiesResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "LeaveComments",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RemediateCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static GIT_HUB_REPOSITORY_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.GitHubRepositoryResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Owner",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static GIT_LAB_CAPABILITIES_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.GitLabCapabilitiesResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "LeaveComments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RemediateCode",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
};

static GIT_LAB_REPOSITORY_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecurityAgent::AgentSpace.GitLabRepositoryResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
