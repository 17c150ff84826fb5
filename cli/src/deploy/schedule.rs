//! Running one task per stack in dependency order, independent stacks concurrently.

use std::collections::{HashMap, HashSet};
use std::future::Future;

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

/// Runs `task` for every name, at most `concurrency` at a time, each once everything it
/// waits for has succeeded. A stack whose prerequisite failed is not run; its result says
/// which prerequisite. Results come back in the order of `names`.
pub async fn run_ordered<T, F, Fut>(
    names: &[String],
    deps: &[Vec<String>],
    order: Order,
    concurrency: usize,
    mut task: F,
) -> Vec<(String, Result<T, DeployError>)>
where
    T: Send + 'static,
    F: FnMut(String) -> Fut,
    Fut: Future<Output = Result<T, DeployError>> + Send + 'static,
{
    let selected: HashSet<&str> = names.iter().map(String::as_str).collect();
    // waits[i]: the names that must succeed before names[i] runs.
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
            if let Some(bad) = waits[i].iter().find(|w| results.get(*w).is_some_and(|r| r.is_err())) {
                let why = match order {
                    Order::Forward => format!("not applied: it depends on {bad}, which failed"),
                    Order::Reverse => format!("not destroyed: {bad} depends on it and was not destroyed"),
                };
                results.insert(name.clone(), Err(DeployError::new(ErrorKind::Failed, why).stack(name)));
                started.insert(i);
                continue;
            }
            let ready = waits[i].iter().all(|w| results.get(w).is_some_and(|r| r.is_ok()));
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
        let out = run_ordered(&all, &deps, Order::Forward, 2, move |n| {
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
        run_ordered(&all, &deps, Order::Reverse, 1, move |n| {
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
}
