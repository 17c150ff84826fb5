//! Every generated resource type, built by its constructor with sample values for its
//! required properties (`every_type/resources.rs`, written by the generator), synthesizes
//! into templates in which cfn-lint finds no unknown property (E3002), no missing required
//! property (E3003) and no value of the wrong type (E3012): what the generated types let a
//! user write is what CloudFormation's schema accepts.
//!
//! Each type is linted in a region where cfn-lint knows it (us-east-1, or for the few types
//! that do not exist there, the region the generator took the schema from), set per
//! template through `Metadata.cfn-lint.config.regions`, so one cfn-lint process lints all
//! templates. Other findings (patterns, enum values, cross-property rules) are counted, not
//! judged: sample values are not meant to be deployable.

#![cfg(feature = "full")]

#[path = "../../../snapshots/tests/support/pytools.rs"]
mod pytools;

#[path = "every_type/resources.rs"]
mod resources;

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use forma_core::{obj, CfnResource, Stack};
use forma_synth::Format;
use serde_json::Value as Json;

/// Most resources per stack: CloudFormation's limit is 500, and cfn-lint's time per template
/// grows faster than its size.
const STACK_RESOURCES: usize = 400;

/// The rules this test is about.
const JUDGED: [&str; 3] = ["E3002", "E3003", "E3012"];

/// Rules saying cfn-lint did not check a resource at all: a type unknown in the template's
/// region (E3006), or a template it could not read (E0000).
const NOT_CHECKED: [&str; 2] = ["E3006", "E0000"];

/// The region cfn-lint checks a type in unless [`Every::regions`] says otherwise.
const DEFAULT_REGION: &str = "us-east-1";

/// The app under construction: resources go into per-region stacks of at most
/// [`STACK_RESOURCES`].
pub struct Every {
    app: forma_core::App,
    /// Types cfn-lint does not know in [`DEFAULT_REGION`], with the first region it knows them in.
    regions: HashMap<String, String>,
    /// Per region: the stack being filled and how many resources it has.
    open: BTreeMap<String, (Stack, usize)>,
    stacks: usize,
    added: usize,
}

impl Every {
    /// Adds `resource` under an id made of its type name (`AWS::SQS::Queue` → `AWSSQSQueue`).
    pub fn add<R: CfnResource>(&mut self, resource: R) {
        let type_name = resource.type_name().to_owned();
        let region = self.regions.get(&type_name).map_or(DEFAULT_REGION, String::as_str).to_owned();
        let full = self.open.get(&region).is_none_or(|(_, n)| *n >= STACK_RESOURCES);
        if full {
            self.stacks += 1;
            let stack = self.app.stack(&format!("Every{}-{region}", self.stacks));
            stack.add_metadata("cfn-lint", obj! { "config" => obj! { "regions" => vec![region.as_str()] } });
            self.open.insert(region.clone(), (stack, 0));
        }
        let (stack, n) = self.open.get_mut(&region).expect("a stack for the region");
        stack.add(&type_name.replace("::", ""), resource);
        *n += 1;
        self.added += 1;
    }
}

/// The types cfn-lint's registry data does not have in [`DEFAULT_REGION`], each with the
/// first region (by name) that has it: where `dsl/codegen/generate.py fetch` took its schema.
fn other_regions(env: &pytools::PyEnv) -> HashMap<String, String> {
    const SCRIPT: &str = r#"
import json, os, cfnlint
base = os.path.join(os.path.dirname(cfnlint.__file__), "data", "schemas", "providers")
known = {}
for name in sorted(os.listdir(base)):
    if name.endswith(".json"):
        known[name[:-5]] = set(json.load(open(os.path.join(base, name))))
out = {}
for region in sorted(known):
    for t in sorted(known[region] - known["us-east-1"]):
        out.setdefault(t, region)
print(json.dumps(out))
"#;
    let output = env
        .command("python")
        .args(["-c", SCRIPT])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", env.python().display()));
    assert!(
        output.status.success(),
        "cannot read cfn-lint's region data ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the region data as JSON")
}

/// One cfn-lint finding, located.
struct Finding {
    rule: String,
    file: String,
    type_name: String,
    path: String,
    message: String,
}

