//! `ecr::Repository`: images scanned on push, encrypted, optionally immutable, with a
//! lifecycle rule; retained by default.

use forma_cfn::ecr as l1;
use forma_cfn::ecr::repository::{
    EncryptionConfiguration, EncryptionType, ImageScanningConfiguration, ImageTagMutability, LifecyclePolicy,
};
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

use forma_core::intrinsic::sub;
use forma_core::{AsScope, Resource, ResourceLike, Scope, Severity};

use crate::iam::{grant_on_any_resource, Grant, GrantTarget, Grantable, PolicyAccess, PolicyDocument};

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

/// An ECR repository: the L1 `AWS::ECR::Repository` under the child id `Resource`. It
/// derefs to its [`RepositoryRef`]; grants on it are the methods of [`AsRepository`].
#[derive(Clone)]
pub struct Repository {
    scope: Scope,
    resource: Resource<l1::Repository>,
    reference: RepositoryRef,
}

forma_core::construct!(Repository, l1::Repository);

/// A repository, made in this app or not ([`Repository::from_name`]): its name, ARN and
/// URI, and what grants on it need.
#[derive(Clone)]
pub struct RepositoryRef {
    name: Value<String>,
    arn: Value<String>,
    uri: Value<String>,
    target: GrantTarget,
}

impl std::fmt::Debug for RepositoryRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RepositoryRef({})", self.target.scope.path())
    }
}

impl Repository {
    /// A repository under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::ecr::{Repository, RepositoryProps};
    /// let app = forma_dsl::App::new();
    /// let images = Repository::new(&app.stack("Images"), "Web", RepositoryProps::default().keep_last_images(20));
    /// ```
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
        let document = Rc::new(RefCell::new(PolicyDocument::new()));
        let holder = resource.clone();
        let access = PolicyAccess::owned(move |statement| {
            let mut document = document.borrow_mut();
            document.add_statement(statement);
            holder.set_property(
                "RepositoryPolicyText",
                forma_core::Expr::from(Value::<forma_core::Json>::from(&*document)),
            );
            Some(holder.resource_ref())
        });
        let reference = RepositoryRef {
            name: resource.reference(),
            arn: resource.arn(),
            uri: resource.repository_uri(),
            target: GrantTarget::new(scope.clone(), access),
        };
        Repository { scope, resource, reference }
    }

    /// A repository of this account and region that is not in this app, by name; its ARN
    /// and URI are built in the stack's partition, region and account.
    ///
    /// ```
    /// use forma_dsl::ecr::Repository;
    /// use forma_dsl::ecs::{ContainerImage, ContainerProps, FargateTaskDefinition, FargateTaskDefinitionProps};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Web");
    /// let images = Repository::from_name(&stack, "Images", "acme/web");
    /// let task = FargateTaskDefinition::new(&stack, "Task", FargateTaskDefinitionProps::new(256, 512));
    /// task.add_container(ContainerProps::new("web", ContainerImage::from_repository(&images, "v1.2.0")));
    /// ```
    #[track_caller]
    pub fn from_name(scope: &impl AsScope, id: &str, name: impl Into<Value<String>>) -> RepositoryRef {
        let name = name.into();
        let arn = sub("arn:${AWS::Partition}:ecr:${AWS::Region}:${AWS::AccountId}:repository/${Name}")
            .var("Name", name.clone())
            .into();
        let uri =
            sub("${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/${Name}").var("Name", name.clone()).into();
        RepositoryRef { name, arn, uri, target: GrantTarget::new(scope.as_scope().child(id), PolicyAccess::IMPORTED) }
    }
}

impl std::ops::Deref for Repository {
    type Target = RepositoryRef;

    fn deref(&self) -> &RepositoryRef {
        &self.reference
    }
}

impl RepositoryRef {
    /// The repository's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }

    /// The repository's name.
    pub fn name(&self) -> Value<String> {
        self.name.clone()
    }

    /// `<account>.dkr.ecr.<region>.amazonaws.com/<name>`.
    pub fn uri(&self) -> Value<String> {
        self.uri.clone()
    }

    /// The image tagged `tag` (a literal or a value such as a stack parameter).
    pub fn image_uri(&self, tag: impl Into<Value<String>>) -> Value<String> {
        sub("${Uri}:${Tag}").var("Uri", self.uri()).var("Tag", tag).into()
    }

    /// The repository's path, for messages.
    pub fn path(&self) -> String {
        self.target.scope.path()
    }

    #[track_caller]
    fn grant(&self, grantee: &impl Grantable, actions: &[&str]) -> Grant {
        grant_on_any_resource(grantee, &[AUTH_ACTION]);
        self.target.grant(grantee, actions, vec![self.arn()], &[])
    }
}

/// Any repository: a [`Repository`], an imported [`RepositoryRef`], or the L1
/// `AWS::ECR::Repository`. Grants on a repository are its methods.
pub trait AsRepository {
    /// The repository, as a reference.
    fn as_repository(&self) -> RepositoryRef;

    /// Lets `grantee` pull images (and log in to the registry).
    #[track_caller]
    fn grant_pull(&self, grantee: &impl Grantable) -> Grant {
        self.as_repository().grant(grantee, PULL_ACTIONS)
    }

    /// Lets `grantee` push and pull images.
    #[track_caller]
    fn grant_push(&self, grantee: &impl Grantable) -> Grant {
        self.as_repository().grant(grantee, PUSH_ACTIONS)
    }
}

impl AsRepository for RepositoryRef {
    fn as_repository(&self) -> RepositoryRef {
        self.clone()
    }
}

impl AsRepository for Repository {
    fn as_repository(&self) -> RepositoryRef {
        self.reference.clone()
    }
}

impl AsRepository for Resource<l1::Repository> {
    fn as_repository(&self) -> RepositoryRef {
        RepositoryRef {
            name: self.reference(),
            arn: self.arn(),
            uri: self.repository_uri(),
            target: GrantTarget::new(self.scope().clone(), PolicyAccess::L1),
        }
    }
}
