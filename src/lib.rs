//! etcdkit: coordination patterns on etcd, as a library and the `etcdkit` binary.
//!
//! The helper layer talks to etcd and never prints:
//! - [`connect`]: global options → a connected [`connect::Etcd`]: endpoints, TLS, auth,
//!   timeouts, `--prefix`; the retry policy every request goes through.
//! - [`session`]: a lease kept alive in the background, with a `lost` signal; close revokes.
//! - [`supervise`]: runs CMD in its own process group with a parent-death signal, forwards
//!   signals, stops it (SIGTERM, grace, SIGKILL) when the primitive it runs under is lost.
//! - [`lock`]: etcd's lock layout as a mutex or counting semaphore (`NAME/<lease hex>`,
//!   holders = lowest create revisions; a waiter watches only its predecessors).
//! - [`election`]: etcd's election layout: campaign, resign, the current leader, and an
//!   observer that reports every leader change in order.
//! - [`registry`]: service registration (re-registering after a lost lease) and discovery
//!   in etcd's gRPC naming format: list, watch joins and leaves, wait for N, pick one.
//! - [`pubsub`]: ordered, replayable message streams: batched exactly-once publishing,
//!   subscribing from any revision in etcd's history.
//! - [`queue`]: etcd's recipes queue: push (batched), pop (each item to one popper,
//!   blocking on a watch), len, peek.
//! - [`wait`]: a barrier on one key: exists, equals a value, or deleted.
//! - [`sandbox`]: throwaway etcd clusters on loopback, for tests, the demo and `etcdkit sandbox`.
//! - [`status`]: each endpoint's health, asked of it alone.
//! - [`watch`]: a prefix watch that resumes after member failures from the last delivered
//!   revision + 1, so no event is lost or repeated.
//!
//! Around it:
//! - [`cli`]: the clap command line; [`commands`]: one file per subcommand, arguments →
//!   helper call → [`output`], the one writer to stdout.
//! - [`limits`]: etcd's request limits; value checks and write batches against them.
//! - [`once`]: writes applied exactly once across retries (a writer's version-guarded counter).
//! - [`error`]: the conditions the helpers report; [`exit`]: DESIGN.md's exit codes and the
//!   mapping from error to code; [`shutdown`]: the one signal listener.

pub mod cli;
pub mod commands;
pub mod connect;
pub mod election;
pub mod error;
pub mod exit;
pub mod limits;
pub mod lock;
pub mod once;
pub mod output;
pub mod progress;
pub mod pubsub;
pub mod queue;
pub mod registry;
pub mod sandbox;
pub mod session;
pub mod shutdown;
pub mod status;
pub mod supervise;
pub mod wait;
pub mod watch;

pub use error::{Error, Result};
