//! Dependency graphs: cycles and deploy order.

/// The strongly connected components that form cycles (more than one node, or a node that
/// depends on itself), each as a cycle path starting at its lowest node: `[a, b, c]` means
/// a → b → c → a. Iterative Tarjan, so deep chains cannot overflow the stack.
pub fn cycles(adj: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = adj.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut next = 0;
    let mut out = Vec::new();
    let mut work: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        work.push((root, 0));
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[v] == usize::MAX {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = adj[v].get(*edge) {
                *edge += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut scc = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    scc.push(w);
                    if w == v {
                        break;
                    }
                }
                if scc.len() > 1 || adj[v].contains(&v) {
                    out.push(cycle_through(&scc, adj));
                }
            }
        }
    }
    out.sort();
    out
}

/// A cycle inside the component `scc`, starting at its lowest node (breadth first, so the
/// shortest one).
fn cycle_through(scc: &[usize], adj: &[Vec<usize>]) -> Vec<usize> {
    let start = scc.iter().copied().min().unwrap_or_default();
    let members: std::collections::HashSet<usize> = scc.iter().copied().collect();
    let mut prev: std::collections::HashMap<usize, usize> = Default::default();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for &w in &adj[v] {
            if !members.contains(&w) {
                continue;
            }
            if w == start {
                let mut path = vec![v];
                let mut cur = v;
                while cur != start {
                    cur = prev[&cur];
                    path.push(cur);
                }
                path.reverse();
                return path;
            }
            if let std::collections::hash_map::Entry::Vacant(e) = prev.entry(w) {
                e.insert(v);
                queue.push_back(w);
            }
        }
    }
    vec![start]
}

/// Nodes ordered so that each comes after everything it depends on (`deps[v]` lists what
/// `v` depends on); among nodes that are ready together, the lower index first. Nodes on a
/// cycle are left out.
pub fn order(deps: &[Vec<usize>]) -> Vec<usize> {
    let n = deps.len();
    let mut remaining: Vec<usize> = deps.iter().map(|d| d.len()).collect();
    let mut dependents = vec![Vec::new(); n];
    for (v, ds) in deps.iter().enumerate() {
        for &d in ds {
            dependents[d].push(v);
        }
    }
    let mut ready: std::collections::BTreeSet<usize> = (0..n).filter(|&v| remaining[v] == 0).collect();
    let mut out = Vec::with_capacity(n);
    while let Some(v) = ready.pop_first() {
        out.push(v);
        for &w in &dependents[v] {
            remaining[w] -= 1;
            if remaining[w] == 0 {
                ready.insert(w);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cycles_and_orders_the_rest() {
        // 0 -> 1 -> 2 -> 0, 3 -> 3, 4 -> 0
        let adj = vec![vec![1], vec![2], vec![0], vec![3], vec![0]];
        assert_eq!(cycles(&adj), vec![vec![0, 1, 2], vec![3]]);
        let deps = vec![vec![], vec![0], vec![], vec![1, 2]];
        assert!(cycles(&deps).is_empty());
        assert_eq!(order(&deps), vec![0, 1, 2, 3]);
        let deps = vec![vec![2], vec![], vec![]];
        assert_eq!(order(&deps), vec![1, 2, 0]);
    }

    #[test]
    fn deep_chains_do_not_overflow() {
        let n = 200_000;
        let adj: Vec<Vec<usize>> = (0..n).map(|i| if i + 1 < n { vec![i + 1] } else { vec![0] }).collect();
        assert_eq!(cycles(&adj)[0].len(), n);
    }
}
