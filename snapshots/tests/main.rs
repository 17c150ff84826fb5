//! Snapshot and lint tests of every template the bundled stacks produce — one test binary,
//! a module per area.
//!
//! Snapshots live in `tests/snapshots/`, one per template and format plus the manifests.
//! After an intended change, review them with `cargo insta review` (or accept everything
//! with `INSTA_UPDATE=always`); CI (`CI=true`) fails on any difference instead of writing.

mod determinism;
mod handlers;
mod lint;
mod sam;
mod stale;
mod support;
mod templates;
