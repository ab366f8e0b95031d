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
//!
//! Cost: each check (the first transaction, and one per wake-up) is a range over `NAME/`
//! sorted by create revision, limited to `limit` keys: etcd walks and sorts every key
//! under `NAME/` for it, so a check costs the server O(contenders) (the keys are empty, so
//! with hundreds of contenders it is still well under a millisecond); a hand-off wakes at
//! most `limit` waiters, so draining C contenders costs O(C²) key visits in all, none of
//! them in values. Nothing reads the lock's history.

use etcd_client::{
    EventType, GetOptions, GetResponse, SortOrder, SortTarget, Txn, TxnOp, WatchOptions,
};

use crate::admin::access::{Access, Need};
use crate::client::keys::{self, Created};
use crate::client::limits::check_name;
use crate::client::watch::{next_message, open, PROBE_TIMEOUT};
use crate::client::{Backoff, Etcd, Retry};
use crate::error::{Error, Result};
use crate::lease::session::Session;

/// What a contender for `name` needs a role to grant: readwrite on `NAME/`.
pub fn needs(etcd: &Etcd, name: &str) -> Vec<Need> {
    vec![Need::under_name(Access::ReadWrite, etcd, name)]
}

/// A contender for NAME with up to `limit` holders (etcd's lock layout; with a limit of 1
/// it is [`Mutex`]).
pub struct Semaphore(Contender);

/// A held lock.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Held {
    /// Our key, `NAME/<lease hex>` (with `--prefix`).
    pub key: String,
    /// The store revision when ownership was established: grows with every new holder, so
    /// it serves as a fencing token (etcdctl's `ETCD_LOCK_REV`).
    pub rev: i64,
}

impl Semaphore {
    /// A contender for `name` on `session`'s lease, with up to `limit` holders. Nothing is
    /// written yet.
    ///
    /// Errors: `InvalidInput` for a bad name or a limit of 0.
    pub fn new(session: &Session, name: &str, limit: usize) -> Result<Semaphore> {
        check_name(name, "lock name")?;
        if limit == 0 {
            return Err(Error::InvalidInput(
                "a semaphore's limit must be at least 1".into(),
            ));
        }
        let prefix = session.etcd().key(&format!("{name}/"));
        let key = contender_key(&prefix, session.id());
        Ok(Semaphore(Contender::new(
            session,
            name,
            prefix,
            key,
            Kind::Semaphore { limit },
        )))
    }

    /// Sets the value our key is written with (before it is written).
    pub fn with_value(mut self, value: impl Into<Vec<u8>>) -> Semaphore {
        self.0.value = value.into();
        self
    }

    /// Our key's create revision, once written: etcd's `Election.Rev()`.
    pub fn rev(&self) -> Option<i64> {
        self.0.rev
    }

    /// Our key, as text.
    pub fn key(&self) -> String {
        self.0.key()
    }

    /// Whether we hold now: our key exists and fewer than `limit` keys precede it. One read;
    /// `false` before [`Semaphore::lock`] wrote our key.
    ///
    /// Errors: `Etcd`/`Unreachable`. Dropping the future changes nothing.
    pub async fn is_owner(&mut self) -> Result<bool> {
        self.0.is_owner().await
    }

    /// Takes the lock if it is free now; otherwise removes our key and returns `Busy`.
    ///
    /// Errors: `Busy`; `InvalidInput` if a key that is not ours (another lease's, or one
    /// without a lease) stands where ours must go; `Etcd`/`Unreachable`. If the future is
    /// dropped, our key may have been written: [`Semaphore::unlock`] or the session's end
    /// removes it.
    pub async fn try_lock(&mut self) -> Result<Held> {
        self.0.try_lock().await
    }

    /// Waits until we hold the lock.
    ///
    /// If the future is dropped, our key stays queued until [`Semaphore::unlock`] or the
    /// end of the session; callers that give up must do either. (Go's `Mutex.Lock` deletes
    /// it on cancellation; a Rust future cannot wait for a request when it is dropped, and
    /// a deletion left running in the background could remove the key of the caller's next
    /// `lock`, which is the same key. The binary always unlocks or ends the session.)
    ///
    /// Errors: `LeaseLost` if our key disappears while waiting; `InvalidInput` as for
    /// [`Semaphore::try_lock`]; `Etcd`/`Unreachable`.
    pub async fn lock(&mut self) -> Result<Held> {
        self.0.lock().await
    }

    /// Deletes our key (releasing the lock or leaving the queue). Nothing to do if it is gone.
    ///
    /// Errors: `Etcd`/`Unreachable`; the key then goes with the session's lease. Dropping
    /// the future leaves the key deleted or not.
    pub async fn unlock(&mut self) -> Result<()> {
        self.0.unlock().await
    }
}

/// What keeps a contender from holding.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// etcd's lock layout: held while fewer than `limit` keys under NAME/ are older.
    Semaphore { limit: usize },
    /// Go's RWMutex reader: held while no writer (`NAME/write/…`) and no plain lock
    /// holder (`NAME/<lease hex>`) is older.
    Reader,
}

