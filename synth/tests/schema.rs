//! Typed resources and synth-time checks of literal values against the registry schemas:
//! each problem names the construct path, the property path, the rule and a hint.

use forma_dsl::cfn::{dynamodb, s3, sqs};
use forma_dsl::prelude::*;
use forma_dsl::{obj, App, ParameterDef, RawResource, Severity};
use forma_synth::{synthesize_with, Assembly, Format, Settings, SynthError};

fn settings() -> Settings {
    Settings { format: Format::Json, registry: Some(&forma_dsl::cfn::REGISTRY), ..Settings::default() }
}

fn synth(app: &App) -> Result<Assembly, SynthError> {
    synthesize_with(app, settings())
}

/// `code path: message` of every diagnostic, with its severity.
fn problems(app: &App) -> Vec<String> {
    let diags = match synth(app) {
        Ok(a) => a.diagnostics,
        Err(e) => e.diagnostics,
    };
    diags
        .iter()
        .map(|d| {
            let sev = if d.severity == Severity::Warning {
                "warning"
            } else if d.is_error() {
                "error"
            } else {
                "note"
            };
            format!("{sev}[{}] {}: {}", d.code, d.path, d.message)
        })
        .collect()
}

#[test]
fn typed_resources_render_in_schema_order_with_typed_attributes() {
    let app = App::new();
    let s = app.stack("Data");
    let table = s.add(
        "Orders",
        dynamodb::Table::new(vec![dynamodb::table::KeySchema::new("pk", dynamodb::table::KeyType::Hash)])
            .table_class(dynamodb::table::TableClass::StandardInfrequentAccess)
            .billing_mode(dynamodb::table::BillingMode::PayPerRequest)
            .attribute_definitions(vec![dynamodb::table::AttributeDefinition::new(
                "pk",
                dynamodb::table::AttributeType::S,
            )]),
    );
    let queue = s.add("Jobs", sqs::Queue::new().visibility_timeout(60).delay_seconds(5));
    s.add(
        "Events",
        sqs::Queue::new().delay_seconds(5).visibility_timeout(60).redrive_policy(obj! {
            "deadLetterTargetArn" => queue.arn(),
            "maxReceiveCount" => 3,
        }),
    );
    let _ = table.stream_arn();
    let a = synth(&app).unwrap_or_else(|e| panic!("{e}"));
    let t = &a.stacks[0].template()["Resources"];
    let props = |id: &str| -> Vec<String> {
        let (_, r) = t.as_object().unwrap().iter().find(|(k, _)| k.starts_with(id)).unwrap();
        r["Properties"].as_object().unwrap().keys().cloned().collect()
    };
    assert_eq!(props("Orders"), ["AttributeDefinitions", "BillingMode", "KeySchema", "TableClass"]);
    assert_eq!(props("Jobs"), ["DelaySeconds", "VisibilityTimeout"], "schema order, whatever the setters' order");
    assert_eq!(props("Events"), ["DelaySeconds", "RedrivePolicy", "VisibilityTimeout"]);
    let orders = t.as_object().unwrap().iter().find(|(k, _)| k.starts_with("Orders")).unwrap().1;
    assert_eq!(orders["Properties"]["BillingMode"], "PAY_PER_REQUEST");
    assert_eq!(orders["Properties"]["KeySchema"], serde_json::json!([{"AttributeName": "pk", "KeyType": "HASH"}]));
    let events = t.as_object().unwrap().iter().find(|(k, _)| k.starts_with("Events")).unwrap().1;
    assert_eq!(events["Properties"]["RedrivePolicy"]["deadLetterTargetArn"]["Fn::GetAtt"][1], "Arn");
    assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
}

#[test]
fn a_number_out_of_range_is_an_error_naming_the_construct_and_property() {
    let app = App::new();
    app.stack("Web").child("Api").add("Jobs", sqs::Queue::new().delay_seconds(901));
    assert_eq!(
        problems(&app),
        ["error[number-out-of-range] Web/Api/Jobs: Properties.DelaySeconds: 901 is out of range; the schema allows 0 to 900"]
    );
}

