//! `s3::Bucket`: private, encrypted, TLS-only, owner-enforced, retained by default.

use std::cell::RefCell;
use std::rc::Rc;

use forma_cfn::s3 as l1;
use forma_cfn::s3::bucket::{
    BucketEncryption as L1Encryption, CorsConfiguration, CorsRule, LifecycleConfiguration, ObjectOwnership,
    OwnershipControls, OwnershipControlsRule, PublicAccessBlockConfiguration, Rule, ServerSideEncryptionByDefault,
    ServerSideEncryptionRule, SseAlgorithm, VersioningConfiguration, VersioningConfigurationStatus,
    WebsiteConfiguration,
};
use forma_core::intrinsic::{select, split, sub};
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, ResourceLike, Scope, Severity};

use super::perms;
use crate::iam::{Grant, GrantTarget, Grantable, PolicyAccess, PolicyStatement, Principal, ResourcePolicy};
use crate::kms::{AsKey, Key};

/// How a bucket's objects are encrypted at rest.
#[derive(Debug, Clone, Default)]
pub enum BucketEncryption {
    /// Keys S3 manages (SSE-S3, AES-256).
    #[default]
    S3Managed,
    /// The account's AWS managed key for S3 (`aws/s3`, SSE-KMS).
    KmsManaged,
    /// A customer-managed key; grants on the bucket also grant its use.
    Kms(Key),
}

/// What a [`Bucket`] is made of. Nothing is required.
#[derive(Debug, Clone, Default)]
pub struct BucketProps {
    bucket_name: Option<Value<String>>,
    encryption: BucketEncryption,
    versioned: bool,
    removal_policy: Option<RemovalPolicy>,
    empty_on_destroy: bool,
    lifecycle_rules: Vec<Rule>,
    cors: Vec<CorsRule>,
    website: Option<(String, Option<String>)>,
}

impl BucketProps {
    /// A fixed name. Default: CloudFormation names it (a fixed name makes replacing the
    /// bucket fail while the old one exists).
    pub fn bucket_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.bucket_name = Some(name.into());
        self
    }

    /// Default: `BucketEncryption::S3Managed` — SSE-S3, no key to manage.
    pub fn encryption(mut self, encryption: BucketEncryption) -> Self {
        self.encryption = encryption;
        self
    }

    /// Keeps every version of every object. Default: unversioned — an overwrite or a delete
    /// loses the old object.
    pub fn versioned(mut self) -> Self {
        self.versioned = true;
        self
    }

    /// Default: `RemovalPolicy::Retain` — deleting the stack keeps the bucket and its objects.
    pub fn removal_policy(mut self, policy: RemovalPolicy) -> Self {
        self.removal_policy = Some(policy);
        self
    }

    /// Has `forma destroy` delete every object (and version) first, so that deleting the
    /// bucket succeeds; only with `RemovalPolicy::Destroy`. Default: not emptied — destroy
    /// fails on a bucket that holds objects.
    pub fn empty_on_destroy(mut self) -> Self {
        self.empty_on_destroy = true;
        self
    }

    /// Adds a lifecycle rule (the L1 `Rule`: `Rule::new(RuleStatus::Enabled)
    /// .expiration_in_days(30)`). Default: none — objects stay until deleted.
    pub fn lifecycle_rule(mut self, rule: Rule) -> Self {
        self.lifecycle_rules.push(rule);
        self
    }

    /// Adds a CORS rule (the L1 `CorsRule`). Default: none — browsers on other origins
    /// cannot read the bucket.
    pub fn cors_rule(mut self, rule: CorsRule) -> Self {
        self.cors.push(rule);
        self
    }

    /// Serves the bucket as a static website with this index document (and error
    /// document). Public access stays blocked: put CloudFront in front of it. Default: not a
    /// website.
    pub fn website(mut self, index_document: impl Into<String>, error_document: Option<&str>) -> Self {
        self.website = Some((index_document.into(), error_document.map(str::to_owned)));
        self
    }
}

