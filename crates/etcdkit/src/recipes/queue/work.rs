//! At-least-once work: claims held on a worker's lease, acknowledged, retried after a delay
//! counted by the cluster, dead-lettered after too many failures; delayed pushes.
//!
//! Layout, under the queue's bookkeeping prefix `B` = `--prefix` + bookkeeping prefix +
//! `QUEUE/` (Go's recipes queue would take anything under `QUEUE` for an item):
//!
//! | key | value | lease |
//! |---|---|---|
//! | `B queue-claimed/<id>` | [`Record`]: value, the key it was claimed as, attempt, lease | none |
//! | `B queue-delayed/<id>` | [`Record`]: value, attempt | none |
//! | `B queue-timers/<id>` | empty | the claiming worker's session, or a lease of the delay |
//! | `B queue-dead/<id>` | [`Record`]: value, attempts, last failure | none |
//!
//! Invariant: an item is in exactly one place: ready (`QUEUE/<unique>`, Go's layout: the
//! plain value; a retried item's key ends in `-attempt<N>`), claimed, delayed or dead. A
//! claimed or delayed record whose timer is gone is *due*: the worker's lease expired (the
//! item returns to the queue, its attempt count raised) or the delay ran out (the item
//! enters the queue). The timer is on a lease, so "gone" is decided by the cluster's clock,
//! never a host's. Every move is one transaction guarded by the source's mod revision or
//! the timer's lease, so it happens once whoever retries it; the worker's own moves (claim,
//! ack, retry, release) also go through its write counter, so it knows their outcome.
//! Due records are moved by whichever pop or worker looks next ([`Queue::promote_due`]).

use std::collections::HashSet;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::time::Instant;

use etcd_client::{Compare, CompareOp, GetOptions, PutOptions, Txn, TxnOp, TxnOpResponse};
use serde::{Deserialize, Serialize};

use etcd_client::KeyValue;

use super::{item_of, Encoded, Item, Queue};
use crate::client::keys;
use crate::client::Retry;
use crate::error::{Error, Result};
use crate::lease::session;

/// Claimed records, delayed records (id, record, mod revision), the ids with a live
/// timer, and the revision they were read at.
type Bookkeeping = (
    Vec<(String, Record, i64)>,
    Vec<(String, Record, i64)>,
    HashSet<String>,
    i64,
);

/// Attempts before an item is dead-lettered, unless a worker says otherwise.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 5;

/// Claims one acknowledgement transaction takes at most (two deletes each, below etcd's
/// 128 operations per transaction).
pub const ACK_BATCH: usize = 32;

/// How often a busy worker looks for due records (lost claims, ended delays).
const PROMOTE_EVERY: Duration = Duration::from_secs(1);
/// Among how many of the oldest items concurrent workers spread their claims.
const SPREAD: usize = 16;

const CLAIMED: &str = "queue-claimed/";
const DELAYED: &str = "queue-delayed/";
const TIMERS: &str = "queue-timers/";
const DEAD: &str = "queue-dead/";

/// A claimed, delayed or dead item as stored: JSON, its value as `value` (UTF-8) or
/// `value_base64` ([`Encoded`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "RecordJson", try_from = "RecordJson")]
pub struct Record {
    /// The item's value, exactly as it was ready.
    pub value: Vec<u8>,
    /// The ready key it was claimed as (claims and dead letters).
    pub key: String,
    /// This delivery's number (claims, delayed items), or deliveries made (dead letters).
    pub attempt: u32,
    /// The claiming worker's lease.
    pub lease: Option<i64>,
    /// When claimed or dead-lettered, in ms since the epoch by the writer's clock (shown,
    /// never used to decide anything).
    pub since_ms: u64,
    /// The last failure (a dead letter): CMD's exit status, or a lost worker.
    pub failure: Option<String>,
}

/// [`Record`] as stored.
#[derive(Serialize, Deserialize)]
struct RecordJson {
    #[serde(flatten)]
    value: Encoded,
    #[serde(default)]
    key: String,
    attempt: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lease: Option<i64>,
    #[serde(default)]
    since_ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    failure: Option<String>,
}

impl From<Record> for RecordJson {
    fn from(r: Record) -> RecordJson {
        RecordJson {
            value: Encoded::of(&r.value),
            key: r.key,
            attempt: r.attempt,
            lease: r.lease,
            since_ms: r.since_ms,
            failure: r.failure,
        }
    }
}

