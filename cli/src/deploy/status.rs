//! `forma status` and the per-stack part of `forma diff`.

use std::collections::HashMap;

use aws_sdk_cloudformation::types::{ChangeSetType, TemplateStage};
use forma_synth::StackManifest;

use super::apply::ChangeSetOutcome;
use super::assembly::Loaded;
use super::cfn;
use super::error::{DeployError, ErrorKind};
use super::{diff, parse_template, Ctx};

/// The diff of one stack as text, and whether anything differs.
pub async fn diff_stack(
    ctx: &Ctx,
    loaded: &Loaded,
    m: &StackManifest,
    changeset: bool,
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
        Some(info) => {
            let out = ctx
                .aws
                .cfn
                .get_template()
                .stack_name(&info.id)
                .template_stage(TemplateStage::Original)
                .send()
                .await
                .map_err(|e| DeployError::aws("GetTemplate", &e).stack(name))?;
            let text = out.template_body().unwrap_or("{}");
            Some(parse_template(text).ok_or_else(|| {
                DeployError::new(ErrorKind::Failed, "the deployed template is neither JSON nor YAML").stack(name)
            })?)
        }
    };
    let diffs = diff::diff(deployed.as_ref(), &local);
    let header = match &current {
        None => format!("{} {}", style.bold(&format!("Stack {name}")), style.dim("(not deployed: everything is new)")),
        Some(_) if diffs.is_empty() => {
            format!("{} {}", style.bold(&format!("Stack {name}")), style.dim("(no differences)"))
        }
        Some(_) => style.bold(&format!("Stack {name}")),
    };
    let mut replacements = HashMap::new();
    if changeset && current.is_some() && !diffs.is_empty() {
        replacements = replacements_from_change_set(ctx, m, &body).await?;
    }
    let text = format!("{header}\n{}", diff::render(&diffs, &m.logical_ids, &replacements, style));
    Ok((text.trim_end().to_owned(), !diffs.is_empty()))
}

/// Logical id → `True`/`Conditional` for the resources a change set would replace. The
/// change set is deleted afterwards; nothing is executed.
async fn replacements_from_change_set(
    ctx: &Ctx,
    m: &StackManifest,
    body: &str,
) -> Result<HashMap<String, String>, DeployError> {
    let name = m.name.as_str();
    let cs_name = format!("forma-diff-{}", ctx.nonce);
    let mut req = super::apply::with_capabilities(
        ctx.aws
            .cfn
            .create_change_set()
            .stack_name(name)
            .change_set_name(&cs_name)
            .change_set_type(ChangeSetType::Update),
    );
    for (k, _) in m.parameters.iter().filter(|(_, p)| p.default.is_none()) {
        req = req.parameters(
            aws_sdk_cloudformation::types::Parameter::builder().parameter_key(k).use_previous_value(true).build(),
        );
    }
    req = if m.needs_upload {
        super::toolkit::ensure(ctx).await?;
        req.template_url(super::toolkit::upload_template(ctx, m, body).await?)
    } else {
        req.template_body(body)
    };
    let created = req.send().await.map_err(|e| DeployError::aws("CreateChangeSet", &e).stack(name))?;
    let id = created.id().unwrap_or(&cs_name).to_owned();
    let outcome = super::apply::wait_change_set(ctx, name, &id).await;
    // Only looked at, never executed.
    let _ = ctx.aws.cfn.delete_change_set().change_set_name(&id).send().await;
    Ok(match outcome? {
        ChangeSetOutcome::Ready(changes) => {
            changes.into_iter().filter(|c| !c.replacement.is_empty()).map(|c| (c.logical_id, c.replacement)).collect()
        }
        ChangeSetOutcome::Empty => HashMap::new(),
    })
}

/// The status of each stack: deployed or not, its status, last update, outputs, and
/// drift when asked.
pub async fn status_table(ctx: &Ctx, stacks: &[StackManifest], drift: bool) -> Result<String, DeployError> {
    let style = ctx.ui.console.style;
    let w = stacks.iter().map(|s| s.name.len()).max().unwrap_or(5).max(5);
    let mut text =
        style.bold(&format!("{:w$}  {:26}  {:25}{}", "STACK", "STATUS", "UPDATED", if drift { "  DRIFT" } else { "" }));
    let mut outputs = Vec::new();
    for m in stacks {
        let info = cfn::describe(&ctx.aws.cfn, &m.name).await?;
        let (status, updated) = match &info {
            Some(i) if i.status != "REVIEW_IN_PROGRESS" => (i.status.clone(), i.updated.clone().unwrap_or_default()),
            _ => ("not deployed".to_owned(), String::new()),
        };
        let drift_text = match (&info, drift) {
            (Some(i), true) if i.status.ends_with("_COMPLETE") && i.status != "DELETE_COMPLETE" => {
                match detect_drift(ctx, &i.id, &m.name).await {
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
    Ok(text)
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
