//! Running one task per stack in dependency order, independent stacks concurrently.

use std::collections::{HashMap, HashSet};
use std::future::Future;

use tokio::sync::watch;
use tokio::task::JoinSet;

use super::error::{DeployError, ErrorKind};

/// Which way dependencies point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// A stack runs after the stacks it depends on (apply).
    Forward,
    /// A stack runs after the stacks that depend on it (destroy).
    Reverse,
}

/// For each of `names`, the names that must succeed before it runs: its dependencies
/// (forward), or the names that depend on it (reverse), among those selected.
fn waits(names: &[String], deps: &[Vec<String>], order: Order) -> Vec<Vec<String>> {
    let selected: HashSet<&str> = names.iter().map(String::as_str).collect();
    let mut waits: Vec<Vec<String>> = vec![Vec::new(); names.len()];
    for (i, name) in names.iter().enumerate() {
        for d in deps[i].iter().filter(|d| selected.contains(d.as_str())) {
            match order {
                Order::Forward => waits[i].push(d.clone()),
                Order::Reverse => {
                    if let Some(j) = names.iter().position(|n| n == d) {
                        waits[j].push(name.clone());
                    }
                }
            }
        }
    }
    waits
}

/// Why `name` can no longer run: a name it waits for was interrupted, or failed.
fn blocked<T>(
    name: &str,
    waits: &[String],
    results: &HashMap<String, Result<T, DeployError>>,
    order: Order,
) -> Option<DeployError> {
    let failed = |w: &&String| results.get(*w).is_some_and(|r| r.is_err());
    let interrupted =
        |w: &&String| results.get(*w).is_some_and(|r| r.as_ref().is_err_and(|e| e.kind == ErrorKind::Interrupted));
    if let Some(bad) = waits.iter().find(interrupted) {
        let why = format!("not started: {bad} was interrupted");
        return Some(DeployError::new(ErrorKind::Interrupted, why).stack(name));
    }
    let bad = waits.iter().find(failed)?;
    let why = match order {
        Order::Forward => format!("not applied: it depends on {bad}, which failed"),
        Order::Reverse => format!("not destroyed: {bad} depends on it and was not destroyed"),
    };
    Some(DeployError::new(ErrorKind::Failed, why).stack(name))
}

