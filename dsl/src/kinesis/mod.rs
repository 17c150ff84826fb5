//! Kinesis: encrypted data streams, on demand or provisioned, with grants.

pub mod perms;
mod stream;

pub use stream::{AsStream, Stream, StreamEncryption, StreamProps, StreamRef};
