//! The constructs' event pipeline (`dsl/tests/pipeline_app.rs`) applied and destroyed,
//! checked through the emulator's own S3, SQS, SNS, Lambda, DynamoDB and Kinesis APIs:
//! everything it made is there after apply and gone after destroy.

#[path = "../../../dsl/tests/pipeline_app.rs"]
mod pipeline_app;

use forma_dsl::App;

use super::{assert_ok, Emulator};

/// The physical resources of the pipeline, by kind, read from the deployed stack.
#[derive(Debug)]
struct Made {
    tables: Vec<String>,
    queues: Vec<String>,
    topics: Vec<String>,
    functions: Vec<String>,
    streams: Vec<String>,
    buckets: Vec<String>,
}

fn made(emu: &Emulator) -> Made {
    let out = emu
        .block_on(emu.cfn().list_stack_resources().stack_name("Pipeline").send())
        .unwrap_or_else(|e| panic!("ListStackResources: {e:?}"));
    let of = |t: &str| -> Vec<String> {
        out.stack_resource_summaries()
            .iter()
            .filter(|r| r.resource_type() == Some(t))
            .filter_map(|r| r.physical_resource_id().map(str::to_owned))
            .collect()
    };
    Made {
        tables: of("AWS::DynamoDB::Table"),
        queues: of("AWS::SQS::Queue"),
        topics: of("AWS::SNS::Topic"),
        functions: of("AWS::Lambda::Function"),
        streams: of("AWS::Kinesis::Stream"),
        buckets: of("AWS::S3::Bucket"),
    }
}

fn queue_exists(emu: &Emulator, url: &str) -> bool {
    emu.block_on(emu.sqs().get_queue_attributes().queue_url(url).send()).is_ok()
}

fn topic_exists(emu: &Emulator, arn: &str) -> bool {
    emu.block_on(emu.sns().get_topic_attributes().topic_arn(arn).send()).is_ok()
}

fn function_exists(emu: &Emulator, name: &str) -> bool {
    emu.block_on(emu.lambda().get_function().function_name(name).send()).is_ok()
}

fn stream_exists(emu: &Emulator, name: &str) -> bool {
    emu.block_on(emu.kinesis().describe_stream_summary().stream_name(name).send()).is_ok()
}

#[test]
fn the_event_pipeline_applies_and_destroys_leaving_nothing_behind() {
    let emu = Emulator::start("pipeline");
    let app = App::new();
    pipeline_app::pipeline(&app);

    let applied = emu.forma(&app, "apply", &[]);
    assert_ok(&applied);
    assert!(applied.err.contains("✓ Pipeline: created in "), "{}", applied.err);
    let m = made(&emu);
    assert_eq!(
        (m.tables.len(), m.queues.len(), m.topics.len(), m.functions.len(), m.streams.len(), m.buckets.len()),
        (1, 2, 1, 4, 1, 1),
        "{m:?}"
    );
    assert!(m.tables.iter().all(|t| emu.table_exists(t)), "tables: {m:?}");
    assert!(m.queues.iter().all(|q| queue_exists(&emu, q)), "queues: {m:?}");
    assert!(m.topics.iter().all(|t| topic_exists(&emu, t)), "topics: {m:?}");
    assert!(m.functions.iter().all(|f| function_exists(&emu, f)), "functions: {m:?}");
    assert!(m.streams.iter().all(|s| stream_exists(&emu, s)), "streams: {m:?}");
    assert!(m.buckets.iter().all(|b| emu.bucket_exists(b)), "buckets: {m:?}");
    assert!(m.buckets[0].starts_with("pipeline-uploads-123456789012-us-east-1"), "the name fixed in advance: {m:?}");

    // An upload, so destroy has something to empty.
    emu.put(&m.buckets[0], "incoming/first.csv", "a,b\n");
    let destroyed = emu.forma(&app, "destroy", &[]);
    assert_ok(&destroyed);
    assert!(destroyed.err.contains("✓ Pipeline: destroyed in "), "{}", destroyed.err);
    assert_eq!(emu.stack_status("Pipeline"), None, "the stack is gone");
    assert!(!m.tables.iter().any(|t| emu.table_exists(t)), "a table was left: {m:?}");
    assert!(!m.queues.iter().any(|q| queue_exists(&emu, q)), "a queue was left: {m:?}");
    assert!(!m.topics.iter().any(|t| topic_exists(&emu, t)), "a topic was left: {m:?}");
    assert!(!m.functions.iter().any(|f| function_exists(&emu, f)), "a function was left: {m:?}");
    assert!(!m.streams.iter().any(|s| stream_exists(&emu, s)), "a stream was left: {m:?}");
    assert!(!m.buckets.iter().any(|b| emu.bucket_exists(b)), "a bucket was left: {m:?}");
}
