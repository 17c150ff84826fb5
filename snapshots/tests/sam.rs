//! The SAM target: the serverless stack in both targets against their snapshots, cfn-lint on
//! its SAM form, and the SAM translator's expansion of it (what CloudFormation deploys)
//! compared with its CloudFormation form.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use forma_synth::{Assembly, Format, Target};
use serde_json::{json, Value};

use crate::support::{insta_settings, pytools, serverless_snapshots, synth_serverless, FORMATS};

/// A fresh directory for this test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

#[test]
fn serverless_templates_match_their_snapshots_in_both_targets() {
    for format in FORMATS {
        let snapshots = serverless_snapshots(format);
        insta_settings().bind(|| {
            for (name, body) in snapshots {
                insta::assert_snapshot!(name, body);
            }
        });
    }
}

#[test]
fn the_sam_form_holds_functions_and_a_simple_table_and_declares_the_transform() {
    let sam = synth_serverless(Target::Sam, Format::Json);
    let stack = &sam.stacks[0];
    let template = stack.template();
    assert_eq!(template["Transform"], "AWS::Serverless-2016-10-31");
    assert_eq!(stack.manifest.transform.as_deref(), Some("AWS::Serverless-2016-10-31"));
    let types: BTreeMap<&str, usize> =
        template["Resources"].as_object().expect("resources").values().filter_map(|r| r["Type"].as_str()).fold(
            BTreeMap::new(),
            |mut m, t| {
                *m.entry(t).or_default() += 1;
                m
            },
        );
    assert_eq!(types.get("AWS::Serverless::Function"), Some(&6), "{types:?}");
    assert_eq!(types.get("AWS::Serverless::SimpleTable"), Some(&1), "{types:?}");
    assert_eq!(types.get("AWS::Serverless::HttpApi"), Some(&1), "{types:?}");
    // Folded into the functions' events.
    for folded in [
        "AWS::Lambda::EventSourceMapping",
        "AWS::SNS::Subscription",
        "AWS::Events::Rule",
        "AWS::Lambda::Function",
        "AWS::ApiGatewayV2::Route",
        "AWS::ApiGatewayV2::Integration",
        "AWS::ApiGatewayV2::Stage",
    ] {
        assert_eq!(types.get(folded), None, "{folded} is still written plainly: {types:?}");
    }
    // What every function shares is said once.
    let globals = &template["Globals"]["Function"];
    assert_eq!(globals["Runtime"], "python3.12", "{globals}");
    assert_eq!(globals["Timeout"], 30, "{globals}");
    assert_eq!(globals["Environment"]["Variables"]["STAGE"], "test", "{globals}");
    for f in template["Resources"].as_object().expect("resources").values() {
        if f["Type"] == "AWS::Serverless::Function" {
            assert!(f["Properties"].get("Runtime").is_none(), "repeated under Globals: {f}");
        }
    }
    // The CloudFormation target is untouched.
    let cfn = synth_serverless(Target::CloudFormation, Format::Json);
    assert!(cfn.stacks[0].template().get("Transform").is_none());
    assert_eq!(cfn.stacks[0].manifest.transform, None);
}

/// The logical ids that differ between the targets: CloudFormation's → SAM's, by the
/// construct path both manifests give.
fn renames(cfn: &Assembly, sam: &Assembly) -> BTreeMap<String, String> {
    let by_path: BTreeMap<&str, &str> =
        sam.stacks[0].manifest.logical_ids.iter().map(|(id, path)| (path.as_str(), id.as_str())).collect();
    cfn.stacks[0]
        .manifest
        .logical_ids
        .iter()
        .filter_map(|(id, path)| by_path.get(path.as_str()).filter(|s| **s != id).map(|s| (id.clone(), s.to_string())))
        .collect()
}