impl Kind {
    /// The reads of the keys that may keep us from holding, newest first: all such keys
    /// when made in the transaction that creates ours (they are all older), else those
    /// created before `older_than`, our key's create revision.
    fn blockers(self, prefix: &[u8], older_than: Option<i64>) -> Vec<TxnOp> {
        let newest = |limit: usize| {
            let options = GetOptions::new()
                .with_sort(SortTarget::Create, SortOrder::Descend)
                .with_limit(limit as i64)
                .with_keys_only();
            match older_than {
                Some(rev) => options.with_max_create_revision(rev - 1),
                None => options,
            }
        };
        let under = |suffix: &[u8]| [prefix, suffix].concat();
        match self {
            // One more than the limit: in the creating transaction our own key is the
            // newest of the range, and is skipped.
            Kind::Semaphore { limit } => {
                vec![TxnOp::get(prefix, Some(newest(limit + 1).with_prefix()))]
            }
            // Lease ids are hex, so plain lock keys are exactly `[NAME/0, NAME/g)` apart
            // from `read/` and `write/`.
            Kind::Reader => vec![
                TxnOp::get(under(b"write/"), Some(newest(1).with_prefix())),
                TxnOp::get(under(b"0"), Some(newest(1).with_range(under(b"g")))),
            ],
        }
    }

    /// How many blocking keys it takes to keep us waiting.
    fn threshold(self) -> usize {
        match self {
            Kind::Semaphore { limit } => limit,
            Kind::Reader => 1,
        }
    }
}

enum Position {
    Held(Held),
    /// Waiting behind these keys, read at this revision.
    Behind(Vec<Vec<u8>>, i64),
}

/// One contender of a lock, exclusive or shared: our key on our lease, and what we wait
/// behind. [`Semaphore`] and [`ReadLock`] differ only in their [`Kind`] and their key.
struct Contender {
    etcd: Etcd,
    name: String,
    /// `NAME/`.
    prefix: Vec<u8>,
    key: Vec<u8>,
    /// Where fresh unique keys come from when ours is taken (a reader's `NAME/read/`);
    /// `None` for a key named by our lease, which only we write.
    unique_under: Option<Vec<u8>>,
    lease: i64,
    kind: Kind,
    /// Written as our key's value: empty for a lock, the candidate's value in an election.
    value: Vec<u8>,
    /// Our key's create revision, once written.
    rev: Option<i64>,
}

impl Contender {
    fn new(session: &Session, name: &str, prefix: Vec<u8>, key: Vec<u8>, kind: Kind) -> Contender {
        Contender {
            etcd: session.etcd().clone(),
            name: name.to_string(),
            prefix,
            key,
            unique_under: None,
            lease: session.id(),
            kind,
            value: Vec::new(),
            rev: None,
        }
    }

    fn key(&self) -> String {
        String::from_utf8_lossy(&self.key).into_owned()
    }

    async fn is_owner(&mut self) -> Result<bool> {
        if self.rev.is_none() {
            return Ok(false);
        }
        match self.position().await {
            Ok(Position::Held(_)) => Ok(true),
            Ok(Position::Behind(..)) | Err(Error::LeaseLost { .. }) => Ok(false),
            Err(e) => Err(e),
        }
    }