impl TryFrom<RecordJson> for Record {
    type Error = String;
    fn try_from(j: RecordJson) -> std::result::Result<Record, String> {
        Ok(Record {
            value: j.value.bytes()?,
            key: j.key,
            attempt: j.attempt,
            lease: j.lease,
            since_ms: j.since_ms,
            failure: j.failure,
        })
    }
}

/// An item this worker holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// The item as it was ready.
    pub item: Item,
    /// This delivery's number, from 1.
    pub attempt: u32,
    id: String,
    lease: i64,
}

/// What [`Queue::fail`] did with the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failed {
    /// Back in the queue after the retry delay.
    Retried,
    /// Moved to the dead letters: it failed its last attempt.
    Dead,
}

/// An entry of [`Queue::claims`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimInfo {
    /// Its id under `queue-claimed/`.
    pub id: String,
    /// The record.
    #[serde(flatten)]
    pub record: Record,
    /// Whether the holder's lease still exists (else the claim is due to return).
    pub alive: bool,
    /// How long it has been held, by this host's clock against the claimer's (shown,
    /// never used to decide anything).
    pub held_ms: u64,
}

/// An entry of [`Queue::dead`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadLetter {
    /// Its id under `queue-dead/`: what `queue retry` takes.
    pub id: String,
    /// The record.
    #[serde(flatten)]
    pub record: Record,
}

/// How many items are in each place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Under `QUEUE/`.
    pub ready: i64,
    /// Held by workers.
    pub claimed: i64,
    /// Waiting for their delay.
    pub delayed: i64,
    /// Dead letters.
    pub dead: i64,
}

impl Queue {
    /// Sets how many failed deliveries send an item to the dead letters (at least 1);
    /// used for this handle's failures and for the lost claims it returns.
    pub fn with_max_attempts(mut self, max: u32) -> Queue {
        self.max_attempts = max.max(1);
        self
    }

    fn book(&self, kind: &str, id: &str) -> Vec<u8> {
        book_key(&self.book, kind, id)
    }

    /// Takes the oldest ready item for the worker holding `lease`, waiting (on a watch)
    /// while none is ready: [`Queue::claim_up_to`] with 1.
    ///
    /// Errors and cancellation: as [`Queue::claim_up_to`].
    pub async fn claim(&mut self, lease: i64) -> Result<Claim> {
        let mut claims = self.claim_up_to(lease, 1).await?;
        claims
            .pop()
            .ok_or_else(|| Error::Io(std::io::Error::other("a claim returned no item")))
    }