#[test]
fn a_pattern_mismatch_is_an_error() {
    let app = App::new();
    let trust = obj! {
        "Version" => "2012-10-17",
        "Statement" => forma_dsl::list![obj! {
            "Effect" => "Allow",
            "Principal" => obj! { "Service" => "lambda.amazonaws.com" },
            "Action" => "sts:AssumeRole",
        }],
    };
    app.stack("Auth").add("Role", forma_dsl::cfn::iam::Role::new(trust).role_name("my role"));
    assert_eq!(
        problems(&app),
        [
            r#"error[pattern-mismatch] Auth/Role: Properties.RoleName: "my role" does not match the pattern ^[\w+=,.@-]+$; it must be letters, digits and the characters + = , . @ _ - (no spaces)"#
        ]
    );
    // A bucket name breaks S3's rules, which say more than the schema's pattern: one error,
    // in their words.
    let app = App::new();
    app.stack("Files").add("Logs", s3::Bucket::new().bucket_name("Logs_Bucket"));
    assert_eq!(
        problems(&app),
        [
            r#"error[bucket-name] Files/Logs: Properties.BucketName: "Logs_Bucket" contains 'L'; a bucket name takes lower case letters, digits, dots and hyphens only"#
        ]
    );
}

#[test]
fn a_bucket_name_that_breaks_its_pattern_is_explained_in_words() {
    let app = App::new();
    app.stack("Files").add("Logs", s3::Bucket::new().bucket_name("My_Bucket"));
    let found = problems(&app);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains("lower case letters, digits, dots and hyphens"), "{found:#?}");
    // A name pattern of a type no service rule covers: the regex, then the same in words.
    let app = App::new();
    app.stack("Files").add("Fn", RawResource::new("AWS::Kinesis::Stream").property("Name", "my stream"));
    let found = problems(&app);
    assert_eq!(
        found,
        [
            r#"error[pattern-mismatch] Files/Fn: Properties.Name: "my stream" does not match the pattern ^[a-zA-Z0-9_.-]+$; it must be letters, digits, underscores, dots and hyphens (no spaces)"#
        ],
        "{found:#?}"
    );
}

#[test]
fn a_value_the_schema_does_not_list_is_a_warning() {
    let app = App::new();
    app.stack("Data").add(
        "Orders",
        dynamodb::Table::new(vec![dynamodb::table::KeySchema::new("pk", dynamodb::table::KeyType::Hash)])
            .billing_mode(dynamodb::table::BillingMode::Unknown("PAY_PER_USE".into())),
    );
    let found = problems(&app);
    assert_eq!(
        found,
        [
            r#"warning[unknown-enum-value] Data/Orders: Properties.BillingMode: "PAY_PER_USE" is not one of the values the schema lists"#
        ]
    );
    assert!(synth(&app).is_ok(), "a warning does not stop synthesis");
}

#[test]
fn a_raw_resource_of_a_known_type_is_checked_too() {
    let app = App::new();
    let s = app.stack("Raw");
    s.add("Jobs", RawResource::new("AWS::SQS::Queue").property("DelaySecond", 5).property("MaximumMessageSize", "big"));
    s.add("Orders", RawResource::new("AWS::DynamoDB::Table").property("BillingMode", "PAY_PER_REQUEST"));
    s.add(
        "Fn",
        RawResource::new("AWS::Lambda::Function")
            .property("Role", "arn:aws:iam::123456789012:role/x")
            .property("Code", obj! { "ZipFile" => "x" })
            .property(
                "VpcConfig",
                obj! { "SubnetIds" => forma_dsl::list!["subnet-1", 2, forma_dsl::Expr::Map(Default::default())] },
            ),
    );
    let found = problems(&app);
    assert_eq!(
        found,
        [
            "error[unknown-property] Raw/Jobs: Properties.DelaySecond: the schema has no property `DelaySecond`",
            r#"error[wrong-type] Raw/Jobs: Properties.MaximumMessageSize: expected an integer, found the string "big""#,
            "error[missing-property] Raw/Orders: Properties.KeySchema: a required property is missing",
            "error[wrong-type] Raw/Fn: Properties.VpcConfig.SubnetIds[2]: expected a string, found a map",
        ],
        "{found:#?}"
    );
    let e = synth(&app).expect_err("errors stop synthesis");
    let hint = e.diagnostics.iter().find(|d| d.code == "unknown-property").and_then(|d| d.hint.clone());
    assert_eq!(hint.as_deref(), Some("did you mean `DelaySeconds`?"));
}

