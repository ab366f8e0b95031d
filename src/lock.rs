//! A distributed lock and counting semaphore, in the key layout of etcd's own lock.
//!
//! Invariant: the holders of NAME are the `limit` keys under `NAME/` with the lowest create
//! revisions. Each contender writes `NAME/<lease id in hex>` (empty value) on its session's
//! lease, so a contender that dies stops blocking others within its TTL. With `limit` 1
//! this is etcd's `concurrency.Mutex`: `etcdctl lock NAME` and etcdkit exclude each other.
//!
//! - The uncontended path is one transaction: create our key if absent and read the first
//!   `limit` keys by create revision.
//! - A waiter watches only its `limit` immediate predecessors (by create revision) for
//!   deletion: only the deletion of one of them can make it a holder (a deletion further
//!   ahead leaves it with as many predecessors as before, or it would hold already), so a
//!   release wakes at most `limit` waiters, never the whole queue.
//! - Each check reads our own key in the same transaction: if it is gone (lease expired or
//!   revoked), the lock is lost, not acquired.
//! - The limit is each contender's own: a contender holds when fewer than *its* limit keys
//!   precede it. Contenders of one name should use one limit; etcdctl's is 1.

use etcd_client::{
    Compare, CompareOp, EventType, GetOptions, SortOrder, SortTarget, Txn, TxnOp, TxnOpResponse,
    WatchOptions,
};

use crate::access::{Access, Need};
use crate::connect::{Backoff, Etcd, Retry};
use crate::error::{Error, Result};
use crate::limits::check_name;
use crate::session::Session;
use crate::watch::{next_message, open, PROBE_TIMEOUT};

/// What a contender for `name` needs a role to grant: readwrite on `NAME/`.
pub fn needs(etcd: &Etcd, name: &str) -> Vec<Need> {
    vec![Need::under_name(Access::ReadWrite, etcd, name)]
}

/// A contender for NAME with up to `limit` holders (etcd's lock layout; with a limit of 1
/// it is [`Mutex`]).
pub struct Semaphore {
    etcd: Etcd,
    name: String,
    prefix: Vec<u8>,
    key: Vec<u8>,
    lease: i64,
    limit: usize,
    /// Written as our key's value: empty for a lock, the candidate's value in an election.
    value: Vec<u8>,
    /// Our key's create revision, once written.
    rev: Option<i64>,
}

/// A held lock.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Held {
    /// Our key, `NAME/<lease hex>` (with `--prefix`).
    pub key: String,
    /// The store revision when ownership was established: grows with every new holder, so
    /// it serves as a fencing token (etcdctl's `ETCD_LOCK_REV`).
    pub rev: i64,
}

enum Position {
    Held(Held),
    /// Waiting behind these keys, read at this revision.
    Behind(Vec<Vec<u8>>, i64),
}

impl Semaphore {
    /// A contender for `name` on `session`'s lease, with up to `limit` holders. Nothing is
    /// written yet.
    ///
    /// Errors: `InvalidInput` for a bad name or a limit of 0.
    pub fn new(session: &Session, name: &str, limit: usize) -> Result<Semaphore> {
        let etcd = session.etcd();
        check_name(name, "lock name")?;
        if limit == 0 {
            return Err(Error::InvalidInput(
                "a semaphore's limit must be at least 1".into(),
            ));
        }
        let prefix = etcd.key(&format!("{name}/"));
        let key = contender_key(&prefix, session.id());
        Ok(Semaphore {
            etcd: etcd.clone(),
            name: name.to_string(),
            prefix,
            key,
            lease: session.id(),
            limit,
            value: Vec::new(),
            rev: None,
        })
    }

    /// Sets the value our key is written with (before it is written).
    pub fn with_value(mut self, value: impl Into<Vec<u8>>) -> Semaphore {
        self.value = value.into();
        self
    }

    /// Our key's create revision, once written: etcd's `Election.Rev()`.
    pub fn rev(&self) -> Option<i64> {
        self.rev
    }

    /// Our key, as text.
    pub fn key(&self) -> String {
        String::from_utf8_lossy(&self.key).into_owned()
    }

