//! The key layer the recipes build on, after etcd's Go `recipes/key.go` and
//! `concurrency/key.go`: unique keys, put-if-absent on a lease, delete, and the reads of a
//! transaction. Recipes use these instead of writing their own transactions for them.
//!
//! The rule that keeps contenders apart: a key that already exists is adopted only when it
//! is on the caller's own lease. A key on another lease (or on none) belongs to someone
//! else, even if it has the name we meant to write: [`create`] reports it as
//! [`Created::Taken`], and [`create_unique`] tries a fresh key, as Go's `newUniqueKV` does.
//! Unique keys from one process never repeat ([`unique_suffix`] is strictly increasing), so
//! an existing unique key on our lease can only be our own transaction, applied on an
//! attempt whose answer was lost and then sent again.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use etcd_client::{Compare, CompareOp, GetResponse, PutOptions, Txn, TxnOp, TxnOpResponse};

use crate::client::{Etcd, Retry};
use crate::error::Result;

/// How many fresh unique keys [`create_unique`] tries before it reports the last one taken.
const UNIQUE_ATTEMPTS: usize = 16;

/// Nanoseconds since the Unix epoch, as Go's recipes name their unique keys, made strictly
/// increasing within this process: two calls never return the same number, whatever the
/// clock does. Uniqueness across processes is enforced by the put-if-absent, not the clock.
pub fn unique_suffix() -> u64 {
    unique_suffixes(1)
}

/// The first of `n` consecutive unique suffixes (`n` at least 1), reserved together: a
/// batch of keys that keeps its own order (a queue push).
pub fn unique_suffixes(n: u64) -> u64 {
    static LAST: AtomicU64 = AtomicU64::new(0);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut last = LAST.load(Ordering::Relaxed);
    loop {
        let first = now.max(last + 1);
        let next = first + n.max(1) - 1;
        match LAST.compare_exchange_weak(last, next, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => return first,
            Err(seen) => last = seen,
        }
    }
}

/// `prefix` + [`unique_suffix`].
pub fn unique_key(prefix: &[u8]) -> Vec<u8> {
    let mut key = prefix.to_vec();
    key.extend_from_slice(unique_suffix().to_string().as_bytes());
    key
}

/// The end of the range of keys starting with `prefix` (etcd's `GetPrefixRangeEnd`): the
/// prefix with its last byte below 0xff incremented and what follows dropped; `\0` (the
/// whole keyspace onwards) if every byte is 0xff.
pub fn prefix_end(prefix: &[u8]) -> Vec<u8> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return end;
        }
    }
    vec![0]
}

/// What [`create`] found.
#[derive(Debug)]
pub enum Created {
    /// We created the key at revision `rev`; `reads` are the caller's reads, made in the
    /// same transaction right after the put.
    #[allow(missing_docs)]
    New { rev: i64, reads: Vec<GetResponse> },
    /// The key was there already, on our lease: ours, from an earlier attempt or call. Its
    /// create revision is `rev`; the caller's reads were not made.
    Ours { rev: i64 },
    /// The key exists on another lease (`lease`, 0 for none): not ours, never adopted.
    Taken { lease: i64 },
}

/// Creates `key` with `value` on `lease` if no key of that name exists, and makes `reads`
/// in the same transaction (the uncontended path of a recipe is this one round trip).
///
/// Sending it twice creates the key once, so it is retried on any failure that allows it.
///
/// Errors: `Unreachable`/`Etcd`. Dropping the future may leave the key created; it goes
/// with the lease.
pub async fn create(
    etcd: &Etcd,
    key: &[u8],
    value: &[u8],
    lease: i64,
    reads: Vec<TxnOp>,
) -> Result<Created> {
    let mut then = vec![TxnOp::put(
        key,
        value,
        Some(PutOptions::new().with_lease(lease)),
    )];
    then.extend(reads);
    let txn = Txn::new()
        .when([Compare::create_revision(key, CompareOp::Equal, 0)])
        .and_then(then)
        .or_else([TxnOp::get(key, None)]);
    let resp = etcd.txn(Retry::Idempotent, txn).await?;
    if resp.succeeded() {
        return Ok(Created::New {
            rev: resp.header().map_or(0, |h| h.revision()),
            reads: ranges(&resp).collect(),
        });
    }
    let existing = ranges(&resp).next();
    let existing = existing.as_ref().and_then(|r| r.kvs().first());
    Ok(match existing {
        Some(kv) if kv.lease() == lease => Created::Ours {
            rev: kv.create_revision(),
        },
        Some(kv) => Created::Taken { lease: kv.lease() },
        // Deleted between the compare and the read cannot happen in one transaction; a
        // key that vanished counts as another's, and the caller tries again.
        None => Created::Taken { lease: 0 },
    })
}

/// [`create`] under a unique key: starts with `*key` and, while it is taken by another
/// lease, replaces it with a fresh [`unique_key`] of `prefix`. On return `*key` is the key
/// created or adopted (never [`Created::Taken`], unless [`UNIQUE_ATTEMPTS`] keys in a row
/// were).
///
/// Errors and cancellation: as [`create`].
pub async fn create_unique(
    etcd: &Etcd,
    prefix: &[u8],
    key: &mut Vec<u8>,
    value: &[u8],
    lease: i64,
    reads: impl Fn() -> Vec<TxnOp>,
) -> Result<Created> {
    let mut created = create(etcd, key, value, lease, reads()).await?;
    for _ in 1..UNIQUE_ATTEMPTS {
        if !matches!(created, Created::Taken { .. }) {
            break;
        }
        *key = unique_key(prefix);
        created = create(etcd, key, value, lease, reads()).await?;
    }
    Ok(created)
}

/// Deletes `key`; nothing to do if it is gone. Retried (deleting twice deletes once).
///
/// Errors: `Unreachable`/`Etcd`. Dropping the future leaves the key deleted or not.
pub async fn delete(etcd: &Etcd, key: &[u8]) -> Result<()> {
    etcd.call(Retry::Idempotent, |mut c| {
        let key = key.to_vec();
        async move { c.delete(key, None).await }
    })
    .await?;
    Ok(())
}

/// The range reads of a transaction's answer, in order.
pub fn ranges(resp: &etcd_client::TxnResponse) -> impl Iterator<Item = GetResponse> {
    resp.op_responses().into_iter().filter_map(|op| match op {
        TxnOpResponse::Get(r) => Some(r),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_suffixes_never_repeat_within_a_process() {
        let threads: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(|| (0..10_000).map(|_| unique_suffix()).collect::<Vec<_>>())
            })
            .collect();
        let mut all: Vec<u64> = threads
            .into_iter()
            .flat_map(|t| t.join().unwrap())
            .collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "a unique suffix repeated");
    }

    #[test]
    fn a_prefix_ends_where_its_last_byte_below_0xff_is_incremented() {
        assert_eq!(prefix_end(b"deploy/"), b"deploy0");
        assert_eq!(prefix_end(b"a\xff\xff"), b"b");
        assert_eq!(prefix_end(b"\xff"), b"\0");
    }

    #[test]
    fn unique_keys_are_the_prefix_and_nanoseconds() {
        let key = unique_key(b"q/read/");
        let suffix = std::str::from_utf8(&key[b"q/read/".len()..]).unwrap();
        let nanos: u64 = suffix.parse().unwrap();
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64;
        assert!(
            now.abs_diff(nanos) < 60_000_000_000,
            "{nanos} is not near {now}"
        );
    }
}
