//! A distributed lock and counting semaphore, in the key layout of etcd's own lock.
//!
//! Invariant: the holders of NAME are the `limit` contenders under `NAME/` with the lowest
//! create revisions. Each contender writes `NAME/<lease id in hex>` (empty value) on its
//! session's lease, so a contender that dies stops blocking others within its TTL. With
//! `limit` 1 this is etcd's `concurrency.Mutex`: `etcdctl lock NAME` and etcdkit exclude
//! each other.
//!
//! - **Contenders** are the keys of the layouts that share NAME ([`Role`]): `NAME/<lease
//!   hex>` on that lease (etcdctl, Go's `Mutex` and `Election`), and `NAME/read/…` and
//!   `NAME/write/…` on a lease (Go's `RWMutex`). Any other key under `NAME/` (a counter's, a
//!   job's, anything without a lease) is no contender's and blocks nobody: no etcdctl or Go
//!   contender writes a key without a lease.
//! - **Go's readers** wait only for `NAME/write/…` keys, so each contender here also writes
//!   `NAME/write/<lease hex>` in the transaction that writes its key (same lease, same
//!   create revision) and deletes both together: one contender, two keys, counted once
//!   (by lease and create revision).
//! - The uncontended path is one transaction: create our keys if absent (with a holder
//!   record, if given: `with_record`) and read the newest `limit + 3` keys by create
//!   revision (ours are among them).
//! - A waiter watches only its `limit` immediate predecessors (by create revision) for
//!   deletion: only the deletion of one of them can make it a holder (a deletion further
//!   ahead leaves it with as many predecessors as before, or it would hold already), so a
//!   release wakes at most `limit` waiters, never the whole queue.
//! - Each check reads our own key in the same transaction: if it is gone (lease expired or
//!   revoked), the lock is lost, not acquired.
//! - **Next in line** (with one holder): a waiter whose check found exactly one older
//!   contender, and saw every older key, knows no other can appear (a new key is always
//!   newer). It watches `NAME/` and holds at the revision that contender's key is deleted,
//!   with no check after it, unless a deletion of its own key came first in that watch's
//!   revision order. The hand-off is then the release's round trip and nothing more.
//! - The limit is each contender's own: a contender holds when fewer than *its* limit keys
//!   precede it. Contenders of one name should use one limit; etcdctl's is 1.
//!
//! Cost: each check (the first transaction, and one per wake-up) is a range over `NAME/`
//! sorted by create revision, limited to `limit + 3` keys without values: etcd walks and
//! sorts every key under `NAME/` for it, so a check costs the server O(keys under NAME/)
//! (with hundreds of contenders still well under a millisecond); a hand-off wakes at most
//! `limit` waiters, so draining C contenders costs O(C²) key visits in all, none of them
//! in values. The one waiter next in line is also sent every change under `NAME/` while
//! it waits (contenders joining: O(C) events per hand-off at most). Keys that are no contender's are paged past (older ones only, in pages of
//! [`PAGE`] doubling to [`MAX_PAGE`]), so they never hide a contender; only a name that
//! shares its prefix with many such keys pays for that. Nothing reads the lock's history.

use std::collections::HashSet;

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
        let writer = contender_key(&[prefix.as_slice(), b"write/"].concat(), session.id());
        let mut contender = Contender::new(session, name, prefix, key, Kind::Semaphore { limit });
        contender.writer_key = Some(writer);
        Ok(Semaphore(contender))
    }

    /// An election candidate: a contender of limit 1 whose key carries `value`, without the
    /// `NAME/write/` key (an election's keys are its candidates; Go's readers do not share
    /// an election's name).
    pub(crate) fn candidate(session: &Session, name: &str, value: &str) -> Result<Semaphore> {
        let mut candidate = Semaphore::new(session, name, 1)?;
        candidate.0.writer_key = None;
        candidate.0.what = "election";
        candidate.0.value = value.as_bytes().to_vec();
        Ok(candidate)
    }

    /// Sets the value our key is written with (before it is written).
    pub fn with_value(mut self, value: impl Into<Vec<u8>>) -> Semaphore {
        self.0.value = value.into();
        self
    }

    /// Writes `key` = `value` with our key, in the same transaction and on our lease: a
    /// record of who we are (`admin::holders::record`) costs no write of its own. If the
    /// role does not grant `key`, our key is written without it.
    pub fn with_record(mut self, (key, value): (Vec<u8>, Vec<u8>)) -> Semaphore {
        self.0.record = Some((key, value));
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

/// What a key under `NAME/` is to the layouts that share NAME, told by its name and lease.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `NAME/<lease hex>` on that very lease: etcdctl's and Go's `Mutex` and `Election`,
    /// etcdkit's `lock` and `elect`.
    Plain,
    /// `NAME/read/…` on a lease: a reader (Go's `RWMutex.RLock`, `lock --shared`).
    Reader,
    /// `NAME/write/…` on a lease: a Go `RWMutex` writer, or an etcdkit lock contender's
    /// announcement to Go's readers.
    Writer,
}