/// `value` with every reference to a renamed logical id renamed.
fn rename(value: &mut Value, names: &BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(id)) = map.get_mut("Ref") {
                if let Some(new) = names.get(id.as_str()) {
                    *id = new.clone();
                }
            }
            if let Some(Value::Array(att)) = map.get_mut("Fn::GetAtt") {
                if let Some(Value::String(id)) = att.first_mut() {
                    if let Some(new) = names.get(id.as_str()) {
                        *id = new.clone();
                    }
                }
            }
            if let Some(Value::Array(ids)) = map.get_mut("DependsOn") {
                for id in ids.iter_mut() {
                    if let Some(new) = id.as_str().and_then(|i| names.get(i)) {
                        *id = Value::String(new.clone());
                    }
                }
            }
            map.values_mut().for_each(|v| rename(v, names));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rename(v, names)),
        _ => {}
    }
}

/// What legitimately differs between a plain resource and its SAM expansion, taken out:
/// the `lambda:createdBy` tag SAM puts on functions, `Ref` against `Fn::GetAtt .Arn` for a
/// permission's function (both name it), the target id SAM gives a rule, and the
/// dependencies of what a function's events make (they wait for the function, which
/// waits for the same policy).
fn normalize(template: &mut Value, folded: &[String]) {
    let Some(resources) = template.get_mut("Resources").and_then(Value::as_object_mut) else { return };
    for (id, resource) in resources.iter_mut() {
        let kind = resource["Type"].as_str().unwrap_or_default().to_owned();
        if folded.contains(id) {
            if let Some(r) = resource.as_object_mut() {
                r.remove("DependsOn");
            }
        }
        let Some(props) = resource.get_mut("Properties").and_then(Value::as_object_mut) else { continue };
        match kind.as_str() {
            "AWS::Lambda::Function" => {
                if let Some(Value::Array(tags)) = props.get_mut("Tags") {
                    tags.retain(|t| t["Key"] != "lambda:createdBy");
                    if tags.is_empty() {
                        props.remove("Tags");
                    }
                }
            }
            "AWS::Lambda::Permission" => {
                if let Some(att) = props.get("FunctionName").and_then(|f| f.get("Fn::GetAtt")).cloned() {
                    props.insert("FunctionName".into(), json!({ "Ref": att[0] }));
                }
                if let Some(arn) = props.get_mut("SourceArn") {
                    canonical_sub(arn);
                }
            }
            "AWS::ApiGatewayV2::Stage" if props.get("Tags") == Some(&json!({ "httpapi:createdBy": "SAM" })) => {
                props.remove("Tags");
            }
            "AWS::Events::Rule" => {
                // Enabled is CloudFormation's default; a pattern event does not say it.
                if props.get("State") == Some(&json!("ENABLED")) {
                    props.remove("State");
                }
                if let Some(Value::Array(targets)) = props.get_mut("Targets") {
                    targets.iter_mut().filter_map(Value::as_object_mut).for_each(|t| _ = t.remove("Id"));
                }
            }
            _ => {}
        }
    }
}

