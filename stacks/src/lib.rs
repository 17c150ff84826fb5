//! The bundled systems: five real systems of the kind forma's users rebuild every day,
//! written on forma's constructs, in deploy order.
//!
//! - [`web_service`]: a containerized web app behind a load balancer (`web-service-images`,
//!   `web-service`);
//! - [`image_deployer`]: rolls a new image out when it is pushed (`image-deployer`);
//! - [`signed_cache`]: a verifying cache whose code is updated from an artifacts bucket
//!   (`signed-cache`);
//! - [`crud_api`]: a serverless CRUD API, emitted as SAM, and the product's containers
//!   (`crud-api`, `crud-api-services`);
//! - [`access_cards`]: an event-driven access-card system (`access-cards-data`,
//!   `access-cards`).
//!
//! Each system lives in its own module, its Lambda handlers (Python) in folders beside it,
//! their unit tests in its `tests/`.

pub mod access_cards;
pub mod crud_api;
pub mod image_deployer;
pub mod signed_cache;
pub mod web_service;

use forma_dsl::App;

/// Every bundled system, in one app.
pub fn app() -> App {
    let app = App::new();
    let web = web_service::web_service(&app, &web_service::WebServiceOptions::default());
    image_deployer::image_deployer(&app, &web);
    signed_cache::signed_cache(&app);
    crud_api::crud_api(&app);
    access_cards::access_cards(&app);
    app
}