#[test]
fn every_resource_type_passes_cfn_lint_property_checks() {
    let env = pytools::pyenv();
    let mut every =
        Every { app: forma_core::App::new(), regions: other_regions(&env), open: BTreeMap::new(), stacks: 0, added: 0 };
    resources::all(&mut every);
    let assembly =
        // The sample values are not meant to meet every pattern and length: synthesis reports
        // those as warnings here, and cfn-lint judges the properties' names and types.
        forma_synth::synthesize_with(
            &every.app,
            forma_synth::Settings {
                format: Format::Json,
                value_checks: forma_synth::ValueChecks::Warnings,
                ..forma_synth::Settings::default()
            },
        )
        .unwrap_or_else(|e| panic!("synthesis failed:\n{e}"));

    // Logical id → type, per template file.
    let mut types: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut synthesized = 0;
    for stack in &assembly.stacks {
        let resources = stack.template()["Resources"].as_object().expect("a Resources section");
        synthesized += resources.len();
        let by_id = resources.iter().map(|(id, r)| (id.clone(), r["Type"].as_str().unwrap_or("?").to_owned()));
        types.insert(stack.manifest.template.clone(), by_id.collect());
    }
    assert_eq!(synthesized, every.added, "every resource added is in a template");

    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("every-type-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    assembly.write(&dir).unwrap_or_else(|e| panic!("cannot write the templates to {}: {e}", dir.display()));
    let templates: Vec<_> = assembly.stacks.iter().map(|s| dir.join(&s.manifest.template)).collect();

    // One process for every file: cfn-lint's start-up dominates its run time.
    let started = std::time::Instant::now();
    let output = env
        .command("cfn-lint")
        .args(["--format", "json", "--non-zero-exit-code", "none", "--"])
        .args(&templates)
        .env_remove("AWS_REGION")
        .env_remove("AWS_DEFAULT_REGION")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", env.bin("cfn-lint").display()));
    assert!(
        output.status.success(),
        "cfn-lint failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let lint_time = started.elapsed();
    let report: Vec<Json> = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!("cfn-lint's output is not JSON ({e}):\n{}", String::from_utf8_lossy(&output.stdout))
    });

    let findings: Vec<Finding> = report
        .iter()
        .map(|f| {
            let file = Path::new(f["Filename"].as_str().unwrap_or("?"))
                .file_name()
                .map_or_else(|| "?".to_owned(), |n| n.to_string_lossy().into_owned());
            let path = f["Location"]["Path"].as_array().cloned().unwrap_or_default();
            let step = |v: &Json| v.as_str().map_or_else(|| v.to_string(), str::to_owned);
            let id = path.get(1).map(step).unwrap_or_default();
            let type_name = types.get(&file).and_then(|t| t.get(&id)).cloned().unwrap_or_else(|| format!("({id})"));
            let rest: Vec<String> = path.iter().skip(3).map(step).collect();
            Finding {
                rule: f["Rule"]["Id"].as_str().unwrap_or("?").to_owned(),
                file,
                type_name,
                path: rest.join("/"),
                message: f["Message"].as_str().unwrap_or("").to_owned(),
            }
        })
        .collect();

    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &findings {
        *counts.entry(f.rule.as_str()).or_default() += 1;
    }
    println!(
        "{} resource types in {} templates; cfn-lint took {:.1} s and found: {}",
        every.added,
        assembly.stacks.len(),
        lint_time.as_secs_f64(),
        if counts.is_empty() {
            "nothing".to_owned()
        } else {
            counts.iter().map(|(rule, n)| format!("{rule} ×{n}")).collect::<Vec<_>>().join(", ")
        }
    );

    let bad: Vec<&Finding> = findings
        .iter()
        .filter(|f| JUDGED.contains(&f.rule.as_str()) || NOT_CHECKED.contains(&f.rule.as_str()))
        .collect();
    if bad.is_empty() {
        let _ = fs::remove_dir_all(&dir);
        return;
    }
    let shown: Vec<String> =
        bad.iter().map(|f| format!("{} {} {}: {} ({})", f.rule, f.type_name, f.path, f.message, f.file)).collect();
    panic!(
        "cfn-lint found {} problem(s) with generated types (E3002 unknown property or invalid value, E3003 \
         missing required property, E3012 wrong type; E3006/E0000: a type or template went unchecked):\n  {}\n\
         templates kept in {}\nhint: fix the cause in dsl/codegen (type mapping, required properties, a named \
         patch in patches.py, or the sample values in samples.py), then run `python3 dsl/codegen/generate.py`",
        bad.len(),
        shown.join("\n  "),
        dir.display()
    );
}
