//! A FIFO work queue in the layout of etcd's Go recipes queue.
//!
//! Invariant: each item is one key under `QUEUE/`, created only if absent and named by its
//! push time in nanoseconds, as Go's recipe names it; the queue order is key order. One
//! pusher's keys are strictly increasing (the clock is only a floor), so its items come
//! out in push order; items of different pushers come out in the order of their pushers'
//! clocks. An item whose key sorts below the head when it lands (its pusher's clock is
//! behind another's, or its push took long to land) is found by the next sweep ([`SWEEP`]),
//! and may come out after items pushed later. Go's poppers take items in create-revision
//! order, which differs from ours only there.
//!
//! Cost: a pop or claim reads a window of key space at the head (module `head`), not the
//! backlog, plus one transaction; each long-running handle reads the whole queue once per
//! [`SWEEP`]. [`Queue::len`] and [`Queue::counts`] are one count of each range (etcd walks
//! its index: about 350 ns a key on 3.4). [`Queue::promote_due`] reads every claim and
//! delayed record, once per wake-up and at most every second while items flow: its cost
//! grows with the claims and delays, never with the ready backlog.
//!
//! An item is popped by deleting it guarded by its mod revision, so exactly
//! one popper wins it; a popper that loses the race looks again. Pushes and claims are
//! guarded by the queue handle's [`WriteCounter`], so one retried after a member died with it
//! in flight is applied once and its outcome known: no item is duplicated by a retried push
//! or dropped by a claim whose answer was lost. A claim whose future was dropped is settled by
//! the handle's next call, and its items, if it was applied, are returned by the next pop.
//! Delivery by [`Queue::pop`] is at most once: an item popped by a process that then dies
//! is gone. The `work` layer ([`Queue::claim`], [`Queue::ack`], [`Queue::fail`]) delivers at
//! least once: claims held on a worker's lease, retries, dead letters and delays, kept
//! under the queue's bookkeeping prefix where Go's recipe does not look.

use etcd_client::{Compare, CompareOp, KeyValue, TxnOp};
use serde::Serialize;

use crate::admin::access::{Access, Need};
use crate::client::exactly_once::WriteCounter;
use crate::client::keys;
use crate::client::limits::check_name;
use crate::client::limits::{batches, check_size};
use crate::client::Etcd;
use crate::error::{Error, Result};

mod head;
mod value;
mod work;
use head::Head;
pub use head::SWEEP;

/// The bookkeeping key where pops leave the head they saw, for fresh handles (module `head`).
const HINT: &str = "queue-head";
pub use value::Encoded;
pub use work::{
    Acknowledger, Claim, ClaimInfo, Counts, DeadLetter, Failed, Record, ACK_BATCH,
    DEFAULT_MAX_ATTEMPTS,
};

pub use crate::client::limits::{BATCH, MAX_VALUE_BYTES};
/// Items one pop transaction claims at most.
pub const CLAIM: usize = 16;

/// A popped or peeked item. In JSON its value is `value` (UTF-8) or `value_base64`
/// ([`Encoded`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(into = "ItemJson", try_from = "ItemJson")]
pub struct Item {
    /// The item's value, exactly as stored (etcd values are bytes).
    pub value: Vec<u8>,
    /// The item's key under `QUEUE/`.
    pub key: String,
    /// The item's create revision (the queue is in key order: push time).
    pub rev: i64,
}

impl Item {
    /// The value as text, if it is UTF-8.
    pub fn text(&self) -> Option<&str> {
        std::str::from_utf8(&self.value).ok()
    }
}

/// [`Item`] as JSON carries it.
#[derive(Serialize, serde::Deserialize)]
struct ItemJson {
    #[serde(flatten)]
    value: Encoded,
    key: String,
    rev: i64,
}

impl From<Item> for ItemJson {
    fn from(item: Item) -> ItemJson {
        ItemJson {
            value: Encoded::of(&item.value),
            key: item.key,
            rev: item.rev,
        }
    }
}

impl TryFrom<ItemJson> for Item {
    type Error = String;
    fn try_from(json: ItemJson) -> std::result::Result<Item, String> {
        Ok(Item {
            value: json.value.bytes()?,
            key: json.key,
            rev: json.rev,
        })
    }
}

/// Checks a value before anything is written.
pub fn check_value(value: &str) -> Result<()> {
    check_size(value, "a value")
}

/// What a role must grant for queue `name`: `ready` on `QUEUE/` and `book` on its
/// [`bookkeeping`] (write counters, claims, delayed items, dead letters), `None` for
/// untouched. Push, pop, work, retry: readwrite on both; `len` and `peek`: read on
/// `QUEUE/`; `len -o json`: read on both; `claims`, `dead`: read on the bookkeeping.
pub fn needs(etcd: &Etcd, name: &str, ready: Option<Access>, book: Option<Access>) -> Vec<Need> {
    let ready = ready.map(|a| Need::under_name(a, etcd, name));
    let book = book.map(|a| Need::prefix(a, bookkeeping(etcd, name)));
    ready.into_iter().chain(book).collect()
}

