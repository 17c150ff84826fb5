//! Lambda: functions with a least-privilege role and a log group of their own, code inline
//! or as an asset, event sources, URLs, grants.

mod event_source;
mod function;
mod runtime;
mod url;

pub use event_source::{EventSource, StartingPosition};
pub use function::{Architecture, AsFunction, Code, Function, FunctionProps, FunctionRef};
pub use runtime::Runtime;
pub use url::{FunctionUrl, UrlAuth};
