//! Leases: what every holder in etcd hangs on.
//!
//! - [`session`]: a lease kept alive in the background, with a `lost` signal a fifth of
//!   the TTL before it could expire; close revokes.
//! - [`guard`]: work (a future or, with feature `process`, a child process) run while a
//!   session holds something, stopped before the lease could expire, then released.

pub mod guard;
pub mod session;
