//! `access-cards`: an event-driven access-card system, rebuilt every day (every resource is
//! deleted with its stack, buckets emptied first).
//!
//! - `access-cards-data`: the `Cards` table (card → employee), the `Events` table (door
//!   traffic by door and time), the `DoorEvents` stream the door readers write to, the
//!   `Assignments` bucket the back office drops CSV files in — announced on the
//!   `AssignmentUploads` topic (with a key of its own, which S3 may use) — and the `AdminSite`
//!   bucket holding the admin UI.
//! - `access-cards`: the `Assign` function, fed by the `AssignmentQueue` (subscribed to the
//!   topic, with a dead-letter queue), linking cards to employees; the `Doors` function
//!   batch-writing the stream's events; the admin REST API (`AdminApi`, CORS, `GET /cards`
//!   and `GET /cards/{card_id}` on the `Admin` function) behind the `Admins` user pool;
//!   configuration in SSM parameters under `/access-cards/`; alarms on dead letters and on
//!   the stream's iterator age, notifying the `Alarms` topic.

use std::time::Duration;

use forma_dsl::apigateway::{Cors, RestApi, RestApiProps};
use forma_dsl::cloudwatch::{Alarm, AlarmProps, Comparison, MissingData};
use forma_dsl::cognito::{UserPool, UserPoolProps};
use forma_dsl::dynamodb::{Attribute, Table, TableProps};
use forma_dsl::kinesis::{Stream, StreamProps};
use forma_dsl::kms::{Key, KeyProps};
use forma_dsl::lambda::{Code, EventSource, Function, FunctionProps, Runtime, StartingPosition};
use forma_dsl::logs::Retention;
use forma_dsl::prelude::*;
use forma_dsl::s3::{Bucket, BucketProps, EventType};
use forma_dsl::sns::{Subscription, Topic, TopicEncryption, TopicProps};
use forma_dsl::sqs::{Queue, QueueProps};
use forma_dsl::ssm::{StringParameter, StringParameterProps};
use forma_dsl::{App, Output, RemovalPolicy, Stack, Value};

/// Where the functions' code lives.
const CODE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/access_cards");

/// How long `Assign` may work on one batch of messages.
const ASSIGN_TIMEOUT: Duration = Duration::from_secs(30);

/// What `access-cards-data` holds, for `access-cards`.
pub struct AccessCardsData {
    /// Cards and the employees they belong to (`card_id`).
    pub cards: Table,
    /// Door traffic (`door_id`, `event_key` = time#sequence).
    pub events: Table,
    /// Entry and exit events from the door readers.
    pub door_events: Stream,
    /// Where the back office drops assignment CSV files.
    pub assignments: Bucket,
    /// Announces each file dropped in `assignments`.
    pub assignment_uploads: Topic,
    /// The admin UI's static website.
    pub admin_site: Bucket,
}

/// Adds both stacks to `app`.
pub fn access_cards(app: &App) -> AccessCardsData {
    let data = data(app);
    services(app, &data);
    data
}

/// A stack of this system, deleted (data and all) every night.
fn system_stack(app: &App, name: &str, description: &str) -> Stack {
    let stack = app.stack(name);
    stack.description(description).tag("system", "access-cards").removal_policy(RemovalPolicy::Destroy);
    stack
}