/// An S3 bucket: the L1 `AWS::S3::Bucket` under the child id `Resource`, every kind of
/// public access blocked, objects owned by the bucket owner (no ACLs), encrypted, and a
/// bucket policy (`Policy`) that refuses requests without TLS. Grants are the methods of
/// [`AsBucket`].
#[derive(Clone)]
pub struct Bucket {
    pub(super) scope: Scope,
    pub(super) resource: Resource<l1::Bucket>,
    key: Option<Key>,
    policy_resource: Resource<l1::BucketPolicy>,
    reference: BucketRef,
    /// The name given, if any.
    pub(super) given_name: Option<Value<String>>,
    pub(super) notifications: Rc<RefCell<super::notifications::Notifications>>,
}

forma_core::construct!(Bucket, l1::Bucket);

/// A bucket, made in this app or not ([`Bucket::from_name`], [`Bucket::from_arn`]): its
/// name and ARN, and what grants on it need.
#[derive(Clone)]
pub struct BucketRef {
    name: Value<String>,
    arn: Value<String>,
    target: GrantTarget,
}

impl std::fmt::Debug for BucketRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "BucketRef({})", self.target.scope.path())
    }
}

impl Bucket {
    /// A bucket under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::s3::{Bucket, BucketProps};
    /// let app = forma_dsl::App::new();
    /// let uploads = Bucket::new(&app.stack("Data"), "Uploads", BucketProps::default().versioned());
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: BucketProps) -> Bucket {
        let scope = scope.as_scope().child(id);
        let (algorithm, key) = match &props.encryption {
            BucketEncryption::S3Managed => (SseAlgorithm::Aes256, None),
            BucketEncryption::KmsManaged => (SseAlgorithm::AwsKms, None),
            BucketEncryption::Kms(key) => (SseAlgorithm::AwsKms, Some(key.clone())),
        };
        let mut default = ServerSideEncryptionByDefault::new(algorithm);
        if let Some(k) = &key {
            default = default.kms_master_key_id(k.arn());
        }
        let mut rule = ServerSideEncryptionRule::new().server_side_encryption_by_default(default);
        if key.is_some() || matches!(props.encryption, BucketEncryption::KmsManaged) {
            rule = rule.bucket_key_enabled(true);
        }
        let mut bucket = l1::Bucket::new()
            .bucket_encryption(L1Encryption::new(vec![rule]))
            .public_access_block_configuration(
                PublicAccessBlockConfiguration::new()
                    .block_public_acls(true)
                    .block_public_policy(true)
                    .ignore_public_acls(true)
                    .restrict_public_buckets(true),
            )
            .ownership_controls(OwnershipControls::new(vec![
                OwnershipControlsRule::new().object_ownership(ObjectOwnership::BucketOwnerEnforced)
            ]));
        let given_name = props.bucket_name.clone();
        if let Some(name) = props.bucket_name {
            bucket = bucket.bucket_name(name);
        }
        if props.versioned {
            bucket =
                bucket.versioning_configuration(VersioningConfiguration::new(VersioningConfigurationStatus::Enabled));
        }
        if !props.lifecycle_rules.is_empty() {
            bucket = bucket.lifecycle_configuration(LifecycleConfiguration::new(props.lifecycle_rules));
        }
        if !props.cors.is_empty() {
            bucket = bucket.cors_configuration(CorsConfiguration::new(props.cors));
        }
        if let Some((index, error)) = props.website {
            let mut site = WebsiteConfiguration::new().index_document(index);
            if let Some(e) = error {
                site = site.error_document(e);
            }
            bucket = bucket.website_configuration(site);
        }
        let resource = scope.add("Resource", bucket);
        RemovalPolicy::apply_or_default(props.removal_policy, &resource);
        if props.empty_on_destroy {
            // A contradiction with the removal policy is reported by synthesis.
            resource.empty_on_destroy();
        }
        let arn = resource.arn();
        let tls_only = PolicyStatement::deny()
            .principal(Principal::Anyone)
            .action("s3:*")
            .resources([arn.clone(), objects(&arn, "*")])
            .condition("Bool", "aws:SecureTransport", "false");
        let policy = ResourcePolicy::default();
        let policy_resource =
            policy.add(tls_only, |document| scope.add("Policy", l1::BucketPolicy::new(resource.reference(), document)));
        let holder = policy_resource.clone();
        // The policy exists from the start (the TLS-only statement), so nothing is made here.
        let access =
            PolicyAccess::owned(move |statement| Some(policy.add(statement, |_| holder.clone()).resource_ref()));
        let reference = BucketRef {
            name: resource.reference(),
            arn: resource.arn(),
            target: GrantTarget::new(scope.clone(), access).with_key(key.as_ref().map(AsKey::as_key)),
        };
        Bucket { scope, resource, key, policy_resource, reference, given_name, notifications: Rc::default() }
    }

    /// A bucket that is not in this app, by name; its ARN is built in the stack's partition.
    /// Grants to roles go into the roles' policies; its bucket policy stays its owner's.
    ///
    /// ```
    /// use forma_dsl::s3::{AsBucket, Bucket};
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Reports");
    /// let shared = Bucket::from_name(&stack, "Shared", "acme-shared-reports");
    /// let role = Role::new(&stack, "Reader", RoleProps::new(ServicePrincipal::lambda()));
    /// shared.grant_read(&role);
    /// ```
    #[track_caller]
    pub fn from_name(scope: &impl AsScope, id: &str, name: impl Into<Value<String>>) -> BucketRef {
        let name = name.into();
        let arn = sub("arn:${AWS::Partition}:s3:::${Name}").var("Name", name.clone()).into();
        BucketRef::imported(scope.as_scope().child(id), name, arn)
    }

    /// A bucket that is not in this app, by ARN (`arn:aws:s3:::acme-shared-reports`).
    ///
    /// ```
    /// use forma_dsl::prelude::*;
    /// use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
    /// use forma_dsl::s3::Bucket;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Reports");
    /// let shared = Bucket::from_arn(&stack, "Shared", "arn:aws:s3:::acme-shared-reports");
    /// let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    /// shared.grant_read(&role);
    /// ```
    #[track_caller]
    pub fn from_arn(scope: &impl AsScope, id: &str, arn: impl Into<Value<String>>) -> BucketRef {
        let scope = scope.as_scope().child(id);
        let arn = arn.into();
        let name = match arn.expr() {
            forma_core::Expr::String(s) => match s.split_once(":::") {
                Some((_, name)) => Value::from(name.to_owned()),
                None => {
                    scope.report(
                        Severity::Error,
                        "invalid-arn",
                        format!("{s:?} is not a bucket ARN (arn:<partition>:s3:::<name>)"),
                        Some("use Bucket::from_name with the bucket's name"),
                    );
                    Value::from(s.clone())
                }
            },
            // arn:partition:s3:::name — the sixth field.
            _ => select(5, split(":", arn.clone())),
        };
        BucketRef::imported(scope, name, arn)
    }

    /// `bucket.s3.amazonaws.com`.
    pub fn domain_name(&self) -> Value<String> {
        self.resource.domain_name()
    }

    /// `bucket.s3.region.amazonaws.com`.
    pub fn regional_domain_name(&self) -> Value<String> {
        self.resource.regional_domain_name()
    }

    /// The website endpoint (with [`BucketProps::website`]).
    pub fn website_url(&self) -> Value<String> {
        self.resource.website_url()
    }

    /// The L1 `AWS::S3::BucketPolicy`.
    pub fn policy(&self) -> Resource<l1::BucketPolicy> {
        self.policy_resource.clone()
    }

    /// The key that encrypts the objects, when it is a customer-managed one.
    pub fn encryption_key(&self) -> Option<&Key> {
        self.key.as_ref()
    }
}

