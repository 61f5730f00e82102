//! Spreading independent work over the machine's cores, keeping order.
//! Records are independent until the register-wide rules, so loading and
//! per-record checks run in parallel; the threads are scoped, so no data is
//! copied or shared beyond the borrow.

/// `f` applied to every item, on up to `available_parallelism` threads, in
/// the items' order.
pub fn map<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> U + Sync) -> Vec<U> {
    if items.len() < 64 {
        return items.into_iter().map(f).collect();
    }
    chunks(items, |chunk| chunk.into_iter().map(&f).collect::<Vec<U>>())
        .into_iter()
        .flatten()
        .collect()
}

/// The items split into one contiguous chunk a thread, `f` applied to each
/// chunk on its own thread; results in the chunks' order. For work that
/// needs per-thread state (a repository handle, a cache).
pub fn chunks<T: Send, U: Send>(items: Vec<T>, f: impl Fn(Vec<T>) -> U + Sync) -> Vec<U> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || items.len() < 2 {
        return vec![f(items)];
    }
    let size = items.len().div_ceil(threads);
    let mut parts: Vec<Vec<T>> = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        parts.push(items.by_ref().take(size).collect());
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| scope.spawn(move || f(part)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a worker panicked"))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order() {
        let out = super::map((0..1000).collect(), |n: u32| n * 2);
        assert_eq!(out, (0..1000).map(|n| n * 2).collect::<Vec<_>>());
    }
}
