//! A double barrier in the layout of etcd's Go `recipes.DoubleBarrier`: N parties enter
//! together, and none leaves until all N have left (test shards start together, and none
//! tears down a shared fixture while another still uses it).
//!
//! Invariant: a party is the unique key `NAME/waiters/<unix nanos>` on its lease (a key of
//! that name on another lease is never shared: a fresh one is tried). Entering: the
//! party whose key is the N-th by create revision writes `NAME/ready`; the others wait for
//! that put (watched from their own key's revision, so it cannot be missed). A party that
//! would be the N+1-th removes its key and is refused. Leaving: the party with the oldest
//! key waits for the newest to be deleted; every other deletes its key and waits for the
//! oldest's deletion; the last one deletes `NAME/ready` with its key. A party that dies
//! drops out when its lease expires: its key goes, and whoever waits on it moves on.
//!
//! Cost: entering and leaving read the parties (`NAME/waiters/`, keys only, sorted by
//! create revision when entering): O(N) for the server per read, a few reads per party, so
//! O(N²) key visits for a barrier of N; the waits are watches of single keys.

use etcd_client::{EventType, GetOptions, SortOrder, SortTarget, Txn, TxnOp};

use crate::admin::access::{Access, Need};
use crate::client::keys::{self, Created};
use crate::client::limits::check_name;
use crate::client::watch::watch_key;
use crate::client::{Etcd, Retry};
use crate::error::{Error, Result};
use crate::lease::session::Session;

/// What a role must grant for barrier `name`: readwrite on `NAME/`.
pub fn needs(etcd: &Etcd, name: &str) -> Vec<Need> {
    vec![Need::under_name(Access::ReadWrite, etcd, name)]
}

/// One party of barrier NAME.
pub struct DoubleBarrier {
    etcd: Etcd,
    name: String,
    parties: usize,
    waiters: Vec<u8>,
    ready: Vec<u8>,
    key: Vec<u8>,
    lease: i64,
    rev: Option<i64>,
}

impl DoubleBarrier {
    /// A party of barrier `name` for `parties` parties, on `session`'s lease. Nothing is
    /// written yet.
    ///
    /// Errors: `InvalidInput` for a bad name or fewer than 1 party.
    pub fn new(session: &Session, name: &str, parties: usize) -> Result<DoubleBarrier> {
        check_name(name, "barrier name")?;
        if parties == 0 {
            return Err(Error::InvalidInput(
                "a barrier needs at least 1 party".into(),
            ));
        }
        let etcd = session.etcd();
        let waiters = etcd.key(&format!("{name}/waiters/"));
        let key = keys::unique_key(&waiters);
        Ok(DoubleBarrier {
            etcd: etcd.clone(),
            name: name.to_string(),
            parties,
            waiters,
            ready: etcd.key(&format!("{name}/ready")),
            key,
            lease: session.id(),
            rev: None,
        })
    }

    /// Our key, `NAME/waiters/<nanos>`.
    pub fn key(&self) -> String {
        String::from_utf8_lossy(&self.key).into_owned()
    }

    /// How many parties have entered now.
    ///
    /// Errors: `Etcd`/`Unreachable`.
    pub async fn entered(&self) -> Result<usize> {
        Ok(self.waiting().await?.len())
    }

    /// Enters and waits until all parties have. If the future is dropped, our key stays
    /// (we count as entered) until the session ends.
    ///
    /// Errors: `NotFound` when all places are taken (our key removed); `Etcd`/`Unreachable`.
    pub async fn enter(&mut self) -> Result<()> {
        if self.waiting().await?.len() >= self.parties {
            return Err(self.full());
        }
        // A key of our name on another lease is another party's: take a fresh one.
        let created = keys::create_unique(
            &self.etcd,
            &self.waiters,
            &mut self.key,
            b"",
            self.lease,
            Vec::new,
        )
        .await?;
        if let Created::Taken { .. } = created {
            return Err(Error::InvalidInput(format!(
                "barrier {}: every fresh key tried under {} was taken",
                self.name,
                String::from_utf8_lossy(&self.waiters)
            )));
        }
        let all = self.waiting().await?;
        let Some(my_rev) = all
            .iter()
            .find(|(k, _)| *k == self.key)
            .map(|(_, rev)| *rev)
        else {
            return Err(Error::LeaseLost {
                id: self.lease,
                reason: "our barrier key vanished as it was written".into(),
            });
        };
        self.rev = Some(my_rev);
        if all.len() >= self.parties {
            let last = all[self.parties - 1].1;
            if my_rev > last {
                self.delete_ours().await?;
                return Err(self.full());
            }
            if my_rev == last {
                let ready = self.ready.clone();
                self.etcd
                    .call(Retry::Idempotent, |mut c| {
                        let ready = ready.clone();
                        async move { c.put(ready, "", None).await }
                    })
                    .await?;
                return Ok(());
            }
        }
        // Wait for the N-th party's put of `ready`, from our own key's revision on. `ready`
        // stays until every party has left, and ours has not: if the watch's history is
        // compacted, `ready` present now answers it.
        let mut from = my_rev;
        loop {
            let watched = watch_key(&self.etcd, &self.ready, from, |events| {
                !events.iter().any(|e| e.event_type() == EventType::Put)
            })
            .await;
            match watched {
                Err(Error::Compacted { .. }) => match self.exists(&self.ready).await? {
                    (true, _) => return Ok(()),
                    (false, rev) => from = rev + 1,
                },
                other => return other,
            }
        }
    }