    /// Takes 1..=`max` of the oldest ready items (up to [`super::CLAIM`]) for the worker
    /// holding `lease`, in one transaction, waiting (on a watch) while none is ready. Each
    /// claim is held until [`Queue::ack`], [`Queue::fail`] or [`Queue::release`], or until
    /// the lease expires, when it returns to the queue. More than 1 saves round trips for
    /// short CMDs, but the items wait for this worker.
    ///
    /// Errors: `Unreachable`/`Etcd`. Dropping the future may leave claims made on `lease`
    /// that the next call returns first; if none comes, they return to the queue when the
    /// lease ends.
    pub async fn claim_up_to(&mut self, lease: i64, max: usize) -> Result<Vec<Claim>> {
        let max = max.clamp(1, super::CLAIM);
        self.settle().await?;
        if !self.claimed_unreturned.is_empty() {
            let n = max.min(self.claimed_unreturned.len());
            return Ok(self.claimed_unreturned.drain(..n).collect());
        }
        let mut woken = false;
        loop {
            // Due records are looked for after a wake-up and otherwise at most every
            // PROMOTE_EVERY while items flow (a dead worker's claim waits that much more).
            let due_at = self.promoted_at.map(|t| t + PROMOTE_EVERY);
            if woken || due_at.is_none_or(|at| at <= Instant::now()) {
                self.looked_rev = self.promote_due().await?;
                self.promoted_at = Some(Instant::now());
                self.cached_head.clear();
            }
            if self.cached_head.is_empty() {
                let (head, rev) = self.head().await?;
                if head.is_empty() {
                    self.wait_for_work(rev, self.looked_rev).await?;
                    woken = true;
                    continue;
                }
                // The oldest first; once it has lost a race, a worker starts anywhere among
                // the first few, so that concurrent workers do not all race for the oldest.
                let start = if self.contended {
                    fastrand::usize(..head.len().min(SPREAD))
                } else {
                    0
                };
                self.cached_head = head[start..]
                    .iter()
                    .chain(&head[..start])
                    .cloned()
                    .collect();
            }
            woken = false;
            // The next items of the head read last: a refused claim means another worker
            // took one of them; they are dropped, and the following ones tried.
            let n = max.min(self.cached_head.len());
            let taken: Vec<KeyValue> = self.cached_head.drain(..n).collect();
            let claims: Vec<Claim> = taken
                .iter()
                .map(|kv| {
                    let item = item_of(kv);
                    let id = item.key[self.prefix.len()..].to_string();
                    Claim {
                        attempt: attempt_of(&id),
                        item,
                        id,
                        lease,
                    }
                })
                .collect();
            let mut unchanged = Vec::new();
            let mut ops = Vec::new();
            for (kv, claim) in taken.iter().zip(&claims) {
                let record = Record {
                    value: claim.item.value.clone(),
                    key: claim.item.key.clone(),
                    attempt: claim.attempt,
                    lease: Some(lease),
                    since_ms: now_ms(),
                    failure: None,
                };
                unchanged.push(Compare::mod_revision(
                    kv.key(),
                    CompareOp::Equal,
                    kv.mod_revision(),
                ));
                ops.push(TxnOp::delete(kv.key(), None));
                ops.push(TxnOp::put(
                    self.book(CLAIMED, &claim.id),
                    json(&record),
                    None,
                ));
                let timer = PutOptions::new().with_lease(lease);
                ops.push(TxnOp::put(self.book(TIMERS, &claim.id), "", Some(timer)));
            }
            ops.extend(self.head.hint_op());
            self.claim_in_doubt = claims.clone();
            let done = self.writes.txn(&self.etcd, unchanged, ops).await?;
            self.claim_in_doubt.clear();
            if done {
                return Ok(claims);
            }
            // Lost a race: others are working down the same items; jump ahead by a random
            // few rather than follow them item by item.
            self.contended = true;
            let skip = fastrand::usize(..self.cached_head.len().min(SPREAD) + 1);
            self.cached_head.drain(..skip);
        }
    }

