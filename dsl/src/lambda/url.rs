//! Function URLs: an HTTPS endpoint of the function's own.

use forma_cfn::lambda as l1;
use forma_cfn::lambda::permission::FunctionUrlAuthType;
use forma_cfn::lambda::url::AuthType;
use forma_core::value::Value;
use forma_core::Resource;

use super::function::Function;

/// Who may call a function URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UrlAuth {
    /// Callers sign their requests (SigV4) and need `lambda:InvokeFunctionUrl`.
    #[default]
    Iam,
    /// Anyone on the internet: the function checks callers itself.
    None,
}

/// A function URL.
#[derive(Debug, Clone)]
pub struct FunctionUrl {
    resource: Resource<l1::Url>,
}

impl FunctionUrl {
    /// `https://<id>.lambda-url.<region>.on.aws/`.
    pub fn url(&self) -> Value<String> {
        self.resource.function_url()
    }

    /// The L1 `AWS::Lambda::Url`.
    pub fn resource(&self) -> &Resource<l1::Url> {
        &self.resource
    }
}

impl Function {
    /// Gives the function an HTTPS endpoint (`Url`); with `UrlAuth::None`, also the
    /// permission that lets anyone call it.
    #[track_caller]
    pub fn add_url(&self, auth: UrlAuth) -> FunctionUrl {
        let auth_type = match auth {
            UrlAuth::Iam => AuthType::AwsIam,
            UrlAuth::None => AuthType::None,
        };
        let id = self.child_id("Url");
        let resource = self.scope.add(&id, l1::Url::new(auth_type, self.arn()));
        if auth == UrlAuth::None {
            let id = self.child_id("PublicUrlPermission");
            self.scope.add(
                &id,
                l1::Permission::new("lambda:InvokeFunctionUrl", self.arn(), "*")
                    .function_url_auth_type(FunctionUrlAuthType::None),
            );
        }
        FunctionUrl { resource }
    }
}