/// Runs `task` for every name, at most `concurrency` at a time, each once everything it
/// waits for has succeeded. A stack whose prerequisite failed is not run; its result says
/// which prerequisite. Once `cancel` flips (Ctrl-C), nothing more is started: those stacks
/// are "not started". Results come back in the order of `names`.
pub async fn run_ordered<T, F, Fut>(
    names: &[String],
    deps: &[Vec<String>],
    order: Order,
    concurrency: usize,
    cancel: Option<watch::Receiver<bool>>,
    mut task: F,
) -> Vec<(String, Result<T, DeployError>)>
where
    T: Send + 'static,
    F: FnMut(String) -> Fut,
    Fut: Future<Output = Result<T, DeployError>> + Send + 'static,
{
    let waits = waits(names, deps, order);
    let mut results: HashMap<String, Result<T, DeployError>> = HashMap::new();
    let mut started: HashSet<usize> = HashSet::new();
    let mut running = JoinSet::new();
    let concurrency = concurrency.max(1);
    loop {
        // Settle what can no longer run, then start what is ready.
        for (i, name) in names.iter().enumerate() {
            if started.contains(&i) {
                continue;
            }
            if let Some(e) = blocked(name, &waits[i], &results, order) {
                results.insert(name.clone(), Err(e));
                started.insert(i);
                continue;
            }
            let ready = waits[i].iter().all(|w| results.get(w).is_some_and(|r| r.is_ok()));
            if ready && cancel.as_ref().is_some_and(|c| *c.borrow()) {
                let why = "not started: the run was interrupted";
                results.insert(name.clone(), Err(DeployError::new(ErrorKind::Interrupted, why).stack(name)));
                started.insert(i);
                continue;
            }
            if ready && running.len() < concurrency {
                started.insert(i);
                let fut = task(name.clone());
                let name = name.clone();
                running.spawn(async move { (name, fut.await) });
            }
        }
        match running.join_next().await {
            Some(Ok((name, result))) => {
                results.insert(name, result);
            }
            Some(Err(join)) => {
                // A task that panicked: report it against every stack not yet finished.
                let msg = format!("internal error: {join}");
                for n in names {
                    results
                        .entry(n.clone())
                        .or_insert_with(|| Err(DeployError::new(ErrorKind::Failed, msg.clone()).stack(n)));
                }
                break;
            }
            None => break,
        }
    }
    names
        .iter()
        .map(|n| {
            let r = results.remove(n).unwrap_or_else(|| {
                Err(DeployError::new(ErrorKind::Failed, "not run: a prerequisite never finished").stack(n))
            });
            (n.clone(), r)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[tokio::test]
    async fn runs_in_order_and_skips_after_failures() {
        let log = Arc::new(Mutex::new(Vec::new()));
        let all = names(&["A", "B", "C", "D"]);
        // B depends on A, C on B, D on nothing.
        let deps = vec![vec![], names(&["A"]), names(&["B"]), vec![]];
        let l = log.clone();
        let out = run_ordered(&all, &deps, Order::Forward, 2, None, move |n| {
            let l = l.clone();
            async move {
                l.lock().unwrap().push(n.clone());
                if n == "B" {
                    Err(DeployError::new(ErrorKind::Failed, "boom"))
                } else {
                    Ok(())
                }
            }
        })
        .await;
        let log = log.lock().unwrap().clone();
        assert!(log.iter().position(|n| n == "A") < log.iter().position(|n| n == "B"));
        assert!(!log.contains(&"C".to_string()), "C never runs after B failed");
        assert!(out[2].1.as_ref().unwrap_err().message.contains("depends on B, which failed"));
        assert!(out[3].1.is_ok());

        let log = Arc::new(Mutex::new(Vec::new()));
        let l = log.clone();
        run_ordered(&all, &deps, Order::Reverse, 1, None, move |n| {
            let l = l.clone();
            async move {
                l.lock().unwrap().push(n);
                Ok::<(), DeployError>(())
            }
        })
        .await;
        let log = log.lock().unwrap().clone();
        let pos = |x: &str| log.iter().position(|n| n == x).unwrap();
        assert!(pos("C") < pos("B") && pos("B") < pos("A"), "{log:?}");
    }

    #[tokio::test]
    async fn after_an_interrupt_nothing_starts_and_dependents_say_why() {
        let all = names(&["A", "B", "C", "D"]);
        // B depends on A, C on B; D is independent and waits for its turn (concurrency 1).
        let deps = vec![vec![], names(&["A"]), names(&["B"]), vec![]];
        let (tx, rx) = watch::channel(false);
        let started = Arc::new(Mutex::new(Vec::new()));
        let s = started.clone();
        let out = run_ordered(&all, &deps, Order::Forward, 1, Some(rx), move |n| {
            s.lock().unwrap().push(n.clone());
            let _ = tx.send(true); // Ctrl-C while the first stack runs
            async move { Err::<(), _>(DeployError::new(ErrorKind::Interrupted, "interrupted").stack(&n)) }
        })
        .await;
        assert_eq!(*started.lock().unwrap(), ["A"], "nothing starts after the interrupt");
        let msg = |i: usize| out[i].1.as_ref().unwrap_err().clone();
        assert_eq!(msg(1).message, "not started: A was interrupted");
        assert_eq!(msg(1).kind, ErrorKind::Interrupted);
        assert_eq!(msg(2).message, "not started: B was interrupted");
        assert_eq!(msg(3).message, "not started: the run was interrupted");
        assert!(out.iter().all(|(_, r)| r.as_ref().is_err_and(|e| !e.message.contains("failed"))));
    }
}
