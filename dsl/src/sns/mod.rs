//! SNS: encrypted topics and subscriptions that bring their permissions.

pub mod perms;
mod topic;

pub use topic::{Subscription, Topic, TopicEncryption, TopicProps};
