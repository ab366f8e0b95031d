//! The `etcdkit` command (package `etcdkit-cli`): the layer above the library crate
//! `etcdkit`, and the only one that knows about flags, environment variables, prompts,
//! terminals and exit codes. A library target only so that tests/ reach the clap
//! definitions and exit codes: not a stable API; embed the `etcdkit` crate instead.
//!
//! - `args`: the clap definitions: global options and one variant per subcommand.
//! - `context`: named contexts from the config files (`--context`, `current-context`).
//! - `options`: the global options (flags, `ETCDKIT_*`, `ETCDCTL_*`, password prompt) →
//!   the library's [`ConnectOptions`](etcdkit::client::ConnectOptions).
//! - `commands`: one file per subcommand: arguments → one library call → `output`.
//! - `render`: `render`'s templates (minijinja over a config snapshot, reads found by
//!   rendering) and the staged, checked install of the files they give.
//! - `output`: the one writer to stdout (text or JSON lines, colour, escaping, progress).
//! - `examples`: the examples at the end of `--help` and in the man pages.
//! - `service`: what long-running commands tell their managers: systemd's notifications
//!   (READY, STATUS, WATCHDOG, STOPPING) and `--http`'s `/healthz`, `/leader`, `/metrics`.
//! - `log`: `-v` and `ETCDKIT_LOG`: the library's tracing events on stderr.
//! - `exit`: DESIGN.md's exit codes and the mapping from error to code.
//! - `access`: what each subcommand needs a role to grant; naming a refused grant.

#![deny(unsafe_code)]

pub mod access;
pub mod args;
pub mod commands;
pub mod context;
pub mod examples;
pub mod exit;
pub mod log;
pub mod options;
pub mod output;
pub mod render;
pub mod service;
