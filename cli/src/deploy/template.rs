//! Template bodies as the deploy commands read them.

use serde_json::Value as Json;

/// A template body (JSON or YAML) as JSON; `None` when it is neither.
pub fn parse_template(body: &str) -> Option<Json> {
    serde_json::from_str(body).ok().or_else(|| serde_yaml::from_str(body).ok())
}
