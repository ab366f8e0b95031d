//! Transactions that take effect at most once however often they are retried, and tell
//! whether they did.
//!
//! A member killed with a request in flight leaves its outcome unknown: it may have been
//! applied. A writer that must neither repeat nor lose such a write (a publish batch, a queue
//! push or claim) owns a counter key, `__etcdkit/<kind>/<random>`. Its N-th transaction
//! requires the counter's version to be N and bumps it, so of all the attempts of that
//! transaction at most one is ever applied; when a retry's compare fails, the counter, read
//! back in the same transaction, says whether an earlier attempt was the one.
//!
//! One writer, one counter, one transaction at a time (`&mut self`). The counter is deleted
//! by [`WriteCounter::close`]; a writer killed with SIGKILL leaves it behind (an empty value).

use etcd_client::{Compare, CompareOp, Txn, TxnOp, TxnOpResponse, TxnResponse};

use crate::connect::{Etcd, Retry};
use crate::error::Result;

pub struct WriteCounter {
    key: Vec<u8>,
    /// Transactions applied so far: the counter key's version.
    applied: i64,
}

impl WriteCounter {
    /// A fresh counter under `__etcdkit/KIND/`; nothing is written until the first
    /// transaction.
    pub fn new(etcd: &Etcd, kind: &str) -> WriteCounter {
        WriteCounter {
            key: etcd.key(&format!("__etcdkit/{kind}/{:016x}", fastrand::u64(..))),
            applied: 0,
        }
    }

    /// Runs `ops` if `compares` hold, guarded by the counter and retried after ambiguous
    /// failures. `Ok(true)`: applied exactly once (now or by an earlier attempt);
    /// `Ok(false)`: one of `compares` failed and nothing was written.
    pub async fn txn(
        &mut self,
        etcd: &Etcd,
        mut compares: Vec<Compare>,
        mut ops: Vec<TxnOp>,
    ) -> Result<bool> {
        compares.push(Compare::version(
            self.key.clone(),
            CompareOp::Equal,
            self.applied,
        ));
        ops.push(TxnOp::put(self.key.clone(), "", None));
        let txn = Txn::new()
            .when(compares)
            .and_then(ops)
            .or_else([TxnOp::get(self.key.clone(), None)]);
        let resp = etcd.txn(Retry::Idempotent, txn).await?;
        let applied = resp.succeeded() || self.moved_past(&resp);
        if applied {
            self.applied += 1;
        }
        Ok(applied)
    }

    /// Whether the counter read back by a failed compare is one past ours: an earlier
    /// attempt of this transaction was applied.
    fn moved_past(&self, resp: &TxnResponse) -> bool {
        resp.op_responses().into_iter().any(|op| match op {
            TxnOpResponse::Get(r) => r
                .kvs()
                .first()
                .is_some_and(|kv| kv.version() == self.applied + 1),
            _ => false,
        })
    }

    /// Deletes the counter (best effort; nothing to do if it was never written).
    pub async fn close(self, etcd: &Etcd) {
        if self.applied == 0 {
            return;
        }
        let key = self.key;
        let _ = etcd
            .call(Retry::Idempotent, |mut c| {
                let key = key.clone();
                async move { c.delete(key, None).await }
            })
            .await;
    }
}
