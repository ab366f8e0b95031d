//! etcdkit: coordination patterns on etcd, as a library and the `etcdkit` binary.
//!
//! The library is what Go services get from etcd's `concurrency` and `recipes` packages:
//! locks that stop their work before the lease could expire, elections, registries,
//! queues, pub/sub, barriers. It never prints, never reads flags or the environment, and
//! builds alone with `default-features = false`. Its modules:
//!
//! - [`connect`]: [`connect::ConnectOptions`] (plain values) → a connected [`connect::Etcd`]:
//!   endpoint pinning and failover, the retry policy every request goes through, TLS.
//! - `keys`: the key layer under every pattern: unique keys, put-if-absent on a lease
//!   (an existing key is adopted only on our own lease), delete.
//! - [`session`]: a lease kept alive in the background, with a `lost` signal; close revokes.
//! - [`guard`]: work (a future or a child process) run while a session holds something,
//!   stopped before the lease could expire, then released.
//! - [`supervise`]: a child process in its own process group with a parent-death signal:
//!   forwarded signals, a graceful stop (SIGTERM, grace, SIGKILL). It starts the child
//!   through the private `spawn` module: a `posix_spawn`-like clone that still sets the
//!   parent-death signal, so starting CMD does not copy etcdkit's memory.
//! - [`shutdown`]: SIGINT/SIGTERM/SIGHUP caught once, for waiting and forwarding.
//! - Patterns, one file each, each opening with its invariant:
//!   [`lock`] (etcd's lock layout: `Mutex`, `Semaphore`), [`election`] (etcd's election
//!   layout: campaign, proclaim, resign, leader, observe), [`registry`] (gRPC naming
//!   format: register, discover, watch), [`pubsub`] (ordered replayable topics),
//!   [`queue`] (etcd's recipes queue), [`progress`] (job progress records), [`wait`]
//!   (a barrier on one key), [`counter`] (an integer incremented exactly once), [`periodic`] (once per
//!   period, decided by a lease), [`barrier`] (etcd's double barrier layout).
//! - [`health`]: HTTP, TCP and command health checks with pass/fail thresholds, for
//!   registrations that are listed only while healthy.
//! - [`holders`]: who holds what: identity records beside a holder's keys, the contenders
//!   of a lock or election in order, a lease's time left (for inspection and `--break`).
//! - [`watch`]: a watch that resumes after member failures from the last delivered
//!   revision + 1, so no event is lost or repeated.
//! - [`once`]: writes applied exactly once across retries and cancellation.
//! - [`limits`]: etcd's request limits; name and value checks; write batches.
//! - [`status`]: each endpoint's health, asked of it alone.
//! - `sandbox`: throwaway etcd clusters on loopback (feature `sandbox`), for tests, demos
//!   and `etcdkit sandbox`.
//! - [`access`]: what each operation reads and writes, as a role must grant it; naming
//!   the grant a refused request lacked.
//! - [`error`]: the conditions the library reports ([`Error`]).
//!
//! The command line sits on top, in the `cli` module (feature `cli`, on by default; not a
//! stable API, so hidden here).
//!
//! Examples live in `examples/`: `lock`, `election`, `queue`, `registry`.

#![warn(missing_docs)]

pub mod access;
pub mod barrier;
/// The binary's layer (feature `cli`): not a stable API, hidden from the library's docs.
#[cfg(feature = "cli")]
#[doc(hidden)]
#[allow(missing_docs)]
pub mod cli;
pub mod connect;
pub mod counter;
pub mod election;
pub mod error;
pub mod guard;
pub mod health;
pub mod holders;
pub(crate) mod keys;
pub mod limits;
pub mod lock;
pub mod once;
pub mod periodic;
pub mod progress;
pub mod pubsub;
pub mod queue;
pub mod registry;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod session;
pub mod shutdown;
mod spawn;
pub mod status;
pub mod supervise;
pub mod wait;
pub mod watch;

pub use error::{Error, Result};
/// The etcd client whose types appear in this crate's signatures ([`connect::Etcd::call`]
/// hands closures an [`etcd_client::Client`]; [`Error::Etcd`] wraps its error), re-exported
/// so that a service uses the same version.
pub use etcd_client;
