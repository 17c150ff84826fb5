//! SQS: encrypted queues with dead-letter queues, FIFO queues, grants.

pub mod perms;
mod queue;

pub use queue::{AsQueue, Queue, QueueEncryption, QueueProps, QueueRef};
