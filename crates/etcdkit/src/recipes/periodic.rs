//! Once per period: "run the report once a day, wherever cron fires first, and if that run
//! failed let the next tick anywhere retry".
//!
//! Invariant: `NAME/done` exists exactly while a successful run finished less than the
//! period ago: it is written when the run succeeds, on a lease of the period, so the
//! cluster (not any host's clock) decides when the period is over. `NAME/last` keeps the
//! record of the last success (no lease) for `--status`. Runs take the lock `NAME/lock`
//! (etcd's lock layout, so `etcdctl lock NAME/lock` excludes them too), which keeps two
//! hosts from running at once; the lock's keys are apart from `done`, which no lock
//! contender waits on.

use std::time::{Duration, SystemTime};

use etcd_client::{PutOptions, Txn, TxnOp};
use serde::{Deserialize, Serialize};

use crate::admin::access::{Access, Need};
use crate::admin::holders::Identity;
use crate::client::limits::check_name;
use crate::client::{Etcd, Retry};
use crate::error::Result;

/// What a role must grant for `name`: readwrite on `NAME/` to run, read to see the status.
pub fn needs(etcd: &Etcd, name: &str, access: Access) -> Vec<Need> {
    vec![Need::under_name(access, etcd, name)]
}

/// The lock a run holds: `NAME/lock`.
pub fn lock_name(name: &str) -> String {
    format!("{name}/lock")
}

/// A successful run, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Success {
    /// When it finished, RFC 3339 UTC (the runner's clock: shown, never used to decide).
    pub finished: String,
    /// How long it ran.
    pub duration_ms: u64,
    /// The period it was run for, in seconds.
    pub every_s: u64,
    /// Who ran it.
    pub by: Identity,
}

/// Where NAME stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The last success on record, with the revision that recorded it.
    pub last: Option<(Success, i64)>,
    /// While a success is less than a period old: how long until a run is due again.
    pub not_due_for: Option<Duration>,
}

/// NAME's once-per-period records.
pub struct Periodic {
    etcd: Etcd,
    done: Vec<u8>,
    last: Vec<u8>,
}

impl Periodic {
    /// The records of `name`; nothing is read yet.
    ///
    /// Errors: `InvalidInput` for a bad name.
    pub fn new(etcd: &Etcd, name: &str) -> Result<Periodic> {
        check_name(name, "name")?;
        Ok(Periodic {
            etcd: etcd.clone(),
            done: etcd.key(&format!("{name}/done")),
            last: etcd.key(&format!("{name}/last")),
        })
    }

    /// Whether a run is due, when not how long until it is, and the last success.
    ///
    /// Errors: `Etcd`/`Unreachable`. Dropping the future changes nothing.
    pub async fn status(&self) -> Result<Status> {
        let (done, last) = (self.done.clone(), self.last.clone());
        let resp = self
            .etcd
            .call(Retry::Idempotent, |mut c| {
                let txn = Txn::new().and_then([
                    TxnOp::get(done.clone(), None),
                    TxnOp::get(last.clone(), None),
                ]);
                async move { c.txn(txn).await }
            })
            .await?;
        let mut kvs = resp.op_responses().into_iter().map(|op| match op {
            etcd_client::TxnOpResponse::Get(r) => r.kvs().first().cloned(),
            _ => None,
        });
        let done = kvs.next().flatten();
        let last = kvs.next().flatten().and_then(|kv| {
            let success = serde_json::from_slice::<Success>(kv.value()).ok()?;
            Some((success, kv.mod_revision()))
        });
        let not_due_for = match done {
            Some(kv) => Some(
                crate::admin::holders::time_left(&self.etcd, kv.lease())
                    .await?
                    .unwrap_or_default(),
            ),
            None => None,
        };
        Ok(Status { last, not_due_for })
    }

    /// Records a successful run that took `ran`: `NAME/done` on a new lease of `every`
    /// (whole seconds), and `NAME/last`. Returns the revision that recorded it. Repeating it
    /// only renews the period from now.
    ///
    /// Errors: `InvalidInput` for a period that is not a lease TTL; `Etcd`/`Unreachable`
    /// (then nothing or all was recorded: one transaction).
    pub async fn succeeded(&self, every: Duration, ran: Duration, by: Identity) -> Result<i64> {
        let success = Success {
            finished: humantime::format_rfc3339_millis(SystemTime::now()).to_string(),
            duration_ms: u64::try_from(ran.as_millis()).unwrap_or(u64::MAX),
            every_s: every.as_secs(),
            by,
        };
        let value = serde_json::to_vec(&success).unwrap_or_default();
        let lease = crate::lease::session::grant(&self.etcd, every).await?.id();
        let (done, last) = (self.done.clone(), self.last.clone());
        let resp = self
            .etcd
            .call(Retry::Idempotent, |mut c| {
                let txn = Txn::new().and_then([
                    TxnOp::put(
                        done.clone(),
                        value.clone(),
                        Some(PutOptions::new().with_lease(lease)),
                    ),
                    TxnOp::put(last.clone(), value.clone(), None),
                ]);
                async move { c.txn(txn).await }
            })
            .await?;
        Ok(resp.header().map_or(0, |h| h.revision()))
    }
}
