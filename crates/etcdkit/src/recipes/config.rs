//! Configuration read whole: every key in a set of ranges (prefixes, or single keys) as it
//! stood at one revision ([`Snapshot::read`], [`Snapshot::read_ranges`]), more ranges added
//! at that same revision ([`Snapshot::extend`]), and the next such snapshot after a burst of
//! changes ([`Follow`]), for what turns keys into files or environments.
//!
//! Invariant: a snapshot is what its ranges held at exactly one revision, so the writes of
//! one transaction are all in it or none are (no "torn" configuration mixing an old value
//! with a new one). The first page of the first range fixes the revision; every other page,
//! and every range added later, is read at that revision. Should a compaction remove it
//! between two pages, the read starts over at the current revision ([`Snapshot::extend`]
//! reports it instead: its caller starts over).
//!
//! [`Follow`] watches the ranges from the snapshot's revision + 1, so no change after it
//! is missed, and reports a burst of changes once: after [`Wait::quiet`] without another,
//! or at the latest [`Wait::longest`] after the burst's first change. It then reads a new
//! snapshot (rather than applying the events one by one), and hands it over only if its
//! content differs from the last one handed over. A watch whose resume point was compacted
//! away re-reads a snapshot and watches again from it: what changed meanwhile is in it.
//!
//! Cost: a snapshot reads each key in its ranges once, in pages of [`PAGE`] keys (one
//! round trip per page, one per single key); following costs one watch stream per range
//! and one snapshot per burst, however many changes the burst held.

use std::collections::BTreeMap;
use std::time::Duration;

use etcd_client::GetOptions;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::{sleep_until, Instant};

use crate::client::keys::prefix_end;
use crate::client::watch::{watch_key, watch_prefix};
use crate::client::Etcd;
use crate::error::{Error, Result};

/// Keys per range request of a snapshot.
pub const PAGE: i64 = 1000;

/// How many times a snapshot starts over because its revision was compacted mid-read.
const COMPACTED_RETRIES: u32 = 5;

/// What a snapshot reads: every key under a prefix, or one key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Range {
    /// Every key that starts with these bytes (whole keys, `--prefix` included).
    Prefix(Vec<u8>),
    /// This one key.
    Key(Vec<u8>),
}

impl Range {
    /// Whether `key` is in the range.
    pub fn contains(&self, key: &[u8]) -> bool {
        match self {
            Range::Prefix(prefix) => key.starts_with(prefix),
            Range::Key(k) => k == key,
        }
    }

    /// Whether every key of `other` is in this range too.
    pub fn covers(&self, other: &Range) -> bool {
        match (self, other) {
            (Range::Prefix(p), Range::Prefix(q) | Range::Key(q)) => q.starts_with(p),
            (Range::Key(k), Range::Key(q)) => k == q,
            (Range::Key(_), Range::Prefix(_)) => false,
        }
    }
}

/// `ranges` less those another one covers (each key is then read and watched once), sorted.
pub fn fewest(ranges: impl IntoIterator<Item = Range>) -> Vec<Range> {
    let mut all: Vec<Range> = ranges.into_iter().collect();
    all.sort();
    all.dedup();
    let kept: Vec<Range> = all
        .iter()
        .filter(|r| !all.iter().any(|o| o != *r && o.covers(r)))
        .cloned()
        .collect();
    kept
}

/// One key of a snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its value.
    pub value: Vec<u8>,
    /// The revision that created it (what orders an election's candidates).
    pub create_rev: i64,
    /// Its lease (0: none).
    pub lease: i64,
}

/// Every key in some ranges, at one revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The revision read at.
    pub rev: i64,
    /// Each whole key (as stored, `--prefix` included) with its value; a key in two of
    /// the ranges is here once.
    pub kvs: BTreeMap<Vec<u8>, Entry>,
}

