//! The bundled stacks: a data platform's long-lived storage, and the ingest pipeline that is
//! rebuilt every day on top of it.
//!
//! Each stack lives in its own module and is written with the typed resources of
//! [`forma_dsl::cfn`]; [`app`] bundles them in deploy order.

pub mod access_cards;
pub mod ingest;
mod policy;
pub mod signed_cache;
pub mod storage;

use forma_dsl::App;

/// Every bundled stack, in one app: `Storage`, then `Ingest`, which uses its table, stream
/// and bucket.
pub fn app() -> App {
    let app = App::new();
    let storage = storage::storage(&app);
    ingest::ingest(&app, &storage);
    signed_cache::signed_cache(&app);
    access_cards::access_cards(&app);
    app
}