/// A `Fn::Sub` with its literal variables written in and the others named by order of
/// appearance, so that two spellings of one string compare equal.
fn canonical_sub(value: &mut Value) {
    let Some(Value::Array(parts)) = value.get_mut("Fn::Sub") else { return };
    let [Value::String(text), Value::Object(vars)] = parts.as_mut_slice() else { return };
    let mut out = String::new();
    let mut kept = serde_json::Map::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("${") {
        let Some(end) = rest[start..].find('}') else { break };
        let name = &rest[start + 2..start + end];
        out.push_str(&rest[..start]);
        match vars.get(name) {
            Some(Value::String(literal)) => out.push_str(literal),
            Some(other) => {
                let canonical = format!("v{}", kept.len());
                out.push_str(&format!("${{{canonical}}}"));
                kept.insert(canonical, other.clone());
            }
            None => out.push_str(&rest[start..start + end + 1]),
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    *value = json!({ "Fn::Sub": [out, Value::Object(kept)] });
}

/// The routes of an HTTP API as `METHOD /path` → the function each invokes: from the
/// CloudFormation target's routes and integrations, taken out of `template`.
fn take_plain_routes(template: &mut Value, api: &str) -> BTreeMap<String, String> {
    let resources = template["Resources"].as_object_mut().expect("resources");
    let on_api = |r: &Value| r["Properties"]["ApiId"]["Ref"] == api;
    let integrations: BTreeMap<String, String> = resources
        .iter()
        .filter(|(_, r)| r["Type"] == "AWS::ApiGatewayV2::Integration" && on_api(r))
        .map(|(id, r)| {
            (id.clone(), r["Properties"]["IntegrationUri"]["Fn::GetAtt"][0].as_str().unwrap_or("").to_owned())
        })
        .collect();
    let mut routes = BTreeMap::new();
    let ids: Vec<String> = resources.keys().cloned().collect();
    for id in ids {
        let r = &resources[&id];
        if r["Type"] == "AWS::ApiGatewayV2::Route" && on_api(r) {
            let target = r["Properties"]["Target"]["Fn::Sub"][1]["Id"]["Ref"].as_str().unwrap_or("").to_owned();
            let key = r["Properties"]["RouteKey"].as_str().unwrap_or("").to_owned();
            routes.insert(key, integrations.get(&target).cloned().unwrap_or_default());
            resources.remove(&id);
        }
    }
    for id in integrations.keys() {
        resources.remove(id);
    }
    routes
}

/// The routes of a SAM-expanded HTTP API, from its OpenAPI body.
fn body_routes(api: &Value) -> BTreeMap<String, String> {
    let mut routes = BTreeMap::new();
    for (path, methods) in api["Properties"]["Body"]["paths"].as_object().into_iter().flatten() {
        for (method, op) in methods.as_object().into_iter().flatten() {
            let uri = op["x-amazon-apigateway-integration"]["uri"]["Fn::Sub"].as_str().unwrap_or("");
            // `...:lambda:path/2015-03-31/functions/${Function.Arn}/invocations`
            let function =
                uri.split("${").find(|s| s.contains(".Arn}")).and_then(|s| s.split('.').next()).unwrap_or("");
            routes.insert(format!("{} {path}", method.to_ascii_uppercase()), function.to_owned());
        }
    }
    routes
}

#[test]
fn the_sam_translator_expands_the_sam_form_into_the_cloudformation_form() {
    let env = pytools::pyenv();
    let dir = scratch("sam-expand");
    let (cfn, sam) =
        (synth_serverless(Target::CloudFormation, Format::Json), synth_serverless(Target::Sam, Format::Json));
    let mut args = Vec::new();
    for format in FORMATS {
        let assembly = synth_serverless(Target::Sam, format);
        let out = dir.join(format.extension());
        assembly.write(&out).unwrap_or_else(|e| panic!("{e}"));
        let template = out.join(&assembly.stacks[0].manifest.template);
        args.push(template);
        args.push(dir.join(format!("expanded.{}.json", format.extension())));
    }
    let script = pytools::workspace_root().join("snapshots/tests/support/sam_expand.py");
    let output = std::process::Command::new(env.python())
        .arg(&script)
        .args(&args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(
        output.status.success(),
        "the SAM translator refused the SAM template ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |p: &Path| -> Value {
        serde_json::from_str(&fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    };
    let names = renames(&cfn, &sam);
    let folded: Vec<String> = names.values().cloned().collect();
    assert!(!folded.is_empty(), "no resource was folded into a function");
    let mut want = cfn.stacks[0].template().clone();
    rename(&mut want, &names);
    if let Some(Value::Object(resources)) = want.get_mut("Resources") {
        *resources =
            std::mem::take(resources).into_iter().map(|(id, r)| (names.get(&id).cloned().unwrap_or(id), r)).collect();
    }
    normalize(&mut want, &folded);
    // The HTTP API: its routes are resources of their own in CloudFormation's form, its
    // OpenAPI body in SAM's expansion; its name is the body's title.
    let http = "Http227AEA1F";
    let plain_routes = take_plain_routes(&mut want, http);
    assert_eq!(plain_routes.len(), 1, "{plain_routes:?}");
    let http_name = want["Resources"][http]["Properties"]["Name"].clone();
    for expanded in [&args[1], &args[3]] {
        let mut got = read(expanded);
        normalize(&mut got, &folded);
        assert_eq!(body_routes(&got["Resources"][http]), plain_routes, "the HTTP API's routes differ");
        assert_eq!(got["Resources"][http]["Properties"]["Body"]["info"]["title"], http_name);
        got["Resources"][http] = want["Resources"][http].clone();
        // No role SAM would make (with AWSLambdaBasicExecutionRole's logs:CreateLogGroup).
        let text = got.to_string();
        assert!(!text.contains("AWSLambdaBasicExecutionRole"), "the expansion made a role of its own");
        let (want_resources, got_resources) = (&want["Resources"], &got["Resources"]);
        let ids = |v: &Value| v.as_object().map(|m| m.keys().cloned().collect::<Vec<_>>()).unwrap_or_default();
        let (mut want_ids, mut got_ids) = (ids(want_resources), ids(got_resources));
        want_ids.sort();
        got_ids.sort();
        assert_eq!(got_ids, want_ids, "the expansion holds other resources");
        for id in &want_ids {
            assert_eq!(
                got_resources[id],
                want_resources[id],
                "{id} differs between the SAM expansion ({}) and the CloudFormation target",
                expanded.display()
            );
        }
        assert_eq!(got["Outputs"], want["Outputs"], "the outputs differ");
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn cfn_lint_accepts_the_sam_templates() {
    let env = pytools::pyenv();
    let dir = scratch("sam-lint");
    let mut templates = Vec::new();
    for format in FORMATS {
        let assembly = synth_serverless(Target::Sam, format);
        let out = dir.join(format.extension());
        assembly.write(&out).unwrap_or_else(|e| panic!("{e}"));
        templates.extend(assembly.stacks.iter().map(|s| out.join(&s.manifest.template)));
    }
    let output = env
        .command("cfn-lint")
        .args(["--non-zero-exit-code", "informational", "--"])
        .args(&templates)
        .output()
        .unwrap_or_else(|e| panic!("cannot run cfn-lint: {e}"));
    assert!(
        output.status.success(),
        "cfn-lint rejected the SAM templates ({}):\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_resource_another_stack_imported_first_keeps_its_logical_id_and_stays_plain() {
    use forma_dsl::lambda::{Code, EventSource, Function, FunctionProps, Runtime};
    use forma_dsl::sqs::{Queue, QueueProps};
    use forma_dsl::{App, Output};

    let app = App::new();
    // Resolved first, and it imports the mapping of the stack after it.
    let watch = app.stack("Watch");
    let jobs = app.stack("Jobs");
    let queue = Queue::new(&jobs, "Queue", QueueProps::default());
    let code = Code::inline("def handler(event, context):\n    return None\n");
    let worker = Function::new(&jobs, "Worker", FunctionProps::new(Runtime::Python312, "index.handler", code));
    let mapping = worker.add_event_source(EventSource::sqs(&queue));
    watch.add_output("Mapping", Output::new(mapping.reference()));
    watch.add("Topic", forma_dsl::RawResource::new("AWS::SNS::Topic"));

    let settings = forma_synth::Settings { target: Target::Sam, ..forma_synth::Settings::default() };
    let assembly = forma_synth::synthesize_with(&app, settings).unwrap_or_else(|e| panic!("{e}"));
    let jobs = assembly.stacks.iter().find(|s| s.name() == "Jobs").expect("the Jobs stack");
    let template = jobs.template();
    let resources = template["Resources"].as_object().expect("resources");
    let (id, _) = resources
        .iter()
        .find(|(_, r)| r["Type"] == "AWS::Lambda::EventSourceMapping")
        .expect("the mapping stays a plain resource");
    let exported = template["Outputs"].as_object().expect("outputs").values().any(|o| o["Value"]["Ref"] == id.as_str());
    assert!(exported, "the export refers to {id}: {template}");
    // The function is still in its serverless form, without that event.
    let worker = resources.values().find(|r| r["Type"] == "AWS::Serverless::Function").expect("the function");
    assert!(worker["Properties"].get("Events").is_none(), "{worker}");
}
