//! Event sources: SQS queues, Kinesis streams and DynamoDB streams polled by Lambda, each
//! with the grant it needs and a mapping created only once the grant exists.

use forma_core::intent::EventKind;
use std::time::Duration;

use forma_cfn::lambda as l1;
use forma_cfn::lambda::event_source_mapping::FunctionResponseTypes;
use forma_core::value::Value;
use forma_core::{Resource, Severity};

use super::function::Function;
use crate::dynamodb::{AsTable, TableRef};
use crate::kinesis::{AsStream, StreamRef};
use crate::limits;
use crate::sqs::{AsQueue, QueueRef};

/// Where a stream's mapping starts reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartingPosition {
    /// Only records that arrive from now on.
    Latest,
    /// The oldest record the stream still holds.
    TrimHorizon,
}

impl StartingPosition {
    fn as_str(self) -> &'static str {
        match self {
            StartingPosition::Latest => "LATEST",
            StartingPosition::TrimHorizon => "TRIM_HORIZON",
        }
    }
}

#[derive(Debug, Clone)]
enum Source {
    Sqs(QueueRef),
    Kinesis(StreamRef, StartingPosition),
    DynamoDb(TableRef, StartingPosition),
}

/// What a function polls: build one with [`EventSource::sqs`], [`EventSource::kinesis`] or
/// [`EventSource::dynamodb`], then options; add it with [`Function::add_event_source`].
#[derive(Debug, Clone)]
pub struct EventSource {
    source: Source,
    batch_size: Option<u32>,
    max_batching_window: Option<Duration>,
    report_batch_item_failures: bool,
    bisect_on_error: bool,
    retry_attempts: Option<u32>,
}

impl EventSource {
    /// Messages of `queue` (of this app or imported); the function may receive and delete
    /// them.
    pub fn sqs(queue: &impl AsQueue) -> Self {
        EventSource::with(Source::Sqs(queue.as_queue()))
    }

    /// Records of `stream` (of this app or imported), from `start`; the function may read
    /// the stream.
    pub fn kinesis(stream: &impl AsStream, start: StartingPosition) -> Self {
        EventSource::with(Source::Kinesis(stream.as_stream(), start))
    }

    /// Changes of `table` (which needs a stream; an imported table's is given with
    /// `TableRef::with_stream`), from `start`; the function may read the table's stream.
    pub fn dynamodb(table: &impl AsTable, start: StartingPosition) -> Self {
        EventSource::with(Source::DynamoDb(table.as_table(), start))
    }

    fn with(source: Source) -> Self {
        EventSource {
            source,
            batch_size: None,
            max_batching_window: None,
            report_batch_item_failures: false,
            bisect_on_error: false,
            retry_attempts: None,
        }
    }

    /// Records per invocation: 1 to 10,000 (10 for a FIFO queue). Default: 10 for SQS, 100
    /// for streams.
    pub fn batch_size(mut self, size: u32) -> Self {
        self.batch_size = Some(size);
        self
    }

    /// How long to gather a batch, up to 5 minutes. Default: no wait (an SQS batch over 10
    /// needs one).
    pub fn max_batching_window(mut self, window: Duration) -> Self {
        self.max_batching_window = Some(window);
        self
    }

    /// Lets the function report which records of a batch failed, so only those are retried.
    /// Default: a failure retries the whole batch.
    pub fn report_batch_item_failures(mut self) -> Self {
        self.report_batch_item_failures = true;
        self
    }

    /// Streams: splits a failing batch in two and retries each half. Default: off.
    pub fn bisect_batch_on_error(mut self) -> Self {
        self.bisect_on_error = true;
        self
    }

    /// Streams: how often a failing batch is retried, up to 10,000. Default: until the
    /// records expire.
    pub fn retry_attempts(mut self, attempts: u32) -> Self {
        self.retry_attempts = Some(attempts);
        self
    }
}

