//! Ordered, replayable message streams on etcd.
//!
//! Invariant: a message is one put under `TOPIC/` by a publisher's batch; its place in the
//! stream is its revision, and messages published in one transaction follow the order of
//! its operations. The stream is etcd's own history, so a subscriber replays from any
//! revision not yet compacted, and [`crate::client::watch`] resumes a broken watch from the
//! last delivered revision + 1: no message is lost or repeated.
//!
//! Keys: a batch of up to [`BATCH`] messages is written to `TOPIC/0` .. `TOPIC/63` (the
//! history keeps every version; the keys hold only the latest). Each batch is guarded by
//! the publisher's [`WriteCounter`] (`TOPIC/publishers/<id>`, under the topic so that a
//! role on it suffices), so a batch retried after an ambiguous failure is applied exactly
//! once; the counter's bump also marks the batch's revision, so only slots written in such
//! a revision are messages (not a slot written by hand).
//!
//! Costs: following is one watch of `TOPIC/`. A replay ([`subscribe`] from a past revision)
//! is a watch of the counters plus a range per batch at its revision, read 16 to a
//! transaction (see `replay` for why not a watch, and what etcd pays for each range).

use std::time::Duration;

use etcd_client::{Event, EventType, GetOptions, KeyValue, PutOptions, Txn, TxnOp, TxnOpResponse};
use futures_util::stream::{self, StreamExt};
use serde::Serialize;

use crate::admin::access::{Access, Need};
use crate::client::exactly_once::WriteCounter;
use crate::client::limits::check_name;
use crate::client::limits::{batches, check_size};
use crate::client::watch::watch_prefix;
use crate::client::{Etcd, Retry};
use crate::error::{Error, Result};

pub use crate::client::limits::{BATCH, MAX_VALUE_BYTES as MAX_MESSAGE_BYTES};

/// A delivered message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Message {
    /// The message.
    pub value: String,
    /// Its key, `TOPIC/<revision>-<index>`.
    pub key: String,
    /// Its revision: its place in the topic.
    pub rev: i64,
}

/// What a role must grant for `topic`: readwrite on `TOPIC/` to publish (messages and
/// the publisher's counter), read to subscribe.
pub fn needs(etcd: &Etcd, topic: &str, access: Access) -> Vec<Need> {
    vec![Need::prefix(access, etcd.key(&format!("{topic}/")))]
}

/// Checks a message before anything is written.
///
/// Errors: `InvalidInput` above etcd's request limit.
pub fn check_message(message: &str) -> Result<()> {
    check_size(message, "a message")
}

/// Where the publishers' counters live under `TOPIC/` (`prefix`): `TOPIC/publishers/`.
fn counters(prefix: &[u8]) -> Vec<u8> {
    [prefix, b"publishers/"].concat()
}

/// One publisher: its batches are applied exactly once and in order.
pub struct Publisher {
    etcd: Etcd,
    prefix: Vec<u8>,
    batches: WriteCounter,
    ttl: Option<Duration>,
    /// Granted with the first batch when there is a `ttl`.
    lease: Option<i64>,
}

impl Publisher {
    /// `ttl`: messages are attached to one lease of that TTL, granted with the first batch,
    /// so they vanish TTL after the first one was published.
    pub fn new(etcd: &Etcd, topic: &str, ttl: Option<Duration>) -> Result<Publisher> {
        check_name(topic, "topic")?;
        Ok(Publisher {
            etcd: etcd.clone(),
            prefix: etcd.key(&format!("{topic}/")),
            batches: WriteCounter::new(&counters(&etcd.key(&format!("{topic}/")))),
            ttl,
            lease: None,
        })
    }

    /// Publishes `messages` in order, in transactions of up to [`BATCH`].
    ///
    /// Errors: `InvalidInput` for an oversize message (checked before anything is sent).
    ///
    /// `Unreachable`/`Etcd` when etcd fails: the batch in flight may then be published or
    /// not, never twice (the next call settles it). Dropping the future likewise: earlier
    /// batches are published, later ones are not.
    pub async fn publish<S: AsRef<str>>(&mut self, messages: &[S]) -> Result<()> {
        messages
            .iter()
            .try_for_each(|m| check_message(m.as_ref()))?;
        for batch in batches(messages) {
            self.publish_batch(batch).await?;
        }
        Ok(())
    }

    async fn publish_batch<S: AsRef<str>>(&mut self, batch: &[S]) -> Result<()> {
        let mut options = PutOptions::new();
        if let (Some(ttl), None) = (self.ttl, self.lease) {
            self.lease = Some(crate::lease::session::grant(&self.etcd, ttl).await?.id());
        }
        if let Some(lease) = self.lease {
            options = options.with_lease(lease);
        }
        let ops: Vec<TxnOp> = batch
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let mut key = self.prefix.clone();
                key.extend_from_slice(i.to_string().as_bytes());
                TxnOp::put(key, m.as_ref(), Some(options.clone()))
            })
            .collect();
        if self.batches.txn(&self.etcd, Vec::new(), ops).await? {
            Ok(())
        } else {
            // Only the counter is compared: someone else wrote it.
            Err(Error::Io(std::io::Error::other(
                "another writer changed this publisher's counter",
            )))
        }
    }

    /// Deletes the publisher's counter key (best effort).
    ///
    /// Never fails: an error leaves the publisher's counter key behind. Dropping the future
    /// likewise.
    pub async fn close(self) {
        self.batches.close(&self.etcd).await;
    }
}