#[test]
fn an_unknown_resource_type_is_an_error_with_the_closest_names() {
    let app = App::new();
    app.stack("Files").add("Logs", RawResource::new("AWS::S3::Buckt"));
    let e = synth(&app).expect_err("an unknown type");
    let d = e.diagnostics.iter().find(|d| d.code == "unknown-resource-type").expect("the diagnostic");
    assert_eq!(d.path, "Files/Logs");
    assert_eq!(d.message, "`AWS::S3::Buckt` is not a CloudFormation resource type");
    assert!(d.hint.as_deref().is_some_and(|h| h.starts_with("did you mean `AWS::S3::Bucket`")), "{:?}", d.hint);
    // Custom resources and other vendors' types are not the registry's.
    let app = App::new();
    app.stack("Ok").add("C", RawResource::new("Custom::Seeder"));
    app.stack("Ok2").add("M", RawResource::new("MyOrg::Thing::Widget"));
    assert!(synth(&app).is_ok());
}

#[test]
fn intrinsics_are_not_checked_and_set_property_of_an_unknown_name_is_an_error_at_its_line() {
    let app = App::new();
    let s = app.stack("Web");
    let delay = s.add_parameter("Delay", ParameterDef::number().default(5));
    let q = s.add("Jobs", sqs::Queue::new().delay_seconds(delay.value()));
    let line = line!() + 1;
    q.set_property("MessageRetention", 60);
    assert_eq!(
        problems(&app),
        ["error[unknown-property] Web/Jobs: Properties.MessageRetention: the schema has no property `MessageRetention`"]
    );
    let e = synth(&app).expect_err("CloudFormation refuses the property at deploy: synthesis refuses it first");
    let d = &e.diagnostics[0];
    assert_eq!(d.hint.as_deref(), Some("did you mean `MessageRetentionPeriod`?"));
    let at = d.location.expect("a location");
    assert_eq!((at.file(), at.line()), (file!(), line), "the set_property call, not the line that made the queue");
}

#[test]
fn a_misspelt_property_is_an_error_wherever_it_is_set() {
    use forma_dsl::dynamodb::{Attribute, Table, TableProps};

    let app = App::new();
    let s = app.stack("Data");
    let key = || vec![dynamodb::table::KeySchema::new("pk", dynamodb::table::KeyType::Hash)];
    let typed = s.add("Typed", dynamodb::Table::new(key()));
    let typed_line = line!() + 1;
    typed.set_property("BilingMode", "PAY_PER_REQUEST");
    let construct = Table::new(&s, "Orders", TableProps::new(Attribute::string("pk")));
    let override_line = line!() + 1;
    construct.resource().override_property("SSESpecification.SSEEnabld", true);
    let key_schema = forma_dsl::list![obj! { "AttributeName" => "pk", "KeyType" => "HASH" }];
    let raw = RawResource::new("AWS::DynamoDB::Table").property("KeySchema", key_schema);
    let raw_line = line!() + 1;
    let raw = raw.property("BilingMode", "x");
    s.add("Raw", raw);
    let e = synth(&app).expect_err("every one is an error");
    let found: Vec<(String, String, u32)> = e
        .diagnostics
        .iter()
        .map(|d| {
            assert!(d.is_error(), "{d}");
            (d.path.clone(), d.message.clone(), d.location.map_or(0, |l| l.line()))
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "Data/Typed".to_owned(),
                "Properties.BilingMode: the schema has no property `BilingMode`".to_owned(),
                typed_line
            ),
            (
                "Data/Orders/Resource".to_owned(),
                "Properties.SSESpecification.SSEEnabld: the schema has no property `SSEEnabld`".to_owned(),
                override_line
            ),
            (
                "Data/Orders/Resource".to_owned(),
                "Properties.SSESpecification.SSEEnabled: a required property is missing".to_owned(),
                override_line
            ),
            (
                "Data/Raw".to_owned(),
                "Properties.BilingMode: the schema has no property `BilingMode`".to_owned(),
                raw_line
            ),
        ]
    );
    assert!(e.diagnostics.iter().all(|d| d.location.is_some_and(|l| l.file() == file!())));
}

