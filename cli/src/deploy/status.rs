//! `forma status` and the per-stack part of `forma diff`.

use std::collections::{BTreeMap, HashMap, HashSet};

use aws_sdk_cloudformation::types::{ChangeSetType, Parameter};
use forma_synth::StackManifest;

use super::apply::{Change, ChangeSetOutcome};
use super::assembly::Loaded;
use super::cfn;
use super::error::{DeployError, ErrorKind};
use super::{diff, parse_template, Contexts, Ctx, Mutation};

/// The diff of one stack as text, and whether anything differs. `given` holds the
/// `--parameter` values for this stack: compared with the deployed ones, and sent with the
/// change set that `changeset` asks for.
pub async fn diff_stack(
    ctx: &Ctx,
    loaded: &Loaded,
    m: &StackManifest,
    changeset: bool,
    given: &BTreeMap<String, String>,
) -> Result<(String, bool), DeployError> {
    let name = m.name.as_str();
    let style = ctx.ui.console.style;
    let body = loaded.template(m)?;
    let local = parse_template(&body).ok_or_else(|| {
        DeployError::new(ErrorKind::Input, "the template in the assembly is not JSON or YAML").stack(name)
    })?;
    let current = cfn::describe(&ctx.aws.cfn, name).await?.filter(|s| s.status != "REVIEW_IN_PROGRESS");
    let deployed = match &current {
        None => None,
        Some(info) => Some(cfn::template(&ctx.aws.cfn, name, &info.id, None).await?),
    };
    let diffs = diff::diff(deployed.as_ref(), &local);
    let values = diff::parameter_values(m, given, current.as_ref().map(|c| &c.parameters));
    let differs = !diffs.is_empty() || !values.is_empty();
    let header = match &current {
        None => format!("{} {}", style.bold(&format!("Stack {name}")), style.dim("(not deployed: everything is new)")),
        Some(_) if !differs => format!("{} {}", style.bold(&format!("Stack {name}")), style.dim("(no differences)")),
        Some(_) => style.bold(&format!("Stack {name}")),
    };
    let mut replacements = HashMap::new();
    let mut others = Vec::new();
    let mut note = String::new();
    // The ownership rule: a change set, even one never executed, only for forma's stacks.
    let owned = current.as_ref().is_some_and(|c| ctx.may_change(c, Mutation::ChangeSet, "diff").is_ok());
    if changeset && current.is_some() && differs && !owned {
        note = format!(
            "  {}\n",
            style.dim("(no change set: forma did not deploy this stack, so replacements were not checked)")
        );
    }
    if changeset && owned && differs {
        let shown: HashSet<&str> = diffs.iter().flat_map(|d| d.items.iter().map(diff::Item::id)).collect();
        for c in change_set_changes(ctx, m, &body, given).await? {
            if !c.replacement.is_empty() {
                replacements.insert(c.logical_id.clone(), c.replacement.clone());
            }
            if !shown.contains(c.logical_id.as_str()) {
                others.push(c);
            }
        }
    }
    let text = format!(
        "{header}\n{note}{}{}{}",
        diff::render_parameters(&values, style),
        diff::render(&diffs, &m.logical_ids, &replacements, style),
        diff::render_other_changes(&others, &m.logical_ids, style),
    );
    Ok((text.trim_end().to_owned(), differs))
}

/// The changes a change set computes for the stack, with the `--parameter` values given
/// (the others as apply sends them: the previous value where there is no default). The
/// change set is deleted afterwards; nothing is executed.
async fn change_set_changes(
    ctx: &Ctx,
    m: &StackManifest,
    body: &str,
    given: &BTreeMap<String, String>,
) -> Result<Vec<Change>, DeployError> {
    let name = m.name.as_str();
    let cs_name = format!("forma-diff-{}", ctx.nonce);
    let mut req = super::apply::with_capabilities(
        ctx.aws
            .cfn
            .create_change_set()
            .stack_name(name)
            .change_set_name(&cs_name)
            .change_set_type(ChangeSetType::Update),
        m,
    );
    for (k, p) in &m.parameters {
        let parameter = Parameter::builder().parameter_key(k);
        req = match given.get(k) {
            Some(v) => req.parameters(parameter.parameter_value(v).build()),
            None if p.default.is_none() => req.parameters(parameter.use_previous_value(true).build()),
            None => req,
        };
    }
    req = if m.needs_upload {
        super::toolkit::ensure(ctx).await?;
        req.template_url(super::staging::upload_template(ctx, m, body).await?)
    } else {
        req.template_body(body)
    };
    ctx.proceed(name, "CreateChangeSet")?;
    let created = match req.send().await {
        Ok(created) => created,
        Err(e) if e.as_service_error().is_some_and(super::apply::no_changes) => return Ok(Vec::new()),
        Err(e) => return Err(DeployError::aws("CreateChangeSet", &e).stack(name)),
    };
    let id = created.id().unwrap_or(&cs_name).to_owned();
    let outcome = super::apply::wait_change_set(ctx, name, &id, &m.logical_ids).await;
    // Only looked at, never executed.
    let _ = ctx.aws.cfn.delete_change_set().change_set_name(&id).send().await;
    Ok(match outcome? {
        ChangeSetOutcome::Ready(changes) => changes,
        ChangeSetOutcome::Empty => Vec::new(),
    })
}

