//! Leader election in the key layout of etcd's own election.
//!
//! Invariant: the leader of NAME is the candidate key under `NAME/` with the lowest create
//! revision; its value is the leader's proclaimed value. Candidate keys are `NAME/<lease
//! hex>` on that lease; other keys under `NAME/` (a counter's, a job's, any without a
//! lease) are never a leader and are paged past. A candidate is a contender for a lock of
//! limit 1 whose key carries its value ([`crate::recipes::lock::Semaphore`]): it campaigns by writing
//! `NAME/<lease hex>` on its session lease and waiting for every older key to go, and
//! resigns by deleting it. So `etcdctl elect NAME`, Go's `concurrency.Election` and etcdkit
//! see one another's candidates.
//!
//! Observing keeps the whole candidate set from one read and applies the watch events to
//! it revision by revision, so every leader that held at some revision is reported once,
//! in order; [`crate::client::watch`] resumes a broken watch without losing an event.
//!
//! Cost: campaigning is the lock's (a check is a range over `NAME/` sorted by create
//! revision: O(keys under NAME/) for the server, see [`crate::recipes::lock`]); `leader` is
//! one such range limited to two keys (with more pages only past keys of no candidate);
//! observing reads every key under NAME/ once, then only watch events.

use std::collections::BTreeMap;

use etcd_client::{
    Compare, CompareOp, EventType, GetOptions, PutOptions, SortOrder, SortTarget, Txn, TxnOp,
};
use serde::Serialize;

use crate::admin::access::{Access, Need};
use crate::client::limits::check_name;
use crate::client::watch::watch_prefix;
use crate::client::{Etcd, Retry};
use crate::error::{Error, Result};
use crate::lease::session::Session;
use crate::recipes::lock::{Role, Semaphore, MAX_PAGE};

/// A leader as seen in the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Leader {
    /// The election's name.
    pub name: String,
    /// The leader's key, `NAME/<lease hex>`.
    pub key: String,
    /// The value the leader proclaims.
    pub value: String,
    /// The create revision of the leader's key: etcd's `Election.Rev()`.
    pub rev: i64,
    /// The leader's lease, in hex.
    pub lease: String,
}

/// What a role must grant for election `name`: readwrite on `NAME/` to campaign,
/// read to see the leader or observe.
pub fn needs(etcd: &Etcd, name: &str, access: Access) -> Vec<Need> {
    vec![Need::under_name(access, etcd, name)]
}

/// A candidate for NAME on a session (Go's `concurrency.Election`).
pub struct Election {
    etcd: Etcd,
    candidate: Semaphore,
    name: String,
    value: String,
}

impl Election {
    /// A candidate for `name` on `session`'s lease, proclaiming `value` when it leads.
    /// Nothing is written yet.
    ///
    /// Errors: `InvalidInput` for a bad name.
    pub fn new(session: &Session, name: &str, value: &str) -> Result<Election> {
        check_name(name, "election name")?;
        let candidate = Semaphore::candidate(session, name, value)?;
        Ok(Election {
            etcd: session.etcd().clone(),
            candidate,
            name: name.to_string(),
            value: value.to_string(),
        })
    }

    /// Waits until we lead. If the future is dropped, our candidacy stays until
    /// [`Election::resign`] or the session's end (closing it resigns: the key goes with the
    /// lease).
    ///
    /// Errors: `LeaseLost` if our key disappears while waiting; `Etcd`/`Unreachable`.
    pub async fn campaign(&mut self) -> Result<Leader> {
        let held = self.candidate.lock().await?;
        Ok(self.leader_from(held))
    }

    /// Leads if nobody does now, else `Busy` (our key removed). Errors and cancellation:
    /// as [`Election::campaign`].
    pub async fn try_campaign(&mut self) -> Result<Leader> {
        match self.candidate.try_lock().await {
            Ok(held) => Ok(self.leader_from(held)),
            Err(Error::Busy { holder, .. }) => Err(Error::Busy {
                what: format!("election {}", self.name),
                holder,
            }),
            Err(e) => Err(e),
        }
    }

    /// Our candidacy, now leading, as a [`Leader`]: the revision is our key's create
    /// revision (Go's `Election.Rev()`), the lease the last part of our key.
    fn leader_from(&self, held: crate::recipes::lock::Held) -> Leader {
        let rev = self.candidate.rev().unwrap_or(held.rev);
        let lease = held.key.rsplit('/').next().unwrap_or_default().to_string();
        Leader {
            name: self.name.clone(),
            key: held.key,
            value: self.value.clone(),
            rev,
            lease,
        }
    }