/// `access-cards-data`: tables, stream, buckets, and the topic the assignments bucket
/// notifies (it must live with the bucket: each names the other).
fn data(app: &App) -> AccessCardsData {
    let stack =
        system_stack(app, "access-cards-data", "access-cards: card and door-event tables, the door stream, buckets");

    // Rebuilt every day: point-in-time recovery would restore what the night deletes anyway.
    let cards =
        Table::new(&stack, "Cards", TableProps::new(Attribute::string("card_id")).without_point_in_time_recovery());
    let events = Table::new(
        &stack,
        "Events",
        TableProps::new(Attribute::string("door_id"))
            .sort_key(Attribute::string("event_key"))
            .without_point_in_time_recovery(),
    );
    // On demand: door traffic peaks at shift changes.
    let door_events = Stream::new(&stack, "DoorEvents", StreamProps::default());

    let assignments = Bucket::new(&stack, "Assignments", BucketProps::default());
    // S3 publishes on its own behalf, which the AWS managed SNS key does not allow.
    let key = Key::new(
        &stack,
        "UploadsKey",
        KeyProps::default().description("Encrypts the access-cards assignment-upload topic").pending_window_days(7),
    );
    let assignment_uploads =
        Topic::new(&stack, "AssignmentUploads", TopicProps::default().encryption(TopicEncryption::Kms(key)));
    assignments.add_event_notification(EventType::ObjectCreated, &assignment_uploads, None, Some(".csv"));

    let admin_site = Bucket::new(&stack, "AdminSite", BucketProps::default().website("index.html", Some("error.html")));

    stack.add_output(
        "AssignmentsBucket",
        Output::new(assignments.name())
            .description("Drop card assignment CSV files (card_id,employee_id[,employee_name]) here"),
    );
    stack.add_output("DoorEventsStream", Output::new(door_events.name()).description("Door readers put events here"));
    stack.add_output("AdminSiteBucket", Output::new(admin_site.name()).description("Upload the admin UI here"));

    AccessCardsData { cards, events, door_events, assignments, assignment_uploads, admin_site }
}

