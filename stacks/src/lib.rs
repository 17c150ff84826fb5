//! The bundled stacks.

use forma_dsl::App;

/// Every bundled stack, in one app.
pub fn app() -> App {
    App::new()
}