    /// Replaces the value we lead with, without a new election (Go's `Proclaim`): one
    /// transaction that writes our key only while it still has the create revision we
    /// campaigned with, so a deposed leader changes nothing.
    ///
    /// Errors: `NotLeader` if we never campaigned or our key is gone (deposed, lease lost);
    /// `Etcd`/`Unreachable`. Retried safely (guarded); a dropped future leaves the value
    /// replaced or not.
    pub async fn proclaim(&mut self, value: &str) -> Result<()> {
        let Some(rev) = self.candidate.rev() else {
            return Err(Error::NotLeader(self.name.clone()));
        };
        proclaim_as(&self.etcd, &self.name, &self.candidate.key(), rev, value).await?;
        self.value = value.to_string();
        Ok(())
    }

    /// Stops campaigning or leading: deletes our key, so the next candidate leads.
    ///
    /// Errors: `Etcd`/`Unreachable`; the key then goes with the session's lease. A dropped
    /// future leaves the key deleted or not.
    pub async fn resign(&mut self) -> Result<()> {
        self.candidate.unlock().await
    }

    /// The current leader of this election, if any (see [`leader`]).
    ///
    /// Errors: `Unreachable`/`Etcd`. Dropping the future changes nothing: it only reads.
    pub async fn leader(&self) -> Result<Option<Leader>> {
        leader(&self.etcd, &self.name).await
    }

    /// Every leader change of this election, as [`observe`].
    ///
    /// Errors and cancellation: as [`observe`].
    pub async fn observe(&self, on_change: impl FnMut(&Leader) -> bool) -> Result<()> {
        observe(&self.etcd, &self.name, on_change).await
    }

    /// Whether we lead now (one read).
    ///
    /// Errors: `Etcd`/`Unreachable`.
    ///
    /// Dropping the future changes nothing: it only reads.
    pub async fn is_leader(&mut self) -> Result<bool> {
        self.candidate.is_owner().await
    }
}

/// Replaces the value of the candidate whose key is `key`, created at revision `rev`, in one
/// transaction that holds only while that key still exists with that create revision (Go's
/// `Proclaim`). For a process other than the campaigner, e.g. the leader's CMD, which gets
/// the key and revision in `ETCDKIT_LEADER_KEY` and `ETCDKIT_LEADER_REV`. The key keeps its
/// lease. Repeating it writes the same value.
///
/// Errors: `NotLeader` if the key is gone or was created again (the candidate was deposed,
/// its lease lost); `Etcd`/`Unreachable`.
pub async fn proclaim_as(etcd: &Etcd, name: &str, key: &str, rev: i64, value: &str) -> Result<()> {
    let put = TxnOp::put(key, value, Some(PutOptions::new().with_ignore_lease()));
    let txn = Txn::new()
        .when([Compare::create_revision(key, CompareOp::Equal, rev)])
        .and_then([put]);
    let resp = etcd.txn(Retry::Idempotent, txn).await?;
    if !resp.succeeded() {
        return Err(Error::NotLeader(name.to_string()));
    }
    Ok(())
}

/// The current leader of `name`, if any (one read).
///
/// Errors: `InvalidInput` for a bad name; `Etcd`/`Unreachable`.
///
/// Dropping the future changes nothing: it only reads.
pub async fn leader(etcd: &Etcd, name: &str) -> Result<Option<Leader>> {
    check_name(name, "election name")?;
    let prefix = etcd.key(&format!("{name}/"));
    let mut size = 2;
    let mut newer_than = None;
    loop {
        let mut oldest_first = GetOptions::new()
            .with_prefix()
            .with_sort(SortTarget::Create, SortOrder::Ascend)
            .with_limit(size);
        if let Some(rev) = newer_than {
            oldest_first = oldest_first.with_min_create_revision(rev + 1);
        }
        let resp = etcd.get(prefix.as_slice(), Some(oldest_first)).await?;
        let found = resp
            .kvs()
            .iter()
            .find(|kv| is_candidate(&prefix, kv.key(), kv.lease()));
        if let Some(kv) = found {
            let leader = leader_of(name, kv.key(), kv.value(), kv.create_revision(), kv.lease());
            return Ok(Some(leader));
        }
        match resp.kvs().last() {
            // Only keys of no candidate so far (a counter's, a job's): page on past them.
            Some(kv) if resp.more() => newer_than = Some(kv.create_revision()),
            _ => return Ok(None),
        }
        size = (size * 2).min(MAX_PAGE as i64);
    }
}