impl Snapshot {
    /// Reads every key under each of `prefixes` (whole keys, `--prefix` included) at one
    /// revision, the current one.
    ///
    /// Errors: `PermissionDenied` (etcd names no key: see
    /// [`crate::admin::access::explain`]), `Unreachable`/`Etcd`. Dropping the future changes
    /// nothing: it only reads.
    pub async fn read(etcd: &Etcd, prefixes: &[Vec<u8>]) -> Result<Snapshot> {
        Snapshot::read_ranges(etcd, &prefix_ranges(prefixes)).await
    }

    /// Reads every key in `ranges` at one revision, the current one.
    ///
    /// Errors and cancellation: as [`Snapshot::read`].
    pub async fn read_ranges(etcd: &Etcd, ranges: &[Range]) -> Result<Snapshot> {
        let mut attempts = 0;
        loop {
            let mut snapshot = Snapshot {
                rev: 0,
                kvs: BTreeMap::new(),
            };
            match read_ranges_at(etcd, ranges, &mut snapshot).await {
                Err(e) if e.is_compacted() && attempts < COMPACTED_RETRIES => attempts += 1,
                Err(e) => return Err(e),
                Ok(()) => return Ok(snapshot),
            }
        }
    }

    /// Adds the keys of `ranges` as they stood at the snapshot's revision.
    ///
    /// Errors: one that [`Error::is_compacted`] when that revision is no longer in etcd's history
    /// (read a new snapshot instead); as [`Snapshot::read`]. Dropping the future leaves the
    /// snapshot with some of the keys added, all of them from its revision.
    pub async fn extend(&mut self, etcd: &Etcd, ranges: &[Range]) -> Result<()> {
        read_ranges_at(etcd, ranges, self).await
    }

    /// The keys under `prefix`, in key order, with their values.
    pub fn under<'a>(&'a self, prefix: &'a [u8]) -> impl Iterator<Item = (&'a [u8], &'a [u8])> {
        self.entries_under(prefix)
            .map(|(k, entry)| (k, entry.value.as_slice()))
    }

    /// The keys under `prefix`, in key order, with their entries.
    pub fn entries_under<'a>(
        &'a self,
        prefix: &'a [u8],
    ) -> impl Iterator<Item = (&'a [u8], &'a Entry)> {
        self.kvs
            .range(prefix.to_vec()..)
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(k, entry)| (k.as_slice(), entry))
    }

    /// The keys in `ranges`, for telling whether what some reader uses changed.
    pub fn within<'a>(
        &'a self,
        ranges: &'a [Range],
    ) -> impl Iterator<Item = (&'a [u8], &'a Entry)> {
        self.kvs
            .iter()
            .filter(move |(k, _)| ranges.iter().any(|r| r.contains(k)))
            .map(|(k, entry)| (k.as_slice(), entry))
    }
}

fn prefix_ranges(prefixes: &[Vec<u8>]) -> Vec<Range> {
    prefixes.iter().cloned().map(Range::Prefix).collect()
}

/// Reads `ranges` into `snapshot`, at its revision (0: the current one, which becomes its).
async fn read_ranges_at(etcd: &Etcd, ranges: &[Range], snapshot: &mut Snapshot) -> Result<()> {
    for range in ranges {
        let (mut from, end) = match range {
            Range::Prefix(prefix) => (prefix.clone(), Some(prefix_end(prefix))),
            Range::Key(key) => (key.clone(), None),
        };
        loop {
            let mut options = GetOptions::new().with_limit(PAGE);
            if let Some(end) = &end {
                options = options.with_range(end.clone());
            }
            if snapshot.rev != 0 {
                options = options.with_revision(snapshot.rev);
            }
            let page = etcd.get(from.clone(), Some(options)).await?;
            if snapshot.rev == 0 {
                snapshot.rev = page.header().map_or(0, |h| h.revision());
            }
            for kv in page.kvs() {
                let entry = Entry {
                    value: kv.value().to_vec(),
                    create_rev: kv.create_revision(),
                    lease: kv.lease(),
                };
                snapshot.kvs.insert(kv.key().to_vec(), entry);
            }
            match page.kvs().last() {
                Some(last) if page.more() => from = [last.key(), b"\0"].concat(),
                _ => break,
            }
        }
    }
    Ok(())
}

