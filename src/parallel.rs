//! Spreading independent work over the machine's cores, keeping order.
//! Records are independent until the register-wide rules, so loading and
//! per-record checks run in parallel; the threads are scoped, so no data is
//! copied or shared beyond the borrow.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` applied to every item, on up to `available_parallelism` threads, in
/// the items' order. Threads take the items a small block at a time, so a
/// thread that meets slow items (large files, many findings) does not leave
/// the others idle at the end, as halves fixed in advance would.
pub fn map<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> U + Sync) -> Vec<U> {
    const BLOCK: usize = 16;
    let threads = threads();
    if items.len() < 64 || threads < 2 {
        return items.into_iter().map(f).collect();
    }
    let blocks: Vec<Mutex<Vec<T>>> = split(items, BLOCK).into_iter().map(Mutex::new).collect();
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(block) = blocks.get(i) else {
                return done;
            };
            let block = std::mem::take(&mut *block.lock().unwrap_or_else(|e| e.into_inner()));
            done.push((i, block.into_iter().map(&f).collect::<Vec<U>>()));
        }
    };
    let mut done: Vec<(usize, Vec<U>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a worker panicked"))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().flat_map(|(_, out)| out).collect()
}

/// The items split into one contiguous chunk a thread, `f` applied to each
/// chunk on its own thread; results in the chunks' order. For work that
/// needs per-thread state (a repository handle, a cache).
pub fn chunks<T: Send, U: Send>(items: Vec<T>, f: impl Fn(Vec<T>) -> U + Sync) -> Vec<U> {
    let threads = threads();
    if threads < 2 || items.len() < 2 {
        return vec![f(items)];
    }
    let size = items.len().div_ceil(threads);
    each(split(items, size), f)
}

/// `f` applied to each of a few large, independent tasks (the register-wide
/// rules), each on a thread of its own; results in the tasks' order.
pub fn each<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> U + Sync) -> Vec<U> {
    if threads() < 2 || items.len() < 2 {
        return items.into_iter().map(f).collect();
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .into_iter()
            .map(|item| scope.spawn(move || f(item)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a worker panicked"))
            .collect()
    })
}

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// `items` in consecutive parts of `size` (the last may be shorter).
fn split<T>(items: Vec<T>, size: usize) -> Vec<Vec<T>> {
    let mut parts = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        parts.push(items.by_ref().take(size).collect());
    }
    parts
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order() {
        let out = super::map((0..1000).collect(), |n: u32| n * 2);
        assert_eq!(out, (0..1000).map(|n| n * 2).collect::<Vec<_>>());
    }
}