    async fn try_lock(&mut self) -> Result<Held> {
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

    async fn lock(&mut self) -> Result<Held> {
        let mut position = self.enqueue().await?;
        let mut backoff = Backoff::default();
        loop {
            match position {
                Position::Held(held) => return Ok(held),
                Position::Behind(blockers, rev) => {
                    // Boxed: a watch's futures are kilobytes, and every contender's future
                    // would carry them from its start (see `crate::client`).
                    if !Box::pin(wait_for_a_delete(&self.etcd, &blockers, rev)).await {
                        // The watch failed; look again after a pause.
                        backoff.wait().await;
                    }
                }
            }
            position = self.position().await?;
        }
    }

    async fn unlock(&mut self) -> Result<()> {
        keys::delete(&self.etcd, &self.key).await?;
        self.rev = None;
        Ok(())
    }

    /// Creates our key if absent, reading what may block us in the same transaction (the
    /// uncontended path: one round trip).
    async fn enqueue(&mut self) -> Result<Position> {
        let (kind, prefix) = (self.kind, self.prefix.clone());
        let reads = || kind.blockers(&prefix, None);
        let created = match &self.unique_under {
            None => keys::create(&self.etcd, &self.key, &self.value, self.lease, reads()).await?,
            Some(under) => {
                keys::create_unique(
                    &self.etcd,
                    under,
                    &mut self.key,
                    &self.value,
                    self.lease,
                    reads,
                )
                .await?
            }
        };
        match created {
            Created::New { rev, reads } => {
                self.rev = Some(rev);
                Ok(self.judge(reads.into_iter(), rev))
            }
            // Ours already: an attempt whose answer was lost, or an earlier call.
            Created::Ours { rev } => {
                self.rev = Some(rev);
                self.position().await
            }
            Created::Taken { lease } => Err(Error::InvalidInput(format!(
                "{} exists and is not this lock's (lease {lease:x}): another writer put a \
                 key where lock {} keeps its contenders",
                self.key(),
                self.name
            ))),
        }
    }

    /// Reads our key and what may block us in one transaction.
    async fn position(&mut self) -> Result<Position> {
        let Some(my_rev) = self.rev else {
            return Err(self.lost("our key was never written"));
        };
        let mut reads = vec![TxnOp::get(
            self.key.clone(),
            Some(GetOptions::new().with_keys_only()),
        )];
        reads.extend(self.kind.blockers(&self.prefix, Some(my_rev)));
        let resp = self
            .etcd
            .txn(Retry::Idempotent, Txn::new().and_then(reads))
            .await?;
        let rev = resp.header().map_or(0, |h| h.revision());
        let mut reads = keys::ranges(&resp);
        let ours = reads
            .next()
            .and_then(|r| r.kvs().first().map(|kv| kv.create_revision()));
        if ours != Some(my_rev) {
            return Err(self.lost("our lock key was deleted while waiting"));
        }
        Ok(self.judge(reads, rev))
    }

    /// Held if fewer blocking keys than our kind's threshold were read at `rev`; else the
    /// ones to wait on (a semaphore's `limit` immediate predecessors).
    fn judge(&self, reads: impl Iterator<Item = GetResponse>, rev: i64) -> Position {
        let mut blockers: Vec<Vec<u8>> = reads
            .flat_map(|r| {
                r.kvs()
                    .iter()
                    .map(|kv| kv.key().to_vec())
                    .collect::<Vec<_>>()
            })
            .filter(|k| *k != self.key)
            .collect();
        if let Kind::Semaphore { limit } = self.kind {
            blockers.truncate(limit);
        }
        if blockers.len() < self.kind.threshold() {
            Position::Held(Held {
                key: self.key(),
                rev,
            })
        } else {
            Position::Behind(blockers, rev)
        }
    }

    /// Our key is gone: the lease expired or was revoked (or the key deleted).
    fn lost(&self, reason: &str) -> Error {
        Error::LeaseLost {
            id: self.lease,
            reason: reason.to_string(),
        }
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

/// A shared (read) lock on NAME in the layout of etcd's Go `recipes.RWMutex`: readers hold
/// together; a writer excludes them.
///
/// Invariant: a reader writes a unique key `NAME/read/<unix nanos>` on its lease (created
/// only if absent; a key of that name on another lease is never shared, a fresh one is
/// tried) and holds once no key that excludes it is older (lower create revision) than its
/// own. Keys that exclude a reader: Go's writers, `NAME/write/…`, and the holders of the
/// plain lock on NAME, `NAME/<lease hex>` (etcdctl's and etcdkit's `lock NAME`). Plain lock
/// holders and Go writers in turn wait for every older key under NAME/, readers included,
/// so a waiting exclusive holder is not starved: readers that come after it wait behind it.
/// Go's readers wait on `NAME/write/` only: they do not see plain lock holders
/// (docs/lock.md).
///
/// Cost: each check is one transaction reading our key and the newest older writer and
/// plain holder (two ranges of at most one key each); a waiter watches at most those two.
pub struct ReadLock(Contender);

impl ReadLock {
    /// A reader of `name` on `session`'s lease. Nothing is written yet.
    ///
    /// Errors: `InvalidInput` for a bad name.
    pub fn new(session: &Session, name: &str) -> Result<ReadLock> {
        check_name(name, "lock name")?;
        let prefix = session.etcd().key(&format!("{name}/"));
        let readers = [prefix.as_slice(), b"read/"].concat();
        let key = keys::unique_key(&readers);
        let mut contender = Contender::new(session, name, prefix, key, Kind::Reader);
        contender.unique_under = Some(readers);
        Ok(ReadLock(contender))
    }

    /// Waits until we hold the lock shared.
    ///
    /// Errors: `LeaseLost` if our key disappears while waiting; `Etcd`/`Unreachable`.
    /// Cancellation: as [`Semaphore::lock`].
    pub async fn lock(&mut self) -> Result<Held> {
        self.0.lock().await
    }

    /// Takes the lock shared if nothing excludes us now; otherwise removes our key and
    /// returns `Busy`.
    ///
    /// Errors: `Busy`; `Etcd`/`Unreachable`.
    pub async fn try_lock(&mut self) -> Result<Held> {
        self.0.try_lock().await
    }

    /// Deletes our key. Nothing to do if it is gone.
    ///
    /// Errors: `Etcd`/`Unreachable`; the key then goes with the session's lease.
    pub async fn unlock(&mut self) -> Result<()> {
        self.0.unlock().await
    }

    /// Our key, `NAME/read/<nanos>` (replaced by a fresh one if the first was taken).
    pub fn key(&self) -> String {
        self.0.key()
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