/// The slot of a key under `TOPIC/` (`rest` is what follows the slash) that holds messages:
/// `0` .. `63` as the publisher writes them; `None` for a counter or a nested topic's key.
fn message_slot(rest: &[u8]) -> Option<usize> {
    std::str::from_utf8(rest)
        .ok()
        .and_then(|slot| slot.parse::<usize>().ok().filter(|n| n.to_string() == slot))
        .filter(|&n| n < BATCH)
}

/// The revision a subscriber that wants only new messages starts after.
///
/// Errors: `InvalidInput` for a bad topic; `Unreachable`/`Etcd`. Dropping the future changes nothing: it only reads.
pub async fn current_revision(etcd: &Etcd, topic: &str) -> Result<i64> {
    check_name(topic, "topic")?;
    let resp = etcd.count_prefix(&etcd.key(&format!("{topic}/"))).await?;
    Ok(resp.header().map_or(0, |h| h.revision()))
}

/// Calls `deliver` with every message of `topic` from revision `from` on, in publish
/// order, until it returns false.
///
/// History (`from` at or before the current revision) is replayed by reading batches at
/// their revisions, a few at a time, until the replay has caught up with the current
/// revision; then the topic is followed live from there. A long replay takes no more
/// memory than following does.
///
/// Errors: `Compacted` (naming the oldest revision available) if `from` is gone, or is
/// compacted away during the replay.
///
/// Dropping the future ends the subscription.
pub async fn subscribe(
    etcd: &Etcd,
    topic: &str,
    from: i64,
    mut deliver: impl FnMut(Message) -> bool,
) -> Result<()> {
    let prefix = etcd.key(&format!("{topic}/"));
    let mut from = from.max(1);
    let mut head = current_revision(etcd, topic).await?;
    // Until caught up: what was published during a long replay, followed from far behind,
    // would come in responses of up to 1,000 revisions again.
    while from <= head {
        match replay(etcd, &prefix, from, head, &mut deliver).await? {
            Some(next) => from = next,
            None => return Ok(()),
        }
        head = current_revision(etcd, topic).await?;
    }
    follow(etcd, &prefix, from, deliver).await
}

/// The message `kv` carries if it is a put of a slot key, with its slot.
fn message(prefix: &[u8], kv: &KeyValue) -> Option<(usize, Message)> {
    let slot = message_slot(&kv.key()[prefix.len()..])?;
    let message = Message {
        value: String::from_utf8_lossy(kv.value()).into_owned(),
        key: String::from_utf8_lossy(kv.key()).into_owned(),
        rev: kv.mod_revision(),
    };
    Some((slot, message))
}

/// The revision of `event` if it bumps a publisher's counter (`TOPIC/publishers/`), as
/// every batch does: the revisions of batches. A slot written in any other revision (by
/// hand, not by a publisher) is no message, followed or replayed alike.
fn batch_revision(counters: &[u8], event: &Event) -> Option<i64> {
    let kv = event.kv()?;
    let bumped = event.event_type() == EventType::Put && kv.key().starts_with(counters);
    bumped.then(|| kv.mod_revision())
}

/// Follows `TOPIC/` (`prefix`) live from revision `from`: one watch, whose events carry the
/// messages. A batch's events come in one response (etcd never splits a revision), its
/// counter's last.
async fn follow(
    etcd: &Etcd,
    prefix: &[u8],
    from: i64,
    mut deliver: impl FnMut(Message) -> bool,
) -> Result<()> {
    let counters = counters(prefix);
    watch_prefix(etcd, prefix, from, |events| {
        let batches: Vec<i64> = events
            .iter()
            .filter_map(|e| batch_revision(&counters, e))
            .collect();
        for event in events {
            let Some(kv) = event.kv() else { continue };
            if event.event_type() != EventType::Put || !batches.contains(&kv.mod_revision()) {
                continue;
            }
            if let Some((_, message)) = message(prefix, kv) {
                if !deliver(message) {
                    return false;
                }
            }
        }
        true
    })
    .await
}

