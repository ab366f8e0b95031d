//! Looking at and after a cluster, beside the recipes:
//!
//! - [`access`]: what each operation reads and writes, as a role must grant it; naming the
//!   grant a refused request lacked;
//! - [`holders`]: who holds what: identity records beside a holder's keys, the contenders
//!   of a lock or election in order, a lease's time left (for inspection and breaking);
//! - [`status`]: each endpoint's health, asked of it alone.

pub mod access;
pub mod holders;
pub mod status;
