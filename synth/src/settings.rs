//! How to synthesize an app: the template format, the target, the registry literals are
//! checked against, and whose app it is.

/// The name of forma's own stack, which holds the staging bucket for assets and large
/// templates. A user's app may not have a stack of that name ([`AppKind`]).
pub const TOOLKIT_STACK: &str = "FormaToolkit";

/// How to synthesize an app. `Settings::default()`: JSON CloudFormation templates, a user's
/// app, no registry.
#[derive(Debug, Clone, Copy, Default)]
pub struct Settings {
    /// The template file format. Default: JSON.
    pub format: Format,
    /// The resource types to check [`forma_core::RawResource`]s against, and to tell an
    /// unknown type from a known one (`forma_dsl::cfn::REGISTRY`). Typed resources carry
    /// their own schema and are checked without it. Default: none.
    pub registry: Option<&'static forma_core::schema::Registry>,
    /// What a literal the schema forbids is: an error that stops synthesis, or a warning.
    /// Default: an error.
    pub value_checks: ValueChecks,
    /// Whose app it is, which decides the stack names it may use. Default: a user's.
    pub app_kind: AppKind,
    /// The form of the templates: plain CloudFormation or AWS SAM. Default: CloudFormation.
    pub target: Target,
}

/// How synthesis treats a literal property value its type's schema forbids (a pattern it
/// does not match, a number out of range, ...).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ValueChecks {
    /// An error: nothing is written.
    #[default]
    Errors,
    /// A warning: the templates are written all the same (for sample data, or a schema
    /// known to be stricter than CloudFormation).
    Warnings,
}

/// Whose app is synthesized.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AppKind {
    /// A user's app: it may not name a stack [`TOOLKIT_STACK`], which forma deploys itself.
    #[default]
    User,
    /// forma's own toolkit app (the staging bucket's stack): the one app that may use the
    /// name [`TOOLKIT_STACK`].
    Toolkit,
}

/// The template file format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Json,
    Yaml,
}

impl Format {
    /// The file extension: `json` or `yaml`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Yaml => "yaml",
        }
    }
}

/// The transform a SAM template names: CloudFormation expands it into plain resources.
pub const SAM_TRANSFORM: &str = "AWS::Serverless-2016-10-31";

/// The form of the templates synthesis writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Target {
    /// Plain CloudFormation: every construct as the resources it renders.
    #[default]
    CloudFormation,
    /// AWS SAM (`Transform: AWS::Serverless-2016-10-31`): functions with their event sources
    /// and simple tables in their serverless forms, everything else plain CloudFormation.
    Sam,
}

impl Target {
    /// The name on the command line and in the manifest: `cfn` or `sam`.
    pub fn as_str(self) -> &'static str {
        match self {
            Target::CloudFormation => "cfn",
            Target::Sam => "sam",
        }
    }
}
