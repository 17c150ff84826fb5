//! `forma diff`: the assembly against what is deployed, by resource and property.

use serde_json::Value as Json;

use crate::report::Style;

/// One difference inside a section of the template.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Added { id: String, kind: String },
    Removed { id: String, kind: String },
    Changed { id: String, kind: String, properties: Vec<(String, Option<Json>, Option<Json>)> },
}

/// The differences of one template section (`Resources`, `Parameters`, `Outputs`, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct SectionDiff {
    pub section: String,
    pub items: Vec<Item>,
}

const SECTIONS: &[&str] = &["Parameters", "Rules", "Mappings", "Conditions", "Resources", "Outputs"];

/// Compares two templates section by section; `deployed` is `None` for a stack that does
/// not exist yet.
pub fn diff(deployed: Option<&Json>, local: &Json) -> Vec<SectionDiff> {
    let empty = Json::Object(Default::default());
    let old = deployed.unwrap_or(&empty);
    let mut out = Vec::new();
    for &section in SECTIONS {
        let a = old.get(section).and_then(Json::as_object);
        let b = local.get(section).and_then(Json::as_object);
        let mut items = Vec::new();
        let kind = |v: &Json| v.get("Type").and_then(Json::as_str).unwrap_or("").to_owned();
        if let Some(b) = b {
            for (id, new) in b {
                match a.and_then(|a| a.get(id)) {
                    None => items.push(Item::Added { id: id.clone(), kind: kind(new) }),
                    Some(oldv) if oldv != new => {
                        let mut properties = Vec::new();
                        changes(id, oldv, new, &mut properties, "");
                        items.push(Item::Changed { id: id.clone(), kind: kind(new), properties });
                    }
                    Some(_) => {}
                }
            }
        }
        if let Some(a) = a {
            for (id, oldv) in a {
                if !b.is_some_and(|b| b.contains_key(id)) {
                    items.push(Item::Removed { id: id.clone(), kind: kind(oldv) });
                }
            }
        }
        if !items.is_empty() {
            out.push(SectionDiff { section: section.to_owned(), items });
        }
    }
    for key in ["Description", "Transform"] {
        if old.get(key) != local.get(key) {
            out.push(SectionDiff {
                section: key.to_owned(),
                items: vec![Item::Changed {
                    id: key.to_owned(),
                    kind: String::new(),
                    properties: vec![(String::new(), old.get(key).cloned(), local.get(key).cloned())],
                }],
            });
        }
    }
    out
}

/// The leaf-level changes between two values, as dotted paths.
fn changes(_id: &str, a: &Json, b: &Json, out: &mut Vec<(String, Option<Json>, Option<Json>)>, prefix: &str) {
    match (a, b) {
        (Json::Object(x), Json::Object(y)) => {
            for (k, vb) in y {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                match x.get(k) {
                    Some(va) if va == vb => {}
                    Some(va) => changes(_id, va, vb, out, &p),
                    None => out.push((p, None, Some(vb.clone()))),
                }
            }
            for (k, va) in x {
                if !y.contains_key(k) {
                    let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                    out.push((p, Some(va.clone()), None));
                }
            }
        }
        _ => out.push((prefix.to_owned(), Some(a.clone()), Some(b.clone()))),
    }
}

fn short(v: &Option<Json>) -> String {
    match v {
        None => "(absent)".into(),
        Some(Json::String(s)) if s.len() <= 80 && !s.contains('\n') => format!("{s:?}"),
        Some(v) => {
            let s = v.to_string();
            if s.len() > 80 {
                format!("{}…", &s[..s.char_indices().nth(77).map_or(s.len(), |(i, _)| i)])
            } else {
                s
            }
        }
    }
}

/// The diff as text: `+` added, `-` removed, `~` changed with each property path;
/// `replacements` (logical id → `True`/`Conditional`) calls out replaced resources.
pub fn render(
    diffs: &[SectionDiff],
    paths: &indexmap::IndexMap<String, String>,
    replacements: &std::collections::HashMap<String, String>,
    style: Style,
) -> String {
    let mut s = String::new();
    for d in diffs {
        s.push_str(&format!("  {}\n", style.bold(&d.section)));
        for item in &d.items {
            let name = |id: &String| paths.get(id).map_or_else(|| id.clone(), |p| format!("{p} ({id})"));
            match item {
                Item::Added { id, kind } => s.push_str(&style.green(&format!("    + {kind} {}\n", name(id)))),
                Item::Removed { id, kind } => s.push_str(&style.red(&format!("    - {kind} {}\n", name(id)))),
                Item::Changed { id, kind, properties } => {
                    let replace = match replacements.get(id).map(String::as_str) {
                        Some("True") => style.red("  (REPLACEMENT)"),
                        Some("Conditional") => style.yellow("  (may be replaced)"),
                        _ => String::new(),
                    };
                    s.push_str(&style.yellow(&format!("    ~ {kind} {}", name(id))));
                    s.push_str(&replace);
                    s.push('\n');
                    for (path, old, new) in properties {
                        let label = if path.is_empty() { String::new() } else { format!("{path}: ") };
                        s.push_str(&format!("        {label}{} -> {}\n", short(old), short(new)));
                    }
                }
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_added_removed_and_changed_properties() {
        let old = json!({"Resources": {
            "Keep": {"Type": "AWS::SQS::Queue"},
            "Gone": {"Type": "AWS::SNS::Topic"},
            "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 10, "Tags": [1], "Old": true}},
        }});
        let new = json!({"Resources": {
            "Keep": {"Type": "AWS::SQS::Queue"},
            "New": {"Type": "AWS::S3::Bucket"},
            "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Timeout": 30, "Tags": [1]}},
        }});
        let d = diff(Some(&old), &new);
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].items,
            vec![
                Item::Added { id: "New".into(), kind: "AWS::S3::Bucket".into() },
                Item::Changed {
                    id: "Fn".into(),
                    kind: "AWS::Lambda::Function".into(),
                    properties: vec![
                        ("Properties.Timeout".into(), Some(json!(10)), Some(json!(30))),
                        ("Properties.Old".into(), Some(json!(true)), None),
                    ],
                },
                Item::Removed { id: "Gone".into(), kind: "AWS::SNS::Topic".into() },
            ]
        );
        assert!(diff(Some(&new), &new).is_empty());
        let text = render(&d, &Default::default(), &[("Fn".to_string(), "True".to_string())].into(), Style::default());
        assert!(text.contains("~ AWS::Lambda::Function Fn  (REPLACEMENT)"), "{text}");
        assert!(text.contains("Properties.Timeout: 10 -> 30"), "{text}");
    }
}
