//! `ecr::Repository`: images scanned on push, encrypted, optionally immutable, with a
//! lifecycle rule; retained by default.

use forma_cfn::ecr as l1;
use forma_cfn::ecr::repository::{
    EncryptionConfiguration, EncryptionType, ImageScanningConfiguration, ImageTagMutability, LifecyclePolicy,
};
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use crate::iam::{Grant, Grantable, PolicyStatement};

/// Pulling images.
pub const PULL_ACTIONS: &[&str] =
    &["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"];

/// Pushing images (pulling is granted with it).
pub const PUSH_ACTIONS: &[&str] = &[
    "ecr:BatchCheckLayerAvailability",
    "ecr:GetDownloadUrlForLayer",
    "ecr:BatchGetImage",
    "ecr:CompleteLayerUpload",
    "ecr:UploadLayerPart",
    "ecr:InitiateLayerUpload",
    "ecr:PutImage",
];

/// Logging in to the registry. It has no resource-level permission in IAM: granted on `*`.
pub const AUTH_ACTION: &str = "ecr:GetAuthorizationToken";

/// What a [`Repository`] is made of. Nothing is required.
#[derive(Debug, Clone, Default)]
pub struct RepositoryProps {
    name: Option<Value<String>>,
    immutable_tags: bool,
    keep_last: Option<u32>,
    removal_policy: Option<RemovalPolicy>,
    empty_on_destroy: bool,
}

impl RepositoryProps {
    /// A fixed name (lower-case). Default: CloudFormation names it.
    pub fn repository_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Refuses to move a tag to another image. Default: tags are mutable.
    pub fn immutable_tags(mut self) -> Self {
        self.immutable_tags = true;
        self
    }

    /// Expires all but the `count` most recent images. Default: images are kept.
    pub fn keep_last_images(mut self, count: u32) -> Self {
        self.keep_last = Some(count);
        self
    }

    /// Default: `RemovalPolicy::Retain` — deleting the stack keeps the repository and its
    /// images.
    pub fn removal_policy(mut self, policy: RemovalPolicy) -> Self {
        self.removal_policy = Some(policy);
        self
    }

    /// Has `forma destroy` delete every image first, so deleting the repository succeeds;
    /// only with `RemovalPolicy::Destroy`. Default: not emptied.
    pub fn empty_on_destroy(mut self) -> Self {
        self.empty_on_destroy = true;
        self
    }
}

/// An ECR repository: the L1 `AWS::ECR::Repository` under the child id `Resource`.
#[derive(Debug, Clone)]
pub struct Repository {
    scope: Scope,
    resource: Resource<l1::Repository>,
}

impl Repository {
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: RepositoryProps) -> Repository {
        let scope = scope.as_scope().child(id);
        let mut repo = l1::Repository::new()
            .image_scanning_configuration(ImageScanningConfiguration::new().scan_on_push(true))
            .encryption_configuration(EncryptionConfiguration::new(EncryptionType::Aes256))
            .image_tag_mutability(if props.immutable_tags {
                ImageTagMutability::Immutable
            } else {
                ImageTagMutability::Mutable
            });
        if let Some(n) = props.keep_last {
            if n == 0 {
                scope.report(
                    Severity::Error,
                    "invalid-repository",
                    "keep_last_images(0) would expire every image",
                    None,
                );
            }
            let rule = format!(
                r#"{{"rules":[{{"rulePriority":1,"description":"Keep the last {n} images","selection":{{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":{}}},"action":{{"type":"expire"}}}}]}}"#,
                n.max(1)
            );
            repo = repo.lifecycle_policy(LifecyclePolicy::new().lifecycle_policy_text(rule));
        }
        if let Some(name) = props.name {
            repo = repo.repository_name(name);
        }
        let resource = scope.add("Resource", repo);
        RemovalPolicy::apply_or_default(props.removal_policy, &resource);
        if props.empty_on_destroy {
            resource.empty_on_destroy();
        }
        Repository { scope, resource }
    }

    /// The repository's ARN.
    pub fn arn(&self) -> Value<String> {
        self.resource.arn()
    }

    /// The repository's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.resource.reference()
    }

    /// `<account>.dkr.ecr.<region>.amazonaws.com/<name>`.
    pub fn uri(&self) -> Value<String> {
        self.resource.repository_uri()
    }

    /// The image tagged `tag` (a literal or a value such as a stack parameter).
    pub fn image_uri(&self, tag: impl Into<Value<String>>) -> Value<String> {
        forma_core::intrinsic::sub("${Uri}:${Tag}").var("Uri", self.uri()).var("Tag", tag).into()
    }

    /// The L1 `AWS::ECR::Repository`.
    pub fn resource(&self) -> &Resource<l1::Repository> {
        &self.resource
    }

    pub fn path(&self) -> String {
        self.scope.path()
    }

    /// Lets `grantee` pull images (and log in to the registry).
    #[track_caller]
    pub fn grant_pull(&self, grantee: &impl Grantable) -> Grant {
        self.grant(grantee, PULL_ACTIONS)
    }

    /// Lets `grantee` push and pull images.
    #[track_caller]
    pub fn grant_push(&self, grantee: &impl Grantable) -> Grant {
        self.grant(grantee, PUSH_ACTIONS)
    }

    #[track_caller]
    fn grant(&self, grantee: &impl Grantable, actions: &[&str]) -> Grant {
        // GetAuthorizationToken has no resource-level permission: it can only be granted on `*`.
        let _ = Grant::new(grantee, PolicyStatement::allow().action(AUTH_ACTION).resource("*"));
        Grant::new(grantee, PolicyStatement::allow().actions(actions.iter().copied()).resource(self.arn()))
    }
}
