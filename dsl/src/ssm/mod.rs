//! Systems Manager Parameter Store: string parameters with grants.

mod parameter;

pub use parameter::{StringParameter, StringParameterProps, READ_ACTIONS, WRITE_ACTIONS};
