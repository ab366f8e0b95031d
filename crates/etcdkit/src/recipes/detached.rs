//! A lock held across processes by a token (`lock --detach`, `unlock --token`): the lock of
//! [`crate::recipes::lock`], in the same layout (so it excludes `lock NAME -- CMD`, etcdctl
//! and Go contenders alike), taken on a lease that nobody keeps alive once it is held. The
//! token is that lease's id: the holder's key is `NAME/<token>`, on lease `<token>`.
//!
//! Invariant: a token frees, renews or vouches for NAME only while its own key `NAME/<token>`
//! exists on its own lease; a key only ever disappears with its lease (expiry, release, or
//! `--break`), and a lock held by a key cannot be taken by a later contender, so "my key
//! exists" is "I hold NAME". Releasing revokes the token's lease, which can delete nothing
//! but that lease's keys: another holder's lock is never released. If nobody releases it,
//! the lease expires after its TTL and etcd deletes the key: the lock frees itself.
//!
//! Cost: each call is one read of the token's key (and one lease request): nothing grows
//! with the number of contenders.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use crate::client::limits::check_name;
use crate::client::{Etcd, Retry};
use crate::error::{Error, Result};
use crate::lease::session::{revoke, Session};

/// A detached lock's token: its lease id, written in hex as in the lock's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token(pub i64);

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:x}", self.0)
    }
}

impl FromStr for Token {
    type Err = Error;

    /// Errors: `InvalidInput` for anything but the hex of a lease id.
    fn from_str(text: &str) -> Result<Token> {
        let text = text.trim();
        match i64::from_str_radix(text, 16) {
            Ok(id) if id > 0 && !text.starts_with(['+', '-']) => Ok(Token(id)),
            _ => Err(Error::InvalidInput(format!(
                "{text:?} is not a lock token (the hex lease id `lock --detach` printed)"
            ))),
        }
    }
}

/// Leaves what `session` holds held after this process: renews its lease once (its TTL
/// then counts from now) and stops keeping it alive.
///
/// Errors: `LeaseLost` if the lease is already gone; `Unreachable`/`Etcd`. Dropping the
/// future leaves the lease to expire within its TTL.
pub async fn detach(session: Session) -> Result<(Token, Duration)> {
    let token = Token(session.id());
    let (etcd, ttl) = (session.etcd().clone(), session.ttl());
    // Dropping the session stops its keep-alive; it does not revoke the lease.
    drop(session);
    let left = renew_lease(&etcd, token).await?;
    tracing::info!(lease = %token, ttl = ?ttl, "lease detached: nobody keeps it alive");
    Ok((token, left))
}

/// The key `token` holds `name` by (whole, `--prefix` included).
pub fn key_of(etcd: &Etcd, name: &str, token: Token) -> Vec<u8> {
    etcd.key(&format!("{name}/{token}"))
}

/// Whether `token` holds `name`: its key exists on its lease.
///
/// Errors: `InvalidInput` for a bad name; `Unreachable`/`Etcd`. Dropping the future
/// changes nothing: it only reads.
pub async fn holds(etcd: &Etcd, name: &str, token: Token) -> Result<bool> {
    check_name(name, "lock name")?;
    let key = key_of(etcd, name, token);
    let found = etcd.get(key, None).await?;
    Ok(found.kvs().first().is_some_and(|kv| kv.lease() == token.0))
}

/// Starts `token`'s TTL again, if it holds `name`; the TTL it renewed to.
///
/// Errors: `NotFound` if it does not hold `name` (any more); `InvalidInput`,
/// `Unreachable`/`Etcd`. Dropping the future may still renew.
pub async fn renew(etcd: &Etcd, name: &str, token: Token) -> Result<Duration> {
    if !holds(etcd, name, token).await? {
        return Err(not_held(name, token));
    }
    renew_lease(etcd, token).await.map_err(|e| match e {
        Error::LeaseLost { .. } => not_held(name, token),
        e => e,
    })
}

/// Frees `name`, if `token` holds it: revokes the token's lease, which deletes its key.
///
/// Errors: `NotFound` if `token` does not hold `name` (nothing is released: another
/// holder's lock never is); `InvalidInput`, `Unreachable`/`Etcd`. Dropping the future
/// may still release.
pub async fn unlock(etcd: &Etcd, name: &str, token: Token) -> Result<()> {
    if !holds(etcd, name, token).await? {
        return Err(not_held(name, token));
    }
    revoke(etcd, token.0).await
}

fn not_held(name: &str, token: Token) -> Error {
    Error::NotFound(format!("lock {name} is not held by token {token}"))
}

/// One keep-alive of `token`'s lease: the TTL it renewed to.
async fn renew_lease(etcd: &Etcd, token: Token) -> Result<Duration> {
    let ttl = etcd
        .call(Retry::Idempotent, |mut c| async move {
            let (mut keeper, mut answers) = c.lease_keep_alive(token.0).await?;
            keeper.keep_alive().await?;
            Ok(answers.message().await?.map_or(0, |a| a.ttl()))
        })
        .await?;
    match u64::try_from(ttl) {
        Ok(secs @ 1..) => Ok(Duration::from_secs(secs)),
        _ => Err(Error::LeaseLost {
            id: token.0,
            reason: "the lease expired or was revoked".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_lease_ids_in_hex() {
        let token: Token = "694d8b1a2c3f4e01".parse().unwrap();
        assert_eq!(token, Token(0x694d8b1a2c3f4e01));
        assert_eq!(token.to_string(), "694d8b1a2c3f4e01");
        assert_eq!(" 2a\n".parse::<Token>().unwrap(), Token(42));
        for bad in ["", "xyz", "-1", "+1", "0", "1ffffffffffffffff"] {
            assert!(bad.parse::<Token>().is_err(), "{bad:?}");
        }
    }
}