impl Function {
    /// Polls `source`: an `AWS::Lambda::EventSourceMapping` under the function (id
    /// `<Source>EventSource`), created after the grant that lets the function read it.
    #[track_caller]
    pub fn add_event_source(&self, source: EventSource) -> Resource<l1::EventSourceMapping> {
        let scope = self.scope.clone();
        let (arn, grant, source_id, is_stream, fifo): (Value<String>, _, String, bool, bool) = match &source.source {
            Source::Sqs(queue) => {
                if let Some(visibility) = queue.visibility_timeout().filter(|v| *v < self.timeout()) {
                    scope.report(
                        Severity::Error,
                        "event-source-visibility-timeout",
                        format!(
                            "the queue {}'s visibility timeout ({} s) is shorter than the function's timeout ({} s)",
                            queue.path(),
                            visibility.as_secs(),
                            self.timeout().as_secs()
                        ),
                        Some(
                            "give the queue a visibility timeout of at least the function's (AWS advises six times it)",
                        ),
                    );
                }
                (queue.arn(), queue.grant_consume(self), last(&queue.path()), false, queue.is_fifo() == Some(true))
            }
            Source::Kinesis(stream, _) => (stream.arn(), stream.grant_read(self), last(&stream.path()), true, false),
            Source::DynamoDb(table, _) => {
                let arn = match table.stream() {
                    Some(arn) => arn.clone(),
                    None => {
                        scope.report(
                            Severity::Error,
                            "no-stream",
                            format!("the table {} has no stream for the function to read", table.path()),
                            Some("give it one with TableProps::stream(StreamViewType::NewAndOldImages), or with_stream(arn) on an imported table"),
                        );
                        table.any_stream()
                    }
                };
                (arn.clone(), table.grant_stream(self, arn), last(&table.path()), true, false)
            }
        };
        let mut mapping = l1::EventSourceMapping::new(self.name()).event_source_arn(arn);
        if let Some(size) = source.batch_size {
            let max = if fifo { 10 } else { 10_000 };
            mapping =
                mapping.batch_size(limits::within(&scope, "event-source-batch-size", "batch_size", size, 1..=max));
            if !is_stream && size > 10 && source.max_batching_window.is_none() {
                scope.report(
                    Severity::Error,
                    "event-source-batching-window",
                    format!("an SQS batch of {size} needs a batching window"),
                    Some("add .max_batching_window(Duration::from_secs(1)) or more"),
                );
            }
        }
        if let Some(w) = source.max_batching_window {
            mapping = mapping.maximum_batching_window_in_seconds(limits::seconds(
                &scope,
                "event-source-max-batching-window",
                "max_batching_window",
                w,
                0..=300,
            ));
        }
        if source.report_batch_item_failures {
            mapping = mapping.function_response_types(vec![FunctionResponseTypes::ReportBatchItemFailures]);
        }
        match &source.source {
            Source::Kinesis(_, start) | Source::DynamoDb(_, start) => {
                mapping = mapping.starting_position(start.as_str());
                if source.bisect_on_error {
                    mapping = mapping.bisect_batch_on_function_error(true);
                }
                if let Some(n) = source.retry_attempts {
                    mapping = mapping.maximum_retry_attempts(limits::within(
                        &scope,
                        "event-source-retry-attempts",
                        "retry_attempts",
                        n,
                        0..=10_000,
                    ));
                }
            }
            Source::Sqs(_) => {
                if source.bisect_on_error || source.retry_attempts.is_some() {
                    scope.report(
                        Severity::Error,
                        "event-source-stream-only",
                        "bisect_batch_on_error and retry_attempts are for streams; an SQS queue retries by its redrive policy",
                        Some("give the queue a dead-letter queue instead"),
                    );
                }
            }
        }
        let kind = match &source.source {
            Source::Sqs(_) => EventKind::Sqs,
            Source::Kinesis(..) => EventKind::Kinesis,
            Source::DynamoDb(..) => EventKind::DynamoDb,
        };
        let id = self.child_id(&format!("{source_id}EventSource"));
        let mapping = scope.add(&id, mapping);
        self.note_event(kind, &source_id, vec![mapping.node_id()]);
        grant.apply_before(&mapping);
        mapping
    }
}

/// The last id of a path.
fn last(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).chars().filter(char::is_ascii_alphanumeric).collect()
}
