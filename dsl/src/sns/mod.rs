//! SNS: encrypted topics and subscriptions that bring their permissions.

pub mod perms;
mod topic;

pub use topic::{AsTopic, Subscription, Topic, TopicEncryption, TopicProps, TopicRef};
