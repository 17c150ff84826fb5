//! `ssm::StringParameter`: a plain-text parameter of the Parameter Store, with grants.

use forma_cfn::ssm as l1;
use forma_core::intrinsic::sub;
use forma_core::value::Value;
use forma_core::{AsScope, Resource, Scope, Severity};

use crate::iam::{Grant, GrantTarget, Grantable, PolicyAccess};

/// Reading a parameter. (`ssm:DescribeParameters`, which the AWS CDK adds, has no
/// resource-level permission, so on the parameter's ARN it grants nothing; it is left out
/// rather than granted on `*`.)
pub const READ_ACTIONS: &[&str] = &["ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"];

/// Writing a parameter.
pub const WRITE_ACTIONS: &[&str] = &["ssm:PutParameter"];

/// What a [`StringParameter`] is made of. Required: its value. Secrets belong in Secrets
/// Manager, not here: the value is in the template.
#[derive(Debug, Clone)]
pub struct StringParameterProps {
    value: Value<String>,
    name: Option<String>,
    description: Option<Value<String>>,
}

impl StringParameterProps {
    /// A parameter holding `value`.
    pub fn new(value: impl Into<Value<String>>) -> Self {
        StringParameterProps { value: value.into(), name: None, description: None }
    }

    /// A fixed name, `/app/config/url` or `url`. Default: CloudFormation names it.
    pub fn parameter_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Default: none.
    pub fn description(mut self, description: impl Into<Value<String>>) -> Self {
        self.description = Some(description.into());
        self
    }
}

/// A `String` parameter: the L1 `AWS::SSM::Parameter` under the child id `Resource`.
#[derive(Clone)]
pub struct StringParameter {
    scope: Scope,
    resource: Resource<l1::Parameter>,
    /// A name given with a leading `/` (its ARN then has no second one).
    rooted: bool,
}

forma_core::construct!(StringParameter, l1::Parameter);

impl StringParameter {
    /// A parameter under `scope` with id `id`.
    ///
    /// ```
    /// use forma_dsl::ssm::{StringParameter, StringParameterProps};
    /// let app = forma_dsl::App::new();
    /// let url = StringParameter::new(&app.stack("Config"), "ApiUrl",
    ///     StringParameterProps::new("https://api.example.com").parameter_name("/app/config/url"));
    /// ```
    #[track_caller]
    pub fn new(scope: &impl AsScope, id: &str, props: StringParameterProps) -> StringParameter {
        let scope = scope.as_scope().child(id);
        let mut parameter = l1::Parameter::new(l1::parameter::Type::String, props.value);
        let rooted = props.name.as_deref().is_some_and(|n| n.starts_with('/'));
        if let Some(name) = props.name {
            if name.contains("//") || name.ends_with('/') {
                scope.report(
                    Severity::Error,
                    "invalid-parameter-name",
                    format!("the parameter name {name:?} has an empty part"),
                    Some("write a hierarchy as /app/config/url"),
                );
            }
            parameter = parameter.name(name);
        }
        if let Some(d) = props.description {
            parameter = parameter.description(d);
        }
        let resource = scope.add("Resource", parameter);
        StringParameter { scope, resource, rooted }
    }

    /// The parameter's name (`Ref`).
    pub fn name(&self) -> Value<String> {
        self.resource.reference()
    }

    /// The parameter's value, resolved by CloudFormation.
    pub fn value(&self) -> Value<String> {
        self.resource.value()
    }

    /// The parameter's ARN.
    pub fn arn(&self) -> Value<String> {
        let template = match self.rooted {
            true => "arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${Name}",
            false => "arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${Name}",
        };
        sub(template).var("Name", self.name()).into()
    }

    /// Lets `grantee` read the parameter.
    #[track_caller]
    pub fn grant_read(&self, grantee: &impl Grantable) -> Grant {
        self.target().grant(grantee, READ_ACTIONS, vec![self.arn()], &[])
    }

    /// Lets `grantee` change the parameter.
    #[track_caller]
    pub fn grant_write(&self, grantee: &impl Grantable) -> Grant {
        self.target().grant(grantee, WRITE_ACTIONS, vec![self.arn()], &[])
    }

    fn target(&self) -> GrantTarget {
        GrantTarget::new(self.scope.clone(), PolicyAccess::NONE)
    }
}
