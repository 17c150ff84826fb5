//! YAML templates read back as they were written: every string, as a key or a value, comes
//! back equal from serde_yaml (YAML 1.2) and from the YAML 1.1 reader cfn-lint uses (PyYAML,
//! through cfn-lint's own template loader) — thousands of random strings made of what YAML
//! readers trip on.

use std::fmt::Write as _;
use std::path::Path;

use forma_dsl::{App, Expr, RawResource};
use forma_synth::{synthesize, Assembly, Format};
use serde_json::{json, Map, Value as Json};

#[path = "../../snapshots/tests/support/pytools.rs"]
mod pytools;

/// A small deterministic PRNG (SplitMix64): the same strings on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// Any character at all, weighted towards the ones YAML readers treat specially.
    fn char(&mut self) -> char {
        let ranges: [(u32, u32); 8] = [
            (0, 0x20),
            (0x7F, 0xA0),
            (0x20, 0x7F),
            (0xA0, 0x800),
            (0x2000, 0x2030),
            (0xFEFF, 0x1_0000),
            (0x800, 0xD800),
            (0xE000, 0x11_0000),
        ];
        let (lo, hi) = ranges[self.below(ranges.len())];
        let c = lo + self.below((hi - lo) as usize) as u32;
        char::from_u32(c).unwrap_or('\u{FFFD}')
    }
}

/// Words YAML 1.1 or 1.2 reads as something else than a string, or nearly.
const WORDS: &[&str] = &[
    "yes",
    "Yes",
    "YES",
    "no",
    "No",
    "NO",
    "y",
    "Y",
    "n",
    "N",
    "on",
    "On",
    "ON",
    "off",
    "Off",
    "OFF",
    "true",
    "True",
    "TRUE",
    "false",
    "False",
    "FALSE",
    "null",
    "Null",
    "NULL",
    "~",
    "",
    "1e3",
    "1E3",
    "1.0",
    "1.",
    ".5",
    "0x10",
    "0X1F",
    "0o17",
    "0b1",
    "0b1_0",
    "010",
    "0755",
    "1_000",
    "1_0.5",
    "1:20",
    "190:20:30",
    "-1:20",
    "1:20.5",
    ".inf",
    "-.Inf",
    "+.INF",
    ".nan",
    ".NaN",
    "NaN",
    "+1",
    "-0",
    "007",
    "2001-12-14",
    "2001-12-14t21:59:43.10-05:00",
    "2001-12-14 21:59:43.10 -5",
    "12e03",
    "1e+3",
    "6.8523015e+5",
    "685.230_15e+03",
    "=",
    "<<",
    "!",
    "!!str",
    "&a",
    "*a",
    "%YAML",
    "@",
    "`",
    "|",
    ">",
    "-",
    "--",
    "---",
    "...",
    "?",
    ": ",
    ":",
    "#",
    " #",
    "{",
    "}",
    "[",
    "]",
    ",",
    "'",
    "\"",
    "\\",
    "\\n",
    "\t",
    "\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "- ",
    "? ",
    "a",
    "Z",
    "abc",
    "AWS::S3::Bucket",
    "arn:aws:s3:::b/*",
    "${Foo}",
    "${!Literal}",
    "é",
    "日本",
    "😀",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\u{7F}",
    "\u{80}",
    "\u{9F}",
    "\u{A0}",
    "\u{FEFF}",
    "\u{FFFD}",
    "\u{FFFE}",
    "\u{FFFF}",
    "\u{0}",
    "\u{1B}",
    "\u{10FFFF}",
];

/// A random string: a word alone, or words and characters strung together, sometimes many
/// lines or very long.
fn random_string(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 | 1 => rng.pick(WORDS).to_owned(),
        2 => {
            // Lines, as inline code is, with what literal blocks cannot hold now and then.
            let mut s = String::new();
            for _ in 0..rng.below(6) + 1 {
                let indent = [0, 0, 0, 2, 4, 1][rng.below(6)];
                s.push_str(&" ".repeat(indent));
                for _ in 0..rng.below(4) {
                    s.push_str(rng.pick(WORDS));
                }
                s.push_str(["\n", "\n", "\n\n", " \n", "\r\n", "\u{2028}", "\u{85}"][rng.below(7)]);
            }
            if rng.below(2) == 0 {
                s.push_str(rng.pick(WORDS));
            }
            s
        }
        3 => {
            // Very long: past the 1,024 characters a key may have on one line.
            let mut s = String::new();
            let target = 1000 + rng.below(3000);
            while s.len() < target {
                s.push_str(rng.pick(&["a", "ab ", "é", "\"", "\\", "\u{2028}", ": ", "\n", "x-y"]));
            }
            s
        }
        _ => {
            let mut s = String::new();
            for _ in 0..rng.below(6) + 1 {
                if rng.below(3) == 0 {
                    s.push(rng.char());
                } else {
                    s.push_str(rng.pick(WORDS));
                }
            }
            s
        }
    }
}

