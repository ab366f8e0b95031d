//! Finding the head of a queue without reading its backlog.
//!
//! etcd answers a range by walking every key of it in its index (about 350 ns a key on
//! 3.4, popped items included until the next compaction), whatever the limit, and a range
//! sorted by create revision also reads and sorts every value. So a pop that ranged the
//! whole queue cost the whole backlog. Items are instead taken in key order, and keys are
//! push times in nanoseconds (Go's recipe names them the same way), so the head is the
//! lowest key: a [`Head`] looks for it from a lower bound, in windows of key space that
//! grow from a few keys' width until one holds an item. A pop then costs a window, not the
//! queue.
//!
//! The lower bound is the lowest ready key this handle last saw (its cursor), or, for a
//! fresh handle, the queue's hint: a bookkeeping key that every pop and claim rewrites
//! with the head it read. An item can land below the bound: a pusher whose clock is behind
//! the others', or a push that took long to land. A **sweep** finds those: a read of the
//! whole queue that a handle makes at most once per [`SWEEP`], and a fresh handle only
//! when the hint (which carries the time) says that none was made for as long: the cost of
//! a backlog walk is paid per [`SWEEP`] and long-running handle, not per pop.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use etcd_client::{GetOptions, GetResponse, KeyValue, TxnOp};
use serde::{Deserialize, Serialize};

use crate::client::Etcd;
use crate::error::Result;

/// How often the queue's backlog is read whole, to find items that landed below the head.
pub const SWEEP: Duration = Duration::from_secs(10);

/// Windows tried, each [`GROWTH`] times the last, before the rest of the queue is read.
const PROBES: usize = 9;
const GROWTH: u64 = 64;
/// The first window of a fresh handle: 1 µs of push time.
const FIRST_WINDOW: u64 = 1_000;

/// The hint as stored: the lowest ready key a pop or claim saw, and when the last sweep
/// was made (Unix ms, by the sweeper's clock).
#[derive(Serialize, Deserialize)]
struct Hint {
    head: String,
    swept_ms: u64,
}

/// One handle's view of where the head is.
pub(super) struct Head {
    prefix: Vec<u8>,
    hint_key: Vec<u8>,
    /// The lowest ready key seen last: where the next search starts.
    cursor: Option<Vec<u8>>,
    /// When the last sweep was made; `None` until the hint was read.
    swept_ms: Option<u64>,
    /// Width of the first window, in nanoseconds of push time, adapted to the density.
    window: u64,
}

impl Head {
    pub(super) fn new(prefix: Vec<u8>, hint_key: Vec<u8>) -> Head {
        Head {
            prefix,
            hint_key,
            cursor: None,
            swept_ms: None,
            window: FIRST_WINDOW,
        }
    }

    /// The lowest ready items in key order (up to `limit`) and the revision they were read
    /// at: every put after it may be a new head. A fresh handle starts from the hint if
    /// `hinted` (it reads the bookkeeping), else with a sweep.
    pub(super) async fn read(
        &mut self,
        etcd: &Etcd,
        limit: usize,
        hinted: bool,
    ) -> Result<(Vec<KeyValue>, i64)> {
        if self.swept_ms.is_none() {
            if hinted {
                self.load_hint(etcd).await?;
            } else {
                self.swept_ms = Some(0);
            }
        }
        let now = now_ms();
        let swept = self.swept_ms.unwrap_or(0);
        let sweep = self.cursor.is_none() || now.saturating_sub(swept) >= SWEEP.as_millis() as u64;
        let (kvs, rev) = if sweep {
            let resp = self.range(etcd, &self.prefix, None, limit, 0).await?;
            self.swept_ms = Some(now);
            (resp.kvs().to_vec(), revision(&resp))
        } else {
            self.search(etcd, limit).await?
        };
        if let Some(first) = kvs.first() {
            self.cursor = Some(first.key().to_vec());
        }
        Ok((kvs, rev))
    }

    /// The write that tells the handles to come where the head is (or `None` before any
    /// head was seen): part of every pop and claim transaction.
    pub(super) fn hint_op(&self) -> Option<TxnOp> {
        let head = self.cursor.as_ref()?;
        let hint = Hint {
            head: String::from_utf8_lossy(head).into_owned(),
            swept_ms: self.swept_ms.unwrap_or(0),
        };
        let value = serde_json::to_vec(&hint).ok()?;
        Some(TxnOp::put(self.hint_key.clone(), value, None))
    }

    async fn load_hint(&mut self, etcd: &Etcd) -> Result<()> {
        let resp = etcd.get(self.hint_key.clone(), None).await?;
        let hint = resp
            .kvs()
            .first()
            .and_then(|kv| serde_json::from_slice::<Hint>(kv.value()).ok())
            .filter(|h| h.head.as_bytes().starts_with(&self.prefix));
        self.swept_ms = Some(hint.as_ref().map_or(0, |h| h.swept_ms));
        self.cursor = hint.map(|h| h.head.into_bytes());
        Ok(())
    }

