//! Export locks. CloudFormation refuses to remove an export, or to change its value, while
//! another stack imports it ("Export X cannot be deleted as it is in use by Y"). Before a
//! change that would, apply releases the importers of the run: each is updated with its
//! deployed template where the import is replaced by the export's current value, which
//! changes none of its resources and frees the export. The importer gets its own template
//! (importing the new value, or nothing) at its turn later in the same run.

use std::collections::{BTreeMap, BTreeSet};

use aws_sdk_cloudformation::error::ProvideErrorMetadata;
use serde_json::Value as Json;

use super::error::DeployError;
use super::Ctx;

/// A deployed export the new template removes or may give another value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locked {
    pub export: String,
    /// Its value now, which the importers take while it changes.
    pub value: String,
    /// Why it is locked, in words.
    pub why: String,
}

/// A change set's change, as far as exports care: `(logical id, removed or replaced)`.
pub type Replaced<'a> = &'a [(String, bool)];

/// The deployed exports (`(output key, value, export name)`) that the new template removes
/// or whose value may change: its expression differs from the deployed template's, or it
/// names a resource the change set removes or replaces.
pub fn at_risk(
    exports: &[(String, String, String)],
    deployed: &Json,
    new: &Json,
    replaced: Replaced<'_>,
) -> Vec<Locked> {
    let new_outputs = new.get("Outputs").and_then(Json::as_object);
    let mut out = Vec::new();
    for (key, value, export) in exports {
        let by_name = new_outputs.and_then(|o| o.values().find(|o| o["Export"]["Name"].as_str() == Some(export)));
        // An export name that is an expression (`Fn::Sub`) is matched by its output's key.
        let by_key =
            new_outputs.and_then(|o| o.get(key)).filter(|o| o.get("Export").is_some_and(|e| !e["Name"].is_string()));
        let why = match by_name.or(by_key) {
            None => Some("the new template removes it".to_owned()),
            Some(o) if o["Value"] != deployed["Outputs"][key]["Value"] => Some("its value changes".to_owned()),
            Some(o) => {
                let names = references(&o["Value"]);
                replaced
                    .iter()
                    .find(|(id, gone)| *gone && names.contains(id))
                    .map(|(id, _)| format!("its value names {id}, which the change replaces"))
            }
        };
        if let Some(why) = why {
            out.push(Locked { export: export.clone(), value: value.clone(), why });
        }
    }
    out
}

/// The logical ids an expression names (`Ref`, `Fn::GetAtt`, `${X}` in `Fn::Sub`).
fn references(node: &Json) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    match node {
        Json::Object(o) => {
            for (k, v) in o {
                match (k.as_str(), v) {
                    ("Ref", Json::String(id)) => {
                        out.insert(id.clone());
                    }
                    ("Fn::GetAtt", Json::Array(a)) => out.extend(a.first().and_then(Json::as_str).map(str::to_owned)),
                    ("Fn::GetAtt", Json::String(s)) => out.extend(s.split('.').next().map(str::to_owned)),
                    ("Fn::Sub", _) => {
                        let text = v.as_str().or_else(|| v.get(0).and_then(Json::as_str)).unwrap_or("");
                        for part in text.split("${").skip(1) {
                            let name = part.split('}').next().unwrap_or("");
                            out.extend(name.split('.').next().filter(|n| !n.starts_with('!')).map(str::to_owned));
                        }
                        out.extend(references(v));
                    }
                    _ => out.extend(references(v)),
                }
            }
        }
        Json::Array(a) => a.iter().for_each(|v| out.extend(references(v))),
        _ => {}
    }
    out
}

