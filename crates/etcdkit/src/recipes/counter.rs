//! A shared integer counter (Curator's SharedCount / DistributedAtomicLong): build numbers
//! unique and increasing across every CI runner.
//!
//! Invariant: the value lives at `NAME/value` as decimal text (so `etcdctl get` reads it);
//! an absent key counts as 0. An increment is a read, then a transaction that writes
//! value + N only if the key's mod revision is still the one read, guarded by the handle's
//! [`WriteCounter`] at `NAME/writers/<id>`: retried after a member failure it is applied
//! exactly once, and two incrementers never both succeed from the same read, so no two see
//! the same value.

use etcd_client::{Compare, CompareOp, TxnOp};
use serde::Serialize;

use crate::admin::access::{Access, Need};
use crate::client::exactly_once::WriteCounter;
use crate::client::limits::check_name;
use crate::client::{Etcd, Retry};
use crate::error::{Error, Result};

/// A counter's value and the revision that wrote it (0: never written).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Count {
    /// The value.
    pub value: i64,
    /// The revision of the write that set it.
    pub rev: i64,
}

/// What a role must grant for counter `name`: readwrite on `NAME/` to change it (its value
/// and the writers' counters), read on `NAME/value` to get it.
pub fn needs(etcd: &Etcd, name: &str, access: Access) -> Vec<Need> {
    match access {
        Access::Read => vec![Need::key(access, etcd.key(&format!("{name}/value")))],
        Access::ReadWrite => vec![Need::under_name(access, etcd, name)],
    }
}

/// A handle on counter `name`.
pub struct Counter {
    etcd: Etcd,
    key: Vec<u8>,
    writes: WriteCounter,
}

impl Counter {
    /// A handle on counter `name`; nothing is read or written yet.
    ///
    /// Errors: `InvalidInput` for a bad name.
    pub fn new(etcd: &Etcd, name: &str) -> Result<Counter> {
        check_name(name, "counter name")?;
        Ok(Counter {
            etcd: etcd.clone(),
            key: etcd.key(&format!("{name}/value")),
            writes: WriteCounter::new(&etcd.key(&format!("{name}/writers/"))),
        })
    }

    /// The current value (0 and revision 0 if never set).
    ///
    /// Errors: `InvalidInput` if the key holds something other than an integer;
    /// `Etcd`/`Unreachable`. Dropping the future changes nothing.
    pub async fn get(&self) -> Result<Count> {
        Ok(self.read().await?.0)
    }

    /// Adds `by` (may be negative) and returns the new value, applied exactly once.
    ///
    /// Errors: `InvalidInput` if the result would overflow an i64 or the stored value is
    /// not an integer; `Etcd`/`Unreachable` (the increment is then in doubt until the next
    /// call or [`Counter::close`]: see [`WriteCounter`]).
    pub async fn add(&mut self, by: i64) -> Result<Count> {
        loop {
            let (current, mod_rev) = self.read().await?;
            let value = current.value.checked_add(by).ok_or_else(|| {
                Error::InvalidInput(format!(
                    "{} + {by} does not fit in a 64-bit integer",
                    current.value
                ))
            })?;
            let unchanged = Compare::mod_revision(self.key.clone(), CompareOp::Equal, mod_rev);
            let put = TxnOp::put(self.key.clone(), value.to_string(), None);
            if self
                .writes
                .txn(&self.etcd, vec![unchanged], vec![put])
                .await?
            {
                let rev = self.writes.applied_rev();
                tracing::info!(key = %String::from_utf8_lossy(&self.key), value, rev, "counter added {by}");
                return Ok(Count { value, rev });
            }
            // Another incrementer got there first: read again.
            tracing::debug!(key = %String::from_utf8_lossy(&self.key), "counter changed meanwhile; reading again");
        }
    }

    /// Sets the value (a plain put: repeating it writes the same).
    ///
    /// Errors: `Etcd`/`Unreachable`.
    pub async fn set(&self, value: i64) -> Result<Count> {
        let resp = self
            .etcd
            .call(Retry::Idempotent, |mut c| {
                let key = self.key.clone();
                async move { c.put(key, value.to_string(), None).await }
            })
            .await?;
        Ok(Count {
            value,
            rev: resp.header().map_or(0, |h| h.revision()),
        })
    }

    /// Deletes the counter (its value; it reads 0 again). Whether it existed.
    ///
    /// Errors: `Etcd`/`Unreachable`.
    pub async fn delete(&self) -> Result<bool> {
        let resp = self
            .etcd
            .call(Retry::Idempotent, |mut c| {
                let key = self.key.clone();
                async move { c.delete(key, None).await }
            })
            .await?;
        Ok(resp.deleted() > 0)
    }

    /// Settles an increment in doubt and deletes this handle's writer key.
    pub async fn close(mut self) {
        let _ = self.writes.settle(&self.etcd).await;
        self.writes.close(&self.etcd).await;
    }

    async fn read(&self) -> Result<(Count, i64)> {
        let resp = self.etcd.get(self.key.clone(), None).await?;
        let Some(kv) = resp.kvs().first() else {
            return Ok((Count { value: 0, rev: 0 }, 0));
        };
        let text = String::from_utf8_lossy(kv.value());
        let value = text.trim().parse::<i64>().map_err(|_| {
            Error::InvalidInput(format!(
                "{} holds {text:?}, not an integer",
                String::from_utf8_lossy(&self.key)
            ))
        })?;
        Ok((
            Count {
                value,
                rev: kv.mod_revision(),
            },
            kv.mod_revision(),
        ))
    }
}