    /// Windows from the cursor, all read at the first one's revision (so that two items of
    /// one pusher landing between the reads cannot come out of order).
    async fn search(&mut self, etcd: &Etcd, limit: usize) -> Result<(Vec<KeyValue>, i64)> {
        let Some(from) = self.cursor.clone() else {
            return Ok((Vec::new(), 0));
        };
        let time = push_time(&self.prefix, &from);
        let mut pinned = 0;
        let mut width = self.window;
        for _ in 0..PROBES {
            let Some(end) = time.and_then(|t| t.checked_add(width)) else {
                break;
            };
            let mut end_key = self.prefix.clone();
            end_key.extend_from_slice(end.to_string().as_bytes());
            let resp = match self.range(etcd, &from, Some(end_key), limit, pinned).await {
                Err(e) if pinned != 0 && e.is_compacted() => {
                    return self.restart(etcd, limit).await
                }
                r => r?,
            };
            if pinned == 0 {
                pinned = revision(&resp);
            }
            if !resp.kvs().is_empty() {
                self.window = adapt(width, resp.count().max(0) as u64, limit as u64);
                return Ok((resp.kvs().to_vec(), pinned));
            }
            width = width.saturating_mul(GROWTH);
        }
        // Beyond the windows (or a key that is not a push time): the rest of the queue.
        let resp = match self.range(etcd, &from, None, limit, pinned).await {
            Err(e) if pinned != 0 && e.is_compacted() => return self.restart(etcd, limit).await,
            r => r?,
        };
        let rev = if pinned == 0 { revision(&resp) } else { pinned };
        Ok((resp.kvs().to_vec(), rev))
    }

    /// The revision the windows were pinned to was compacted between two reads: a sweep.
    async fn restart(&mut self, etcd: &Etcd, limit: usize) -> Result<(Vec<KeyValue>, i64)> {
        let resp = self.range(etcd, &self.prefix, None, limit, 0).await?;
        self.swept_ms = Some(now_ms());
        Ok((resp.kvs().to_vec(), revision(&resp)))
    }

    /// Keys in [`from`, `end`) (`None`: to the end of the queue) in key order, at most
    /// `limit`, at revision `rev` (0: the current one).
    async fn range(
        &self,
        etcd: &Etcd,
        from: &[u8],
        end: Option<Vec<u8>>,
        limit: usize,
        rev: i64,
    ) -> Result<GetResponse> {
        let end = end.unwrap_or_else(|| prefix_end(&self.prefix));
        let mut options = GetOptions::new().with_range(end).with_limit(limit as i64);
        if rev != 0 {
            options = options.with_revision(rev);
        }
        etcd.get(from.to_vec(), Some(options)).await
    }
}

/// The next first window: about `limit` keys wide at the density just seen.
fn adapt(width: u64, count: u64, limit: u64) -> u64 {
    if count > 4 * limit {
        (width / (count / limit)).max(1)
    } else if count < limit / 4 {
        width.saturating_mul(2)
    } else {
        width
    }
}

/// The push time a key of the queue names (its leading digits), if it names one.
fn push_time(prefix: &[u8], key: &[u8]) -> Option<u64> {
    let suffix = key.strip_prefix(prefix)?;
    let digits = suffix.iter().take_while(|b| b.is_ascii_digit()).count();
    std::str::from_utf8(&suffix[..digits]).ok()?.parse().ok()
}

/// The first key after every key starting with `prefix` (which ends in `/`).
fn prefix_end(prefix: &[u8]) -> Vec<u8> {
    let mut end = prefix.to_vec();
    if let Some(last) = end.last_mut() {
        *last += 1;
    }
    end
}

fn revision(resp: &GetResponse) -> i64 {
    resp.header().map_or(0, |h| h.revision())
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_names_its_push_time() {
        assert_eq!(
            push_time(b"q/", b"q/1796218594943143659"),
            Some(1796218594943143659)
        );
        assert_eq!(push_time(b"q/", b"q/17962-attempt2"), Some(17962));
        assert_eq!(push_time(b"q/", b"q/job"), None);
        assert_eq!(push_time(b"q/", b"other/1"), None);
    }

    #[test]
    fn windows_follow_the_density() {
        assert_eq!(adapt(1_000, 6_400, 64), 10);
        assert_eq!(adapt(1_000, 3, 64), 2_000);
        assert_eq!(adapt(1_000, 64, 64), 1_000);
        assert_eq!(adapt(1, 1_000_000, 64), 1);
    }

    #[test]
    fn the_end_of_a_queue_follows_its_last_key() {
        assert_eq!(prefix_end(b"q/"), b"q0".to_vec());
    }
}
