//! sqs::Queue and sns::Topic: encryption, dead-letter queues, FIFO, subscriptions, grants.

use forma_dsl::prelude::*;
use std::time::Duration;

use forma_dsl::iam::{Role, RoleProps, ServicePrincipal};
use forma_dsl::sns::{Subscription, Topic, TopicProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::App;
use serde_json::json;

use crate::support::{only, problems, resources, synth};

#[test]
fn a_queue_is_encrypted_retained_and_can_have_a_dead_letter_queue() {
    let app = App::new();
    let stack = app.stack("Msg");
    let dlq = Queue::new(&stack, "Failed", QueueProps::default().retention(Duration::from_secs(14 * 86_400)));
    let queue = Queue::new(
        &stack,
        "Jobs",
        QueueProps::default().visibility_timeout(Duration::from_secs(120)).dead_letter_queue(&dlq, 5),
    );
    assert_eq!(queue.resource().path(), "Msg/Jobs/Resource");
    let a = synth(&app);
    let r = resources(&a, "Msg");
    let (dlq_id, jobs) = {
        let mut ids: Vec<&String> = r.keys().collect();
        ids.sort();
        (ids[0].clone(), &r[ids[1].as_str()])
    };
    assert!(dlq_id.starts_with("Failed"));
    assert_eq!(
        jobs["Properties"],
        json!({
            "RedrivePolicy": { "deadLetterTargetArn": { "Fn::GetAtt": [dlq_id, "Arn"] }, "maxReceiveCount": 5 },
            "SqsManagedSseEnabled": true,
            "VisibilityTimeout": 120,
        })
    );
    assert_eq!(jobs["DeletionPolicy"], "Retain");
    assert_eq!(r[dlq_id.as_str()]["Properties"]["MessageRetentionPeriod"], 1_209_600);
}

#[test]
fn queue_mistakes_are_errors_at_the_queue() {
    let app = App::new();
    let stack = app.stack("Msg");
    let standard = Queue::new(&stack, "Standard", QueueProps::default());
    let _ = Queue::new(
        &stack,
        "Ordered",
        QueueProps::default().fifo().queue_name("orders").dead_letter_queue(&standard, 0),
    );
    let _ = Queue::new(&stack, "Slow", QueueProps::default().visibility_timeout(Duration::from_secs(50_000)));
    assert_eq!(
        problems(&app),
        [
            "error[queue-name] Msg/Ordered: the FIFO queue's name \"orders\" does not end in .fifo",
            "error[dead-letter-queue-kind] Msg/Ordered: the dead-letter queue Msg/Standard is standard, this queue is FIFO",
            "error[dead-letter-max-receives] Msg/Ordered: the dead-letter queue's max_receives is 0; AWS allows 1 to 1000",
            "error[queue-visibility-timeout] Msg/Slow: visibility_timeout is 50000 s; AWS allows 0 to 43200 s",
        ]
    );
}

#[test]
fn an_sqs_subscription_lives_with_the_queue_and_opens_the_queue_to_the_topic_only() {
    let app = App::new();
    let events = app.stack("Events");
    let topic = Topic::new(&events, "Uploads", TopicProps::default());
    let work = app.stack("Work");
    let queue = Queue::new(&work, "Jobs", QueueProps::default());
    topic.add_subscription(Subscription::sqs(&queue).raw_message_delivery());
    topic.add_subscription(Subscription::email("ops@example.com"));
    let a = synth(&app);
    let (topic_id, t) = only(&a, "Events", "AWS::SNS::Topic");
    assert_eq!(t["Properties"]["KmsMasterKeyId"], "alias/aws/sns");
    let (_, email) = only(&a, "Events", "AWS::SNS::Subscription");
    assert_eq!(email["Properties"]["Protocol"], "email");
    let (_, sub) = only(&a, "Work", "AWS::SNS::Subscription");
    assert_eq!(sub["Properties"]["Protocol"], "sqs");
    assert_eq!(sub["Properties"]["RawMessageDelivery"], true);
    assert!(sub["Properties"]["TopicArn"].get("Fn::ImportValue").is_some(), "the topic is in another stack");
    let (queue_id, _) = only(&a, "Work", "AWS::SQS::Queue");
    let (_, policy) = only(&a, "Work", "AWS::SQS::QueuePolicy");
    let statement = &policy["Properties"]["PolicyDocument"]["Statement"][0];
    assert_eq!(statement["Principal"], json!({ "Service": "sns.amazonaws.com" }));
    assert_eq!(statement["Action"], "sqs:SendMessage");
    assert_eq!(statement["Resource"], json!({ "Fn::GetAtt": [queue_id, "Arn"] }));
    assert!(statement["Condition"]["ArnEquals"]["aws:SourceArn"].get("Fn::ImportValue").is_some());
    assert!(topic_id.starts_with("Uploads"));
}

#[test]
fn a_fifo_topic_cannot_deliver_to_a_standard_queue() {
    let app = App::new();
    let stack = app.stack("Msg");
    let topic = Topic::new(&stack, "Orders", TopicProps::default().fifo());
    let queue = Queue::new(&stack, "Jobs", QueueProps::default());
    topic.add_subscription(Subscription::sqs(&queue));
    assert_eq!(
        problems(&app),
        ["error[fifo-topic-subscriber] Msg/Orders: the FIFO topic cannot deliver to the standard queue Msg/Jobs"]
    );
}

#[test]
fn queue_and_topic_grants_give_the_cdk_actions_on_the_exact_arn() {
    let app = App::new();
    let stack = app.stack("Msg");
    let queue = Queue::new(&stack, "Jobs", QueueProps::default());
    let topic = Topic::new(&stack, "Events", TopicProps::default());
    let role = Role::new(&stack, "Worker", RoleProps::new(ServicePrincipal::lambda()));
    queue.grant_consume(&role);
    queue.grant_send(&role);
    topic.grant_publish(&role);
    let a = synth(&app);
    let (queue_id, _) = only(&a, "Msg", "AWS::SQS::Queue");
    let (topic_id, _) = only(&a, "Msg", "AWS::SNS::Topic");
    let (_, p) = only(&a, "Msg", "AWS::IAM::Policy");
    assert_eq!(
        p["Properties"]["PolicyDocument"]["Statement"],
        json!([
            { "Effect": "Allow", "Action": [
                "sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl", "sqs:DeleteMessage",
                "sqs:GetQueueAttributes", "sqs:SendMessage"
            ], "Resource": { "Fn::GetAtt": [queue_id, "Arn"] } },
            { "Effect": "Allow", "Action": "sns:Publish", "Resource": { "Ref": topic_id } },
        ])
    );
}

#[test]
fn construct_diagnostics_point_at_the_users_code_not_at_forma() {
    let app = App::new();
    let stack = app.stack("Msg");
    let line = line!() + 1;
    let _ = Queue::new(&stack, "Slow", QueueProps::default().visibility_timeout(Duration::from_secs(50_000)));
    let topic = Topic::new(&stack, "Orders", TopicProps::default().fifo());
    let queue = Queue::new(&stack, "Jobs", QueueProps::default());
    let sub_line = line!() + 1;
    topic.add_subscription(Subscription::sqs(&queue));
    let here = file!();
    assert_eq!(
        crate::support::locations(&app),
        [format!("{here}:{line}"), format!("{here}:{sub_line}")],
        "the queue's check and the subscription's"
    );
}
