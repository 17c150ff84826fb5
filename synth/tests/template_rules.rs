//! What CloudFormation refuses beyond a property's schema: tags, the stack's description,
//! region and account, resource type names, mappings, rules, and outputs or resources that
//! refer to a conditional resource without its condition. Each is an error with the
//! construct path and the user's line.

use forma_dsl::cfn::sqs;
use forma_dsl::condition::equals;
use forma_dsl::intrinsic::if_;
use forma_dsl::{list, obj, App, Diagnostic, MappingDef, Output, ParameterDef, RawResource, Rule};
use forma_synth::{synthesize_with, Format, Settings};

fn settings() -> Settings {
    Settings { format: Format::Json, registry: Some(&forma_dsl::cfn::REGISTRY), ..Settings::default() }
}

/// `(code path: message, line)` of every diagnostic (synthesis must fail), each at a line of
/// this file.
fn refused(app: &App) -> Vec<(String, u32)> {
    let diags: Vec<Diagnostic> = match synthesize_with(app, settings()) {
        Ok(a) => panic!("synthesis succeeded: {:?}", a.diagnostics),
        Err(e) => e.diagnostics,
    };
    diags
        .iter()
        .map(|d| {
            assert!(d.is_error(), "{d}");
            assert_eq!(d.location.map(|l| l.file()), Some(file!()), "{d}");
            (format!("{} {}: {}", d.code, d.path, d.message), d.location.map_or(0, |l| l.line()))
        })
        .collect()
}

fn tag(key: &str, value: &str) -> sqs::queue::Tag {
    sqs::queue::Tag::new(key, value)
}

#[test]
fn resource_tags_aws_refuses_are_refused() {
    let app = App::new();
    let s = app.stack("Msg");
    let line = line!() + 1;
    let q = sqs::Queue::new().tags(vec![
        tag("aws:cost", "x"),
        tag("AWS:team", "x"),
        tag("forma:fingerprint", "x"),
        tag("team", "a"),
        tag("team", "b"),
        tag("note", &"v".repeat(257)),
    ]);
    s.add("Jobs", q);
    let param = RawResource::new("AWS::SSM::Parameter").property("Type", "String").property("Value", "v");
    let raw_line = line!() + 1;
    s.add("Param", param.property("Tags", obj! { "aws:x" => "y" }));
    let many = (0..51).map(|i| tag(&format!("k{i}"), "v")).collect::<Vec<_>>();
    let many_line = line!() + 1;
    s.add("Many", sqs::Queue::new().tags(many));
    let p = "Msg/Jobs: Properties.Tags";
    let found = refused(&app);
    assert_eq!(
        found,
        [
            // The schema's own length check speaks for the value: one error.
            (
                "length-out-of-range Msg/Jobs: Properties.Tags[5].Value: \"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv\"... (257 \
                 characters) is 257 characters long; the schema allows 0 to 256 characters"
                    .to_owned(),
                line
            ),
            (format!("tag-key {p}[0].Key: the tag key \"aws:cost\" starts with \"aws:\", which is reserved"), line),
            (format!("tag-key {p}[1].Key: the tag key \"AWS:team\" starts with \"aws:\", which is reserved"), line),
            (format!("tag-key {p}[2].Key: the tag key \"forma:fingerprint\" starts with \"forma:\", which is reserved"), line),
            (format!("duplicate-tag-key {p}[4].Key: the tag key \"team\" is set twice"), line),
            (
                "tag-key Msg/Param: Properties.Tags.aws:x: the tag key \"aws:x\" starts with \"aws:\", which is \
                 reserved"
                    .to_owned(),
                raw_line
            ),
            (
                "too-many-tags Msg/Many: Properties.Tags: 51 tags, and forma's fingerprint, which CloudFormation \
                 copies onto it; AWS takes at most 50"
                    .to_owned(),
                many_line
            ),
        ],
        "{found:#?}"
    );
}

