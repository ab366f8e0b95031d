//! etcdkit: coordination patterns on etcd for Rust services; the `etcdkit` command is
//! built on this crate (package `etcdkit-cli`).
//!
//! What Go services get from etcd's `concurrency` and `recipes` packages: locks that stop
//! their work before the lease could expire, elections, registries, queues, pub/sub,
//! barriers. The crate never prints, reads no flags and no environment (but the
//! `sandbox`'s `ETCD_BIN`, a test fixture's), and depends on no command-line or terminal
//! crate. Its layers, each a folder, each using only those above it:
//!
//! - [`error`]: the conditions the library reports ([`Error`]), as values.
//! - [`client`]: [`client::ConnectOptions`] (plain values) → a connected [`client::Etcd`]:
//!   endpoint pinning and failover, the retry policy every request goes through, TLS, the
//!   HTTP/2 settings; the key layer every recipe builds on (unique keys, put-if-absent on
//!   a lease, delete); the resumable [`client::watch`]; [`client::exactly_once`] writes;
//!   [`client::limits`].
//! - [`lease`]: [`lease::session::Session`], a lease kept alive with a `lost` signal, and
//!   [`lease::guard::Guard`], work stopped before the lease could expire.
//! - [`process`]: child processes and signals (feature `process`, on by default): the one
//!   way a child is started, supervision, signal handling, health checks. The only folder
//!   allowed `unsafe`; the rest of the crate is `#![deny(unsafe_code)]`.
//! - [`recipes`]: the patterns, one file each, each opening with its invariant: lock,
//!   election, registry, queue, pubsub, progress, barrier, double barrier, counter,
//!   periodic.
//! - [`admin`]: what a role must grant, who holds what, each endpoint's status.
//! - `sandbox`: throwaway etcd clusters on loopback (feature `sandbox`), for tests, demos
//!   and `etcdkit sandbox`.
//!
//! Examples live in `examples/`: `lock`, `election`, `queue`, `registry`.

#![warn(missing_docs)]
#![deny(unsafe_code)]

pub mod admin;
pub mod client;
pub mod error;
pub mod lease;
#[allow(unsafe_code)]
pub mod process;
pub mod recipes;
#[cfg(feature = "sandbox")]
pub mod sandbox;

pub use error::{Error, Result};
/// The etcd client whose types appear in this crate's signatures ([`client::Etcd::call`]
/// hands closures an [`etcd_client::Client`]; [`Error::Etcd`] wraps its error), re-exported
/// so that a service uses the same version.
pub use etcd_client;
