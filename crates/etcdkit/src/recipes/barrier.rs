//! A barrier on one key: wait until it exists, equals a value, or is deleted.
//!
//! Invariant: the condition is checked on a read at revision R, and then on every change
//! to the key from R + 1 on (a watch that resumes across member failures), so no change
//! between the read and the watch can be missed.

use etcd_client::EventType;

use crate::admin::access::{Access, Need};
use crate::client::limits::check_name;
use crate::client::watch::watch_key;
use crate::client::Etcd;
use crate::error::{Error, Result};

/// What to wait for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// The key exists.
    Exists,
    /// The key holds exactly this value.
    Equals(String),
    /// The key does not exist.
    Deleted,
}

impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Condition::Exists => f.write_str("to exist"),
            Condition::Equals(v) => write!(f, "to equal {v:?}"),
            Condition::Deleted => f.write_str("to be deleted"),
        }
    }
}

impl Condition {
    fn holds(&self, value: Option<&[u8]>) -> bool {
        match (self, value) {
            (Condition::Exists, Some(_)) | (Condition::Deleted, None) => true,
            (Condition::Equals(want), Some(v)) => v == want.as_bytes(),
            _ => false,
        }
    }
}

/// What a role must grant to wait on `name`: read on the key.
pub fn needs(etcd: &Etcd, name: &str) -> Vec<Need> {
    vec![Need::key(Access::Read, etcd.key(name))]
}

/// Whether `condition` holds for `name` now (one read): `Some` with the value then (`None`
/// when deleted), else `None`.
///
/// Errors: `InvalidInput` for a bad key; `Unreachable`/`Etcd`. Dropping the future
/// changes nothing.
pub async fn check(
    etcd: &Etcd,
    name: &str,
    condition: &Condition,
) -> Result<Option<Option<String>>> {
    let (current, _) = read(etcd, name).await?;
    Ok(condition
        .holds(current.as_deref())
        .then(|| current.map(text)))
}

/// The key's value now, and the revision it was read at.
async fn read(etcd: &Etcd, name: &str) -> Result<(Option<Vec<u8>>, i64)> {
    check_name(name, "key")?;
    let key = etcd.key(name);
    let resp = etcd.get(key, None).await?;
    let current = resp.kvs().first().map(|kv| kv.value().to_vec());
    Ok((current, resp.header().map_or(0, |h| h.revision())))
}

/// Returns once `condition` holds for `name`, with the key's value then (`None` when
/// deleted). Returns at once if it already holds.
///
/// Errors: `InvalidInput` for a bad key; `Unreachable`/`Etcd`. Dropping the future stops
/// waiting; nothing was written.
pub async fn wait(etcd: &Etcd, name: &str, condition: &Condition) -> Result<Option<String>> {
    let key = etcd.key(name);
    // Level-triggered: if the watch's history is compacted away (it was cut off for longer
    // than etcd keeps history), the key's value now is all that matters: read it again.
    loop {
        let (current, rev) = read(etcd, name).await?;
        if condition.holds(current.as_deref()) {
            return Ok(current.map(text));
        }
        let mut satisfied = None;
        let watched = watch_key(etcd, &key, rev + 1, |events| {
            for event in events {
                let value = match event.event_type() {
                    EventType::Put => event.kv().map(|kv| kv.value().to_vec()),
                    EventType::Delete => None,
                };
                if condition.holds(value.as_deref()) {
                    satisfied = Some(value);
                    return false;
                }
            }
            true
        })
        .await;
        match (watched, satisfied) {
            (Ok(()), Some(value)) => return Ok(value.map(text)),
            (Ok(()), None) => {
                return Err(Error::Io(std::io::Error::other(
                    "the watch ended without an answer",
                )))
            }
            (Err(Error::Compacted { .. }), _) => {
                tracing::info!(key = name, "watch history compacted; reading the key again");
            }
            (Err(e), _) => return Err(e),
        }
    }
}

fn text(value: Vec<u8>) -> String {
    String::from_utf8_lossy(&value).into_owned()
}

#[cfg(test)]
mod tests {
    use super::Condition;

    #[test]
    fn conditions() {
        assert!(Condition::Exists.holds(Some(b"")));
        assert!(!Condition::Exists.holds(None));
        assert!(Condition::Deleted.holds(None));
        assert!(!Condition::Deleted.holds(Some(b"x")));
        assert!(Condition::Equals("go".into()).holds(Some(b"go")));
        assert!(!Condition::Equals("go".into()).holds(Some(b"stop")));
        assert!(!Condition::Equals("go".into()).holds(None));
    }
}