/// `access-cards`: the functions, the admin API and its users, configuration, alarms.
fn services(app: &App, data: &AccessCardsData) {
    let stack =
        system_stack(app, "access-cards", "access-cards: assignment and door-event processing, admin API, alarms");

    // Back office: bucket → topic → queue → Assign → Cards.
    let dead_letters = Queue::new(
        &stack,
        "AssignmentDeadLetters",
        QueueProps::default().retention(Duration::from_secs(14 * 24 * 3600)),
    );
    let queue = Queue::new(
        &stack,
        "AssignmentQueue",
        QueueProps::default()
            // Six times the function's timeout, as Lambda advises for SQS sources.
            .visibility_timeout(ASSIGN_TIMEOUT * 6)
            .dead_letter_queue(&dead_letters, 5),
    );
    data.assignment_uploads.add_subscription(Subscription::sqs(&queue));
    let assign = Function::new(
        &stack,
        "Assign",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::from_dir(format!("{CODE}/assign")))
            .description("Links cards to employees from the assignment files dropped in S3")
            .timeout(ASSIGN_TIMEOUT)
            .memory_mib(256)
            .log_retention(Retention::TwoWeeks)
            .environment("CARDS_TABLE", data.cards.name()),
    );
    data.assignments.grant_read(&assign);
    data.cards.grant_write_data(&assign);
    assign.add_event_source(EventSource::sqs(&queue).batch_size(10).report_batch_item_failures());

    // Door traffic: stream → Doors → Events.
    let doors = Function::new(
        &stack,
        "Doors",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::from_dir(format!("{CODE}/doors")))
            .description("Writes the door readers' entry and exit events to the events table")
            .timeout(Duration::from_secs(60))
            .memory_mib(256)
            .log_retention(Retention::TwoWeeks)
            .environment("EVENTS_TABLE", data.events.name()),
    );
    data.events.grant_write_data(&doors);
    // A failing batch is split and retried until it succeeds or its records expire: door
    // events are not dropped, and a stuck shard shows in the iterator-age alarm.
    doors.add_event_source(
        EventSource::kinesis(&data.door_events, StartingPosition::TrimHorizon)
            .batch_size(500)
            .max_batching_window(Duration::from_secs(1))
            .bisect_batch_on_error(),
    );

    // Admin API behind the user pool.
    let admins = UserPool::new(&stack, "Admins", UserPoolProps::default());
    let admin_ui = admins.add_client("AdminUi");
    let admin = Function::new(
        &stack,
        "Admin",
        FunctionProps::new(Runtime::Python312, "index.handler", Code::from_dir(format!("{CODE}/admin")))
            .description("Admin API: lists and reads card assignments")
            .timeout(Duration::from_secs(10))
            .log_retention(Retention::TwoWeeks)
            .environment("CARDS_TABLE", data.cards.name())
            // Browsers may call it from the admin UI's site only.
            .environment("ALLOWED_ORIGIN", data.admin_site.website_url()),
    );
    data.cards.grant_read_data(&admin);
    let api = RestApi::new(
        &stack,
        "AdminApi",
        RestApiProps::default()
            .rest_api_name("access-cards-admin")
            .description("access-cards admin API (Cognito ID token in Authorization)")
            .cors(Cors::origin(data.admin_site.website_url())),
    );
    let authorizer = api.add_cognito_authorizer("AdminsAuthorizer", &admins);
    let cards = api.root().add_resource("cards");
    cards.add_authorized_method("GET", &admin, &authorizer);
    cards.add_resource("{card_id}").add_authorized_method("GET", &admin, &authorizer);

    // Configuration, for the admin UI and operators.
    let parameters: [(&str, &str, Value<String>, &str); 8] = [
        ("CardsTableParameter", "cards-table", data.cards.name(), "The cards table"),
        ("EventsTableParameter", "events-table", data.events.name(), "The door events table"),
        ("DoorStreamParameter", "door-stream", data.door_events.name(), "The stream door readers write to"),
        ("AssignmentsBucketParameter", "assignments-bucket", data.assignments.name(), "Where assignment files go"),
        ("AdminSiteBucketParameter", "admin-site-bucket", data.admin_site.name(), "The admin UI's bucket"),
        ("ApiUrlParameter", "api-url", api.url(), "The admin API's URL"),
        ("UserPoolIdParameter", "user-pool-id", admins.id(), "The admins' user pool"),
        ("UserPoolClientIdParameter", "user-pool-client-id", admin_ui.client_id(), "The admin UI's app client"),
    ];
    for (id, name, value, description) in parameters {
        StringParameter::new(
            &stack,
            id,
            StringParameterProps::new(value).parameter_name(format!("/access-cards/{name}")).description(description),
        );
    }

    // Alarms, to a topic CloudWatch may publish to (a customer key: CloudWatch cannot use
    // the AWS managed SNS key).
    let alarms_key = Key::new(
        &stack,
        "AlarmsKey",
        KeyProps::default().description("Encrypts the access-cards alarm topic").pending_window_days(7),
    );
    let alarms = Topic::new(&stack, "Alarms", TopicProps::default().encryption(TopicEncryption::Kms(alarms_key)));
    let dead_letter_alarm = Alarm::new(
        &stack,
        "AssignmentDeadLettersAlarm",
        AlarmProps::new(
            dead_letters.metric_visible_messages().period(Duration::from_secs(60)),
            Comparison::GreaterThan,
            0.0,
        )
        .missing_data(MissingData::NotBreaching)
        .description("Assignment files failed five times and wait in the dead-letter queue"),
    );
    dead_letter_alarm.add_alarm_action(&alarms);
    let iterator_age_alarm = Alarm::new(
        &stack,
        "DoorEventsIteratorAgeAlarm",
        AlarmProps::new(
            data.door_events.metric_iterator_age().period(Duration::from_secs(60)),
            Comparison::GreaterThan,
            60_000.0,
        )
        .evaluation_periods(5)
        .missing_data(MissingData::NotBreaching)
        .description("Door events wait more than a minute to be read, for five minutes"),
    );
    iterator_age_alarm.add_alarm_action(&alarms);

    stack.add_output("UserPoolId", Output::new(admins.id()).description("The admins' user pool"));
    stack.add_output("AdminUiClientId", Output::new(admin_ui.client_id()).description("The admin UI's app client"));
    stack.add_output("AlarmsTopic", Output::new(alarms.arn()).description("Subscribe here to hear of alarms"));
}