    /// Leaves, and waits until every party has left. Dropping the future leaves our key
    /// deleted or not; the session's end deletes it.
    ///
    /// Errors: `Etcd`/`Unreachable`.
    pub async fn leave(&mut self) -> Result<()> {
        loop {
            let mut all = self.by_mod_rev().await?;
            if all.is_empty() {
                return Ok(());
            }
            all.sort_by_key(|(_, rev)| *rev);
            let (lowest, lowest_rev) = all[0].clone();
            let (highest, highest_rev) = all[all.len() - 1].clone();
            let is_lowest = lowest == self.key;
            if all.len() == 1 && is_lowest {
                let (ready, key) = (self.ready.clone(), self.key.clone());
                let txn =
                    Txn::new().and_then([TxnOp::delete(ready, None), TxnOp::delete(key, None)]);
                self.etcd.txn(Retry::Idempotent, txn).await?;
                return Ok(());
            }
            if is_lowest {
                self.wait_deleted(&highest, highest_rev).await?;
            } else {
                self.delete_ours().await?;
                self.wait_deleted(&lowest, lowest_rev).await?;
            }
        }
    }

    /// Parties by create revision: (key, create revision).
    async fn waiting(&self) -> Result<Vec<(Vec<u8>, i64)>> {
        let options = GetOptions::new()
            .with_prefix()
            .with_sort(SortTarget::Create, SortOrder::Ascend)
            .with_keys_only();
        self.read(options, |kv| kv.create_revision()).await
    }

    /// Parties with their mod revisions (as the Go recipe orders leaving).
    async fn by_mod_rev(&self) -> Result<Vec<(Vec<u8>, i64)>> {
        let options = GetOptions::new().with_prefix().with_keys_only();
        self.read(options, |kv| kv.mod_revision()).await
    }

    async fn read(
        &self,
        options: GetOptions,
        rev: impl Fn(&etcd_client::KeyValue) -> i64,
    ) -> Result<Vec<(Vec<u8>, i64)>> {
        let prefix = self.waiters.clone();
        let resp = self.etcd.get(prefix, Some(options)).await?;
        Ok(resp
            .kvs()
            .iter()
            .map(|kv| (kv.key().to_vec(), rev(kv)))
            .collect())
    }

    /// Waits until `key` (last changed at `rev`) is deleted. A party's key is never written
    /// again once deleted: if the watch's history is compacted, its absence answers it.
    async fn wait_deleted(&self, key: &[u8], rev: i64) -> Result<()> {
        let mut from = rev;
        loop {
            let watched = watch_key(&self.etcd, key, from, |events| {
                !events.iter().any(|e| e.event_type() == EventType::Delete)
            })
            .await;
            match watched {
                Err(Error::Compacted { .. }) => match self.exists(key).await? {
                    (false, _) => return Ok(()),
                    (true, rev) => from = rev + 1,
                },
                other => return other,
            }
        }
    }

    /// Whether `key` exists now, and the revision read at.
    async fn exists(&self, key: &[u8]) -> Result<(bool, i64)> {
        let resp = self
            .etcd
            .get(key.to_vec(), Some(GetOptions::new().with_count_only()))
            .await?;
        Ok((resp.count() > 0, resp.header().map_or(0, |h| h.revision())))
    }

    async fn delete_ours(&self) -> Result<()> {
        keys::delete(&self.etcd, &self.key).await
    }

    fn full(&self) -> Error {
        Error::NotFound(format!(
            "barrier {} already has its {} parties",
            self.name, self.parties
        ))
    }
}
