//! Progress of long jobs: one JSON record per job key.
//!
//! Invariant: the key JOB (with `--prefix`) holds
//! `{"percent","message","state","updated","started"}`;
//! `state` is `running`, `done` or `failed`; a job whose key does not exist has not started.
//! `done` and `fail` keep the last message and percent unless given new ones: they are a
//! read-modify-write guarded by the key's mod revision. A run starts when a job is first
//! reported, when it reports `running` after it was `done` or `failed`, and at every
//! [`Jobs::start`] (`job-progress run`): `started` is then now, and the last run's percent
//! and message are not carried over. Watchers read every job, then watch
//! each key from the revision read + 1 (resumed across member failures), so they miss no
//! update.

use std::time::{Duration, SystemTime};

use etcd_client::{Compare, CompareOp, EventType, PutOptions, Txn, TxnOp};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::admin::access::{Access, Need};
use crate::client::limits::check_name;
use crate::client::watch::watch_key;
use crate::client::{Etcd, Retry};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
/// Where a job stands.
pub enum State {
    /// Started, not finished.
    Running,
    /// Finished successfully.
    Done,
    /// Finished with a failure.
    Failed,
}

/// What a job reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// 0 to 100.
    pub percent: u8,
    /// What the job says it is doing (may be empty).
    pub message: String,
    /// Running, done or failed.
    pub state: State,
    /// RFC 3339, UTC, when it was written.
    pub updated: String,
    /// RFC 3339, UTC, when the job was first reported (kept by later updates); empty in
    /// records written before it existed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub started: String,
    /// Who wrote this update, when the writer recorded it (see [`crate::admin::holders`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<crate::admin::holders::Identity>,
}

/// A job's progress as seen by a watcher; `progress` is `None` while it has not started.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Update {
    /// The job's name.
    pub job: String,
    #[serde(flatten)]
    /// `None` while the job has not reported (or its record was deleted).
    pub progress: Option<Progress>,
}

/// What a role must grant for `job`: readwrite on the key `JOB` to report, read to
/// get or watch.
pub fn needs(etcd: &Etcd, job: &str, access: Access) -> Vec<Need> {
    vec![Need::key(access, etcd.key(job))]
}

/// Reads and writes job progress records: one key per job, `JOB`, a JSON value.
pub struct Jobs {
    etcd: Etcd,
    /// Attach each record to a lease of this TTL, so abandoned jobs vanish.
    ttl: Option<Duration>,
    /// Recorded in each update as its writer.
    identity: Option<crate::admin::holders::Identity>,
}

impl Jobs {
    /// A handle for progress records; with `ttl`, each record written is on a lease of that TTL
    /// (it vanishes if not updated).
    pub fn new(etcd: &Etcd, ttl: Option<Duration>) -> Jobs {
        Jobs {
            etcd: etcd.clone(),
            ttl,
            identity: None,
        }
    }

    /// Records `identity` as the writer of every update this handle makes (`by`).
    pub fn with_identity(mut self, identity: crate::admin::holders::Identity) -> Jobs {
        self.identity = Some(identity);
        self
    }

    /// Writes `state` for `job`. `percent`/`message` of `None` keep the stored ones (0 and
    /// empty for a new run: `running` over a finished record starts one, see the module
    /// doc).
    ///
    /// Errors: `InvalidInput` for a bad job name; `Unreachable`/`Etcd`. Dropping the future
    /// leaves the record written or not.
    pub async fn set(
        &self,
        job: &str,
        percent: Option<u8>,
        message: Option<&str>,
        state: State,
    ) -> Result<Progress> {
        self.write(job, percent, message, state, false).await
    }

    /// Starts a new run of `job` at 0%, whatever its record says (a finished run, or one
    /// that never finished: its writer died): `started` is now.
    ///
    /// Errors and cancellation: as [`Jobs::set`].
    pub async fn start(&self, job: &str, message: Option<&str>) -> Result<Progress> {
        self.write(job, Some(0), message, State::Running, true)
            .await
    }

    /// Deletes `job`'s record; whether there was one. Watchers see the job as not started.
    ///
    /// Errors: `InvalidInput` for a bad job name; `Unreachable`/`Etcd`.
    pub async fn delete(&self, job: &str) -> Result<bool> {
        check_name(job, "job name")?;
        let key = self.etcd.key(job);
        let deleted = self
            .etcd
            .call(Retry::Idempotent, |mut c| {
                let key = key.clone();
                async move { c.delete(key, None).await }
            })
            .await?;
        Ok(deleted.deleted() > 0)
    }