/// How bursts of changes are coalesced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Wait {
    /// A burst ends after this long without a change (zero: with its first change).
    pub quiet: Duration,
    /// A burst ends at the latest this long after its first change, however busy.
    pub longest: Option<Duration>,
}

/// Snapshots of some prefixes, the next one after each burst of changes that changed them.
///
/// Dropping it ends its watches.
pub struct Follow {
    etcd: Etcd,
    ranges: Vec<Range>,
    wait: Wait,
    last: Snapshot,
    changes: Changes,
}

impl Follow {
    /// Reads the first snapshot and starts watching from it.
    ///
    /// Errors: as [`Snapshot::read`].
    pub async fn start(etcd: &Etcd, prefixes: Vec<Vec<u8>>, wait: Wait) -> Result<Follow> {
        let ranges = prefix_ranges(&prefixes);
        let last = Snapshot::read_ranges(etcd, &ranges).await?;
        Ok(Follow::from(etcd, ranges, wait, last))
    }

    /// Follows `ranges` from `last`, a snapshot of them: changes after its revision.
    pub fn from(etcd: &Etcd, ranges: Vec<Range>, wait: Wait, last: Snapshot) -> Follow {
        let ranges = fewest(ranges);
        let changes = Changes::watch(etcd, &ranges, last.rev + 1);
        Follow {
            etcd: etcd.clone(),
            ranges,
            wait,
            last,
            changes,
        }
    }

    /// The ranges followed (none covering another).
    pub fn ranges(&self) -> &[Range] {
        &self.ranges
    }

    /// The snapshot handed over last (the first one, until [`Follow::next`] returns).
    pub fn last(&self) -> &Snapshot {
        &self.last
    }

    /// The next snapshot whose keys or values differ from the last one, read once a burst
    /// of changes has ended (see [`Wait`]).
    ///
    /// Errors: `PermissionDenied` (naming the prefix) if the user may no longer read it;
    /// as [`Snapshot::read`]. Cancel-safe: a burst begun before the future was dropped is
    /// still reported by the next call.
    pub async fn next(&mut self) -> Result<&Snapshot> {
        loop {
            match self.changes.burst(self.wait).await {
                Ok(_) => {}
                Err(e) if e.is_compacted() => {
                    tracing::info!(
                        rev = self.last.rev,
                        "watch compacted away; reading the configuration again"
                    );
                }
                Err(e) => return Err(e),
            }
            let snapshot = Snapshot::read_ranges(&self.etcd, &self.ranges).await?;
            let rewatch = self.changes.failed;
            if rewatch {
                self.changes = Changes::watch(&self.etcd, &self.ranges, snapshot.rev + 1);
            }
            if snapshot.kvs != self.last.kvs {
                self.last = snapshot;
                return Ok(&self.last);
            }
            // Same content (a value put again, a change undone): nothing to hand over.
            self.last.rev = snapshot.rev;
        }
    }
}

/// The watches of a [`Follow`], and the burst being gathered.
struct Changes {
    revs: mpsc::UnboundedReceiver<Result<i64>>,
    watches: Vec<JoinHandle<()>>,
    /// The first and the latest change of the burst being gathered.
    burst: Option<(Instant, Instant)>,
    /// A watch ended with an error: the watches must be started again.
    failed: bool,
}

impl Changes {
    fn watch(etcd: &Etcd, ranges: &[Range], from: i64) -> Changes {
        let (tx, revs) = mpsc::unbounded_channel();
        let watches = ranges
            .iter()
            .map(|range| {
                let (etcd, range, tx) = (etcd.clone(), range.clone(), tx.clone());
                tokio::spawn(async move {
                    let deliver = |events: &[etcd_client::Event]| {
                        let rev = events
                            .iter()
                            .filter_map(|e| e.kv())
                            .map(|kv| kv.mod_revision());
                        rev.max().is_none_or(|rev| tx.send(Ok(rev)).is_ok())
                    };
                    let watched = match &range {
                        Range::Prefix(prefix) => watch_prefix(&etcd, prefix, from, deliver).await,
                        Range::Key(key) => watch_key(&etcd, key, from, deliver).await,
                    };
                    if let Err(e) = watched {
                        let _ = tx.send(Err(e));
                    }
                })
            })
            .collect();
        Changes {
            revs,
            watches,
            burst: None,
            failed: false,
        }
    }