/// Whether `key` (under `prefix`, on `lease`) is an election candidate's: `NAME/<lease
/// hex>` on that lease. Other keys under `NAME/` (without a lease, or outside the layout)
/// are never a leader.
pub fn is_candidate(prefix: &[u8], key: &[u8], lease: i64) -> bool {
    Role::of(&key[prefix.len()..], lease) == Some(Role::Plain)
}

/// Calls `on_change` with every leader of `name` in order, the current one first, until it
/// returns false. Never returns otherwise, except with an error.
///
/// Errors: `Etcd`/`Unreachable` when the candidate set cannot be read. Dropping the
/// future stops observing.
pub async fn observe(
    etcd: &Etcd,
    name: &str,
    mut on_change: impl FnMut(&Leader) -> bool,
) -> Result<()> {
    check_name(name, "election name")?;
    let prefix = etcd.key(&format!("{name}/"));
    let mut shown: Option<(Vec<u8>, Vec<u8>)> = None;
    loop {
        let (mut candidates, rev) = read_candidates(etcd, &prefix).await?;
        if !report(name, &candidates, &mut shown, &mut on_change) {
            return Ok(());
        }
        let watched = watch_prefix(etcd, &prefix, rev + 1, |events| {
            let mut events = events.iter().peekable();
            while let Some(event) = events.next() {
                let Some(kv) = event.kv() else { continue };
                match event.event_type() {
                    EventType::Put if !is_candidate(&prefix, kv.key(), kv.lease()) => {
                        candidates.remove(kv.key());
                    }
                    EventType::Put => {
                        let candidate = (kv.create_revision(), kv.value().to_vec(), kv.lease());
                        candidates.insert(kv.key().to_vec(), candidate);
                    }
                    EventType::Delete => {
                        candidates.remove(kv.key());
                    }
                }
                // Report once per revision, after all of its events.
                let at = kv.mod_revision();
                let same_revision_follows = events
                    .peek()
                    .and_then(|e| e.kv())
                    .is_some_and(|next| next.mod_revision() == at);
                if !same_revision_follows && !report(name, &candidates, &mut shown, &mut on_change)
                {
                    return false;
                }
            }
            true
        })
        .await;
        match watched {
            Ok(()) => return Ok(()),
            // History we needed is gone: start over from a fresh read.
            Err(Error::Compacted { .. }) => continue,
            Err(e) => return Err(e),
        }
    }
}

/// key → (create revision, value, lease)
type Candidates = BTreeMap<Vec<u8>, (i64, Vec<u8>, i64)>;

async fn read_candidates(etcd: &Etcd, prefix: &[u8]) -> Result<(Candidates, i64)> {
    let resp = etcd
        .get(prefix.to_vec(), Some(GetOptions::new().with_prefix()))
        .await?;
    let rev = resp.header().map_or(0, |h| h.revision());
    let candidates = resp
        .kvs()
        .iter()
        .filter(|kv| is_candidate(prefix, kv.key(), kv.lease()))
        .map(|kv| {
            (
                kv.key().to_vec(),
                (kv.create_revision(), kv.value().to_vec(), kv.lease()),
            )
        })
        .collect();
    Ok((candidates, rev))
}

/// Calls `on_change` if the leader (lowest create revision) differs from the one shown last.
fn report(
    name: &str,
    candidates: &Candidates,
    shown: &mut Option<(Vec<u8>, Vec<u8>)>,
    on_change: &mut impl FnMut(&Leader) -> bool,
) -> bool {
    let Some((key, (rev, value, lease))) = candidates.iter().min_by_key(|(_, (rev, _, _))| *rev)
    else {
        return true;
    };
    let current = Some((key.clone(), value.clone()));
    if *shown == current {
        return true;
    }
    *shown = current;
    on_change(&leader_of(name, key, value, *rev, *lease))
}

fn leader_of(name: &str, key: &[u8], value: &[u8], rev: i64, lease: i64) -> Leader {
    Leader {
        name: name.to_string(),
        key: String::from_utf8_lossy(key).into_owned(),
        value: String::from_utf8_lossy(value).into_owned(),
        rev,
        lease: format!("{lease:x}"),
    }
}