    /// Whether we hold now: our key exists and fewer than `limit` keys precede it. One read;
    /// `false` before [`Semaphore::lock`] wrote our key.
    ///
    /// Errors: `Etcd`/`Unreachable`. Dropping the future changes nothing.
    pub async fn is_owner(&mut self) -> Result<bool> {
        if self.rev.is_none() {
            return Ok(false);
        }
        match self.position().await {
            Ok(Position::Held(_)) => Ok(true),
            Ok(Position::Behind(..)) | Err(Error::LeaseLost { .. }) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Takes the lock if it is free now; otherwise removes our key and returns `Busy`.
    ///
    /// Errors: `Busy`; `Etcd`/`Unreachable`. If the future is dropped, our key may have been
    /// written: [`Semaphore::unlock`] or the session's end removes it.
    pub async fn try_lock(&mut self) -> Result<Held> {
        match self.enqueue().await? {
            Position::Held(held) => Ok(held),
            Position::Behind(..) => {
                self.unlock().await?;
                Err(Error::Busy {
                    what: format!("lock {}", self.name),
                    holder: None,
                })
            }
        }
    }

    /// Waits until we hold the lock. If the future is dropped, our key stays queued until
    /// [`Semaphore::unlock`] or the end of the session; callers that give up must do either.
    ///
    /// Errors: `LeaseLost` if our key disappears while waiting; `Etcd`/`Unreachable`.
    pub async fn lock(&mut self) -> Result<Held> {
        let mut position = self.enqueue().await?;
        let mut backoff = Backoff::default();
        loop {
            match position {
                Position::Held(held) => return Ok(held),
                Position::Behind(predecessors, rev) => {
                    if !wait_for_a_delete(&self.etcd, &predecessors, rev).await {
                        // The watch failed; look again after a pause.
                        backoff.wait().await;
                    }
                }
            }
            position = self.position().await?;
        }
    }

    /// Deletes our key (releasing the lock or leaving the queue). Nothing to do if it is gone.
    ///
    /// Errors: `Etcd`/`Unreachable`; the key then goes with the session's lease. Dropping
    /// the future leaves the key deleted or not.
    pub async fn unlock(&mut self) -> Result<()> {
        delete_key(&self.etcd, &self.key).await?;
        self.rev = None;
        Ok(())
    }

    /// Creates our key if absent, and reads the first `limit` contenders in the same
    /// transaction (the uncontended path: one round trip).
    async fn enqueue(&mut self) -> Result<Position> {
        let first = GetOptions::new()
            .with_prefix()
            .with_sort(SortTarget::Create, SortOrder::Ascend)
            .with_limit(self.limit as i64)
            .with_keys_only();
        let txn = Txn::new()
            .when([Compare::create_revision(
                self.key.clone(),
                CompareOp::Equal,
                0,
            )])
            .and_then([
                TxnOp::put(
                    self.key.clone(),
                    self.value.clone(),
                    Some(etcd_client::PutOptions::new().with_lease(self.lease)),
                ),
                TxnOp::get(self.prefix.clone(), Some(first)),
            ])
            .or_else([TxnOp::get(self.key.clone(), None)]);
        // Guarded by "our key does not exist": sending it twice creates it once.
        let resp = self.etcd.txn(Retry::Idempotent, txn).await?;
        let header_rev = resp.header().map_or(0, |h| h.revision());
        if !resp.succeeded() {
            // Our key was there already (a retried transaction that had been applied).
            let existing = ranges(&resp)
                .next()
                .and_then(|r| r.kvs().first().map(|kv| kv.create_revision()));
            self.rev = existing;
            return self.position().await;
        }
        self.rev = Some(header_rev);
        let holders = ranges(&resp).next().map(|r| r.kvs().len()).unwrap_or(0);
        let ours_among_them = ranges(&resp)
            .next()
            .is_some_and(|r| r.kvs().iter().any(|kv| kv.key() == self.key.as_slice()));
        if ours_among_them || holders < self.limit {
            return Ok(Position::Held(self.held(header_rev)));
        }
        self.position().await
    }

    /// Reads our key and our `limit` immediate predecessors in one transaction.
    async fn position(&mut self) -> Result<Position> {
        let Some(my_rev) = self.rev else {
            return Err(self.lost("our key was never written"));
        };
        let predecessors = GetOptions::new()
            .with_prefix()
            .with_sort(SortTarget::Create, SortOrder::Descend)
            .with_max_create_revision(my_rev - 1)
            .with_limit(self.limit as i64)
            .with_keys_only();
        let txn = Txn::new().and_then([
            TxnOp::get(self.key.clone(), Some(GetOptions::new().with_keys_only())),
            TxnOp::get(self.prefix.clone(), Some(predecessors)),
        ]);
        let resp = self.etcd.txn(Retry::Idempotent, txn).await?;
        let rev = resp.header().map_or(0, |h| h.revision());
        let mut reads = ranges(&resp);
        let ours = reads
            .next()
            .and_then(|r| r.kvs().first().map(|kv| kv.create_revision()));
        if ours != Some(my_rev) {
            return Err(self.lost("our lock key was deleted while waiting"));
        }
        let ahead: Vec<Vec<u8>> = reads
            .next()
            .map(|r| r.kvs().iter().map(|kv| kv.key().to_vec()).collect())
            .unwrap_or_default();
        if ahead.len() < self.limit {
            return Ok(Position::Held(self.held(rev)));
        }
        Ok(Position::Behind(ahead, rev))
    }

    fn held(&self, rev: i64) -> Held {
        Held {
            key: self.key(),
            rev,
        }
    }

    fn lost(&self, reason: &str) -> Error {
        lost(self.lease, reason)
    }
}

/// Watches `keys` from just after `rev` until one is deleted. Returns false if the
/// watch failed (the caller looks again either way).
async fn wait_for_a_delete(etcd: &Etcd, keys: &[Vec<u8>], rev: i64) -> bool {
    let Ok((endpoint, mut client)) = etcd.pinned().await else {
        return false;
    };
    let options = || WatchOptions::new().with_start_revision(rev + 1);
    let Some(mut stream) = open(&mut client, &keys[0], options()).await else {
        etcd.failed(endpoint);
        return false;
    };
    for key in &keys[1..] {
        let added = tokio::time::timeout(PROBE_TIMEOUT, stream.watch(key.clone(), Some(options())));
        if !matches!(added.await, Ok(Ok(_))) {
            etcd.failed(endpoint);
            return false;
        }
    }
    loop {
        match next_message(&mut stream, &mut client, &keys[0]).await {
            Some(resp)
                if resp
                    .events()
                    .iter()
                    .any(|e| e.event_type() == EventType::Delete) =>
            {
                return true
            }
            // Compacted or cancelled (e.g. the member lost its leader): look again.
            Some(resp) if resp.canceled() => return true,
            Some(_) => {}
            // Broken, or its member hung.
            None => {
                etcd.failed(endpoint);
                return false;
            }
        }
    }
}

/// Our key is gone: the lease expired or was revoked (or the key deleted).
fn lost(lease: i64, reason: &str) -> Error {
    Error::LeaseLost {
        id: lease,
        reason: reason.to_string(),
    }
}

/// Deletes `key` (nothing to do if it is gone).
async fn delete_key(etcd: &Etcd, key: &[u8]) -> Result<()> {
    etcd.call(Retry::Idempotent, |mut c| {
        let key = key.to_vec();
        async move { c.delete(key, None).await }
    })
    .await?;
    Ok(())
}

/// `NAME/` + the lease id in lower-case hex, as Go's `fmt.Sprintf("%s%x", pfx, lease)`.
fn contender_key(prefix: &[u8], lease: i64) -> Vec<u8> {
    let mut key = prefix.to_vec();
    key.extend_from_slice(format!("{lease:x}").as_bytes());
    key
}

/// A mutual exclusion lock in etcd's lock layout (Go's `concurrency.Mutex`): a
/// [`Semaphore`] with one holder. `etcdctl lock NAME` and this exclude each other.
pub struct Mutex(Semaphore);

impl Mutex {
    /// A contender for `name` on `session`'s lease. Nothing is written yet.
    ///
    /// Errors: `InvalidInput` for a bad name.
    pub fn new(session: &Session, name: &str) -> Result<Mutex> {
        Semaphore::new(session, name, 1).map(Mutex)
    }

    /// Waits until we hold the lock. Errors and cancellation: as [`Semaphore::lock`].
    pub async fn lock(&mut self) -> Result<Held> {
        self.0.lock().await
    }

    /// Takes the lock if it is free now, else `Busy`. Errors and cancellation: as
    /// [`Semaphore::try_lock`].
    pub async fn try_lock(&mut self) -> Result<Held> {
        self.0.try_lock().await
    }

    /// Releases the lock (or leaves the queue). Errors and cancellation: as
    /// [`Semaphore::unlock`].
    pub async fn unlock(&mut self) -> Result<()> {
        self.0.unlock().await
    }

    /// Whether we hold the lock now. Errors and cancellation: as [`Semaphore::is_owner`].
    pub async fn is_owner(&mut self) -> Result<bool> {
        self.0.is_owner().await
    }

    /// Our key, `NAME/<lease hex>`.
    pub fn key(&self) -> String {
        self.0.key()
    }

    /// Our key's create revision, once written.
    pub fn rev(&self) -> Option<i64> {
        self.0.rev()
    }
}

fn ranges(resp: &etcd_client::TxnResponse) -> impl Iterator<Item = etcd_client::GetResponse> {
    resp.op_responses().into_iter().filter_map(|op| match op {
        TxnOpResponse::Get(r) => Some(r),
        _ => None,
    })
}

/// A shared (read) lock on NAME in the layout of etcd's Go `recipes.RWMutex`: readers hold
/// together; a writer excludes them.
///
/// Invariant: a reader writes `NAME/read/<unix nanos>` on its lease (created only if absent)
/// and holds once no key that excludes it is older (lower create revision) than its own.
/// Keys that exclude a reader: Go's writers, `NAME/write/…`, and the holders of the plain
/// lock on NAME, `NAME/<lease hex>` (etcdctl's and etcdkit's `lock NAME`; lease ids are
/// hex, so they are exactly the keys in `[NAME/0, NAME/g)`, apart from `read/` and
/// `write/`). Plain lock holders and Go writers in turn wait for every older key under
/// NAME/, readers included, so a waiting exclusive holder is not starved: readers that come
/// after it wait behind it. Go's readers wait on `NAME/write/` only: they do not see plain
/// lock holders (docs/lock.md).
pub struct ReadLock {
    etcd: Etcd,
    name: String,
    /// `NAME/`.
    prefix: Vec<u8>,
    key: Vec<u8>,
    lease: i64,
    rev: Option<i64>,
}

impl ReadLock {
    /// A reader of `name` on `session`'s lease. Nothing is written yet.
    ///
    /// Errors: `InvalidInput` for a bad name.
    pub fn new(session: &Session, name: &str) -> Result<ReadLock> {
        check_name(name, "lock name")?;
        let etcd = session.etcd();
        let prefix = etcd.key(&format!("{name}/"));
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let mut key = prefix.clone();
        key.extend_from_slice(format!("read/{nanos}").as_bytes());
        Ok(ReadLock {
            etcd: etcd.clone(),
            name: name.to_string(),
            prefix,
            key,
            lease: session.id(),
            rev: None,
        })
    }

    /// Waits until we hold the lock shared. If the future is dropped, our key stays queued
    /// until [`ReadLock::unlock`] or the end of the session.
    ///
    /// Errors: `LeaseLost` if our key disappears while waiting; `Etcd`/`Unreachable`.
    pub async fn lock(&mut self) -> Result<Held> {
        self.enqueue().await?;
        let mut backoff = Backoff::default();
        loop {
            let (blocking, rev) = self.blocking().await?;
            if blocking.is_empty() {
                return Ok(self.held(rev));
            }
            if !wait_for_a_delete(&self.etcd, &blocking, rev).await {
                backoff.wait().await;
            }
        }
    }

    /// Takes the lock shared if nothing excludes us now; otherwise removes our key and
    /// returns `Busy`.
    ///
    /// Errors: `Busy`; `Etcd`/`Unreachable`.
    pub async fn try_lock(&mut self) -> Result<Held> {
        self.enqueue().await?;
        let (blocking, rev) = self.blocking().await?;
        if blocking.is_empty() {
            return Ok(self.held(rev));
        }
        self.unlock().await?;
        Err(Error::Busy {
            what: format!("lock {}", self.name),
            holder: None,
        })
    }

    /// Deletes our key. Nothing to do if it is gone.
    ///
    /// Errors: `Etcd`/`Unreachable`; the key then goes with the session's lease.
    pub async fn unlock(&mut self) -> Result<()> {
        delete_key(&self.etcd, &self.key).await?;
        self.rev = None;
        Ok(())
    }

    /// Our key, `NAME/read/<nanos>`.
    pub fn key(&self) -> String {
        String::from_utf8_lossy(&self.key).into_owned()
    }

    async fn enqueue(&mut self) -> Result<()> {
        let txn = Txn::new()
            .when([Compare::create_revision(
                self.key.clone(),
                CompareOp::Equal,
                0,
            )])
            .and_then([TxnOp::put(
                self.key.clone(),
                "",
                Some(etcd_client::PutOptions::new().with_lease(self.lease)),
            )])
            .or_else([TxnOp::get(self.key.clone(), None)]);
        // Guarded by "our key does not exist": sending it twice creates it once.
        let resp = self.etcd.txn(Retry::Idempotent, txn).await?;
        self.rev = if resp.succeeded() {
            resp.header().map(|h| h.revision())
        } else {
            ranges(&resp)
                .next()
                .and_then(|r| r.kvs().first().map(|kv| kv.create_revision()))
        };
        Ok(())
    }

    /// The newest key older than ours of each kind that excludes us (a Go writer, a plain
    /// lock holder), with the revision read at; our key checked in the same transaction.
    async fn blocking(&self) -> Result<(Vec<Vec<u8>>, i64)> {
        let Some(my_rev) = self.rev else {
            return Err(self.lost("our key was never written"));
        };
        let newest_older = || {
            GetOptions::new()
                .with_sort(SortTarget::Create, SortOrder::Descend)
                .with_max_create_revision(my_rev - 1)
                .with_limit(1)
                .with_keys_only()
        };
        let mut writers = self.prefix.clone();
        writers.extend_from_slice(b"write/");
        let mut plain_from = self.prefix.clone();
        plain_from.push(b'0');
        let mut plain_to = self.prefix.clone();
        plain_to.push(b'g');
        let txn = Txn::new().and_then([
            TxnOp::get(self.key.clone(), Some(GetOptions::new().with_keys_only())),
            TxnOp::get(writers, Some(newest_older().with_prefix())),
            TxnOp::get(plain_from, Some(newest_older().with_range(plain_to))),
        ]);
        let resp = self.etcd.txn(Retry::Idempotent, txn).await?;
        let rev = resp.header().map_or(0, |h| h.revision());
        let mut reads = ranges(&resp);
        let ours = reads
            .next()
            .and_then(|r| r.kvs().first().map(|kv| kv.create_revision()));
        if ours != Some(my_rev) {
            return Err(self.lost("our lock key was deleted while waiting"));
        }
        let blocking = reads
            .flat_map(|r| {
                r.kvs()
                    .iter()
                    .map(|kv| kv.key().to_vec())
                    .collect::<Vec<_>>()
            })
            .collect();
        Ok((blocking, rev))
    }

    fn held(&self, rev: i64) -> Held {
        Held {
            key: self.key(),
            rev,
        }
    }

    fn lost(&self, reason: &str) -> Error {
        lost(self.lease, reason)
    }
}

#[cfg(test)]
mod tests {
    use super::contender_key;

    #[test]
    fn keys_follow_etcds_layout() {
        assert_eq!(
            contender_key(b"nightly/", 0x694d7e6b5a1c2f0a),
            b"nightly/694d7e6b5a1c2f0a"
        );
        assert_eq!(contender_key(b"/team/x/", 0x1f), b"/team/x/1f");
    }
}
