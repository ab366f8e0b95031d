//! What each operation reads and writes, as an etcd role must grant it, and naming the
//! grant a refused request lacked.
//!
//! Invariant: every key an operation touches lies in one of its [`Need`]s, and each need
//! lies under the operation's name (`--prefix` + NAME) or, where a layout shared with other
//! tools forbids that, under `--prefix` + bookkeeping prefix + NAME (see
//! [`Etcd::bookkeeping_key`]). docs/security.md is this table for people; the suite grants
//! exactly it to a user and runs every command.
//!
//! etcd refuses a request with a bare "permission denied" that names no key. [`explain`]
//! finds which need is missing by probing each one in order with requests that change
//! nothing: a count-only range read, then a transaction whose compare can never hold (etcd
//! checks the permissions of both branches before it evaluates the compare).
//!
//! ```no_run
//! # async fn push(etcd: etcdkit::client::Etcd) -> etcdkit::Result<()> {
//! use etcdkit::admin::access::{explain, Access};
//! use etcdkit::recipes::queue::{self, Queue};
//!
//! let mut jobs = Queue::new(&etcd, "jobs")?;
//! if let Err(e) = jobs.push(&["build 42"]).await {
//!     // "permission denied writing __etcdkit/jobs/…: the roles of user ..."
//!     let needs = queue::needs(&etcd, "jobs", Some(Access::ReadWrite), Some(Access::ReadWrite));
//!     return Err(explain(&etcd, e, &needs).await);
//! }
//! # Ok(()) }
//! ```

use etcd_client::{Compare, CompareOp, GetOptions, Txn, TxnOp};

use crate::client::{Etcd, Retry};
pub use crate::error::{Access, Denied};
use crate::error::{Error, Result};

/// One grant an operation needs: `access` on `key`, or on every key starting with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    /// Read only, or read and write.
    pub access: Access,
    /// The key, with `--prefix` in front.
    pub key: Vec<u8>,
    /// Whether every key starting with `key` is meant (etcdctl's `--prefix=true`).
    pub prefix: bool,
}

impl Need {
    /// `access` on every key starting with `prefix`.
    pub fn prefix(access: Access, prefix: Vec<u8>) -> Need {
        Need {
            access,
            key: prefix,
            prefix: true,
        }
    }

    /// `access` on `NAME/`, every key of the primitive named `name` (under the handle's
    /// `--prefix`): what most primitives need.
    pub fn under_name(access: Access, etcd: &Etcd, name: &str) -> Need {
        Need::prefix(access, etcd.key(&format!("{name}/")))
    }

    /// `access` on the key `key` alone.
    pub fn key(access: Access, key: Vec<u8>) -> Need {
        Need {
            access,
            key,
            prefix: false,
        }
    }

    /// The key as text, ending in `…` for a prefix.
    pub fn display_key(&self) -> String {
        let key = String::from_utf8_lossy(&self.key);
        if self.prefix {
            format!("{key}…")
        } else {
            key.into_owned()
        }
    }
}

/// `err` with the refused grant named, if it is a permission failure that names none:
/// probes `needs` in order and names the first one refused. Any other error is returned
/// as it is; so is a permission failure when no probe is refused (the request touched
/// something the needs do not list) or a probe fails otherwise.
///
/// Dropping the future changes nothing: the probes write nothing.
pub async fn explain(etcd: &Etcd, err: Error, needs: &[Need]) -> Error {
    let Error::PermissionDenied { user, denied: None } = err else {
        return err;
    };
    // A probe that fails otherwise leaves the refusal as etcd gave it.
    let denied = first_denied(etcd, needs).await.ok().flatten();
    Error::PermissionDenied { user, denied }
}

/// The first of `needs` the user's roles refuse, if any.
///
/// Errors: `Unreachable`/`Etcd`/`Auth` from a probe.
pub async fn first_denied(etcd: &Etcd, needs: &[Need]) -> Result<Option<Denied>> {
    for need in needs {
        let read_allowed = match probe_read(etcd, need).await {
            Err(Error::PermissionDenied { .. }) => false,
            Err(e) => return Err(e),
            Ok(()) if need.access == Access::Read => continue,
            Ok(()) => match probe_write(etcd, need).await {
                Err(Error::PermissionDenied { .. }) => true,
                Err(e) => return Err(e),
                Ok(()) => continue,
            },
        };
        return Ok(Some(Denied {
            key: need.display_key(),
            needs: need.access,
            read_allowed,
        }));
    }
    Ok(None)
}

async fn probe_read(etcd: &Etcd, need: &Need) -> Result<()> {
    let options = GetOptions::new().with_count_only();
    let options = if need.prefix {
        options.with_prefix()
    } else {
        options
    };
    etcd.get(need.key.clone(), Some(options.clone()))
        .await
        .map(drop)
}

/// A put of the need's key behind a compare that never holds (no key has a negative
/// create revision): permission-checked, never applied. The compare needs read, which the
/// caller checked first.
async fn probe_write(etcd: &Etcd, need: &Need) -> Result<()> {
    let never = Compare::create_revision(need.key.clone(), CompareOp::Less, 0);
    let txn = Txn::new()
        .when([never])
        .and_then([TxnOp::put(need.key.clone(), "", None)]);
    etcd.txn(Retry::Idempotent, txn).await.map(drop)
}