    /// CMD succeeded: the item is gone for good: [`Queue::ack_all`] of one.
    pub fn ack(
        &self,
        claim: &Claim,
    ) -> impl std::future::Future<Output = Result<()>> + Send + 'static {
        self.ack_all(std::slice::from_ref(claim))
    }

    /// Acknowledges `claims` in one transaction: [`Acknowledger::ack`].
    pub fn ack_all(
        &self,
        claims: &[Claim],
    ) -> impl std::future::Future<Output = Result<()>> + Send + 'static {
        self.acknowledger().ack(claims)
    }

    /// A handle that acknowledges this queue's claims without borrowing the queue, so a
    /// worker can acknowledge while it claims the next items.
    pub fn acknowledger(&self) -> Acknowledger {
        Acknowledger {
            etcd: self.etcd.clone(),
            book: self.book.clone(),
        }
    }

    /// CMD failed with `failure` (e.g. "exit status 1"): the item goes back to the queue
    /// after `retry_delay` (whole seconds; 0: at once) with its attempt count raised, or to
    /// the dead letters if this was its last attempt.
    ///
    /// Errors: as [`Queue::ack`], and the transaction is in doubt then, settled by the next
    /// call (it goes through the handle's write counter); `InvalidInput` for a delay that is
    /// not whole seconds.
    pub async fn fail(
        &mut self,
        claim: &Claim,
        failure: &str,
        retry_delay: Duration,
    ) -> Result<Failed> {
        if claim.attempt >= self.max_attempts {
            let dead = self.dead_record(claim, failure);
            let put = TxnOp::put(self.book(DEAD, &claim.id), json(&dead), None);
            self.finish(claim, vec![put]).await?;
            return Ok(Failed::Dead);
        }
        let next = claim.attempt + 1;
        let ops = if retry_delay.is_zero() {
            self.ready_ops(&claim.item.value, next)
        } else {
            self.delayed_ops(&claim.item.value, next, retry_delay)
                .await?
        };
        self.finish(claim, ops).await?;
        Ok(Failed::Retried)
    }

    /// Gives the item back unfinished (the worker is stopping): ready again at once, its
    /// attempt count unchanged.
    ///
    /// Errors: as [`Queue::ack`].
    pub async fn release(&mut self, claim: &Claim) -> Result<()> {
        let ops = self.ready_ops(&claim.item.value, claim.attempt);
        self.finish(claim, ops).await
    }

    /// Ends the claim (record and timer deleted) with `ops`, if it is still ours.
    async fn finish(&mut self, claim: &Claim, ops: Vec<TxnOp>) -> Result<()> {
        let (record, timer) = (self.book(CLAIMED, &claim.id), self.book(TIMERS, &claim.id));
        let ours = vec![
            Compare::version(record.clone(), CompareOp::Greater, 0),
            Compare::lease(timer.clone(), CompareOp::Equal, claim.lease),
        ];
        let mut all = vec![TxnOp::delete(record, None), TxnOp::delete(timer, None)];
        all.extend(ops);
        if self.writes.txn(&self.etcd, ours, all).await? {
            return Ok(());
        }
        Err(claim_lost(claim.lease, &claim.item.key))
    }

    fn dead_record(&self, claim: &Claim, failure: &str) -> Record {
        Record {
            value: claim.item.value.clone(),
            key: claim.item.key.clone(),
            attempt: claim.attempt,
            lease: None,
            since_ms: now_ms(),
            failure: Some(failure.to_string()),
        }
    }

    /// A fresh ready key for a value on its `attempt`th delivery (`-attempt<N>` from 2).
    fn ready_key(&self, attempt: u32) -> Vec<u8> {
        let mut key = self.prefix.clone();
        key.extend_from_slice(keys::unique_suffix().to_string().as_bytes());
        if attempt > 1 {
            key.extend_from_slice(format!("-attempt{attempt}").as_bytes());
        }
        key
    }

    fn ready_ops(&self, value: &[u8], attempt: u32) -> Vec<TxnOp> {
        vec![TxnOp::put(self.ready_key(attempt), value, None)]
    }

    /// A delayed record and its timer on a new lease of `delay`.
    async fn delayed_ops(&self, value: &[u8], attempt: u32, delay: Duration) -> Result<Vec<TxnOp>> {
        let lease = session::grant(&self.etcd, delay).await?.id();
        let id = format!("{}-attempt{attempt}", keys::unique_suffix());
        let record = Record {
            value: value.to_vec(),
            key: String::new(),
            attempt,
            lease: None,
            since_ms: now_ms(),
            failure: None,
        };
        Ok(vec![
            TxnOp::put(self.book(DELAYED, &id), json(&record), None),
            TxnOp::put(
                self.book(TIMERS, &id),
                "",
                Some(PutOptions::new().with_lease(lease)),
            ),
        ])
    }

    /// Appends `values` in order, each visible only `delay` (whole seconds, at least 1s)
    /// from now as the cluster counts (a lease), in transactions of up to 32 items.
    ///
    /// Errors: `InvalidInput` for a bad delay or value (before anything is written);
    /// `Unreachable`/`Etcd` as [`Queue::push`]. Dropping the future as for `push`.
    pub async fn push_delayed<S: AsRef<str>>(
        &mut self,
        values: &[S],
        delay: Duration,
    ) -> Result<()> {
        for v in values {
            super::check_value(v.as_ref())?;
        }
        if !session::is_lease_ttl(delay) {
            return Err(Error::InvalidInput(format!(
                "a delay of {} is not whole seconds of at least 1s",
                humantime::format_duration(delay)
            )));
        }
        self.settle().await?;
        for batch in super::batches(values) {
            // Two operations per item, and the counter: below etcd's 128 per transaction.
            for chunk in batch.chunks(32) {
                // Ids taken (another pusher's clock) fail the compare: fresh ids, and a
                // fresh lease (the unused one expires alone).
                while !self.push_delayed_chunk(chunk, delay).await? {}
            }
        }
        Ok(())
    }

    async fn push_delayed_chunk<S: AsRef<str>>(
        &mut self,
        chunk: &[S],
        delay: Duration,
    ) -> Result<bool> {
        let lease = session::grant(&self.etcd, delay).await?.id();
        let base = keys::unique_suffixes(chunk.len() as u64);
        let mut absent = Vec::new();
        let mut ops = Vec::new();
        for (i, value) in chunk.iter().enumerate() {
            let id = (base + i as u64).to_string();
            let record = Record {
                value: value.as_ref().as_bytes().to_vec(),
                key: String::new(),
                attempt: 1,
                lease: None,
                since_ms: now_ms(),
                failure: None,
            };
            let key = self.book(DELAYED, &id);
            absent.push(Compare::create_revision(key.clone(), CompareOp::Equal, 0));
            ops.push(TxnOp::put(key, json(&record), None));
            let timer = PutOptions::new().with_lease(lease);
            ops.push(TxnOp::put(self.book(TIMERS, &id), "", Some(timer)));
        }
        self.writes.txn(&self.etcd, absent, ops).await
    }

    /// Moves every due record: a claim whose worker's lease is gone returns to the queue
    /// with its attempt count raised (or to the dead letters after its last attempt); a
    /// delayed item whose delay ran out enters it. Each move is guarded (the record
    /// unchanged, its timer absent), so concurrent callers move each once.
    ///
    /// Returns the revision the bookkeeping was read at: a timer deleted later is not
    /// accounted for.
    ///
    /// Errors: `Unreachable`/`Etcd`. Dropping the future leaves some moved, some not.
    pub async fn promote_due(&mut self) -> Result<i64> {
        let (claimed, delayed, timers, rev) = self.bookkeeping().await?;
        let due = |(id, _, _): &(String, Record, i64)| !timers.contains(id);
        for (id, record, rev) in claimed.iter().filter(|r| due(r)) {
            let target = if record.attempt >= self.max_attempts {
                let mut dead = record.clone();
                dead.failure = Some("the worker's lease expired".into());
                dead.since_ms = now_ms();
                TxnOp::put(self.book(DEAD, id), json(&dead), None)
            } else {
                TxnOp::put(
                    self.ready_key(record.attempt + 1),
                    record.value.as_slice(),
                    None,
                )
            };
            self.move_due(CLAIMED, id, *rev, target).await?;
        }
        for (id, record, rev) in delayed.iter().filter(|r| due(r)) {
            let target = TxnOp::put(
                self.ready_key(record.attempt),
                record.value.as_slice(),
                None,
            );
            self.move_due(DELAYED, id, *rev, target).await?;
        }
        Ok(rev)
    }

    async fn move_due(&self, kind: &str, id: &str, rev: i64, target: TxnOp) -> Result<()> {
        let (record, timer) = (self.book(kind, id), self.book(TIMERS, id));
        let txn = Txn::new()
            .when([
                Compare::mod_revision(record.clone(), CompareOp::Equal, rev),
                Compare::create_revision(timer, CompareOp::Equal, 0),
            ])
            .and_then([TxnOp::delete(record, None), target]);
        // A ready key is fresh (the time in ns): a collision with another writer's key is
        // not guarded against here, as in Go's recipe.
        // Refused: someone else moved it, or its timer came back (it cannot): either way done.
        self.etcd.txn(Retry::Idempotent, txn).await.map(drop)
    }

    /// Claimed and delayed records (id, record, mod revision) and the ids with a live
    /// timer, read at one revision, which is returned too.
    async fn bookkeeping(&self) -> Result<Bookkeeping> {
        let prefix = |kind| {
            let key = self.book(kind, "");
            TxnOp::get(key, Some(GetOptions::new().with_prefix()))
        };
        let timers = TxnOp::get(
            self.book(TIMERS, ""),
            Some(GetOptions::new().with_prefix().with_keys_only()),
        );
        let txn = Txn::new().and_then([prefix(CLAIMED), prefix(DELAYED), timers]);
        let resp = self.etcd.txn(Retry::Idempotent, txn).await?;
        let rev = resp.header().map_or(0, |h| h.revision());
        let mut ranges = keys::ranges(&resp);
        let mut records = |kind: &str| {
            let skip = self.book(kind, "").len();
            ranges
                .next()
                .map(|r| {
                    r.kvs()
                        .iter()
                        .filter_map(|kv| {
                            let id = String::from_utf8_lossy(&kv.key()[skip..]).into_owned();
                            let record = serde_json::from_slice(kv.value()).ok()?;
                            Some((id, record, kv.mod_revision()))
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        };
        let claimed = records(CLAIMED);
        let delayed = records(DELAYED);
        let skip = self.book(TIMERS, "").len();
        let timers = ranges
            .next()
            .map(|r| {
                r.kvs()
                    .iter()
                    .map(|kv| String::from_utf8_lossy(&kv.key()[skip..]).into_owned())
                    .collect()
            })
            .unwrap_or_default();
        Ok((claimed, delayed, timers, rev))
    }

    /// Waits until something may have become ready: a put under `QUEUE/` after revision
    /// `ready_rev`, or a timer deleted (a claim or delay ended) after `book_rev`.
    pub(super) async fn wait_for_work(&self, ready_rev: i64, book_rev: i64) -> Result<()> {
        use etcd_client::EventType;
        let timers = self.book(TIMERS, "");
        let put =
            crate::client::watch::watch_prefix(&self.etcd, &self.prefix, ready_rev + 1, |events| {
                !events.iter().any(|e| e.event_type() == EventType::Put)
            });
        let ended =
            crate::client::watch::watch_prefix(&self.etcd, &timers, book_rev + 1, |events| {
                !events.iter().any(|e| e.event_type() == EventType::Delete)
            });
        let waited = tokio::select! {
            r = put => r,
            r = ended => r,
        };
        match waited {
            Ok(()) | Err(Error::Compacted { .. }) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// How many items are ready, claimed, delayed and dead (one read).
    ///
    /// Errors: `Unreachable`/`Etcd`. Dropping the future changes nothing.
    pub async fn counts(&self) -> Result<Counts> {
        let count =
            |key: Vec<u8>| TxnOp::get(key, Some(GetOptions::new().with_prefix().with_count_only()));
        let txn = Txn::new().and_then([
            count(self.prefix.clone()),
            count(self.book(CLAIMED, "")),
            count(self.book(DELAYED, "")),
            count(self.book(DEAD, "")),
        ]);
        let resp = self.etcd.txn(Retry::Idempotent, txn).await?;
        let n: Vec<i64> = resp
            .op_responses()
            .into_iter()
            .map(|op| match op {
                TxnOpResponse::Get(r) => r.count(),
                _ => 0,
            })
            .collect();
        let at = |i: usize| n.get(i).copied().unwrap_or(0);
        Ok(Counts {
            ready: at(0),
            claimed: at(1),
            delayed: at(2),
            dead: at(3),
        })
    }

    /// Every claim, oldest first, with whether its holder's lease still exists.
    ///
    /// Errors: `Unreachable`/`Etcd`. Dropping the future changes nothing.
    pub async fn claims(&self) -> Result<Vec<ClaimInfo>> {
        let (claimed, _, timers, _) = self.bookkeeping().await?;
        let mut claims: Vec<ClaimInfo> = claimed
            .into_iter()
            .map(|(id, record, _)| ClaimInfo {
                alive: timers.contains(&id),
                held_ms: now_ms().saturating_sub(record.since_ms),
                id,
                record,
            })
            .collect();
        claims.sort_by_key(|c| c.record.since_ms);
        Ok(claims)
    }

    /// Every dead letter, oldest first.
    ///
    /// Errors: `Unreachable`/`Etcd`. Dropping the future changes nothing.
    pub async fn dead(&self) -> Result<Vec<DeadLetter>> {
        Ok(self
            .dead_records()
            .await?
            .into_iter()
            .map(|(id, record, _)| DeadLetter { id, record })
            .collect())
    }

    async fn dead_records(&self) -> Result<Vec<(String, Record, i64)>> {
        let prefix = self.book(DEAD, "");
        let all = GetOptions::new().with_prefix();
        let resp = self.etcd.get(prefix.as_slice(), Some(all)).await?;
        let mut dead: Vec<(String, Record, i64)> = resp
            .kvs()
            .iter()
            .filter_map(|kv| {
                let id = String::from_utf8_lossy(&kv.key()[prefix.len()..]).into_owned();
                Some((
                    id,
                    serde_json::from_slice(kv.value()).ok()?,
                    kv.mod_revision(),
                ))
            })
            .collect();
        dead.sort_by_key(|(_, r, _)| r.since_ms);
        Ok(dead)
    }

    /// Moves dead letters back to the queue with a fresh attempt count: those named by
    /// `ids`, or all when `ids` is empty. Returns the ids moved.
    ///
    /// Errors: `NotFound` naming an id that is not a dead letter (nothing is moved then);
    /// `Unreachable`/`Etcd`. Dropping the future leaves some moved, some not.
    pub async fn retry_dead(&mut self, ids: &[String]) -> Result<Vec<String>> {
        let dead = self.dead_records().await?;
        if let Some(missing) = ids.iter().find(|id| !dead.iter().any(|(d, _, _)| d == *id)) {
            return Err(Error::NotFound(format!("{missing} is not a dead letter")));
        }
        let mut moved = Vec::new();
        for (id, record, rev) in dead {
            if !ids.is_empty() && !ids.contains(&id) {
                continue;
            }
            let key = self.book(DEAD, &id);
            let txn = Txn::new()
                .when([Compare::mod_revision(key.clone(), CompareOp::Equal, rev)])
                .and_then([
                    TxnOp::delete(key, None),
                    TxnOp::put(self.ready_key(1), record.value.as_slice(), None),
                ]);
            if self.etcd.txn(Retry::Idempotent, txn).await?.succeeded() {
                moved.push(id);
            }
        }
        Ok(moved)
    }
}

/// `book` + `kind` + `id`: a key of the queue's bookkeeping.
fn book_key(book: &[u8], kind: &str, id: &str) -> Vec<u8> {
    [book, kind.as_bytes(), id.as_bytes()].concat()
}

fn claim_lost(lease: i64, key: &str) -> Error {
    Error::LeaseLost {
        id: lease,
        reason: format!("the claim on {key} ended with the lease; the item went back to the queue"),
    }
}

/// Acknowledges claims of one queue (see [`Queue::acknowledger`]).
#[derive(Clone)]
pub struct Acknowledger {
    etcd: crate::client::Etcd,
    book: Vec<u8>,
}

impl Acknowledger {
    fn book(&self, kind: &str, id: &str) -> Vec<u8> {
        book_key(&self.book, kind, id)
    }

    /// Acknowledges `claims` (all on one worker's lease, at most [`ACK_BATCH`]) in one
    /// transaction: the items are gone for good. The future owns what it needs.
    ///
    /// An acknowledgement needs no write counter: it deletes a claim only while the timer
    /// is on the claim's lease, and a claim can return to the queue only once that lease is
    /// gone. So when a retried attempt finds the claims already deleted, the lease decides:
    /// still alive, an earlier attempt of this acknowledgement did it.
    ///
    /// Errors: `LeaseLost` if the claims are no longer this worker's (its lease ended and
    /// the items went back to the queue); `Unreachable`/`Etcd`. Dropping the future leaves
    /// the items acknowledged or still claimed (then they return when the lease ends).
    pub fn ack(
        &self,
        claims: &[Claim],
    ) -> impl std::future::Future<Output = Result<()>> + Send + 'static {
        let etcd = self.etcd.clone();
        let lease = claims.first().map_or(0, |c| c.lease);
        let key = claims
            .first()
            .map(|c| c.item.key.clone())
            .unwrap_or_default();
        let mut ours = Vec::new();
        let mut deletes = Vec::new();
        for claim in claims {
            let (record, timer) = (self.book(CLAIMED, &claim.id), self.book(TIMERS, &claim.id));
            ours.push(Compare::version(record.clone(), CompareOp::Greater, 0));
            ours.push(Compare::lease(timer.clone(), CompareOp::Equal, claim.lease));
            deletes.push(TxnOp::delete(record, None));
            deletes.push(TxnOp::delete(timer, None));
        }
        async move {
            if deletes.is_empty() {
                return Ok(());
            }
            let txn = Txn::new().when(ours).and_then(deletes);
            if etcd.txn(Retry::Idempotent, txn).await?.succeeded() {
                return Ok(());
            }
            let alive = etcd
                .call(Retry::Idempotent, |mut c| async move {
                    c.lease_time_to_live(lease, None).await
                })
                .await?
                .ttl()
                > 0;
            if alive {
                Ok(())
            } else {
                Err(claim_lost(lease, &key))
            }
        }
    }
}

/// The delivery number a ready key carries: `-attempt<N>` at its end, else 1.
fn attempt_of(id: &str) -> u32 {
    id.rsplit_once("-attempt")
        .and_then(|(_, n)| n.parse().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(1)
}

fn json(record: &Record) -> String {
    serde_json::to_string(record).unwrap_or_default()
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::attempt_of;

    #[test]
    fn a_ready_key_carries_its_attempt() {
        assert_eq!(attempt_of("1763791234000000000"), 1);
        assert_eq!(attempt_of("1763791234000000000-attempt3"), 3);
        assert_eq!(attempt_of("x-attemptx"), 1);
        assert_eq!(attempt_of("a-attempt0"), 1);
    }
}
