//! Targets: the forms a template can take. A target decides how a stack's resources are
//! written and what heads the template; synthesis resolves and checks the same elements
//! whatever the target. One file per target:
//!
//! - [`cfn`]: plain CloudFormation, every resource as its construct rendered it.
//!
//! A new target implements [`Writer`] in a file of its own here, and gets a variant of
//! [`crate::Target`] and an arm in [`writer`].

pub(crate) mod cfn;

use forma_core::model::ResourceSpec;
use forma_core::schema::Object;

use crate::resolve::Resolver;
use crate::template::Both;

/// How one target writes a template.
pub(crate) trait Writer: Sync {
    /// The template's `Transform`, if the target needs one.
    fn transform(&self) -> Option<&'static str> {
        None
    }

    /// Writes one resource's definition into `out` (its logical id is written already):
    /// `spec` with `properties` (its overrides applied), its `condition` and its same-stack
    /// `depends_on`, resolved.
    fn resource(
        &self,
        r: &mut Resolver<'_>,
        spec: &ResourceSpec,
        properties: &Object,
        condition: Option<&str>,
        depends_on: &[&str],
        out: &mut Both<'_>,
    );
}

/// The writer of `target`.
pub(crate) fn writer(target: crate::Target) -> &'static dyn Writer {
    match target {
        crate::Target::CloudFormation => &cfn::CloudFormation,
    }
}
