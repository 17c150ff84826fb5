//! Targets: the forms a template can take. A target plans each stack before its elements
//! resolve — which elements it writes in a form of its own, which are folded into another's
//! form (and under which logical ids CloudFormation will know them) — then writes its
//! head and each resource. Synthesis resolves and checks the same elements whatever the
//! target. One file per target:
//!
//! - [`cfn`]: plain CloudFormation, every resource as its construct rendered it;
//! - [`sam`]: AWS SAM, functions with their events and simple tables in their serverless
//!   forms, everything else plain.
//!
//! A new target implements [`Writer`] in a file of its own here, and gets a variant of
//! [`crate::Target`] and an arm in [`writer`].

pub(crate) mod cfn;
pub(crate) mod sam;

use std::collections::{HashMap, HashSet};

use forma_core::intent::Event;
use forma_core::model::{Model, NodeId, ResourceSpec};
use forma_core::schema::Object;
use forma_core::Expr;

use crate::resolve::Resolver;
use crate::template::Both;
use crate::work::Work;

/// What a target does with one stack's elements beyond writing each as it is.
#[derive(Default)]
pub(crate) struct Plan<'m> {
    /// Resources written in another form, by node.
    pub(crate) forms: HashMap<NodeId, Form<'m>>,
    /// Resources that are part of another's form, not written on their own; their logical
    /// ids (in `logical`) are the ones the form's expansion gives them.
    pub(crate) folded: HashSet<NodeId>,
    /// Settings every function form of the stack shares, written once in the template's
    /// `Globals` (`Function`) instead: the name in the form, and the value.
    pub(crate) function_globals: Vec<(&'static str, Expr)>,
}

impl Plan<'_> {
    /// Whether resource `e` is part of another's form.
    pub(crate) fn folds(&self, e: NodeId) -> bool {
        !self.folded.is_empty() && self.folded.contains(&e)
    }

    /// The form resource `e` is written in, if not its own.
    pub(crate) fn form(&self, e: NodeId) -> Option<&Form<'_>> {
        if self.forms.is_empty() {
            return None;
        }
        self.forms.get(&e)
    }
}

/// A resource in a target's own form.
pub(crate) enum Form<'m> {
    /// `AWS::Serverless::Function`, with the events folded into it.
    Function(Vec<&'m Event>),
    /// `AWS::Serverless::SimpleTable`.
    SimpleTable,
    /// `AWS::Serverless::HttpApi`, with its stage (folded) and its routes (the functions'
    /// `HttpApi` events).
    HttpApi { stage: NodeId },
}

/// How one target writes a template.
pub(crate) trait Writer: Sync {
    /// Plans stack `w` (its logical ids assigned, its overrides applied): the forms and the
    /// folded elements, with the logical ids of the folded ones set in `logical`. The logical
    /// ids in `imported` are imported already by stacks resolved before (under those ids):
    /// they keep them.
    fn plan<'m>(
        &self,
        _model: &'m Model,
        _w: &Work,
        _logical: &mut [Option<String>],
        _imported: Option<&HashSet<String>>,
    ) -> Plan<'m> {
        Plan::default()
    }

    /// The template's `Transform`, if the stack planned so needs one.
    fn transform(&self, _plan: &Plan<'_>) -> Option<&'static str> {
        None
    }

    /// Writes resource `e`'s definition into `out` (its logical id is written already):
    /// `spec` with `properties` (its overrides applied), its `condition` and its same-stack
    /// `depends_on`, resolved.
    #[allow(clippy::too_many_arguments)]
    fn resource(
        &self,
        r: &mut Resolver<'_>,
        plan: &Plan<'_>,
        e: NodeId,
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
        crate::Target::Sam => &sam::Sam,
    }
}