    /// Waits for the end of the next burst of changes (cancel-safe: the burst is kept in
    /// `self`). Errors: a watch's, after which `failed` is set.
    async fn burst(&mut self, wait: Wait) -> Result<()> {
        loop {
            let due = self.burst.map(|(first, latest)| {
                let quiet = latest + wait.quiet;
                wait.longest
                    .map_or(quiet, |longest| quiet.min(first + longest))
            });
            tokio::select! {
                biased;
                _ = sleep_until(due.unwrap_or_else(Instant::now)), if due.is_some() => {
                    self.burst = None;
                    return Ok(());
                }
                got = self.revs.recv() => match got {
                    Some(Ok(_rev)) => {
                        let now = Instant::now();
                        self.burst = Some(self.burst.map_or((now, now), |(first, _)| (first, now)));
                    }
                    Some(Err(e)) => {
                        self.burst = None;
                        self.failed = true;
                        return Err(e);
                    }
                    // Every watch ends with an error sent first; the sender lives in them.
                    None => {
                        self.failed = true;
                        return Err(Error::Io(std::io::Error::other("the watches ended")));
                    }
                },
            }
        }
    }
}

impl Drop for Changes {
    fn drop(&mut self) {
        self.watches.iter().for_each(JoinHandle::abort);
    }
}

/// The environment variables a snapshot makes of the keys under `prefixes`, sorted by name.
///
/// A key's name is its part after the prefix, upper-cased, with every character other than
/// an ASCII letter, digit or `_` turned into `_` (`app/db/host` under `app/`: `DB_HOST`),
/// and `_` in front if it would start with a digit; the key that is the prefix itself gives
/// no variable. A value holding a JSON object gives one variable per member instead, named
/// `NAME_MEMBER`, nested objects likewise: strings as they are, `null` empty, other values
/// as JSON text (`{"host":"db1","port":5432}` under `DB`: `DB_HOST=db1`, `DB_PORT=5432`).
/// Any other value is used as it is (invalid UTF-8 replaced). A name from a later prefix
/// replaces the same name from an earlier one, as later sources do in envconsul.
///
/// Errors: `InvalidInput` naming both keys when two keys under one prefix give the same
/// name, or naming the key whose value holds a NUL byte (no environment can carry it).
pub fn environment(snapshot: &Snapshot, prefixes: &[Vec<u8>]) -> Result<Vec<(String, String)>> {
    let mut env: BTreeMap<String, String> = BTreeMap::new();
    for prefix in prefixes {
        // Name → the key it came from, for this prefix.
        let mut from: BTreeMap<String, String> = BTreeMap::new();
        for (key, value) in snapshot.under(prefix) {
            let shown = String::from_utf8_lossy(key).into_owned();
            if value.contains(&0) {
                return Err(Error::InvalidInput(format!(
                    "the value of {shown} holds a NUL byte, which no environment variable can"
                )));
            }
            let rest = String::from_utf8_lossy(&key[prefix.len()..]).into_owned();
            if rest.is_empty() {
                continue;
            }
            let mut vars = Vec::new();
            variables(&env_name(&rest), value, &mut vars);
            for (name, value) in vars {
                if let Some(earlier) = from.insert(name.clone(), shown.clone()) {
                    return Err(Error::InvalidInput(format!(
                        "{earlier} and {shown} both give the environment variable {name}"
                    )));
                }
                env.insert(name, value);
            }
        }
    }
    Ok(env.into_iter().collect())
}

/// `text` as an environment variable's name (see [`environment`]).
fn env_name(text: &str) -> String {
    let name: String = text
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '_' => c.to_ascii_uppercase(),
            _ => '_',
        })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name
    }
}

