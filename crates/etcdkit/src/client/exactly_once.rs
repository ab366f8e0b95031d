//! Transactions that take effect at most once however often they are retried, and tell
//! whether they did.
//!
//! A member killed with a request in flight leaves its outcome unknown: it may have been
//! applied. A writer that must neither repeat nor lose such a write (a publish batch, a queue
//! push or claim) owns a counter key, a random id under a prefix its pattern chooses where
//! a role on the name grants it (see docs/security.md). Each transaction requires
//! the counter's version to be the number of transactions applied so far, bumps it, and
//! writes its own random nonce as the counter's value. Of all the attempts of one
//! transaction at most one is ever applied; when a retry's compare fails, the counter, read
//! back in the same transaction, says which transaction moved it: this one (an earlier
//! attempt was applied) or another.
//!
//! Cancellation: a transaction whose future was dropped (or that returned an error) is left
//! in doubt: it may still be applied. [`WriteCounter::settle`] ends the doubt: it bumps the
//! counter with a fence of its own unless the doubtful transaction already did, so that it
//! can no longer apply, and reports which happened. Every transaction settles the previous
//! one first, so a later transaction never reports the doubtful one's success as its own
//! and the count stays exact.
//!
//! One writer, one counter, one transaction at a time (`&mut self`). The counter is deleted
//! by [`WriteCounter::close`]; a writer killed with SIGKILL leaves it behind (a short value).

use etcd_client::{Compare, CompareOp, Txn, TxnOp, TxnOpResponse, TxnResponse};

use crate::client::{Etcd, Retry};
use crate::error::Result;

/// A writer's counter key, making its guarded transactions exactly-once across retries.
pub struct WriteCounter {
    key: Vec<u8>,
    /// Transactions applied so far (fences included): the counter key's version.
    applied: i64,
    /// The store revision at which the last transaction reported applied took effect.
    applied_rev: i64,
    /// Whether any transaction was sent (the key may exist even if none is known applied).
    sent: bool,
    /// The nonce of a transaction whose outcome is in doubt (its future was dropped, or it
    /// failed with an error), until [`WriteCounter::settle`] decides it.
    in_doubt: Option<String>,
}

/// What one guarded send found.
enum Sent {
    /// The transaction was applied by this attempt, at this revision.
    Applied(i64),
    /// A compare failed; the counter as read back in the same transaction (version, value,
    /// mod revision), `None` if the key does not exist.
    Refused(Option<(i64, String, i64)>),
}

impl WriteCounter {
    /// A fresh counter, the key `prefix` + a random id; nothing is written until the first
    /// transaction.
    pub fn new(prefix: &[u8]) -> WriteCounter {
        let mut key = prefix.to_vec();
        key.extend_from_slice(format!("{:016x}", fastrand::u64(..)).as_bytes());
        WriteCounter {
            key,
            applied: 0,
            applied_rev: 0,
            sent: false,
            in_doubt: None,
        }
    }

    /// Runs `ops` if `compares` hold, guarded by the counter and retried after ambiguous
    /// failures. `Ok(true)`: applied exactly once (now or by an earlier attempt);
    /// `Ok(false)`: one of `compares` failed and nothing was written. Settles a transaction
    /// left in doubt first (see [`WriteCounter::settle`]).
    ///
    /// Errors: those of [`Etcd::txn`]. The transaction is then in doubt, as it is when the
    /// future is dropped after sending it: the next call settles it.
    pub async fn txn(
        &mut self,
        etcd: &Etcd,
        compares: Vec<Compare>,
        ops: Vec<TxnOp>,
    ) -> Result<bool> {
        self.settle(etcd).await?;
        let nonce = new_nonce();
        self.in_doubt = Some(nonce.clone());
        loop {
            let mut guarded = compares.clone();
            guarded.push(self.unchanged());
            let mut writes = ops.clone();
            writes.push(TxnOp::put(self.key.clone(), nonce.as_str(), None));
            match self.send(etcd, guarded, writes).await? {
                Sent::Applied(rev) => {
                    self.applied += 1;
                    self.applied_rev = rev;
                }
                // An earlier attempt of this transaction was applied (at the revision that
                // wrote our nonce).
                Sent::Refused(Some((version, value, rev))) if value == nonce => {
                    self.applied = version;
                    self.applied_rev = rev;
                }
                // Only this handle writes the counter, and settling came first; should it
                // have moved all the same, re-read the count and try again.
                Sent::Refused(Some((version, _, _))) if version != self.applied => {
                    self.applied = version;
                    continue;
                }
                // The counter is where we left it: one of `compares` failed.
                Sent::Refused(_) => {
                    self.in_doubt = None;
                    return Ok(false);
                }
            }
            self.in_doubt = None;
            return Ok(true);
        }
    }