/// Replaces each `{"Fn::ImportValue": NAME}` whose name is in `values` by that value;
/// returns how many were replaced.
pub fn release(template: &mut Json, values: &BTreeMap<String, String>) -> usize {
    match template {
        Json::Object(o) => {
            if o.len() == 1 {
                if let Some(value) = o.get("Fn::ImportValue").and_then(Json::as_str).and_then(|n| values.get(n)) {
                    *template = Json::String(value.clone());
                    return 1;
                }
            }
            o.values_mut().map(|v| release(v, values)).sum()
        }
        Json::Array(a) => a.iter_mut().map(|v| release(v, values)).sum(),
        _ => 0,
    }
}

/// The stacks that import `export` (CloudFormation's `ListImports`).
pub async fn importers(ctx: &Ctx, stack: &str, export: &str) -> Result<Vec<String>, DeployError> {
    let mut out = Vec::new();
    let mut token = None;
    loop {
        let page = match ctx.aws.cfn.list_imports().export_name(export).set_next_token(token).send().await {
            Ok(page) => page,
            // CloudFormation's answer for an export no stack imports.
            Err(e) if e.as_service_error().and_then(|s| s.message()).is_some_and(|m| m.contains("is not imported")) => {
                return Ok(out)
            }
            Err(e) => return Err(DeployError::aws(&format!("ListImports {export}"), &e).stack(stack)),
        };
        out.extend(page.imports().iter().cloned());
        token = page.next_token().map(str::to_owned);
        if token.is_none() {
            return Ok(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn exports() -> Vec<(String, String, String)> {
        vec![("TableName".into(), "t-1".into(), "Storage:Table".into())]
    }

    fn template(value: Json, export: Json) -> Json {
        json!({"Outputs": {"TableName": {"Value": value, "Export": {"Name": export}}}})
    }

    #[test]
    fn an_export_that_stays_with_the_same_expression_and_resources_is_not_locked() {
        let t = template(json!({"Ref": "Table"}), json!("Storage:Table"));
        assert!(at_risk(&exports(), &t, &t, &[("Table".into(), false)]).is_empty());
    }

    #[test]
    fn removed_changed_and_replaced_exports_are_locked_with_the_reason() {
        let deployed = template(json!({"Ref": "Table"}), json!("Storage:Table"));
        let removed = at_risk(&exports(), &deployed, &json!({"Outputs": {}}), &[]);
        assert_eq!(removed[0].why, "the new template removes it");
        assert_eq!(removed[0].value, "t-1");
        let changed = template(json!({"Fn::GetAtt": ["Table", "Arn"]}), json!("Storage:Table"));
        assert_eq!(at_risk(&exports(), &deployed, &changed, &[])[0].why, "its value changes");
        let replaced = at_risk(&exports(), &deployed, &deployed, &[("Table".into(), true)]);
        assert_eq!(replaced[0].why, "its value names Table, which the change replaces");
        let sub = template(json!({"Fn::Sub": "${Table}-x"}), json!("Storage:Table"));
        assert_eq!(at_risk(&exports(), &sub, &sub, &[("Table".into(), true)]).len(), 1);
    }

    #[test]
    fn an_export_named_by_an_expression_is_matched_by_its_output_key() {
        let name = json!({"Fn::Sub": "${AWS::StackName}:Table"});
        let t = template(json!({"Ref": "Table"}), name);
        assert!(at_risk(&exports(), &t, &t, &[]).is_empty());
    }

    #[test]
    fn release_replaces_exactly_the_imports_named() {
        let mut t = json!({"Resources": {"Q": {"Properties": {
            "A": {"Fn::ImportValue": "Storage:Table"},
            "B": [{"Fn::ImportValue": "Other:Thing"}, {"Fn::Join": ["", [{"Fn::ImportValue": "Storage:Table"}]]}],
        }}}});
        let values = BTreeMap::from([("Storage:Table".to_owned(), "t-1".to_owned())]);
        assert_eq!(release(&mut t, &values), 2);
        assert_eq!(
            t["Resources"]["Q"]["Properties"],
            json!({"A": "t-1", "B": [{"Fn::ImportValue": "Other:Thing"}, {"Fn::Join": ["", ["t-1"]]}]})
        );
    }
}
