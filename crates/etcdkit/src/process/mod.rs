//! Child processes and signals: the only part of the crate allowed `unsafe` (the `clone`s
//! that start a child without copying etcdkit's memory, `waitpid`, signal handlers).
//! Everything but [`signal`] needs feature `process` (on by default).
//!
//! - [`signal`]: the termination signals etcdkit reacts to, as values;
//! - `spawn`: the one way a child is started (CMD, command health checks, sandbox
//!   members): like `posix_spawn`, in its own process group, with a parent-death signal;
//! - `supervise`: a started child under watch: forwarded signals, a graceful stop
//!   (SIGTERM, grace, SIGKILL) of its whole group;
//! - `guardian`: a second process (sharing etcdkit's memory, not a copy of it) that stops
//!   CMD's group by itself when the supervisor was stopped and could not (a lock must not
//!   outlive its lease);
//! - `shutdown`: SIGINT/SIGTERM/SIGHUP caught once, for waiting and forwarding;
//! - `health`: HTTP, TCP and command health checks with pass/fail thresholds, for
//!   registrations that are listed only while healthy.

#[cfg(feature = "process")]
pub mod guardian;
#[cfg(feature = "process")]
pub mod health;
#[cfg(feature = "process")]
pub mod shutdown;
pub mod signal;
#[cfg(feature = "process")]
pub(crate) mod spawn;
#[cfg(feature = "process")]
pub mod supervise;