/// The queue's bookkeeping prefix: bookkeeping, since Go's recipes queue takes every key
/// starting with the queue's name for an item.
pub fn bookkeeping(etcd: &Etcd, name: &str) -> Vec<u8> {
    etcd.bookkeeping_key(name, "")
}

/// Where the write counters of `name`'s pushers and poppers live: bookkeeping, since Go's
/// recipes queue takes every key starting with the queue's name for an item.
pub fn client_counters(etcd: &Etcd, name: &str) -> Vec<u8> {
    etcd.bookkeeping_key(name, "queue-clients/")
}

/// A handle for one pusher or popper (writes go one at a time through its counter).
pub struct Queue {
    etcd: Etcd,
    prefix: Vec<u8>,
    writes: WriteCounter,
    /// The items of the claim in flight or in doubt: ours if it was applied.
    claiming: Vec<Item>,
    /// Claimed items that no pop returned (its future was dropped): the next pop's.
    unreturned: Vec<Item>,
    /// `--prefix` + bookkeeping prefix + `QUEUE/`: claims, delayed items, dead letters.
    book: Vec<u8>,
    /// Failed deliveries after which an item is dead-lettered.
    max_attempts: u32,
    /// A worker's claims in flight or in doubt: ours if they were applied.
    claim_in_doubt: Vec<Claim>,
    /// Claims that were applied but not returned (the future was dropped).
    claimed_unreturned: Vec<Claim>,
    /// Where the head is (module `head`).
    head: Head,
    /// The rest of the head a worker read last (see [`Queue::claim_up_to`]).
    cached_head: Vec<KeyValue>,
    /// Whether a claim of this handle ever lost a race (other workers are about).
    contended: bool,
    /// When [`Queue::claim`] last looked for due records, and the revision it read.
    promoted_at: Option<tokio::time::Instant>,
    looked_rev: i64,
}

impl Queue {
    /// Errors: `InvalidInput` for a bad name.
    pub fn new(etcd: &Etcd, name: &str) -> Result<Queue> {
        check_name(name, "queue name")?;
        Ok(Queue {
            etcd: etcd.clone(),
            prefix: etcd.key(&format!("{name}/")),
            writes: WriteCounter::new(&client_counters(etcd, name)),
            claiming: Vec::new(),
            unreturned: Vec::new(),
            book: etcd.bookkeeping_key(name, ""),
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            claim_in_doubt: Vec::new(),
            claimed_unreturned: Vec::new(),
            head: Head::new(
                etcd.key(&format!("{name}/")),
                etcd.bookkeeping_key(name, HINT),
            ),
            cached_head: Vec::new(),
            contended: false,
            promoted_at: None,
            looked_rev: 0,
        })
    }

    /// Deletes the handle's write counter (best effort). Items of a pop whose future was
    /// dropped and that no later pop returned are lost with the handle.
    ///
    /// Never fails: an error leaves the counter key behind. Dropping the future likewise.
    pub async fn close(self) {
        self.writes.close(&self.etcd).await;
    }

    /// Appends `values` in order, in transactions of up to [`BATCH`] items.
    ///
    /// Errors: `InvalidInput` for an oversize value (checked before anything is written);
    /// `Unreachable` or `Etcd` when etcd fails: the batch in flight may then have been
    /// pushed or not, and later calls on the handle are unaffected. Dropping the future
    /// likewise leaves the batch in flight pushed or not, never twice; earlier batches are
    /// pushed, later ones are not.
    pub async fn push<S: AsRef<str>>(&mut self, values: &[S]) -> Result<()> {
        for v in values {
            check_value(v.as_ref())?;
        }
        self.settle().await?;
        for batch in batches(values) {
            self.push_batch(batch).await?;
        }
        Ok(())
    }

    /// One transaction: every key created only if absent; on a collision nothing is
    /// written and fresh keys are tried.
    async fn push_batch<S: AsRef<str>>(&mut self, values: &[S]) -> Result<()> {
        loop {
            let base = keys::unique_suffixes(values.len() as u64);
            let keys: Vec<Vec<u8>> = (0..values.len())
                .map(|i| {
                    let mut key = self.prefix.clone();
                    key.extend_from_slice((base + i as u64).to_string().as_bytes());
                    key
                })
                .collect();
            let absent = keys
                .iter()
                .map(|k| Compare::create_revision(k.clone(), CompareOp::Equal, 0))
                .collect();
            let puts = keys
                .iter()
                .zip(values)
                .map(|(k, v)| TxnOp::put(k.clone(), v.as_ref(), None))
                .collect();
            // A key already taken (another pusher's clock) fails the compare: try fresh keys.
            if self.writes.txn(&self.etcd, absent, puts).await? {
                return Ok(());
            }
        }
    }

