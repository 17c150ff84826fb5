//! events::Rule and cloudwatch::Alarm.

use std::time::Duration;

use forma_dsl::cloudwatch::{Alarm, AlarmProps, Comparison, MissingData};
use forma_dsl::events::{Rule, RuleProps, RuleTarget, Schedule};
use forma_dsl::kms::{Key, KeyProps};
use forma_dsl::lambda::{Code, Function, FunctionProps, Runtime};
use forma_dsl::sns::{Topic, TopicEncryption, TopicProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::{list, obj, App};
use serde_json::json;

use crate::support::{only, problems, synth};

fn function(stack: &forma_dsl::Stack) -> Function {
    Function::new(stack, "Job", FunctionProps::new(Runtime::Python312, "index.handler", Code::inline("x = 1")))
}

#[test]
fn an_hourly_rule_invokes_a_function_that_lets_only_it_in() {
    let app = App::new();
    let stack = app.stack("Ops");
    let f = function(&stack);
    let rule = Rule::new(&stack, "Hourly", RuleProps::schedule(Schedule::hourly()));
    rule.add_target(RuleTarget::function(&f).input(r#"{"job": "compact"}"#));
    let a = synth(&app);
    let (rule_id, r) = only(&a, "Ops", "AWS::Events::Rule");
    let (function_id, _) = only(&a, "Ops", "AWS::Lambda::Function");
    assert_eq!(r["Properties"]["ScheduleExpression"], "rate(1 hour)");
    assert_eq!(r["Properties"]["State"], "ENABLED");
    assert_eq!(
        r["Properties"]["Targets"],
        json!([{ "Arn": { "Fn::GetAtt": [function_id, "Arn"] }, "Id": "Job", "Input": "{\"job\": \"compact\"}" }])
    );
    let (_, p) = only(&a, "Ops", "AWS::Lambda::Permission");
    assert_eq!(p["Properties"]["Principal"], "events.amazonaws.com");
    assert_eq!(p["Properties"]["SourceArn"], json!({ "Fn::GetAtt": [rule_id, "Arn"] }));
}

#[test]
fn a_pattern_rule_sends_to_a_queue_whose_policy_admits_the_rule() {
    let app = App::new();
    let stack = app.stack("Ops");
    let queue = Queue::new(&stack, "Findings", QueueProps::default());
    let rule = Rule::new(&stack, "OnFinding", RuleProps::pattern(obj! { "source" => list!["aws.guardduty"] }));
    rule.add_target(RuleTarget::queue(&queue));
    let a = synth(&app);
    let (rule_id, r) = only(&a, "Ops", "AWS::Events::Rule");
    assert_eq!(r["Properties"]["EventPattern"], json!({ "source": ["aws.guardduty"] }));
    let (_, policy) = only(&a, "Ops", "AWS::SQS::QueuePolicy");
    let s = &policy["Properties"]["PolicyDocument"]["Statement"][0];
    assert_eq!(s["Principal"], json!({ "Service": "events.amazonaws.com" }));
    assert_eq!(s["Condition"]["ArnEquals"]["aws:SourceArn"], json!({ "Fn::GetAtt": [rule_id, "Arn"] }));
}

#[test]
fn a_schedule_that_does_not_parse_is_an_error_at_the_rule() {
    let app = App::new();
    let stack = app.stack("Ops");
    Rule::new(&stack, "Bad", RuleProps::schedule(Schedule::cron("0 25 * * *")));
    Rule::new(&stack, "Odd", RuleProps::schedule(Schedule::rate(Duration::from_secs(90))));
    assert_eq!(
        problems(&app),
        [
            "error[invalid-schedule] Ops/Bad: cron(0 25 * * *) has 5 fields; EventBridge takes 6: minutes hours \
             day-of-month month day-of-week year",
            "error[invalid-schedule] Ops/Odd: a rate of 90s is not a whole number of minutes (at least one)",
        ]
    );
}

#[test]
fn an_alarm_on_a_dead_letter_queue_notifies_a_topic_cloudwatch_may_use() {
    let app = App::new();
    let stack = app.stack("Ops");
    let dlq = Queue::new(&stack, "Failed", QueueProps::default());
    let key = Key::new(&stack, "AlertsKey", KeyProps::default());
    let alerts = Topic::new(&stack, "Alerts", TopicProps::default().encryption(TopicEncryption::Kms(key)));
    let alarm = Alarm::new(
        &stack,
        "FailedMessages",
        AlarmProps::new(dlq.metric_visible_messages(), Comparison::GreaterThan, 0.0)
            .missing_data(MissingData::NotBreaching),
    );
    alarm.add_alarm_action(&alerts);
    let a = synth(&app);
    let (queue_id, _) = only(&a, "Ops", "AWS::SQS::Queue");
    let (topic_id, _) = only(&a, "Ops", "AWS::SNS::Topic");
    let (_, al) = only(&a, "Ops", "AWS::CloudWatch::Alarm");
    assert_eq!(
        al["Properties"],
        json!({
            "AlarmActions": [{ "Ref": topic_id }],
            "ComparisonOperator": "GreaterThanThreshold",
            "Dimensions": [{ "Name": "QueueName", "Value": { "Fn::GetAtt": [queue_id, "QueueName"] } }],
            "EvaluationPeriods": 1,
            "MetricName": "ApproximateNumberOfMessagesVisible",
            "Namespace": "AWS/SQS",
            "Period": 300,
            "Statistic": "Maximum",
            "Threshold": 0.0,
            "TreatMissingData": "notBreaching",
        })
    );
    let (_, k) = only(&a, "Ops", "AWS::KMS::Key");
    assert_eq!(
        k["Properties"]["KeyPolicy"]["Statement"][1]["Principal"],
        json!({ "Service": "cloudwatch.amazonaws.com" })
    );
}

#[test]
fn an_alarm_cannot_notify_a_topic_with_the_aws_managed_key() {
    let app = App::new();
    let stack = app.stack("Ops");
    let f = function(&stack);
    let topic = Topic::new(&stack, "Alerts", TopicProps::default());
    let alarm = Alarm::new(&stack, "Errors", AlarmProps::new(f.metric_errors(), Comparison::GreaterThanOrEqual, 1.0));
    alarm.add_alarm_action(&topic);
    assert_eq!(
        problems(&app),
        ["error[invalid-alarm-action] Ops/Errors: CloudWatch cannot publish to Ops/Alerts: it is encrypted with the AWS \
          managed key"]
    );
}
