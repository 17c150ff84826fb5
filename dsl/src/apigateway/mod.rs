//! API Gateway REST APIs: resources and methods routed to functions, one stage with access
//! logs and throttling, CORS.

mod rest_api;

pub use rest_api::{ApiResource, Authorizer, Cors, RestApi, RestApiProps};
