//! API Gateway HTTP APIs: routes to functions on an auto-deployed stage.

mod http_api;

pub use http_api::{HttpApi, HttpApiProps};
