//! A prefix watch that survives member failures.
//!
//! Invariant: every event after the start revision is delivered once, in revision order.
//! The watch keeps a resume point, the revision up to which it has seen everything; when
//! the stream breaks (member killed, cancelled because the member lost its leader), it
//! reopens on the next endpoint from there, so nothing is lost or repeated.
//!
//! The resume point advances with every event delivered, and also while no event comes: a
//! quiet stream asks its member for a progress notification (etcd's `WatchProgressRequest`),
//! whose revision says "nothing of yours happened up to here". Without that, an idle watch
//! would resume from its start revision, which an ordinary compaction (Kubernetes compacts
//! every 5 minutes) removes: the watch would fail as compacted although it missed nothing.
//! etcd releases before the fix of etcd#15220 (3.4.23 among them) may answer a progress
//! request ahead of events already queued on the stream, so an answer is trusted only once
//! the next one arrives (`Resume`): by then anything queued before it has been delivered.
//!
//! A member that hangs (SIGSTOP, a stalled VM) breaks nothing: its streams just go quiet,
//! and HTTP/2 keep-alive would take up to 15 s to notice. So `next_message` asks the
//! member of a stream that has been quiet for [`QUIET`] a question only that member answers
//! (a serializable read); no answer within [`PROBE_TIMEOUT`] ends the stream, and the
//! watcher reopens it on the next endpoint. Opening a watch gets the same bound: a member
//! that does not confirm a new watch within [`PROBE_TIMEOUT`] counts as hung (`open`).
//! Lock waiters use both.

use std::time::Duration;

use etcd_client::{Client, Event, EventType, GetOptions, WatchOptions, WatchResponse, WatchStream};

use crate::admin::access::{Access, Denied, Need};
use crate::client::{Backoff, Etcd};
use crate::error::{Error, Result};

/// How long a watch stream may stay silent before its member is asked whether it answers.
pub const QUIET: Duration = Duration::from_secs(2);
/// How long that member gets to answer.
pub const PROBE_TIMEOUT: Duration = Duration::from_secs(1);

/// One change of a key: what a watch delivers, or what a read before it found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The whole key, as stored.
    pub key: Vec<u8>,
    /// The new value; `None` for a deletion.
    pub value: Option<Vec<u8>>,
    /// The revision of the change.
    pub rev: i64,
}

impl Change {
    /// The change an event carries (`None` for an event without a key-value).
    pub fn of(event: &Event) -> Option<Change> {
        let kv = event.kv()?;
        Some(Change {
            key: kv.key().to_vec(),
            value: match event.event_type() {
                EventType::Put => Some(kv.value().to_vec()),
                EventType::Delete => None,
            },
            rev: kv.mod_revision(),
        })
    }
}

/// The current value of `key` (with `prefix`, of every key under it) as changes, and the
/// revision read: a watch from that revision + 1 misses nothing after it.
///
/// Errors: as [`Etcd::call`].
pub async fn current(etcd: &Etcd, key: &[u8], prefix: bool) -> Result<(Vec<Change>, i64)> {
    let options = prefix.then(|| GetOptions::new().with_prefix());
    let resp = etcd.get(key.to_vec(), options).await?;
    let rev = resp.header().map_or(0, |h| h.revision());
    let changes = resp
        .kvs()
        .iter()
        .map(|kv| Change {
            key: kv.key().to_vec(),
            value: Some(kv.value().to_vec()),
            rev: kv.mod_revision(),
        })
        .collect();
    Ok((changes, rev))
}

/// Watches every key under `prefix` from revision `from` (inclusive), handing each batch of
/// events to `deliver` until it returns false.
///
/// Errors: `Compacted` when revision `from` (or the resume point) is no longer in history;
/// `PermissionDenied` (naming `prefix`) when the user's roles do not grant reading it.
///
/// Dropping the future ends the watch.
pub async fn watch_prefix(
    etcd: &Etcd,
    prefix: &[u8],
    from: i64,
    deliver: impl FnMut(&[Event]) -> bool,
) -> Result<()> {
    watch(etcd, prefix, true, from, deliver).await
}

/// Watches the one key `key`, like [`watch_prefix`].
///
/// Errors and cancellation: as [`watch_prefix`].
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
    let mut resume = Resume::at(from);
    let mut backoff = Backoff::default();
    let shown = String::from_utf8_lossy(key).into_owned();
    let mut opened = false;
    loop {
        let Ok((endpoint, mut client)) = etcd.pinned().await else {
            backoff.wait().await;
            continue;
        };
        resume.reopened();
        let next = resume.next();
        let mut options = WatchOptions::new().with_start_revision(next);
        if prefix {
            options = options.with_prefix();
        }
        let Some(mut stream) = open(&mut client, key, options).await else {
            etcd.failed(endpoint);
            backoff.wait().await;
            continue;
        };
        if opened {
            etcd.observe(|o| o.watch_resumed());
            tracing::info!(key = %shown, rev = next, endpoint = %etcd.endpoint(endpoint), "watch resumed");
        } else {
            tracing::info!(key = %shown, rev = next, endpoint = %etcd.endpoint(endpoint), "watch opened");
        }
        opened = true;
        loop {
            let Some(resp) = next_message(&mut stream, &mut client, key).await else {
                tracing::info!(key = %shown, endpoint = %etcd.endpoint(endpoint), "watch broken; reopening on the next endpoint");
                etcd.failed(endpoint);
                backoff.wait().await;
                break;
            };
            if resp.compact_revision() > 0 {
                return Err(Error::Compacted {
                    requested: resume.next(),
                    oldest: resp.compact_revision(),
                });
            }
            if resp.canceled() && resp.cancel_reason().contains("permission denied") {
                return Err(refused(etcd, key, prefix));
            }
            if resp.canceled() {
                // e.g. the member lost its leader: reopen elsewhere.
                tracing::info!(key = %shown, reason = resp.cancel_reason(), "watch cancelled by the member; reopening");
                etcd.failed(endpoint);
                break;
            }
            backoff = Backoff::default();
            if let Some(rev) = progress_revision(&resp) {
                if let Some(next) = resume.progressed(rev) {
                    tracing::trace!(key = %shown, next, "watch resume point advanced");
                }
                continue;
            }
            let events = resp.events();
            if let Some(last) = events.last().and_then(|e| e.kv()) {
                resume.delivered(last.mod_revision());
            }
            if !events.is_empty() && !deliver(events) {
                return Ok(());
            }
        }
    }
}