#[test]
fn a_schema_problem_points_at_the_line_that_set_the_value() {
    let app = App::new();
    let s = app.stack("Web");
    let queue = sqs::Queue::new().visibility_timeout(30);
    let setter_line = line!() + 1;
    let queue = queue.delay_seconds(901);
    let made_line = line!() + 1;
    let jobs = s.add("Jobs", queue);
    let property_line = line!() + 1;
    jobs.set_property("MaximumMessageSize", 10);
    let override_line = line!() + 1;
    jobs.override_property("ReceiveMessageWaitTimeSeconds", 21);
    let e = synth(&app).expect_err("three values out of range");
    let lines: Vec<(&str, u32)> =
        e.diagnostics.iter().map(|d| (d.message.as_str(), d.location.map_or(0, |l| l.line()))).collect();
    assert_eq!(
        lines,
        [
            ("Properties.DelaySeconds: 901 is out of range; the schema allows 0 to 900", setter_line),
            ("Properties.MaximumMessageSize: 10 is out of range; the schema allows 1024 to 1048576", property_line),
            ("Properties.ReceiveMessageWaitTimeSeconds: 21 is out of range; the schema allows 0 to 20", override_line),
        ]
    );
    assert!(![setter_line, property_line, override_line].contains(&made_line));
    // A required property missing from a resource points at the line that made it.
    let app = App::new();
    let line = line!() + 1;
    app.stack("Raw").add("Orders", RawResource::new("AWS::DynamoDB::Table"));
    let e = synth(&app).expect_err("no key schema");
    assert_eq!(e.diagnostics[0].location.map(|l| l.line()), Some(line));
}

#[test]
fn a_number_outside_an_integer_enumeration_is_an_error() {
    use forma_dsl::cfn::logs;

    let app = App::new();
    let s = app.stack("Logs");
    let line = line!() + 1;
    s.add("Month", logs::LogGroup::new().retention_in_days(31));
    s.add("Raw", RawResource::new("AWS::Logs::LogGroup").property("RetentionInDays", "4000"));
    s.add("Fine", logs::LogGroup::new().retention_in_days(30));
    s.add("AsText", RawResource::new("AWS::Logs::LogGroup").property("RetentionInDays", "3653"));
    let days = s.add_parameter("Days", ParameterDef::number().default(31));
    s.add("Unknown", logs::LogGroup::new().retention_in_days(days.value()));
    assert_eq!(
        problems(&app),
        [
            "error[value-not-allowed] Logs/Month: Properties.RetentionInDays: 31 is not one of the values \
             CloudFormation accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, \
             2557, 2922, 3288, 3653",
            "error[value-not-allowed] Logs/Raw: Properties.RetentionInDays: 4000 is not one of the values \
             CloudFormation accepts: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, \
             2557, 2922, 3288, 3653",
        ]
    );
    let e = synth(&app).expect_err("errors");
    assert_eq!(e.diagnostics[0].hint.as_deref(), Some("the nearest it accepts is 30"));
    assert_eq!(e.diagnostics[1].hint.as_deref(), Some("the nearest it accepts is 3653"));
    assert_eq!(e.diagnostics[0].location.map(|l| l.line()), Some(line));
}