impl std::ops::Deref for Bucket {
    type Target = BucketRef;

    fn deref(&self) -> &BucketRef {
        &self.reference
    }
}

impl BucketRef {
    fn imported(scope: Scope, name: Value<String>, arn: Value<String>) -> BucketRef {
        BucketRef { name, arn, target: GrantTarget::new(scope, PolicyAccess::IMPORTED) }
    }

    /// The same bucket, its objects encrypted with `key` (a customer-managed key): grants
    /// on it then also grant the key's use.
    pub fn encrypted_with(mut self, key: &impl AsKey) -> BucketRef {
        self.target = self.target.with_key(Some(key.as_key()));
        self
    }

    /// The bucket's name.
    pub fn name(&self) -> Value<String> {
        self.name.clone()
    }

    /// The bucket's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }

    /// The ARN of the objects whose keys match `pattern` (`*`, `uploads/*`).
    pub fn arn_for_objects(&self, pattern: &str) -> Value<String> {
        objects(&self.arn, pattern)
    }

    /// `actions` on the objects (and, with `on_bucket`, the bucket itself, for listing),
    /// and `key_actions` on the customer-managed key if there is one.
    #[track_caller]
    fn grant(&self, grantee: &impl Grantable, actions: &[&str], on_bucket: bool, key_actions: &[&str]) -> Grant {
        let mut resources = Vec::with_capacity(2);
        if on_bucket {
            resources.push(self.arn());
        }
        resources.push(self.arn_for_objects("*"));
        self.target.grant(grantee, actions, resources, key_actions)
    }
}

