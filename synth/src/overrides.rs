//! Property overrides ([`forma_core::Resource::override_property`] and `delete_property`):
//! applied, in order, to a copy of a resource's properties before anything reads them, so
//! that the schema checks, the references and the template all see the final values.

use std::collections::HashMap;

use forma_core::model::{Model, NodeId, NodeKind};
use forma_core::resource::PropertyOverride;
use forma_core::schema::Object;
use forma_core::{Diagnostic, Expr, IndexMap};

/// The properties of every resource of `elements` that has overrides, with them applied,
/// by node.
pub(crate) fn apply_all(model: &Model, elements: &[NodeId], diags: &mut Vec<Diagnostic>) -> HashMap<NodeId, Object> {
    let mut out = HashMap::new();
    for &id in elements {
        let NodeKind::Resource(spec) = &model.node(id).kind else { continue };
        if spec.overrides.is_empty() {
            continue;
        }
        let mut properties = spec.properties.clone();
        for change in &spec.overrides {
            match apply(&mut properties, change) {
                Ok(true) => {}
                Ok(false) => diags.push(
                    Diagnostic::warning(
                        "override-missing",
                        model.path(id),
                        format!("delete_property({:?}): the resource has no such property", change.path),
                    )
                    .hint("check the path; names are the template's, list items are counted from 0")
                    .at(change.location),
                ),
                Err(why) => diags.push(
                    Diagnostic::error(
                        "invalid-override",
                        model.path(id),
                        format!("override of `{}`: {why}", change.path),
                    )
                    .hint("name the properties as the template does and count list items from 0: `Rules.0.Status`")
                    .at(change.location),
                ),
            }
        }
        out.insert(id, properties);
    }
    out
}

/// Applies one override: `Ok(false)` when a deletion found nothing to delete.
fn apply(properties: &mut Object, change: &PropertyOverride) -> Result<bool, String> {
    let segments: Vec<&str> = change.path.split('.').collect();
    if segments.iter().any(|s| s.is_empty()) {
        return Err("the path has an empty part".into());
    }
    in_fields(properties, &segments, change.value.clone(), String::new())
}

/// What overrides need of a map: a typed object's or a hand-written one's.
trait Fields {
    fn child(&mut self, name: &str) -> Option<&mut Expr>;
    fn put(&mut self, name: &str, value: Expr);
    fn take(&mut self, name: &str) -> Option<Expr>;
}

impl Fields for Object {
    fn child(&mut self, name: &str) -> Option<&mut Expr> {
        self.get_mut(name)
    }
    fn put(&mut self, name: &str, value: Expr) {
        self.set(name, value);
    }
    fn take(&mut self, name: &str) -> Option<Expr> {
        self.remove(name)
    }
}

impl Fields for IndexMap<String, Expr> {
    fn child(&mut self, name: &str) -> Option<&mut Expr> {
        self.get_mut(name)
    }
    fn put(&mut self, name: &str, value: Expr) {
        self.insert(name.to_owned(), value);
    }
    fn take(&mut self, name: &str) -> Option<Expr> {
        self.shift_remove(name)
    }
}

fn in_fields(fields: &mut impl Fields, segments: &[&str], value: Option<Expr>, at: String) -> Result<bool, String> {
    let Some((first, rest)) = segments.split_first() else { return Ok(false) };
    let here = if at.is_empty() { (*first).to_owned() } else { format!("{at}.{first}") };
    if rest.is_empty() {
        return Ok(match value {
            Some(v) => {
                fields.put(first, v);
                true
            }
            None => fields.take(first).is_some(),
        });
    }
    if fields.child(first).is_none() {
        match value {
            // Setting below a missing property creates the maps on the way.
            Some(_) => fields.put(first, Expr::Map(Box::default())),
            None => return Ok(false),
        }
    }
    match fields.child(first) {
        Some(child) => in_expr(child, rest, value, here),
        None => Ok(false),
    }
}

fn in_expr(expr: &mut Expr, segments: &[&str], value: Option<Expr>, at: String) -> Result<bool, String> {
    match expr {
        Expr::Object(o) => in_fields(o, segments, value, at),
        Expr::Map(m) => in_fields(&mut **m, segments, value, at),
        Expr::List(items) => {
            let Some((first, rest)) = segments.split_first() else { return Ok(false) };
            let Ok(i) = first.parse::<usize>() else {
                return Err(format!("`{at}` is a list; `{first}` is not an item number"));
            };
            if i >= items.len() {
                return match value {
                    None => Ok(false),
                    Some(_) => Err(format!("`{at}` has {} items; there is no item {i}", items.len())),
                };
            }
            if rest.is_empty() {
                return Ok(match value {
                    Some(v) => {
                        items[i] = v;
                        true
                    }
                    None => {
                        items.remove(i);
                        true
                    }
                });
            }
            in_expr(&mut items[i], rest, value, format!("{at}.{i}"))
        }
        _ => Err(format!("`{at}` is not a map or a list, so it has no `{}`", segments.join("."))),
    }
}
