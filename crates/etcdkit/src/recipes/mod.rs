//! The coordination patterns, one per file, each opening with its invariant, in the key
//! layouts of etcd's Go packages where Go has them (so Go services and etcdctl interoperate):
//!
//! - [`lock`]: `Mutex` and `Semaphore` (etcd's lock layout, `concurrency.Mutex`), and
//!   `ReadLock` (Go's `recipe.RWMutex` reader): one contender under all three;
//! - [`detached`]: a lock held across processes by a token, on a lease nobody keeps alive
//!   (CI steps: lock in one, unlock in another);
//! - [`election`]: `concurrency.Election`: campaign, proclaim, resign, leader, observe;
//! - [`registry`]: registration and discovery in the gRPC naming format;
//! - [`queue`]: `recipe.Queue`: push, cancel-safe pop, len, peek; and at-least-once work
//!   (claims on a lease, ack, retries, dead letters, delays);
//! - [`pubsub`]: ordered, replayable topics, published exactly once in batches;
//! - [`progress`]: job progress records and their watch;
//! - [`barrier`]: `recipe.Barrier`, generalised: wait until one key exists, equals a value,
//!   or is deleted;
//! - [`double_barrier`]: `recipe.DoubleBarrier`: N parties enter together and leave together;
//! - [`counter`]: an integer incremented exactly once;
//! - [`config`]: every key under some prefixes at one revision, and the next such snapshot
//!   after each burst of changes (for files and environments rendered from etcd);
//! - [`periodic`]: once per period across hosts, decided by a lease.

pub mod barrier;
pub mod config;
pub mod counter;
pub mod detached;
pub mod double_barrier;
pub mod election;
pub mod lock;
pub mod periodic;
pub mod progress;
pub mod pubsub;
pub mod queue;
pub mod registry;