/// Every pattern the schemas of the default services use is checked, or counted here as
/// left unchecked (Java-only syntax).
#[test]
fn the_schema_patterns_of_the_default_services_compile_or_are_counted() {
    use forma_dsl::schema::{Property, Shape};
    use forma_synth::{pattern_support, PatternSupport};
    use std::collections::BTreeSet;

    fn walk(props: &'static [Property], seen: &mut BTreeSet<usize>, out: &mut BTreeSet<&'static str>) {
        for p in props {
            shape(&p.shape, seen, out);
        }
    }
    fn shape(s: &'static Shape, seen: &mut BTreeSet<usize>, out: &mut BTreeSet<&'static str>) {
        match s {
            Shape::String(rule) => out.extend(rule.pattern),
            Shape::List(item, _) | Shape::Map(item) => shape(item, seen, out),
            Shape::Object(pt) if seen.insert(*pt as *const _ as usize) => walk(pt.properties, seen, out),
            _ => {}
        }
    }
    let registry = &forma_dsl::cfn::REGISTRY;
    let (mut patterns, mut seen) = (BTreeSet::new(), BTreeSet::new());
    let mut types = 0;
    for name in registry.type_names {
        if let Some(rt) = (registry.lookup)(name) {
            types += 1;
            walk(rt.properties, &mut seen, &mut patterns);
        }
    }
    let mut unchecked = Vec::new();
    for p in &patterns {
        match pattern_support(p) {
            PatternSupport::Checked => {}
            // AWS's patterns are Java ones; where Rust's parser disagrees (Java's nested
            // classes, `[a[b]]`), they are left unchecked all the same.
            PatternSupport::Unchecked | PatternSupport::Invalid => unchecked.push(*p),
        }
    }
    eprintln!(
        "{types} types, {} distinct patterns: {} checked, {} unchecked (Java-only syntax)",
        patterns.len(),
        patterns.len() - unchecked.len(),
        unchecked.len()
    );
    assert!(types > 300, "the default services are enabled: {types} types");
    assert!(patterns.len() > 200, "{} patterns", patterns.len());
    // Measured with cfn-lint 1.58.0's schemas: 37 of 265 use lookaround or backreferences,
    // which fancy-regex checks, or other Java-only syntax; 5 are left unchecked. More means
    // the pattern support regressed.
    assert!(unchecked.len() <= 5, "{} patterns unchecked: {unchecked:#?}", unchecked.len());
}

#[test]
fn value_checks_can_be_warnings_and_then_the_templates_are_written() {
    let app = App::new();
    app.stack("Web").add("Jobs", sqs::Queue::new().delay_seconds(901));
    let lenient = Settings { value_checks: forma_synth::ValueChecks::Warnings, ..settings() };
    let a = synthesize_with(&app, lenient).expect("written with a warning");
    assert_eq!(a.diagnostics.len(), 1);
    assert_eq!(a.diagnostics[0].severity, Severity::Warning);
    assert_eq!(a.diagnostics[0].code, "number-out-of-range");
    assert!(synth(&app).is_err(), "an error by default");
}

#[test]
fn properties_that_go_together_are_checked() {
    use forma_dsl::cfn::ec2::{self, security_group::Egress};
    use forma_dsl::condition::equals;
    use forma_dsl::intrinsic::if_;

    let app = App::new();
    let s = app.stack("Net");
    // `Egress` takes exactly one destination; `SecurityGroupEgress` needs a `VpcId`.
    s.add(
        "Both",
        ec2::SecurityGroup::new("two destinations")
            .vpc_id("vpc-0123456789abcdef0")
            .security_group_egress(vec![Egress::new("tcp").cidr_ip("10.0.0.0/16").cidr_ipv6("::/0")]),
    );
    s.add("Neither", ec2::SecurityGroup::new("no destination").security_group_egress(vec![Egress::new("tcp")]));
    // A destination set only under a condition is not judged at synth.
    let env = s.add_parameter("Env", ParameterDef::string().default("dev"));
    let v6 = s.add_condition("V6", equals::<String>(&env, "prod"));
    s.add(
        "Conditional",
        ec2::SecurityGroup::new("maybe v6").vpc_id("vpc-0123456789abcdef0").security_group_egress(vec![Egress::new(
            "tcp",
        )
        .cidr_ip("10.0.0.0/16")
        .cidr_ipv6(if_::<String>(&v6, "::/0", forma_dsl::Aws::no_value()))]),
    );
    let got = problems(&app);
    assert_eq!(
        got,
        [
            "error[property-combination] Net/Both: Properties.SecurityGroupEgress[0]: `CidrIp` and `CidrIpv6` are both \
             set; the schema allows only one of `CidrIp`, `CidrIpv6`, `DestinationSecurityGroupId`, \
             `DestinationPrefixListId`",
            "error[property-combination] Net/Neither: Properties.SecurityGroupEgress[0]: none of `CidrIp`, `CidrIpv6`, \
             `DestinationSecurityGroupId`, `DestinationPrefixListId` is set",
            "error[property-combination] Net/Neither: Properties: `SecurityGroupEgress` is set, so `VpcId` must be set \
             too",
        ],
        "{got:#?}"
    );
}