    /// The number of items.
    ///
    /// Errors: `Unreachable`/`Etcd`. Dropping the future changes nothing: it only reads.
    pub async fn len(&self) -> Result<i64> {
        Ok(self.etcd.count_prefix(&self.prefix).await?.count())
    }

    /// The oldest item, not removed; `None` when empty. Reads only `QUEUE/`: the first
    /// call of a handle reads the whole queue (etcd walks its index; no value but the
    /// first is read).
    ///
    /// Errors: `Unreachable`/`Etcd`. Dropping the future changes nothing: it only reads.
    pub async fn peek(&mut self) -> Result<Option<Item>> {
        let (head, _) = self.head.read(&self.etcd, 1, false).await?;
        Ok(head.first().map(item_of))
    }

    /// Removes and returns the oldest item, waiting (on a watch) while the queue is empty.
    ///
    /// Errors: `Unreachable` or `Etcd`. Cancel-safe on this handle: if the future is dropped
    /// (or fails) after its claim was sent, the next call settles the claim, and if it was
    /// applied the next pop returns its items first. Only a handle dropped with such a
    /// claim unreturned loses them (at most once delivery, as for a popper that dies).
    pub async fn pop(&mut self) -> Result<Item> {
        let mut items = self.pop_up_to(1).await?;
        items
            .pop()
            .ok_or_else(|| Error::Io(std::io::Error::other("a pop returned no item")))
    }

    /// Removes and returns the oldest 1..=`max` items (up to [`CLAIM`]) in queue order, in one
    /// transaction, waiting while the queue is empty. Claiming several at once keeps
    /// concurrent poppers from contending item by item. Errors and cancellation: as
    /// [`Queue::pop`].
    pub async fn pop_up_to(&mut self, max: usize) -> Result<Vec<Item>> {
        self.pop_items(max, true).await
    }

    /// Like [`Queue::pop_up_to`], without waiting: no item ready now returns an empty list.
    /// Errors and cancellation: as [`Queue::pop`].
    pub async fn try_pop_up_to(&mut self, max: usize) -> Result<Vec<Item>> {
        self.pop_items(max, false).await
    }

    async fn pop_items(&mut self, max: usize, wait: bool) -> Result<Vec<Item>> {
        let max = max.clamp(1, CLAIM);
        self.settle().await?;
        if !self.unreturned.is_empty() {
            let n = max.min(self.unreturned.len());
            return Ok(self.unreturned.drain(..n).collect());
        }
        loop {
            let looked = self.promote_due().await?;
            let (head, rev) = self.head().await?;
            if head.is_empty() {
                if !wait {
                    return Ok(Vec::new());
                }
                // Empty: wait for a put, or a delay or claim to end, then look again.
                self.wait_for_work(rev, looked).await?;
                continue;
            }
            let taken = &head[..max.min(head.len())];
            let unchanged = taken
                .iter()
                .map(|kv| Compare::mod_revision(kv.key(), CompareOp::Equal, kv.mod_revision()))
                .collect();
            let deletes = taken
                .iter()
                .map(|kv| TxnOp::delete(kv.key(), None))
                .chain(self.head.hint_op())
                .collect();
            self.claiming = taken.iter().map(item_of).collect();
            let claimed = self.writes.txn(&self.etcd, unchanged, deletes).await?;
            let items = std::mem::take(&mut self.claiming);
            if claimed {
                return Ok(items);
            }
            // Another popper took one of them: look again.
        }
    }

    /// Decides a write left in doubt by a dropped future or an error; a claim that was
    /// applied hands its items to the next pop.
    async fn settle(&mut self) -> Result<()> {
        if let Some(applied) = self.writes.settle(&self.etcd).await? {
            let claim = std::mem::take(&mut self.claiming);
            let worker_claims = std::mem::take(&mut self.claim_in_doubt);
            if applied {
                self.unreturned.extend(claim);
                self.claimed_unreturned.extend(worker_claims);
            }
        }
        Ok(())
    }

    /// The oldest items in queue order (up to [`BATCH`]) and the revision they were read at.
    async fn head(&mut self) -> Result<(Vec<KeyValue>, i64)> {
        self.head.read(&self.etcd, BATCH, true).await
    }
}

fn item_of(kv: &KeyValue) -> Item {
    Item {
        value: kv.value().to_vec(),
        key: String::from_utf8_lossy(kv.key()).into_owned(),
        rev: kv.create_revision(),
    }
}