impl Role {
    /// The role of the key `NAME/` + `suffix` on `lease`; `None` for a key that no
    /// contender writes (one without a lease, as a counter's or a job's, or one outside the
    /// layouts), which blocks nobody.
    pub fn of(suffix: &[u8], lease: i64) -> Option<Role> {
        if lease == 0 {
            None
        } else if suffix.starts_with(b"read/") {
            Some(Role::Reader)
        } else if suffix.starts_with(b"write/") {
            Some(Role::Writer)
        } else if suffix == format!("{lease:x}").as_bytes() {
            Some(Role::Plain)
        } else {
            None
        }
    }
}

/// The first page of keys a check reads per span, beyond the threshold: our own two keys
/// may be among them, and an etcdkit contender has two (its `write/` twin): with three
/// spare, a contender next in line sees the one before it whole, and knows it is the only
/// one (see `wait_next_in_line`).
const SPARE: usize = 3;
/// Later pages, when a page held fewer contenders than needed: they start at this size...
pub const PAGE: usize = 128;
/// ...and double up to this one.
pub const MAX_PAGE: usize = 4096;

/// What keeps a contender from holding.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// etcd's lock layout: held while fewer than `limit` contenders under NAME/ are older.
    Semaphore { limit: usize },
    /// Go's RWMutex reader: held while no writer (`NAME/write/…`) and no plain lock
    /// holder (`NAME/<lease hex>`) is older.
    Reader,
}

impl Kind {
    /// The key ranges `[from, to)` that may hold keys keeping us from holding, read newest
    /// first.
    fn spans(self, prefix: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
        let under = |suffix: &[u8]| [prefix, suffix].concat();
        match self {
            Kind::Semaphore { .. } => vec![(prefix.to_vec(), keys::prefix_end(prefix))],
            // Lease ids are hex, so plain lock keys are exactly `[NAME/0, NAME/g)` apart
            // from `read/` and `write/`.
            Kind::Reader => vec![
                (under(b"write/"), keys::prefix_end(&under(b"write/"))),
                (under(b"0"), under(b"g")),
            ],
        }
    }

    /// Whether a contender in `role` keeps us waiting when it is older.
    fn blocked_by(self, role: Role) -> bool {
        match self {
            Kind::Semaphore { .. } => true,
            Kind::Reader => role != Role::Reader,
        }
    }

    /// How many older blocking contenders it takes to keep us waiting.
    fn threshold(self) -> usize {
        match self {
            Kind::Semaphore { limit } => limit,
            Kind::Reader => 1,
        }
    }

    /// The reads of the first page of each span: all keys when made in the transaction
    /// that creates ours (they are all older), else those created before `older_than`,
    /// our key's create revision.
    fn first_pages(self, prefix: &[u8], older_than: Option<i64>) -> Vec<TxnOp> {
        let size = self.threshold() + SPARE;
        self.spans(prefix)
            .into_iter()
            .map(|(from, to)| TxnOp::get(from, Some(page(to, size, older_than))))
            .collect()
    }
}

/// The newest `size` keys (without values) in `[from, to)`, created before `older_than`.
fn page(to: Vec<u8>, size: usize, older_than: Option<i64>) -> GetOptions {
    let options = GetOptions::new()
        .with_range(to)
        .with_sort(SortTarget::Create, SortOrder::Descend)
        .with_limit(size as i64)
        .with_keys_only();
    match older_than {
        Some(rev) => options.with_max_create_revision(rev - 1),
        None => options,
    }
}

enum Position {
    Held(Held),
    /// Waiting behind these keys, read at this revision; `true` when they are the only
    /// older contenders (as many as keep us waiting, every older key seen).
    Behind(Vec<Vec<u8>>, i64, bool),
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
    /// `NAME/write/<lease hex>`, written and deleted with our key so that Go's readers see
    /// us (a lock contender's; `None` for readers and election candidates).
    writer_key: Option<Vec<u8>>,
    lease: i64,
    kind: Kind,
    /// Written as our key's value: empty for a lock, the candidate's value in an election.
    value: Vec<u8>,
    /// A key and value written with ours, in the same transaction and on our lease (a
    /// holder record: `with_record`); `None` once the role turned out not to grant it.
    record: Option<(Vec<u8>, Vec<u8>)>,
    /// Our key's create revision, once written.
    rev: Option<i64>,
    /// What we contend for, in log lines: `lock`, or `election` for a candidate.
    what: &'static str,
}