/// What `DescribeStacks` said of one stack.
type StackRead = Result<Option<cfn::StackInfo>, DeployError>;

/// The status of each stack: deployed or not, its status, last update, outputs, and
/// drift when asked. A stack whose status cannot be read shows `error` and, right below
/// its row, the error and its hint; the other stacks are still shown. Returns the table
/// and how many stacks could not be read. Only a connection error (no credentials, no
/// network), the same for every stack, ends the table early.
pub async fn status_table(
    ctxs: &Contexts,
    stacks: &[StackManifest],
    drift: bool,
) -> Result<(String, usize), DeployError> {
    let Some(first) = ctxs.default_ctx() else { return Ok((String::new(), 0)) };
    let style = first.ui.console.style;
    let w = stacks.iter().map(|s| s.name.len()).max().unwrap_or(5).max(5);
    let mut text =
        style.bold(&format!("{:w$}  {:26}  {:25}{}", "STACK", "STATUS", "UPDATED", if drift { "  DRIFT" } else { "" }));
    let mut outputs = Vec::new();
    let mut failed = 0;
    // Every stack is read at once, each in its own region: against an endpoint that does
    // not answer, the table takes one call's time limit, not one per stack.
    let mut reads = tokio::task::JoinSet::new();
    for (i, m) in stacks.iter().enumerate() {
        let Some(ctx) = ctxs.for_stack(m) else { continue };
        let name = m.name.clone();
        reads.spawn(async move {
            let info = ctx.interruptible(&name, cfn::describe(&ctx.aws.cfn, &name)).await;
            (i, ctx, info)
        });
    }
    let mut read: BTreeMap<usize, (std::sync::Arc<Ctx>, StackRead)> = BTreeMap::new();
    while let Some(done) = reads.join_next().await {
        if let Ok((i, ctx, info)) = done {
            read.insert(i, (ctx, info));
        }
    }
    for (i, m) in stacks.iter().enumerate() {
        let Some((ctx, info)) = read.remove(&i) else { continue };
        let info = match info {
            Ok(info) => info,
            Err(e) if matches!(e.kind, ErrorKind::Connection | ErrorKind::Interrupted) => return Err(e),
            Err(e) => {
                failed += 1;
                text.push_str(&format!("\n{:w$}  {}", m.name, style.red("error")));
                text.push_str(&format!("\n  {}", style.error_line(&e.message)));
                if let Some(hint) = &e.hint {
                    text.push_str(&format!("\n  hint: {hint}"));
                }
                continue;
            }
        };
        let (status, updated) = match &info {
            Some(i) => (i.status.clone(), i.updated.clone().unwrap_or_default()),
            None => ("not deployed".to_owned(), String::new()),
        };
        let drift_text = match (&info, drift) {
            (Some(i), true) if i.status.ends_with("_COMPLETE") && i.status != "DELETE_COMPLETE" => {
                match ctx.interruptible(&m.name, detect_drift(&ctx, &i.id, &m.name)).await {
                    Ok(d) => format!("  {d}"),
                    Err(e) => format!("  unavailable ({})", e.message),
                }
            }
            (_, true) => "  -".to_owned(),
            _ => String::new(),
        };
        text.push_str(&format!("\n{:w$}  {status:26}  {updated:25}{drift_text}", m.name));
        if let Some(i) = info {
            for (k, v, _) in &i.outputs {
                outputs.push(format!("  {}.{k} = {v}", m.name));
            }
        }
    }
    if !outputs.is_empty() {
        text.push_str(&format!("\n\nOutputs:\n{}", outputs.join("\n")));
    }
    Ok((text, failed))
}

async fn detect_drift(ctx: &Ctx, id: &str, name: &str) -> Result<String, DeployError> {
    let started = ctx
        .aws
        .cfn
        .detect_stack_drift()
        .stack_name(id)
        .send()
        .await
        .map_err(|e| DeployError::aws("DetectStackDrift", &e).stack(name))?;
    let Some(detection) = started.stack_drift_detection_id() else { return Ok("unknown".into()) };
    let mut delay = std::time::Duration::from_millis(500);
    for _ in 0..120 {
        let d = ctx
            .aws
            .cfn
            .describe_stack_drift_detection_status()
            .stack_drift_detection_id(detection)
            .send()
            .await
            .map_err(|e| DeployError::aws("DescribeStackDriftDetectionStatus", &e).stack(name))?;
        match d.detection_status().map(|s| s.as_str()) {
            Some("DETECTION_IN_PROGRESS") => {}
            Some("DETECTION_FAILED") => {
                return Ok(format!("detection failed: {}", d.detection_status_reason().unwrap_or("")))
            }
            _ => {
                let status = d.stack_drift_status().map(|s| s.as_str().to_owned()).unwrap_or_else(|| "UNKNOWN".into());
                let n = d.drifted_stack_resource_count().unwrap_or(0);
                return Ok(if n > 0 { format!("{status} ({n} resources)") } else { status });
            }
        }
        tokio::time::sleep(delay).await;
        delay = delay.mul_f32(1.5).min(std::time::Duration::from_secs(5));
    }
    Ok("detection timed out".into())
}