    /// Decides a transaction left in doubt by a dropped future or an error: `Some(true)` if
    /// it was applied, `Some(false)` if it was not and now never will be; `None` if none
    /// was in doubt. Costs one transaction when there is one: a fence that bumps the
    /// counter unless the doubtful transaction did, so that its compare can never hold.
    ///
    /// Errors: those of [`Etcd::txn`]; the doubt then remains, as it does if the future is
    /// dropped (the next call decides it).
    pub async fn settle(&mut self, etcd: &Etcd) -> Result<Option<bool>> {
        let Some(doubtful) = self.in_doubt.clone() else {
            return Ok(None);
        };
        let fence = new_nonce();
        let put = TxnOp::put(self.key.clone(), fence.as_str(), None);
        let applied = match self.send(etcd, vec![self.unchanged()], vec![put]).await? {
            Sent::Applied(_) => {
                self.applied += 1;
                false
            }
            // The counter moved: by the doubtful transaction (its nonce), or by a fence (an
            // earlier attempt of this one, or of a settle whose future was dropped), after
            // which the doubtful one could not apply.
            Sent::Refused(Some((version, value, _))) => {
                self.applied = version;
                value == doubtful
            }
            Sent::Refused(None) => false,
        };
        self.in_doubt = None;
        Ok(Some(applied))
    }

    /// The revision at which the last transaction that [`WriteCounter::txn`] reported
    /// applied took effect (0 before any): its writes' mod revision.
    pub fn applied_rev(&self) -> i64 {
        self.applied_rev
    }

    fn unchanged(&self) -> Compare {
        Compare::version(self.key.clone(), CompareOp::Equal, self.applied)
    }

    /// Sends one transaction under the retry policy; on a failed compare it reads the
    /// counter back.
    async fn send(&mut self, etcd: &Etcd, compares: Vec<Compare>, ops: Vec<TxnOp>) -> Result<Sent> {
        let txn = Txn::new()
            .when(compares)
            .and_then(ops)
            .or_else([TxnOp::get(self.key.clone(), None)]);
        self.sent = true;
        let resp = etcd.txn(Retry::Idempotent, txn).await?;
        Ok(if resp.succeeded() {
            Sent::Applied(resp.header().map_or(0, |h| h.revision()))
        } else {
            Sent::Refused(read_back(&resp))
        })
    }

    /// Deletes the counter (best effort; nothing to do if no transaction was ever sent).
    ///
    /// Never fails: an error leaves the key behind (a short value, harmless). Dropping
    /// the future likewise.
    pub async fn close(self, etcd: &Etcd) {
        if !self.sent {
            return;
        }
        let _ = crate::client::keys::delete(etcd, &self.key).await;
    }
}

fn new_nonce() -> String {
    format!("{:016x}", fastrand::u64(..))
}

/// The counter's version, value and mod revision as read back by a failed compare.
fn read_back(resp: &TxnResponse) -> Option<(i64, String, i64)> {
    resp.op_responses().into_iter().find_map(|op| match op {
        TxnOpResponse::Get(r) => r.kvs().first().map(|kv| {
            (
                kv.version(),
                String::from_utf8_lossy(kv.value()).into_owned(),
                kv.mod_revision(),
            )
        }),
        _ => None,
    })
}