impl Contender {
    fn new(session: &Session, name: &str, prefix: Vec<u8>, key: Vec<u8>, kind: Kind) -> Contender {
        Contender {
            etcd: session.etcd().clone(),
            name: name.to_string(),
            prefix,
            key,
            unique_under: None,
            writer_key: None,
            lease: session.id(),
            kind,
            value: Vec::new(),
            record: None,
            rev: None,
            what: "lock",
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
            Position::Held(held) => Ok(self.acquired(held)),
            Position::Behind(blockers, rev, _) => {
                self.log_behind(&blockers, rev);
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
                Position::Held(held) => return Ok(self.acquired(held)),
                Position::Behind(blockers, rev, only) => {
                    self.log_behind(&blockers, rev);
                    if only && self.kind.threshold() == 1 {
                        // Boxed, as below.
                        let next = Box::pin(self.wait_next_in_line(&blockers[0], rev)).await;
                        if let Some(held) = next {
                            return held.map(|held| self.acquired(held));
                        }
                    // Boxed: a watch's futures are kilobytes, and every contender's future
                    // would carry them from its start (see `crate::client`).
                    } else if !Box::pin(wait_for_a_delete(&self.etcd, &blockers, rev)).await {
                        // The watch failed; look again after a pause.
                        backoff.wait().await;
                    }
                }
            }
            position = self.position().await?;
        }
    }

    /// Next in line: `blocker`, read at `rev`, is the only older contender, so its deletion
    /// makes us the holder as it happens, with no read after it, unless our own key went
    /// first. One watch on `NAME/` sees both in revision order (two watches on one stream
    /// may not: a watch still catching up is sent its events later). The deletion's
    /// revision is the holder revision. `None` when the watch failed, was cancelled or
    /// compacted: the caller looks again.
    ///
    /// Cost: this waiter alone (one per lock at a time) is sent every change under `NAME/`
    /// while it waits: contenders joining and leaving.
    async fn wait_next_in_line(&self, blocker: &[u8], rev: i64) -> Option<Result<Held>> {
        let (endpoint, mut client) = self.etcd.pinned().await.ok()?;
        let options = WatchOptions::new()
            .with_prefix()
            .with_start_revision(rev + 1);
        let Some(mut stream) = open(&mut client, &self.prefix, options).await else {
            self.etcd.failed(endpoint);
            return None;
        };
        let ours =
            |key: &[u8]| key == self.key.as_slice() || self.writer_key.as_deref() == Some(key);
        loop {
            let Some(resp) = next_message(&mut stream, &mut client, &self.prefix).await else {
                self.etcd.failed(endpoint);
                return None;
            };
            if resp.canceled() {
                return None;
            }
            for event in resp.events() {
                let Some(kv) = event
                    .kv()
                    .filter(|_| event.event_type() == EventType::Delete)
                else {
                    continue;
                };
                if ours(kv.key()) {
                    return Some(Err(self.lost("our lock key was deleted while waiting")));
                }
                if kv.key() == blocker {
                    return Some(Ok(Held {
                        key: self.key(),
                        rev: kv.mod_revision(),
                    }));
                }
            }
        }
    }

    /// `held`, logged.
    fn acquired(&self, held: Held) -> Held {
        let won = if self.what == "election" {
            "leading"
        } else {
            "acquired"
        };
        tracing::info!(key = %held.key, rev = held.rev, "{} {}: {won}", self.what, self.name);
        held
    }

    fn log_behind(&self, blockers: &[Vec<u8>], rev: i64) {
        let behind = blockers.iter().map(|k| String::from_utf8_lossy(k));
        tracing::info!(
            key = %self.key(),
            behind = %behind.collect::<Vec<_>>().join(" "),
            rev,
            "{} {}: waiting",
            self.what,
            self.name
        );
    }

    async fn unlock(&mut self) -> Result<()> {
        match &self.writer_key {
            None => keys::delete(&self.etcd, &self.key).await?,
            Some(writer) => {
                let both = [
                    TxnOp::delete(self.key.clone(), None),
                    TxnOp::delete(writer.clone(), None),
                ];
                self.etcd
                    .txn(Retry::Idempotent, Txn::new().and_then(both))
                    .await?;
            }
        }
        self.rev = None;
        Ok(())
    }

