//! Live progress: a bar per stack on a terminal, one line per event otherwise.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use indexmap::IndexMap;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::events::Event;
use crate::console::Console;

/// Progress reporting for a whole command.
#[derive(Clone)]
pub struct Ui {
    pub console: Console,
    bars: Option<MultiProgress>,
}

impl Ui {
    /// Live bars when the console is a terminal; event lines otherwise.
    pub fn new(console: Console) -> Self {
        let bars = console.interactive.then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr()));
        Ui { console, bars }
    }

    /// A line on standard error, above the bars.
    pub fn line(&self, text: impl AsRef<str>) {
        match &self.bars {
            Some(m) => {
                let _ = m.println(text.as_ref());
            }
            None => self.console.err(text),
        }
    }

    /// Progress of one stack's operation: `verb` (creating, updating, deleting) over
    /// `total` resources; `paths` maps logical ids to construct paths.
    pub fn stack(&self, stack: &str, verb: &str, total: usize, paths: IndexMap<String, String>) -> StackProgress {
        let bar = self.bars.as_ref().map(|m| {
            let bar = m.add(ProgressBar::new(total as u64));
            bar.set_style(
                ProgressStyle::with_template(
                    "{prefix:.bold} {bar:24.cyan/blue} {pos:>3}/{len:3} {elapsed:>4} {wide_msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar.set_prefix(format!("{stack:20}"));
            bar.set_message(verb.to_owned());
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        StackProgress {
            ui: self.clone(),
            stack: stack.to_owned(),
            bar,
            paths,
            state: Arc::new(Mutex::new(State::default())),
        }
    }
}

struct State {
    started: Instant,
    done: BTreeSet<String>,
    running: BTreeSet<String>,
    status: String,
    latest: HashMap<String, String>,
}

/// Progress of one stack.
#[derive(Clone)]
pub struct StackProgress {
    ui: Ui,
    stack: String,
    bar: Option<ProgressBar>,
    paths: IndexMap<String, String>,
    state: Arc<Mutex<State>>,
}

impl Default for State {
    fn default() -> Self {
        State {
            started: Instant::now(),
            done: BTreeSet::new(),
            running: BTreeSet::new(),
            status: String::new(),
            latest: HashMap::new(),
        }
    }
}

impl StackProgress {
    /// The construct path of a logical id, or the id itself.
    pub fn path_of<'a>(&'a self, logical_id: &'a str) -> &'a str {
        self.paths.get(logical_id).map(String::as_str).unwrap_or(logical_id)
    }

    /// A resource event of this operation.
    pub fn event(&self, ev: &Event) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if !ev.is_stack() {
            s.latest.insert(ev.logical_id.clone(), ev.status.clone());
            if ev.status.ends_with("_IN_PROGRESS") {
                s.running.insert(ev.logical_id.clone());
            } else {
                s.running.remove(&ev.logical_id);
                if ev.status.ends_with("_COMPLETE") || ev.status.ends_with("_SKIPPED") {
                    s.done.insert(ev.logical_id.clone());
                }
            }
        }
        let done = s.done.len() as u64;
        let running: Vec<&str> = s.running.iter().map(|id| self.path_of(id)).collect();
        let msg = if running.is_empty() { s.status.clone() } else { format!("{}: {}", s.status, running.join(", ")) };
        drop(s);
        match &self.bar {
            Some(bar) => {
                bar.set_position(done);
                bar.set_message(msg);
                if ev.failed() {
                    let reason = ev.reason.as_deref().unwrap_or("");
                    self.ui.line(format!("{}  {} {}  {reason}", self.stack, ev.status, self.path_of(&ev.logical_id)));
                }
            }
            None => {
                let reason = ev.reason.as_deref().map(|r| format!("  {r}")).unwrap_or_default();
                let who = if ev.is_stack() { self.stack.as_str() } else { self.path_of(&ev.logical_id) };
                self.ui.line(format!("{}  {:<20} {:<28} {who}{reason}", self.stack, ev.status, ev.resource_type));
            }
        }
    }

    /// The stack's status, as polled.
    pub fn status(&self, status: &str) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if s.status == status {
            return;
        }
        s.status = status.to_owned();
        drop(s);
        match &self.bar {
            Some(bar) => {
                // Without per-resource events (some endpoints send none), a finished
                // operation still shows as whole.
                if status.ends_with("_COMPLETE") && !status.contains("ROLLBACK") {
                    bar.set_position(bar.length().unwrap_or(0));
                }
                bar.set_message(status.to_owned())
            }
            None => self.ui.line(format!("{}  {status}", self.stack)),
        }
    }

    /// A remark about this stack.
    pub fn note(&self, text: &str) {
        self.ui.line(format!("{}  {text}", self.stack));
    }

    /// Seconds since the operation started.
    pub fn elapsed(&self) -> f64 {
        let s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.started.elapsed().as_secs_f64()
    }

    /// Removes the bar; the final line is printed by the caller.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
