//! `cognito::UserPool`: users who sign in with their email, a strong password policy, MFA
//! offered, retained by default; app clients.

use forma_cfn::cognito as l1;
use forma_cfn::cognito::user_pool::{
    AccountRecoverySetting, AdminCreateUserConfig, AutoVerifiedAttributes, MfaConfiguration, Name as RecoveryName,
    PasswordPolicy as L1PasswordPolicy, Policies, RecoveryOption, UsernameAttributes,
};
use forma_cfn::cognito::user_pool_client::ExplicitAuthFlows;
use forma_core::removal::RemovalPolicy;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope};

use crate::limits;

/// Whether users need a second factor (an authenticator app, TOTP).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mfa {
    /// No second factor.
    Off,
    /// Users may set one up.
    #[default]
    Optional,
    /// Every user must.
    Required,
}

/// Who may create accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SignUp {
    /// Only administrators (the console, `AdminCreateUser`).
    #[default]
    AdminOnly,
    /// Anyone, through the app.
    SelfService,
}

/// What a [`UserPool`] is made of. Nothing is required.
#[derive(Debug, Clone)]
pub struct UserPoolProps {
    pool_name: Option<Value<String>>,
    min_password_length: u32,
    mfa: Mfa,
    sign_up: SignUp,
    removal_policy: Option<RemovalPolicy>,
}

impl Default for UserPoolProps {
    fn default() -> Self {
        UserPoolProps {
            pool_name: None,
            min_password_length: 12,
            mfa: Mfa::Optional,
            sign_up: SignUp::AdminOnly,
            removal_policy: None,
        }
    }
}

impl UserPoolProps {
    /// Default: CloudFormation names it.
    pub fn pool_name(mut self, name: impl Into<Value<String>>) -> Self {
        self.pool_name = Some(name.into());
        self
    }

    /// The shortest password, 8 to 99 characters (upper- and lower-case letters, a digit and
    /// a symbol are always required). Default: 12.
    pub fn min_password_length(mut self, length: u32) -> Self {
        self.min_password_length = length;
        self
    }

    /// Default: `Mfa::Optional`.
    pub fn mfa(mut self, mfa: Mfa) -> Self {
        self.mfa = mfa;
        self
    }

    /// Default: `SignUp::AdminOnly`.
    pub fn sign_up(mut self, sign_up: SignUp) -> Self {
        self.sign_up = sign_up;
        self
    }

    /// Default: `RemovalPolicy::Retain` — deleting the stack keeps the pool and its users
    /// (and deletion protection is on). `Destroy` turns deletion protection off.
    pub fn removal_policy(mut self, policy: RemovalPolicy) -> Self {
        self.removal_policy = Some(policy);
        self
    }
}

/// A Cognito user pool: the L1 `AWS::Cognito::UserPool` under the child id `Resource`.
/// Users sign in with their email address, verified by Cognito; accounts are recovered by
/// verified email only.
///
/// It derefs to its [`UserPoolRef`].
#[derive(Clone)]
pub struct UserPool {
    scope: Scope,
    resource: Resource<l1::UserPool>,
    reference: UserPoolRef,
}

/// A user pool, made in this app or not ([`UserPool::from_arn`], [`UserPool::from_id`]):
/// its id and ARN, which authorizers and app clients need.
#[derive(Clone)]
pub struct UserPoolRef {
    scope: Scope,
    id: Value<String>,
    arn: Value<String>,
}

impl std::fmt::Debug for UserPoolRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "UserPoolRef({})", self.scope.path())
    }
}

impl std::ops::Deref for UserPool {
    type Target = UserPoolRef;

    fn deref(&self) -> &UserPoolRef {
        &self.reference
    }
}

/// Any user pool: a [`UserPool`], or one imported with [`UserPool::from_arn`].
pub trait AsUserPool {
    /// The pool, as a reference.
    fn as_user_pool(&self) -> UserPoolRef;
}

impl AsUserPool for UserPoolRef {
    fn as_user_pool(&self) -> UserPoolRef {
        self.clone()
    }
}

impl AsUserPool for UserPool {
    fn as_user_pool(&self) -> UserPoolRef {
        self.reference.clone()
    }
}

forma_core::construct!(UserPool, l1::UserPool);