    /// Creates our key (and writer key, and record) if absent, reading what may block us in
    /// the same transaction (the uncontended path: one round trip). A role that does not
    /// grant the record gets our keys without it, a round trip later.
    async fn enqueue(&mut self) -> Result<Position> {
        let created = match self.create().await {
            // The role grants our keys but not the record: our keys alone.
            Err(Error::PermissionDenied { .. }) if self.record.take().is_some() => {
                self.create().await?
            }
            created => created?,
        };
        match created {
            Created::New { rev, reads } => {
                self.rev = Some(rev);
                match self.settle(reads, rev).await? {
                    Some(position) => Ok(position),
                    None => self.position().await,
                }
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

    /// The transaction of [`Contender::enqueue`]: our key if absent, with our writer key
    /// and record, and the first reads.
    async fn create(&mut self) -> Result<Created> {
        let (kind, prefix) = (self.kind, self.prefix.clone());
        let lease = self.lease;
        let on_our_lease = move || Some(etcd_client::PutOptions::new().with_lease(lease));
        let writer =
            (self.writer_key.clone()).map(|key| TxnOp::put(key, Vec::new(), on_our_lease()));
        let record =
            (self.record.clone()).map(|(key, value)| TxnOp::put(key, value, on_our_lease()));
        let ops = || {
            (writer.clone().into_iter())
                .chain(record.clone())
                .chain(kind.first_pages(&prefix, None))
                .collect()
        };
        Ok(match &self.unique_under {
            None => keys::create(&self.etcd, &self.key, &self.value, self.lease, ops()).await?,
            Some(under) => {
                keys::create_unique(
                    &self.etcd,
                    under,
                    &mut self.key,
                    &self.value,
                    self.lease,
                    ops,
                )
                .await?
            }
        })
    }

    /// Reads our key and what may block us in one transaction (and more pages, if that
    /// held keys of no contender).
    async fn position(&mut self) -> Result<Position> {
        let Some(my_rev) = self.rev else {
            return Err(self.lost("our key was never written"));
        };
        let mut reads = vec![TxnOp::get(
            self.key.clone(),
            Some(GetOptions::new().with_keys_only()),
        )];
        reads.extend(self.kind.first_pages(&self.prefix, Some(my_rev)));
        let resp = self
            .etcd
            .txn(Retry::Idempotent, Txn::new().and_then(reads))
            .await?;
        let rev = resp.header().map_or(0, |h| h.revision());
        let mut reads = keys::ranges(&resp);
        self.check_ours(reads.next())?;
        match self.settle(reads.collect(), rev).await? {
            Some(position) => Ok(position),
            None => Err(self.lost("our lock key was deleted while waiting")),
        }
    }

    /// `LeaseLost` unless `read` (of our key) found our key with our create revision.
    fn check_ours(&self, read: Option<GetResponse>) -> Result<()> {
        let ours = read.and_then(|r| r.kvs().first().map(|kv| kv.create_revision()));
        if ours.is_none() || ours != self.rev {
            return Err(self.lost("our lock key was deleted while waiting"));
        }
        Ok(())
    }

    /// Judges the first page of each span, read at `rev`: held if fewer blocking
    /// contenders than our kind's threshold are older than us, else the ones to wait on (a
    /// semaphore's `limit` immediate predecessors). A page that was full but held fewer
    /// contenders than that (keys of no contender's) is followed by older pages, each read
    /// with our key in one transaction; a holder's revision is the last read's (keys older
    /// than ours can only go away meanwhile, never come). `None` if our key vanished
    /// between pages.
    async fn settle(&self, pages: Vec<GetResponse>, rev: i64) -> Result<Option<Position>> {
        let threshold = self.kind.threshold();
        let mut counted = HashSet::new();
        let mut blockers = Vec::new();
        let mut last_rev = rev;
        let mut complete = true;
        let spans = self.kind.spans(&self.prefix).len();
        for (span, ((from, to), mut page)) in self
            .kind
            .spans(&self.prefix)
            .into_iter()
            .zip(pages)
            .enumerate()
        {
            let mut size = PAGE;
            loop {
                self.count_blockers(&page, &mut counted, &mut blockers);
                let oldest = page.kvs().last().map(|kv| kv.create_revision());
                let (true, Some(oldest)) = (blockers.len() < threshold && page.more(), oldest)
                else {
                    complete &= !page.more();
                    break;
                };
                let ops = [
                    TxnOp::get(self.key.clone(), Some(GetOptions::new().with_keys_only())),
                    TxnOp::get(
                        from.clone(),
                        Some(self::page(to.clone(), size, Some(oldest))),
                    ),
                ];
                let resp = self
                    .etcd
                    .txn(Retry::Idempotent, Txn::new().and_then(ops))
                    .await?;
                let mut reads = keys::ranges(&resp);
                if self.check_ours(reads.next()).is_err() {
                    return Ok(None);
                }
                let Some(next) = reads.next() else { break };
                (page, last_rev) = (next, resp.header().map_or(last_rev, |h| h.revision()));
                size = (size * 2).min(MAX_PAGE);
            }
            if blockers.len() >= threshold {
                // The spans not read may hold more.
                complete &= span + 1 == spans;
                break;
            }
        }
        // Exactly as many as keep us waiting, all of them seen: the deletion of any one
        // makes us a holder.
        let only = complete && blockers.len() == threshold;
        blockers.truncate(threshold);
        Ok(Some(if blockers.len() < threshold {
            Position::Held(Held {
                key: self.key(),
                rev: last_rev,
            })
        } else {
            Position::Behind(blockers, rev, only)
        }))
    }

    /// Adds to `blockers` each key of `page` that is an older contender keeping us waiting,
    /// once per contender (`counted`: lease and create revision; a lock contender's two keys
    /// share both), never our own keys.
    fn count_blockers(
        &self,
        page: &GetResponse,
        counted: &mut HashSet<(i64, i64)>,
        blockers: &mut Vec<Vec<u8>>,
    ) {
        for kv in page.kvs() {
            let key = kv.key();
            if key == self.key.as_slice() || self.writer_key.as_deref() == Some(key) {
                continue;
            }
            let role = Role::of(&key[self.prefix.len()..], kv.lease());
            if role.is_some_and(|role| self.kind.blocked_by(role))
                && counted.insert((kv.lease(), kv.create_revision()))
            {
                blockers.push(key.to_vec());
            }
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
/// Go's readers wait on `NAME/write/` only: they see etcdkit's plain holders by the
/// `NAME/write/<lease hex>` each writes beside its key, but not etcdctl's (docs/lock.md).
///
/// Cost: each check is one transaction reading our key and the newest older writers and
/// plain holders (two ranges of three keys without values, more pages only past keys of
/// no contender's); a waiter watches one of them.
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

    /// Writes `key` = `value` with our key: as [`Semaphore::with_record`].
    pub fn with_record(mut self, (key, value): (Vec<u8>, Vec<u8>)) -> ReadLock {
        self.0.record = Some((key, value));
        self
    }

    /// Our key, `NAME/read/<nanos>` (replaced by a fresh one if the first was taken).
    pub fn key(&self) -> String {
        self.0.key()
    }
}

#[cfg(test)]
mod tests {
    use super::{contender_key, Role};

    #[test]
    fn only_keys_on_a_lease_in_the_layouts_are_contenders() {
        let lease = 0x694d7e6b5a1c2f0a;
        assert_eq!(Role::of(b"694d7e6b5a1c2f0a", lease), Some(Role::Plain));
        assert_eq!(Role::of(b"read/1700000000000000001", 7), Some(Role::Reader));
        assert_eq!(
            Role::of(b"write/1700000000000000002", 7),
            Some(Role::Writer)
        );
        assert_eq!(
            Role::of(b"write/694d7e6b5a1c2f0a", lease),
            Some(Role::Writer)
        );
        // Without a lease: a counter's, a job's, a marker; never a contender.
        for suffix in [
            &b"694d7e6b5a1c2f0a"[..],
            b"read/1",
            b"write/1",
            b"value",
            b"web",
        ] {
            assert_eq!(Role::of(suffix, 0), None, "{suffix:?}");
        }
        // On a lease, but outside the layouts: named after another lease, or not hex.
        assert_eq!(Role::of(b"abc", lease), None);
        assert_eq!(Role::of(b"694D7E6B5A1C2F0A", lease), None);
        assert_eq!(Role::of(b"holders/694d7e6b5a1c2f0a", lease), None);
    }

    #[test]
    fn keys_follow_etcds_layout() {
        assert_eq!(
            contender_key(b"nightly/", 0x694d7e6b5a1c2f0a),
            b"nightly/694d7e6b5a1c2f0a"
        );
        assert_eq!(contender_key(b"/team/x/", 0x1f), b"/team/x/1f");
    }
}