/// Strings at the edges: every word alone and padded, and keys around the longest a reader
/// takes on one line.
fn edge_strings() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in WORDS {
        out.extend([(*w).to_owned(), format!(" {w}"), format!("{w} "), format!("a{w}"), format!("{w}a")]);
    }
    for c in (0..0x20).chain(0x7F..0xA0).chain([0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF]) {
        let c = char::from_u32(c).unwrap_or('?');
        out.extend([c.to_string(), format!("a{c}b"), format!("line{c}\nnext\n")]);
    }
    for n in 1018..1030 {
        out.push("k".repeat(n));
        out.push(format!("{}\n", "q".repeat(n - 4)));
        out.push("é".repeat(n / 2));
    }
    out
}

/// An app of a few stacks whose resources' Metadata hold `strings` as keys and as values
/// (each stack under CloudFormation's 1 MB), and some numbers YAML 1.1 must read as numbers.
fn app_with(strings: &[String]) -> App {
    let app = App::new();
    for (i, batch) in strings.chunks(700).enumerate() {
        let stack = app.stack(&format!("Fuzz{i}"));
        let pairs = batch.chunks(2).map(|p| (p[0].clone(), Expr::from(p.get(1).unwrap_or(&p[0]).as_str())));
        let items = Expr::list(batch.iter().map(|s| Expr::from(s.as_str())));
        let numbers = Expr::list([1e30, 1.5e-7, 1e-7, 0.5, -3.0, 12_345_678.0].map(Expr::from));
        let handle = stack.add("Handle", RawResource::new("AWS::CloudFormation::WaitConditionHandle"));
        handle.add_metadata("Pairs", Expr::object(pairs));
        handle.add_metadata("Items", items);
        handle.add_metadata("Numbers", numbers);
        // The template's own Metadata is written apart from the resources.
        stack.add_metadata("Keys", Expr::object(batch.iter().map(|s| (s.clone(), Expr::from(1)))));
    }
    app
}

fn all_strings() -> Vec<String> {
    let mut rng = Rng(0x5EED_F0A4_1A2B_3C4D);
    let mut strings = edge_strings();
    while strings.len() < 6000 {
        strings.push(random_string(&mut rng));
    }
    strings
}

fn synth_yaml(app: &App) -> Assembly {
    synthesize(app, Format::Yaml).unwrap_or_else(|e| panic!("synthesis failed:\n{e}"))
}

/// Every value where `got` differs from `want`, by path, up to a handful.
fn differences(want: &Json, got: &Json, path: &str, out: &mut Vec<String>) {
    if out.len() >= 8 || want == got {
        return;
    }
    match (want, got) {
        (Json::Array(a), Json::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                differences(x, y, &format!("{path}/{i}"), out);
            }
        }
        (Json::Object(a), Json::Object(b)) if a.len() == b.len() => {
            for ((k, x), (l, y)) in a.iter().zip(b) {
                if k != l {
                    out.push(format!("{path}: key {k:?} came back as {l:?}"));
                } else {
                    differences(x, y, &format!("{path}/{k:?}"), out);
                }
            }
        }
        _ => out.push(format!("{path}: wrote {want}, read {got}")),
    }
}

