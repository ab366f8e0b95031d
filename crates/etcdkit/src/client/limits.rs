//! etcd's request limits, and the one way values are checked and grouped against them.
//!
//! etcd refuses requests over 1.5 MiB (`--max-request-bytes`) and transactions over 128
//! operations (`--max-txn-ops`) by default; every batching writer (queue push, publish)
//! stays below both.

use crate::error::{Error, Result};

/// The largest value (queue item, message) accepted.
pub const MAX_VALUE_BYTES: usize = 1024 * 1024;
/// Values per write transaction.
pub const BATCH: usize = 64;
/// Bytes of values per write transaction.
const BATCH_BYTES: usize = 1024 * 1024;

/// Checks one value before anything is written. `what` names it ("a value", "a message").
pub fn check_size(value: &str, what: &str) -> Result<()> {
    if value.len() > MAX_VALUE_BYTES {
        return Err(Error::InvalidInput(format!(
            "{what} of {} bytes is over the limit of {MAX_VALUE_BYTES} bytes",
            value.len()
        )));
    }
    Ok(())
}

/// Splits `values` into consecutive batches of at most [`BATCH`] values and about
/// `BATCH_BYTES` bytes (a single larger value forms a batch of its own), order kept.
pub fn batches<S: AsRef<str>>(values: &[S]) -> Vec<&[S]> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < values.len() {
        let mut end = start;
        let mut bytes = 0;
        while end < values.len()
            && end - start < BATCH
            && (end == start || bytes + values[end].as_ref().len() < BATCH_BYTES)
        {
            bytes += values[end].as_ref().len();
            end += 1;
        }
        out.push(&values[start..end]);
        start = end;
    }
    out
}

/// The longest name accepted; etcd's keys can be longer, but a name this long is a mistake.
pub const MAX_NAME_LEN: usize = 4096;

/// Checks a user-given name (lock, election, service, topic...) before anything is sent.
/// `what` names the argument in the error, e.g. "lock NAME".
pub fn check_name(name: &str, what: &str) -> Result<()> {
    if name.is_empty() {
        return Err(Error::InvalidInput(format!("{what} is empty")));
    }
    if name.chars().any(char::is_control) {
        return Err(Error::InvalidInput(format!(
            "{what} {:?} contains control characters",
            name
        )));
    }
    if name.len() > MAX_NAME_LEN {
        return Err(Error::InvalidInput(format!(
            "{what} is longer than {MAX_NAME_LEN} bytes"
        )));
    }
    Ok(())
}

/// The most a certificate or key file may hold: system CA bundles are about 200 KiB.
pub const MAX_PEM_BYTES: u64 = 1024 * 1024;
/// The most a password file may hold.
pub const MAX_PASSWORD_FILE_BYTES: u64 = 64 * 1024;

/// The contents of `path`, read up to `limit` bytes and no further (`/dev/zero` and a FIFO
/// that never ends are refused, not read until memory runs out).
///
/// Errors: `InvalidInput` naming the path (after `what`, the flag that names it, if not
/// empty): unreadable, or over `limit` bytes.
pub fn read_bounded(path: &std::path::Path, limit: u64, what: &str) -> Result<Vec<u8>> {
    use std::io::Read;
    let named = match what {
        "" => path.display().to_string(),
        flag => format!("{flag} {}", path.display()),
    };
    let failed = |e: std::io::Error| Error::InvalidInput(format!("{named}: {e}"));
    let file = std::fs::File::open(path).map_err(failed)?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(failed)?;
    if bytes.len() as u64 > limit {
        return Err(Error::InvalidInput(format!(
            "{named}: over {} KiB, not a file it takes",
            limit / 1024
        )));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_checked() {
        assert!(check_name("nightly-backup", "NAME").is_ok());
        assert!(check_name("a/b c", "NAME").is_ok());
        assert!(check_name("", "NAME").is_err());
        assert!(check_name("a\nb", "NAME").is_err());
        assert!(check_name(&"x".repeat(MAX_NAME_LEN + 1), "NAME").is_err());
    }

    use super::*;

    #[test]
    fn batches_keep_order_and_respect_both_limits() {
        let values: Vec<String> = (0..150).map(|i| i.to_string()).collect();
        let sizes: Vec<usize> = batches(&values).iter().map(|b| b.len()).collect();
        assert_eq!(sizes, [64, 64, 22]);
        assert_eq!(batches(&values).concat(), values);
        let big = vec!["x".repeat(600 * 1024); 3];
        assert_eq!(
            batches(&big).iter().map(|b| b.len()).collect::<Vec<_>>(),
            [1, 1, 1]
        );
        assert!(batches::<&str>(&[]).is_empty());
    }

    #[test]
    fn values_over_the_limit_are_refused() {
        assert!(check_size("job", "a value").is_ok());
        assert!(check_size(&"x".repeat(MAX_VALUE_BYTES), "a value").is_ok());
        assert!(check_size(&"x".repeat(MAX_VALUE_BYTES + 1), "a value").is_err());
    }
}