/// The revision a progress notification vouches for: a response without events that neither
/// creates nor cancels a watch. `None` for any other response.
fn progress_revision(resp: &WatchResponse) -> Option<i64> {
    let plain = resp.events().is_empty() && !resp.created() && !resp.canceled();
    plain.then(|| resp.header().map(|h| h.revision())).flatten()
}

/// Where a watch resumes: the revision after the last one it has seen everything up to.
///
/// Events move it at once. A progress answer moves it only when the next answer on the same
/// stream arrives, and only to the earlier answer's revision (see the module doc); a new
/// stream starts with no answer pending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Resume {
    next: i64,
    answered: Option<i64>,
}

impl Resume {
    fn at(from: i64) -> Resume {
        Resume {
            next: from,
            answered: None,
        }
    }

    /// The revision to (re)open the watch from.
    fn next(&self) -> i64 {
        self.next
    }

    /// An event of revision `rev` was delivered.
    fn delivered(&mut self, rev: i64) {
        self.next = self.next.max(rev + 1);
    }

    /// A progress answer vouching for `rev` arrived; returns the new resume point if it
    /// moved.
    fn progressed(&mut self, rev: i64) -> Option<i64> {
        let trusted = self.answered.replace(rev)?;
        let before = self.next;
        self.next = before.max(trusted + 1);
        (self.next > before).then_some(self.next)
    }

    /// The stream was replaced: answers pending on the old one vouch for nothing.
    fn reopened(&mut self) {
        self.answered = None;
    }
}

/// A watch the member cancelled because the user may not read `key`.
fn refused(etcd: &Etcd, key: &[u8], prefix: bool) -> Error {
    let need = if prefix {
        Need::prefix(Access::Read, key.to_vec())
    } else {
        Need::key(Access::Read, key.to_vec())
    };
    Error::PermissionDenied {
        user: etcd.user().map(str::to_string),
        denied: Some(Denied {
            key: need.display_key(),
            needs: Access::Read,
            read_allowed: false,
        }),
    }
}

/// Opens a watch of `key` through `client`; `None` if the member refuses it or does not
/// confirm it within [`PROBE_TIMEOUT`] (without this bound a member that hung just then would
/// hold the caller for the whole request timeout).
pub(crate) async fn open(
    client: &mut Client,
    key: &[u8],
    options: WatchOptions,
) -> Option<WatchStream> {
    let opened = tokio::time::timeout(PROBE_TIMEOUT, client.watch(key.to_vec(), Some(options)));
    opened.await.ok()?.ok()
}

/// The next response of `stream`, opened through `client`; `None` when the stream broke,
/// ended, or went quiet on a member that no longer answers (probed with a read of `key`).
/// Each quiet spell also asks for a progress notification, which arrives as a response
/// without events (see `Resume`).
pub(crate) async fn next_message(
    stream: &mut WatchStream,
    client: &mut Client,
    key: &[u8],
) -> Option<WatchResponse> {
    loop {
        tokio::select! {
            message = stream.message() => return message.ok().flatten(),
            () = tokio::time::sleep(QUIET) => {
                if stream.request_progress().await.is_err() || !answers(client, key).await {
                    return None;
                }
            }
        }
    }
}

/// Whether the member behind `client` answers a read of `key` that it serves alone
/// (serializable: no round to the leader) within [`PROBE_TIMEOUT`].
async fn answers(client: &mut Client, key: &[u8]) -> bool {
    let local = GetOptions::new().with_serializable().with_count_only();
    matches!(
        tokio::time::timeout(PROBE_TIMEOUT, client.get(key.to_vec(), Some(local))).await,
        Ok(Ok(_))
    )
}

#[cfg(test)]
mod tests {
    use super::Resume;

    #[test]
    fn events_move_the_resume_point_at_once_and_never_back() {
        let mut resume = Resume::at(5);
        resume.delivered(9);
        assert_eq!(resume.next(), 10);
        resume.delivered(7);
        assert_eq!(resume.next(), 10);
    }

    #[test]
    fn a_progress_answer_counts_once_the_next_one_arrives() {
        let mut resume = Resume::at(5);
        assert_eq!(resume.progressed(20), None);
        assert_eq!(resume.next(), 5);
        assert_eq!(resume.progressed(30), Some(21));
        assert_eq!(resume.next(), 21);
        // An answer older than what events already proved moves nothing.
        resume.delivered(40);
        assert_eq!(resume.progressed(41), None);
        assert_eq!(resume.next(), 41);
    }

    #[test]
    fn a_new_stream_forgets_the_answer_pending_on_the_old_one() {
        let mut resume = Resume::at(5);
        assert_eq!(resume.progressed(20), None);
        resume.reopened();
        assert_eq!(resume.progressed(30), None);
        assert_eq!(resume.next(), 5);
        assert_eq!(resume.progressed(31), Some(31));
    }
}