/// Any bucket: a [`Bucket`], an imported [`BucketRef`], or the L1 `AWS::S3::Bucket`. Grants
/// on a bucket are its methods.
pub trait AsBucket {
    /// The bucket, as a reference.
    fn as_bucket(&self) -> BucketRef;

    /// Adds a statement to the bucket policy (after the TLS-only one); a synth error on a
    /// bucket that is not in this app, whose policy is its owner's.
    #[track_caller]
    fn add_to_resource_policy(&self, statement: PolicyStatement) {
        self.as_bucket().target.add_to_resource_policy(statement, "add_to_resource_policy");
    }

    /// Lets `grantee` read objects and list the bucket.
    #[track_caller]
    fn grant_read(&self, grantee: &impl Grantable) -> Grant {
        self.as_bucket().grant(grantee, perms::BUCKET_READ_ACTIONS, true, perms::KEY_READ_ACTIONS)
    }

    /// Lets `grantee` write and delete objects.
    #[track_caller]
    fn grant_write(&self, grantee: &impl Grantable) -> Grant {
        let actions: Vec<&str> =
            perms::BUCKET_DELETE_ACTIONS.iter().chain(perms::BUCKET_PUT_ACTIONS).copied().collect();
        self.as_bucket().grant(grantee, &actions, true, perms::KEY_WRITE_ACTIONS)
    }

    /// Lets `grantee` read, write and delete objects.
    #[track_caller]
    fn grant_read_write(&self, grantee: &impl Grantable) -> Grant {
        let actions: Vec<&str> = perms::BUCKET_READ_ACTIONS
            .iter()
            .chain(perms::BUCKET_DELETE_ACTIONS)
            .chain(perms::BUCKET_PUT_ACTIONS)
            .copied()
            .collect();
        let key: Vec<&str> = perms::KEY_READ_ACTIONS.iter().chain(perms::KEY_WRITE_ACTIONS).copied().collect();
        self.as_bucket().grant(grantee, &actions, true, &key)
    }

    /// Lets `grantee` put objects (not read, list or delete them).
    #[track_caller]
    fn grant_put(&self, grantee: &impl Grantable) -> Grant {
        self.as_bucket().grant(grantee, perms::BUCKET_PUT_ACTIONS, false, perms::KEY_WRITE_ACTIONS)
    }

    /// Lets `grantee` delete objects.
    #[track_caller]
    fn grant_delete(&self, grantee: &impl Grantable) -> Grant {
        self.as_bucket().grant(grantee, perms::BUCKET_DELETE_ACTIONS, false, &[])
    }
}

impl AsBucket for BucketRef {
    fn as_bucket(&self) -> BucketRef {
        self.clone()
    }
}

impl AsBucket for Bucket {
    fn as_bucket(&self) -> BucketRef {
        self.reference.clone()
    }
}

impl AsBucket for Resource<l1::Bucket> {
    fn as_bucket(&self) -> BucketRef {
        BucketRef {
            name: self.reference(),
            arn: self.arn(),
            target: GrantTarget::new(self.scope().clone(), PolicyAccess::L1),
        }
    }
}

/// `ARN/pattern`.
fn objects(arn: &Value<String>, pattern: &str) -> Value<String> {
    sub(format!("${{Arn}}/{pattern}")).var("Arn", arn.clone()).into()
}