/// The variables `value` gives under `name`: one, or one per member of a JSON object.
fn variables(name: &str, value: &[u8], out: &mut Vec<(String, String)>) {
    let object = value
        .trim_ascii_start()
        .starts_with(b"{")
        .then(|| serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(value).ok())
        .flatten();
    match object {
        Some(members) => flatten(name, &serde_json::Value::Object(members), out),
        None => out.push((
            name.to_string(),
            String::from_utf8_lossy(value).into_owned(),
        )),
    }
}

fn flatten(name: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match value {
        Value::Object(members) => {
            for (member, value) in members {
                flatten(&format!("{name}_{}", env_name(member)), value, out);
            }
        }
        Value::String(s) => out.push((name.to_string(), s.clone())),
        Value::Null => out.push((name.to_string(), String::new())),
        other => out.push((name.to_string(), other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot(kvs: &[(&str, &str)]) -> Snapshot {
        Snapshot {
            rev: 7,
            kvs: kvs
                .iter()
                .map(|(k, v)| {
                    let entry = Entry {
                        value: v.as_bytes().to_vec(),
                        create_rev: 1,
                        lease: 0,
                    };
                    (k.as_bytes().to_vec(), entry)
                })
                .collect(),
        }
    }

    fn env_of(kvs: &[(&str, &str)], prefixes: &[&str]) -> Result<Vec<(String, String)>> {
        let prefixes: Vec<Vec<u8>> = prefixes.iter().map(|p| p.as_bytes().to_vec()).collect();
        environment(&snapshot(kvs), &prefixes)
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn names_are_the_rest_of_the_key_upper_cased_with_underscores() {
        let kvs = [
            ("app/", "the prefix itself"),
            ("app/db/host", "db1"),
            ("app/log-level", "debug"),
            ("app/9lives", "x"),
            ("app/ünï", "u"),
            ("apple", "not under app/"),
        ];
        assert_eq!(
            env_of(&kvs, &["app/"]).unwrap(),
            pairs(&[
                ("DB_HOST", "db1"),
                ("LOG_LEVEL", "debug"),
                ("_9LIVES", "x"),
                ("_N_", "u"),
            ])
        );
    }

    #[test]
    fn json_objects_are_flattened_and_other_values_kept() {
        let kvs = [
            (
                "app/db",
                r#"{"host":"db1","port":5432,"tls":{"ca":"/ca.pem","on":true},"x":null}"#,
            ),
            ("app/list", "[1,2]"),
            ("app/broken", "{not json"),
        ];
        assert_eq!(
            env_of(&kvs, &["app/"]).unwrap(),
            pairs(&[
                ("BROKEN", "{not json"),
                ("DB_HOST", "db1"),
                ("DB_PORT", "5432"),
                ("DB_TLS_CA", "/ca.pem"),
                ("DB_TLS_ON", "true"),
                ("DB_X", ""),
                ("LIST", "[1,2]"),
            ])
        );
    }

    #[test]
    fn a_later_prefix_wins_and_a_clash_within_one_names_both_keys() {
        let kvs = [
            ("base/port", "80"),
            ("base/host", "a"),
            ("site/port", "8080"),
        ];
        assert_eq!(
            env_of(&kvs, &["base/", "site/"]).unwrap(),
            pairs(&[("HOST", "a"), ("PORT", "8080")])
        );
        let clash = env_of(&[("app/db-host", "a"), ("app/db_host", "b")], &["app/"]);
        let err = clash.unwrap_err().to_string();
        assert_eq!(
            err,
            "app/db-host and app/db_host both give the environment variable DB_HOST"
        );
        let nul = env_of(&[("app/x", "a\0b")], &["app/"])
            .unwrap_err()
            .to_string();
        assert!(
            nul.starts_with("the value of app/x holds a NUL byte"),
            "{nul}"
        );
    }

    #[test]
    fn under_stops_at_the_prefix_end() {
        let s = snapshot(&[("a/1", "x"), ("a/2", "y"), ("a0", "z"), ("b/1", "w")]);
        let keys: Vec<&[u8]> = s.under(b"a/").map(|(k, _)| k).collect();
        assert_eq!(keys, [b"a/1".as_slice(), b"a/2".as_slice()]);
    }
}
