//! `forma bootstrap`.

use super::super::context::{context, Hooks, Options};
use super::super::outcome::finish;
use super::super::toolkit;
use crate::console::Console;
use crate::exit;

/// `forma bootstrap`: the staging bucket.
pub async fn bootstrap(opts: &Options, console: &Console) -> u8 {
    let body = async {
        let ctx = context(opts, console, &Hooks::default()).await?;
        console.out(format!("staging bucket: {}", toolkit::ensure(&ctx).await?));
        Ok(exit::SUCCESS)
    };
    finish(console, body.await, exit::FAILURE)
}
