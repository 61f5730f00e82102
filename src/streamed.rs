//! A list serialised item by item as it is written, not collected first, so
//! that a register's hundred thousand findings or records are not held a
//! second time in another form: the machine formats of lint and the reports
//! write their long lists through it.

/// `serialize` borrows, so the items come from a function called each time
/// the list is written.
pub struct Streamed<F>(pub F);

impl<F, I> serde::Serialize for Streamed<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: serde::Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}