#[test]
fn a_resources_tags_count_with_the_stacks() {
    let app = App::new();
    let s = app.stack("Msg");
    for i in 0..10 {
        s.tag(format!("stack{i}"), "v");
    }
    // 41 of its own, `stack0` among them, 9 more from the stack, and forma's fingerprint.
    let mut own: Vec<sqs::queue::Tag> = (0..40).map(|i| tag(&format!("k{i}"), "v")).collect();
    own.push(tag("stack0", "mine"));
    let line = line!() + 1;
    s.add("Jobs", sqs::Queue::new().tags(own));
    assert_eq!(
        refused(&app),
        [(
            "too-many-tags Msg/Jobs: Properties.Tags: 41 tags, and 9 more from the stack's tags and forma's \
             fingerprint, which CloudFormation copies onto it; AWS takes at most 50"
                .to_owned(),
            line
        )]
    );
    let app = App::new();
    let s = app.stack("Msg");
    s.tag("team", "web");
    s.add("Jobs", sqs::Queue::new().tags((0..48).map(|i| tag(&format!("k{i}"), "v")).collect::<Vec<_>>()));
    synthesize_with(&app, settings())
        .unwrap_or_else(|e| panic!("50 in all, forma's fingerprint included, is fine: {e}"));
}

#[test]
fn stack_settings_cloudformation_refuses_are_refused_at_the_line_that_set_them() {
    let app = App::new();
    let s = app.stack("Web");
    s.add("Jobs", sqs::Queue::new());
    // 513 characters, 1,026 bytes: the limit is in bytes.
    let description_line = line!() + 1;
    s.description("é".repeat(513));
    let tag_line = line!() + 1;
    s.tag("aws:owner", "me");
    let region_line = line!() + 1;
    s.region("us-east");
    let account_line = line!() + 1;
    s.account("12345");
    assert_eq!(
        refused(&app),
        [
            (
                "invalid-description Web: the description is 1026 bytes long; CloudFormation takes at most 1024"
                    .to_owned(),
                description_line
            ),
            (
                "tag-key Web: stack tag: the tag key \"aws:owner\" starts with \"aws:\", which is reserved".to_owned(),
                tag_line
            ),
            ("invalid-region Web: \"us-east\" is not a region code like us-east-1".to_owned(), region_line),
            ("invalid-account Web: \"12345\" is not an account id: twelve digits".to_owned(), account_line),
        ]
    );
    let app = App::new();
    let s = app.stack("Web");
    s.add("Jobs", sqs::Queue::new());
    s.description("d".repeat(1024)).region("us-gov-west-1").account("123456789012").tag("team", "web");
    synthesize_with(&app, settings()).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_resource_type_name_not_shaped_like_service_type_is_refused() {
    let app = App::new();
    let s = app.stack("Raw");
    let line = line!() + 1;
    s.add("Bucket", RawResource::new("S3Bucket"));
    s.add("Seeder", RawResource::new("Custom::Seeder"));
    s.add("Widget", RawResource::new("MyOrg::Thing::Widget"));
    assert_eq!(
        refused(&app),
        [(
            "invalid-resource-type Raw/Bucket: \"S3Bucket\" is not a resource type name shaped like Service::Type \
             (AWS::S3::Bucket)"
                .to_owned(),
            line
        )]
    );
    // Without a registry too.
    let e = forma_synth::synthesize(&app, Format::Json).expect_err("refused");
    assert_eq!(e.errors().map(|d| d.code).collect::<Vec<_>>(), ["invalid-resource-type"]);
}

#[test]
fn mappings_without_entries_or_with_refused_keys_and_rules_without_assertions_are_refused() {
    let app = App::new();
    let s = app.stack("Web");
    s.add("Jobs", sqs::Queue::new());
    let empty_line = line!() + 1;
    s.add_mapping("Empty", MappingDef::new());
    let keys_line = line!() + 1;
    s.add_mapping(
        "Keys",
        MappingDef::new()
            .entry("us_east_1", [("Ami", "ami-1")])
            .entry("eu-west-1", [("ami-id", "ami-2")])
            .entry("eu-west-2", Vec::<(&str, &str)>::new())
            .entry("eu-west-3", [("Nested", obj! { "a" => "b" })]),
    );
    let rule_line = line!() + 1;
    s.add_rule("Nothing", Rule::new());
    s.add_mapping("Fine", MappingDef::new().entry("us-east-1.x", [("Ami", list!["a", 1])]));
    assert_eq!(
        refused(&app),
        [
            ("mapping-empty Web/Empty: the mapping has no entries".to_owned(), empty_line),
            ("mapping-key Web/Keys: the key \"us_east_1\" contains '_'".to_owned(), keys_line),
            ("mapping-name Web/Keys: \"eu-west-1\": the name \"ami-id\" contains '-'".to_owned(), keys_line),
            ("mapping-key-empty Web/Keys: the key \"eu-west-2\" has no values".to_owned(), keys_line),
            (
                "mapping-value Web/Keys: \"eu-west-3\".Nested: a mapping value is a string, a number, a boolean or \
                 a list of them"
                    .to_owned(),
                keys_line
            ),
            ("invalid-rule Web/Nothing: the rule has no assertions".to_owned(), rule_line),
        ]
    );
}

#[test]
fn an_output_or_resource_referring_to_a_conditional_resource_needs_its_condition() {
    let app = App::new();
    let s = app.stack("Web");
    let env = s.add_parameter("Env", ParameterDef::string().default("dev"));
    let prod = s.add_condition("IsProd", equals::<String>(&env, "prod"));
    let archive = s.add("Archive", sqs::Queue::new());
    archive.set_condition(&prod);
    let output_line = line!() + 1;
    s.add_output("ArchiveArn", Output::new(archive.arn()));
    s.add_output("Guarded", Output::new(archive.arn()).condition(&prod));
    s.add_output("Either", Output::new(if_::<String>(&prod, archive.arn(), "none")));
    let resource_line = line!() + 1;
    let reader = s.add(
        "Reader",
        sqs::Queue::new().redrive_policy(obj! { "deadLetterTargetArn" => archive.arn(), "maxReceiveCount" => 3 }),
    );
    let depends_line = line!() + 1;
    let waiter = s.add("Waiter", sqs::Queue::new());
    waiter.add_depends_on(&archive);
    let _ = reader;
    let hint_cond = "Web/IsProd";
    let found = refused(&app);
    assert_eq!(
        found,
        [
            (
                format!(
                    "conditional-reference Web/ArchiveArn: the output refers to `Web/Archive`, which exists only when \
                     condition `{hint_cond}` holds; the output has no condition"
                ),
                output_line
            ),
            (
                format!(
                    "conditional-reference Web/Reader: the resource refers to `Web/Archive`, which exists only when \
                     condition `{hint_cond}` holds; the resource has no condition"
                ),
                resource_line
            ),
            (
                format!(
                    "conditional-reference Web/Waiter: the resource refers to `Web/Archive`, which exists only when \
                     condition `{hint_cond}` holds; the resource has no condition"
                ),
                depends_line
            ),
        ]
    );
}

#[test]
fn generated_names_that_differ_only_in_case_do_not_collide_silently() {
    use forma_dsl::s3::{Bucket, BucketProps, EventType};
    use forma_dsl::sqs::{Queue, QueueProps};

    let app = App::new();
    let s = app.stack("Data");
    let work = Queue::new(&s, "Work", QueueProps::default());
    // A notification names the bucket (data-<id>-<account>-<region>, lower-cased).
    let upper = Bucket::new(&s, "Uploads", BucketProps::default());
    upper.add_event_notification(EventType::ObjectCreated, &work, None, None);
    let line = line!() + 1;
    let lower = Bucket::new(&s, "uploads", BucketProps::default());
    lower.add_event_notification(EventType::ObjectCreated, &work, None, None);
    assert_eq!(
        refused(&app),
        [(
            "duplicate-name Data/uploads/Resource: Properties.BucketName: the bucket name \
             \"data-uploads-${AWS::AccountId}-${AWS::Region}\" is also the bucket name of `Data/Uploads/Resource` \
             (names are compared without case)"
                .to_owned(),
            line
        )]
    );
}

#[test]
fn physical_names_are_unique_where_the_service_compares_them() {
    use forma_dsl::cfn::iam;

    let trust = || {
        obj! {
            "Statement" => list![obj! {
                "Effect" => "Allow",
                "Principal" => obj! { "Service" => "lambda.amazonaws.com" },
                "Action" => "sts:AssumeRole",
            }],
        }
    };
    let app = App::new();
    let a = app.stack("A");
    let b = app.stack("B");
    a.add("Role", iam::Role::new(trust()).role_name("Worker"));
    let role_line = line!() + 1;
    b.add("Role", iam::Role::new(trust()).role_name("worker"));
    a.add("Jobs", sqs::Queue::new().queue_name("jobs"));
    // Queue names tell case apart.
    b.add("Jobs", sqs::Queue::new().queue_name("Jobs"));
    let queue_line = line!() + 1;
    b.add("Again", sqs::Queue::new().queue_name("jobs"));
    assert_eq!(
        refused(&app),
        [
            (
                "duplicate-name B/Role: Properties.RoleName: the role name \"worker\" is also the role name of `A/Role` \
                 (names are compared without case)"
                    .to_owned(),
                role_line
            ),
            (
                "duplicate-name B/Again: Properties.QueueName: the queue name \"jobs\" is also the queue name of \
                 `A/Jobs`"
                    .to_owned(),
                queue_line
            ),
        ]
    );
    // Stacks pinned to two regions keep regional names apart, not global ones.
    let app = App::new();
    let a = app.stack("A");
    a.region("eu-west-1");
    let b = app.stack("B");
    b.region("us-east-1");
    a.add("Jobs", sqs::Queue::new().queue_name("jobs"));
    b.add("Jobs", sqs::Queue::new().queue_name("jobs"));
    a.add("Role", iam::Role::new(trust()).role_name("Worker"));
    b.add("Role", iam::Role::new(trust()).role_name("Worker"));
    let e = synthesize_with(&app, settings()).expect_err("one role name");
    let codes: Vec<(&str, &str)> = e.errors().map(|d| (d.code, d.path.as_str())).collect();
    assert_eq!(codes, [("duplicate-name", "B/Role")]);
}

#[test]
fn stack_names_that_differ_only_in_case_are_refused() {
    let app = App::new();
    app.stack("Web").add("Jobs", sqs::Queue::new());
    let line = line!() + 1;
    app.stack("web").add("Jobs", sqs::Queue::new());
    assert_eq!(
        refused(&app),
        [(
            "stack-name-case web: the stack name \"web\" differs from \"Web\" only in case: their template files would \
             be one on a file system that ignores case"
                .to_owned(),
            line
        )]
    );
}

#[test]
fn a_stack_takes_49_tags_forma_adds_the_fiftieth() {
    let app = App::new();
    let s = app.stack("Msg");
    for i in 0..49 {
        s.tag(format!("t{i}"), "v");
    }
    s.add("Jobs", sqs::Queue::new());
    synthesize_with(&app, settings()).unwrap_or_else(|e| panic!("49 and forma's fingerprint are fine: {e}"));
    let line = line!() + 1;
    s.tag("t49", "v");
    let found = refused(&app);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].0,
        "too-many-tags Msg: the stack has 50 tags; CloudFormation takes 50 and forma adds its fingerprint, so \
         at most 49"
    );
    assert_eq!(found[0].1, line);
}
