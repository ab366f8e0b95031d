//! A prefix watch that survives member failures.
//!
//! Invariant: every event after the start revision is delivered once, in revision order.
//! The watch remembers the revision of the last event it delivered; when the stream breaks
//! (member killed, cancelled because the member lost its leader), it reopens on the next
//! endpoint from that revision + 1, so nothing is lost or repeated.

use etcd_client::{Event, WatchOptions};

use crate::connect::{Backoff, Etcd};
use crate::error::{Error, Result};

/// Watches every key under `prefix` from revision `from` (inclusive), handing each batch of
/// events to `deliver` until it returns false.
///
/// Errors: `Compacted` when revision `from` (or the resume point) is no longer in history.
pub async fn watch_prefix(
    etcd: &Etcd,
    prefix: &[u8],
    from: i64,
    deliver: impl FnMut(&[Event]) -> bool,
) -> Result<()> {
    watch(etcd, prefix, true, from, deliver).await
}

/// Watches the one key `key`, like [`watch_prefix`].
pub async fn watch_key(
    etcd: &Etcd,
    key: &[u8],
    from: i64,
    deliver: impl FnMut(&[Event]) -> bool,
) -> Result<()> {
    watch(etcd, key, false, from, deliver).await
}

async fn watch(
    etcd: &Etcd,
    key: &[u8],
    prefix: bool,
    from: i64,
    mut deliver: impl FnMut(&[Event]) -> bool,
) -> Result<()> {
    let mut next = from;
    let mut backoff = Backoff::default();
    loop {
        let Ok((endpoint, mut client)) = etcd.pinned().await else {
            backoff.wait().await;
            continue;
        };
        let mut options = WatchOptions::new().with_start_revision(next);
        if prefix {
            options = options.with_prefix();
        }
        let Ok(mut stream) = client.watch(key.to_vec(), Some(options)).await else {
            etcd.failed(endpoint);
            backoff.wait().await;
            continue;
        };
        loop {
            let resp = match stream.message().await {
                Ok(Some(resp)) => resp,
                Ok(None) | Err(_) => {
                    etcd.failed(endpoint);
                    backoff.wait().await;
                    break;
                }
            };
            if resp.compact_revision() > 0 {
                return Err(Error::Compacted {
                    requested: next,
                    oldest: resp.compact_revision(),
                });
            }
            if resp.canceled() {
                // e.g. the member lost its leader: reopen elsewhere.
                etcd.failed(endpoint);
                break;
            }
            backoff = Backoff::default();
            let events = resp.events();
            if let Some(last) = events.last().and_then(|e| e.kv()) {
                next = last.mod_revision() + 1;
            }
            if !events.is_empty() && !deliver(events) {
                return Ok(());
            }
        }
    }
}