#[test]
fn every_string_reads_back_from_serde_yaml() {
    let strings = all_strings();
    let assembly = synth_yaml(&app_with(&strings));
    for stack in &assembly.stacks {
        let read: serde_yaml::Value = serde_yaml::from_str(&stack.body)
            .unwrap_or_else(|e| panic!("serde_yaml cannot read {}: {e}", stack.manifest.template));
        // Through serde_yaml's own value, so that a key read as a number or a boolean differs.
        let want: serde_yaml::Value = serde_yaml::to_value(stack.template()).unwrap_or_else(|e| panic!("{e}"));
        if read != want {
            let read = serde_json::to_value(&read).unwrap_or_else(|e| panic!("{e}"));
            let mut diffs = Vec::new();
            differences(stack.template(), &read, "", &mut diffs);
            panic!("{} reads back otherwise:\n{}", stack.manifest.template, diffs.join("\n"));
        }
    }
}

/// Reads each file with PyYAML's SafeLoader (pure Python, YAML 1.1) and with cfn-lint's
/// template loader, and prints, per file and loader, the value read as JSON in which every
/// value but a string says its type: `{"int": 1}`, `{"bool": true}`, `{"map": [[k, v], ...]}`.
const PY_READ: &str = r#"
import json, sys
import yaml
from cfnlint.decode import cfn_yaml

def typed(x):
    if isinstance(x, bool): return {"bool": x}
    if isinstance(x, str): return str(x)
    if isinstance(x, int): return {"int": x}
    if isinstance(x, float): return {"float": x}
    if x is None: return {"null": None}
    if isinstance(x, list): return {"list": [typed(i) for i in x]}
    if isinstance(x, dict): return {"map": [[typed(k), typed(v)] for k, v in x.items()]}
    return {"other": "%s %r" % (type(x).__name__, x)}

out = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for name, load in [("PyYAML", lambda t: yaml.load(t, Loader=yaml.SafeLoader)),
                       ("cfn-lint", lambda t: cfn_yaml.loads(t, path))]:
        try:
            out.append({"file": path, "loader": name, "value": typed(load(text))})
        except Exception as e:
            out.append({"file": path, "loader": name, "error": "%s: %s" % (type(e).__name__, e)})
json.dump(out, sys.stdout, ensure_ascii=True)
"#;

/// `value` as [`PY_READ`] prints it.
fn typed(value: &Json) -> Json {
    match value {
        Json::String(s) => Json::String(s.clone()),
        Json::Bool(b) => json!({ "bool": b }),
        Json::Number(n) if n.is_f64() => json!({ "float": n }),
        Json::Number(n) => json!({ "int": n }),
        Json::Null => json!({ "null": null }),
        Json::Array(items) => json!({ "list": items.iter().map(typed).collect::<Vec<_>>() }),
        Json::Object(map) => json!({ "map": map.iter().map(|(k, v)| json!([k, typed(v)])).collect::<Vec<_>>() }),
    }
}

#[test]
fn every_string_reads_back_from_pyyaml_as_cfn_lint_reads_it() {
    let strings = all_strings();
    let assembly = synth_yaml(&app_with(&strings));
    let env = pytools::pyenv();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("yaml-roundtrip-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    assembly.write(&dir).unwrap_or_else(|e| panic!("{e}"));
    let files: Vec<_> = assembly.stacks.iter().map(|s| dir.join(&s.manifest.template)).collect();
    // One Python process for every file.
    let output = std::process::Command::new(env.python())
        .arg("-c")
        .arg(PY_READ)
        .args(&files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", env.python().display()));
    assert!(output.status.success(), "the reader failed:\n{}", String::from_utf8_lossy(&output.stderr));
    let results: Vec<Map<String, Json>> =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("unreadable reader output: {e}"));
    assert_eq!(results.len(), 2 * files.len(), "one result per file and loader");

    let mut report = String::new();
    for (result, stack) in results.iter().zip(assembly.stacks.iter().flat_map(|s| [s, s])) {
        let loader = result["loader"].as_str().unwrap_or("?");
        let file = &stack.manifest.template;
        if let Some(e) = result.get("error") {
            let _ = writeln!(report, "{loader} cannot read {file}: {e}");
            continue;
        }
        let mut diffs = Vec::new();
        differences(&typed(stack.template()), &result["value"], "", &mut diffs);
        if !diffs.is_empty() {
            let _ = writeln!(report, "{loader} reads {file} otherwise:\n  {}", diffs.join("\n  "));
        }
    }
    assert!(report.is_empty(), "{report}");
    let _ = std::fs::remove_dir_all(&dir);
}