impl UserPool {
    /// A user pool under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::cognito::{Mfa, UserPool, UserPoolProps};
    /// let app = forma_dsl::App::new();
    /// let users = UserPool::new(&app.stack("Auth"), "Users", UserPoolProps::default().mfa(Mfa::Required));
    /// let web = users.add_client("Web");
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: UserPoolProps) -> UserPool {
        let scope = scope.as_scope().child(id);
        let length =
            limits::within(&scope, "invalid-user-pool", "min_password_length", props.min_password_length, 8..=99);
        let mfa = match props.mfa {
            Mfa::Off => MfaConfiguration::Off,
            Mfa::Optional => MfaConfiguration::Optional,
            Mfa::Required => MfaConfiguration::On,
        };
        let mut pool = l1::UserPool::new()
            .username_attributes(vec![UsernameAttributes::Email])
            .auto_verified_attributes(vec![AutoVerifiedAttributes::Email])
            .policies(
                Policies::new().password_policy(
                    L1PasswordPolicy::new()
                        .minimum_length(length)
                        .require_lowercase(true)
                        .require_uppercase(true)
                        .require_numbers(true)
                        .require_symbols(true)
                        .temporary_password_validity_days(3),
                ),
            )
            .admin_create_user_config(
                AdminCreateUserConfig::new().allow_admin_create_user_only(props.sign_up == SignUp::AdminOnly),
            )
            .account_recovery_setting(
                AccountRecoverySetting::new()
                    .recovery_mechanisms(vec![RecoveryOption::new().name(RecoveryName::VerifiedEmail).priority(1)]),
            )
            // Its deletion protection follows the removal policy (set with it).
            .mfa_configuration(mfa);
        if props.mfa != Mfa::Off {
            pool = pool.enabled_mfas(vec!["SOFTWARE_TOKEN_MFA".to_owned()]);
        }
        if let Some(name) = props.pool_name {
            pool = pool.user_pool_name(name);
        }
        let resource = scope.add("Resource", pool);
        RemovalPolicy::apply_or_default(props.removal_policy, &resource);
        let reference = UserPoolRef { scope: scope.clone(), id: resource.reference(), arn: resource.arn() };
        UserPool { scope, resource, reference }
    }

    /// A user pool that is not in this app, by ARN
    /// (`arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf123`), for
    /// authorizers.
    ///
    /// ```
    /// use forma_dsl::apigateway::{RestApi, RestApiProps};
    /// use forma_dsl::cognito::UserPool;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Api");
    /// let users = UserPool::from_arn(&stack, "Users",
    ///     "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf123");
    /// let api = RestApi::new(&stack, "Rest", RestApiProps::default());
    /// let authorizer = api.add_cognito_authorizer("Auth", &users);
    /// ```
    #[track_caller]
    pub fn from_arn(scope: &impl AsScope, id: &str, arn: impl Into<Value<String>>) -> UserPoolRef {
        let arn = arn.into();
        let pool_id = match arn.expr() {
            forma_core::Expr::String(s) => Value::from(s.rsplit('/').next().unwrap_or(s).to_owned()),
            _ => forma_core::intrinsic::select(1, forma_core::intrinsic::split("/", arn.clone())),
        };
        UserPoolRef { scope: scope.as_scope().child(id), id: pool_id, arn }
    }

    /// A user pool of this account and region that is not in this app, by id
    /// (`eu-west-1_AbCdEf123`).
    ///
    /// ```
    /// use forma_dsl::apigateway::{RestApi, RestApiProps};
    /// use forma_dsl::cognito::UserPool;
    /// let app = forma_dsl::App::new();
    /// let stack = app.stack("Api");
    /// let users = UserPool::from_id(&stack, "Users", "eu-west-1_AbCdEf123");
    /// let api = RestApi::new(&stack, "Rest", RestApiProps::default());
    /// let authorizer = api.add_cognito_authorizer("Auth", &users);
    /// ```
    #[track_caller]
    pub fn from_id(scope: &impl AsScope, id: &str, pool_id: impl Into<Value<String>>) -> UserPoolRef {
        let pool_id = pool_id.into();
        let arn = forma_core::intrinsic::sub(
            "arn:${AWS::Partition}:cognito-idp:${AWS::Region}:${AWS::AccountId}:userpool/${Id}",
        )
        .var("Id", pool_id.clone())
        .into();
        UserPoolRef { scope: scope.as_scope().child(id), id: pool_id, arn }
    }

    /// The issuer of the pool's tokens (`https://cognito-idp.<region>.amazonaws.com/<id>`).
    pub fn provider_url(&self) -> Value<String> {
        self.resource.provider_url()
    }
}

impl UserPoolRef {
    /// The pool's id.
    pub fn id(&self) -> Value<String> {
        self.id.clone()
    }

    /// The pool's ARN.
    pub fn arn(&self) -> Value<String> {
        self.arn.clone()
    }

    /// An app client (`id`, under the pool): SRP sign-in and refresh tokens, no secret (for
    /// browsers and mobile apps), token revocation on, and no hint whether a user exists.
    #[track_caller]
    pub fn add_client(&self, id: &str) -> UserPoolClient {
        let client = self.scope.add(
            id,
            l1::UserPoolClient::new(self.id())
                .explicit_auth_flows(vec![
                    ExplicitAuthFlows::AllowUserSrpAuth,
                    ExplicitAuthFlows::AllowRefreshTokenAuth,
                ])
                .generate_secret(false)
                .enable_token_revocation(true)
                .prevent_user_existence_errors(
                    forma_cfn::cognito::user_pool_client::PreventUserExistenceErrors::Enabled,
                ),
        );
        UserPoolClient { resource: client }
    }
}

/// An app client of a [`UserPool`].
#[derive(Debug, Clone)]
pub struct UserPoolClient {
    resource: Resource<l1::UserPoolClient>,
}

impl UserPoolClient {
    /// The client's id (`Ref`).
    pub fn client_id(&self) -> Value<String> {
        self.resource.reference()
    }
}