    async fn write(
        &self,
        job: &str,
        percent: Option<u8>,
        message: Option<&str>,
        state: State,
        new_run: bool,
    ) -> Result<Progress> {
        check_name(job, "job name")?;
        let key = self.etcd.key(job);
        loop {
            let (current, mod_rev) = self.read(&key).await?;
            // `running` over a finished record starts a new run too.
            let starts_run =
                |p: &Progress| new_run || (state == State::Running && p.state != State::Running);
            // The last run's values, unless this write starts a new one.
            let previous = current.as_ref().filter(|p| !starts_run(p));
            let updated = humantime::format_rfc3339_millis(SystemTime::now()).to_string();
            let progress = Progress {
                percent: percent.or(previous.map(|p| p.percent)).unwrap_or(0),
                message: message
                    .map(str::to_string)
                    .or(previous.map(|p| p.message.clone()))
                    .unwrap_or_default(),
                state,
                started: previous
                    .map(|p| p.started.clone())
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| updated.clone()),
                updated,
                by: self.identity.clone(),
            };
            let value =
                serde_json::to_vec(&progress).map_err(|e| Error::InvalidInput(e.to_string()))?;
            let mut options = PutOptions::new();
            if let Some(ttl) = self.ttl {
                let lease = crate::lease::session::grant(&self.etcd, ttl).await?;
                options = options.with_lease(lease.id());
            }
            let txn = Txn::new()
                .when([Compare::mod_revision(
                    key.clone(),
                    CompareOp::Equal,
                    mod_rev,
                )])
                .and_then([TxnOp::put(key.clone(), value, Some(options))]);
            // Guarded by the mod revision read: a repeat after success fails the compare.
            if self.etcd.txn(Retry::Idempotent, txn).await?.succeeded() {
                return Ok(progress);
            }
        }
    }

    /// The job's progress, `None` if it has not started.
    ///
    /// Errors: `InvalidInput` for a bad job name; `Unreachable`/`Etcd`. Dropping the future changes nothing: it only reads.
    pub async fn get(&self, job: &str) -> Result<Option<Progress>> {
        check_name(job, "job name")?;
        Ok(self.read(&self.etcd.key(job)).await?.0)
    }

    async fn read(&self, key: &[u8]) -> Result<(Option<Progress>, i64)> {
        let resp = self.etcd.get(key.to_vec(), None).await?;
        Ok(match resp.kvs().first() {
            Some(kv) => (parse(kv.value()), kv.mod_revision()),
            None => (None, 0),
        })
    }

    /// Sends the current state of every job, then every change, to the returned channel,
    /// until the receiver is dropped: the watch tasks end with it, whether or not events
    /// come.
    ///
    /// Errors: `InvalidInput` for a bad job name, `Unreachable`/`Etcd` for the first reads;
    /// later errors arrive on the channel.
    pub async fn watch(&self, jobs: &[String]) -> Result<mpsc::UnboundedReceiver<Result<Update>>> {
        let (tx, rx) = mpsc::unbounded_channel();
        for job in jobs {
            check_name(job, "job name")?;
            let key = self.etcd.key(job);
            let (update, rev) = read_update(&self.etcd, &key, job).await?;
            let _ = tx.send(Ok(update));
            let (etcd, tx, job) = (self.etcd.clone(), tx.clone(), job.clone());
            tokio::spawn(async move {
                let closed = tx.clone();
                // Ends with the receiver, also while no event comes.
                tokio::select! {
                    watched = follow(&etcd, &key, rev, &job, &tx) => {
                        if let Err(e) = watched {
                            let _ = tx.send(Err(e));
                        }
                    }
                    () = closed.closed() => {}
                }
            });
        }
        Ok(rx)
    }
}

/// A record written by something else is treated as not started.
fn parse(value: &[u8]) -> Option<Progress> {
    serde_json::from_slice(value).ok()
}

/// Sends every change of job `job` (its key `key`, read at `rev`) to `tx` until the receiver
/// is gone. A job's record is its latest value: if the watch's history is compacted, the
/// record read again is the update.
async fn follow(
    etcd: &Etcd,
    key: &[u8],
    mut rev: i64,
    job: &str,
    tx: &mpsc::UnboundedSender<Result<Update>>,
) -> Result<()> {
    loop {
        let watched = watch_key(etcd, key, rev + 1, |events| {
            events.iter().all(|e| {
                let progress = match e.event_type() {
                    EventType::Put => e.kv().and_then(|kv| parse(kv.value())),
                    EventType::Delete => None,
                };
                // Stops when the receiver is gone.
                tx.send(Ok(Update {
                    job: job.to_string(),
                    progress,
                }))
                .is_ok()
            })
        })
        .await;
        let Err(Error::Compacted { .. }) = watched else {
            return watched;
        };
        let (update, read_at) = read_update(etcd, key, job).await?;
        rev = read_at;
        if tx.send(Ok(update)).is_err() {
            return Ok(());
        }
    }
}

/// Job `job`'s record now (its key `key`), and the revision read at.
async fn read_update(etcd: &Etcd, key: &[u8], job: &str) -> Result<(Update, i64)> {
    let resp = etcd.get(key.to_vec(), None).await?;
    let rev = resp.header().map_or(0, |h| h.revision());
    let progress = resp.kvs().first().and_then(|kv| parse(kv.value()));
    let update = Update {
        job: job.to_string(),
        progress,
    };
    Ok((update, rev))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_layout() {
        let p = Progress {
            percent: 40,
            message: "shard 4/10".into(),
            state: State::Running,
            updated: "2026-11-21T00:05:00.000Z".into(),
            started: "2026-11-21T00:00:00.000Z".into(),
            by: None,
        };
        assert_eq!(
            serde_json::to_string(&p).unwrap(),
            r#"{"percent":40,"message":"shard 4/10","state":"running","updated":"2026-11-21T00:05:00.000Z","started":"2026-11-21T00:00:00.000Z"}"#
        );
        // A record from before `started` existed still reads.
        let old: Progress = serde_json::from_str(
            r#"{"percent":1,"message":"","state":"running","updated":"2026-11-21T00:00:00.000Z"}"#,
        )
        .unwrap();
        assert_eq!(old.started, "");
    }
}
