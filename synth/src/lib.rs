//! forma's synthesizer: an [`App`] becomes an [`Assembly`] — one template per stack, in
//! deploy order, and a manifest.
//!
//! Synthesis validates everything before anything is written and reports every problem at
//! once, each with its construct path ([`SynthError`]). The same app always gives the same
//! bytes.
//!
//! Where each concern lives: [`Settings`] in `settings.rs`; one stack's state and the
//! read-only view the checks take in `work.rs`; the per-stack pass (ids, resolution, checks,
//! template head) in `stack.rs`, each kind of element resolved by its function in
//! `element.rs`, the resources written by the stack's target (`target/`, one file per
//! target); logical ids in `ids.rs` (their rules in [`logical_id`]); asset packing in
//! [`asset`]; the checks in `validate.rs`, `schema_check.rs`, `service_rules.rs`,
//! `policies.rs` and `sections.rs`; cross-stack exports in `exports.rs`; CloudFormation's
//! limits in `limits.rs`; the deploy order in `order.rs`; the template text in
//! `template.rs` (`emit.rs`, `yaml.rs`); the artifacts and manifest in [`assembly`].

pub mod assembly;
pub mod asset;
mod element;
mod emit;
mod error;
mod exports;
pub mod graph;
mod ids;
mod limits;
pub mod logical_id;
mod order;
mod overrides;
mod parameter;
mod pattern;
mod pattern_words;
mod policies;
mod resolve;
mod schema_check;
mod sections;
mod service_rules;
mod settings;
mod stack;
mod target;
mod template;
mod validate;
mod work;
pub mod write;
pub mod yaml;

use forma_core::{App, Diagnostic};

pub use assembly::{Assembly, Manifest, StackArtifact, StackManifest};
pub use error::SynthError;
pub use limits::{
    MAX_INLINE_TEMPLATE_BYTES, MAX_MAPPINGS, MAX_OUTPUTS, MAX_PARAMETERS, MAX_RESOURCES, MAX_TEMPLATE_BYTES,
};
pub use pattern::{pattern_support, PatternSupport};
pub use resolve::ExportKey;
pub use settings::{AppKind, Format, Settings, Target, ValueChecks, SAM_TRANSFORM, TOOLKIT_STACK};
use work::Work;

/// Synthesizes every stack of a user's `app` into CloudFormation templates of `format`.
pub fn synthesize(app: &App, format: Format) -> Result<Assembly, SynthError> {
    synthesize_with(app, Settings { format, ..Settings::default() })
}

/// Synthesizes every stack of `app` with `settings`.
pub fn synthesize_with(app: &App, settings: Settings) -> Result<Assembly, SynthError> {
    let model = app.model();
    let mut diags: Vec<Diagnostic> = model.diagnostics().to_vec();
    let mut work: Vec<Work> = model.stacks().map(|(node, _)| Work::new(&model, node)).collect();
    if work.is_empty() {
        diags.push(
            Diagnostic::error("empty-app", "App", "the app has no stacks").hint("add one with app.stack(\"Name\")"),
        );
    }
    validate::stack_names(&model, settings.app_kind, &mut diags);
    let packed = stack::resolve_all(app, &model, settings, &mut work, &mut diags);
    exports::add(&model, &mut work, &mut diags);
    let views: Vec<_> = work.iter().map(|w| w.view(&model)).collect();
    validate::exports(&model, &views, &mut diags);
    sections::physical_names(&model, &views, &mut diags);
    drop(views);
    let order = order::stacks(&model, &work, &mut diags);
    for w in &work {
        limits::check(&model, w, &mut diags);
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Err(SynthError { diagnostics: diags });
    }
    let stacks = assembly::assemble(&model, settings.format, work, order, &mut diags);
    if diags.iter().any(Diagnostic::is_error) {
        return Err(SynthError { diagnostics: diags });
    }
    Ok(Assembly { format: settings.format, stacks, assets: packed.into_values().collect(), diagnostics: diags })
}
