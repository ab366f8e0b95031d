//! Ordered, replayable message streams on etcd.
//!
//! Invariant: a message is one put under `TOPIC/`; its place in the stream is its revision,
//! and messages published in one transaction follow the order of its operations. The
//! stream is etcd's own history, so a subscriber replays from any revision not yet
//! compacted, and [`crate::client::watch`] resumes a broken watch from the last delivered revision
//! + 1: no message is lost or repeated.
//!
//! Keys: a batch of up to [`BATCH`] messages is written to `TOPIC/0` .. `TOPIC/63` (the
//! history keeps every version; the keys hold only the latest); only puts of those keys
//! are messages. Each batch is guarded by the publisher's [`WriteCounter`]
//! (`TOPIC/publishers/<id>`, under the topic so that a role on it suffices), so a batch
//! retried after an ambiguous failure is applied exactly once.

use std::time::Duration;

use etcd_client::{EventType, PutOptions, TxnOp};
use serde::Serialize;

use crate::admin::access::{Access, Need};
use crate::client::exactly_once::WriteCounter;
use crate::client::limits::check_name;
use crate::client::limits::{batches, check_size};
use crate::client::watch::watch_prefix;
use crate::client::Etcd;
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
            batches: WriteCounter::new(&etcd.key(&format!("{topic}/publishers/"))),
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

/// Whether a key under `TOPIC/` (`rest` is what follows the slash) holds messages:
/// `0` .. `63` as the publisher writes them, not a counter or a nested topic's key.
fn is_message_slot(rest: &[u8]) -> bool {
    std::str::from_utf8(rest)
        .ok()
        .and_then(|slot| slot.parse::<usize>().ok().filter(|n| n.to_string() == slot))
        .is_some_and(|n| n < BATCH)
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
/// Errors: `Compacted` (naming the oldest revision available) if `from` is gone.
///
/// Dropping the future ends the subscription.
pub async fn subscribe(
    etcd: &Etcd,
    topic: &str,
    from: i64,
    mut deliver: impl FnMut(Message) -> bool,
) -> Result<()> {
    check_name(topic, "topic")?;
    let prefix = etcd.key(&format!("{topic}/"));
    watch_prefix(etcd, &prefix, from.max(1), |events| {
        for event in events {
            if event.event_type() != EventType::Put {
                continue;
            }
            let Some(kv) = event.kv() else { continue };
            if !is_message_slot(&kv.key()[prefix.len()..]) {
                continue;
            }
            let message = Message {
                value: String::from_utf8_lossy(kv.value()).into_owned(),
                key: String::from_utf8_lossy(kv.key()).into_owned(),
                rev: kv.mod_revision(),
            };
            if !deliver(message) {
                return false;
            }
        }
        true
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::is_message_slot;

    #[test]
    fn only_the_publishers_slots_are_messages() {
        for slot in ["0", "7", "63"] {
            assert!(is_message_slot(slot.as_bytes()), "{slot}");
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
            assert!(!is_message_slot(other.as_bytes()), "{other}");
        }
    }
}