/// Replays the batches of revisions `from..=head` and returns where following goes on
/// (`None` once `deliver` said stop).
///
/// A watch of `TOPIC/` from an old revision would do, but etcd answers a watcher behind its
/// history with up to 1,000 revisions per response: up to 64,000 messages received and
/// decoded at once, and past 4 MB more than the client accepts. So the replay takes the
/// batches' revisions from a watch of the publishers' counters alone (the first response
/// of each, up to 1,000 revisions of one small value each, is a page), and reads the
/// batches with ranges at their revisions, [`PER_READ`] ranges to a transaction and
/// [`READS_AHEAD`] transactions in flight.
///
/// Cost: per page one watch, which etcd serves on its next sync of lagging watchers (up to
/// 100 ms). Per batch one range over the slots (`TOPIC/0` up to `TOPIC/:`), which etcd
/// reads at that revision by walking each slot's history back from its newest version, so
/// the server's work grows with the history written after the batch too (measured in
/// docs/benchmarks.md; compaction bounds it). Memory: one page of revisions and
/// [`READS_AHEAD`] reads of [`PER_READ`] batches.
async fn replay(
    etcd: &Etcd,
    prefix: &[u8],
    mut from: i64,
    head: i64,
    deliver: &mut impl FnMut(Message) -> bool,
) -> Result<Option<i64>> {
    let mut compacted_at = None;
    while from <= head {
        let page = batch_revisions(etcd, prefix, from).await?;
        let chunks = page.chunks(PER_READ).map(<[i64]>::to_vec);
        let mut reads = stream::iter(chunks)
            .map(|revs| async move { (revs[0], read_batches(etcd, prefix, &revs).await) })
            .buffered(READS_AHEAD);
        while let Some((first, batches)) = reads.next().await {
            let batches = match batches {
                // Compacted since the page was watched: the watch from `first` says how far.
                Err(e) if e.is_compacted() && compacted_at != Some(first) => {
                    compacted_at = Some(first);
                    from = first;
                    break;
                }
                batches => batches?,
            };
            for (rev, batch) in batches {
                for message in batch {
                    if !deliver(message) {
                        return Ok(None);
                    }
                }
                from = rev + 1;
            }
        }
    }
    Ok(Some(from))
}

/// How many batches one read of a replay takes (ranges in one transaction: one request
/// instead of many, which halves the server's work; etcd allows 128 operations).
const PER_READ: usize = 16;
/// How many reads a replay has in flight ahead of the one it delivers.
const READS_AHEAD: usize = 2;

/// The revisions of the next batches from revision `from` on: the first response of a
/// watch of the publishers' counters (waits for the next batch if there is none yet).
async fn batch_revisions(etcd: &Etcd, prefix: &[u8], from: i64) -> Result<Vec<i64>> {
    let counters = counters(prefix);
    let mut page = Vec::new();
    watch_prefix(etcd, &counters, from, |events| {
        page.extend(events.iter().filter_map(|e| batch_revision(&counters, e)));
        page.is_empty()
    })
    .await?;
    Ok(page)
}

/// The messages of the batches written at revisions `revs`, each in slot order: one
/// transaction of ranges, or one range per batch when together they are more than the
/// client takes in one response (large messages).
async fn read_batches(
    etcd: &Etcd,
    prefix: &[u8],
    revs: &[i64],
) -> Result<Vec<(i64, Vec<Message>)>> {
    let (first, after_last) = ([prefix, b"0"].concat(), [prefix, b":"].concat());
    let at = |rev: i64| {
        let options = GetOptions::new()
            .with_range(after_last.clone())
            .with_revision(rev)
            .with_min_mod_revision(rev)
            .with_max_mod_revision(rev);
        TxnOp::get(first.clone(), Some(options))
    };
    let txn = Txn::new().and_then(revs.iter().map(|&rev| at(rev)).collect::<Vec<_>>());
    let reads = match etcd.txn(Retry::Idempotent, txn).await {
        Err(e) if e.is_too_large() && revs.len() > 1 => {
            let mut one_by_one = Vec::with_capacity(revs.len());
            for &rev in revs {
                let txn = Txn::new().and_then(vec![at(rev)]);
                one_by_one.extend(etcd.txn(Retry::Idempotent, txn).await?.op_responses());
            }
            one_by_one
        }
        resp => resp?.op_responses(),
    };
    let batch = |read: TxnOpResponse| {
        let TxnOpResponse::Get(read) = read else {
            return Vec::new();
        };
        let mut batch: Vec<_> = read
            .kvs()
            .iter()
            .filter_map(|kv| message(prefix, kv))
            .collect();
        batch.sort_unstable_by_key(|&(slot, _)| slot);
        batch.into_iter().map(|(_, m)| m).collect()
    };
    Ok(revs
        .iter()
        .copied()
        .zip(reads.into_iter().map(batch))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::message_slot;

    #[test]
    fn only_the_publishers_slots_are_messages() {
        for slot in ["0", "7", "63"] {
            assert!(message_slot(slot.as_bytes()).is_some(), "{slot}");
        }
        for other in [
            "64",
            "07",
            "+1",
            "",
            "publishers/00ab12cd00ab12cd",
            "x/0",
            "1/2",
        ] {
            assert!(message_slot(other.as_bytes()).is_none(), "{other}");
        }
    }
}
