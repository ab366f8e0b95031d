//! The `etcdkit` command line (cargo feature `cli`, on by default): the layer above the
//! library, and the only one that knows about flags, environment variables, prompts,
//! terminals and exit codes. Not a stable API; embed the library modules instead.
//!
//! - `args`: the clap definitions: global options and one variant per subcommand.
//! - `options`: the global options (flags, `ETCDKIT_*`, `ETCDCTL_*`, password prompt) →
//!   the library's [`ConnectOptions`](crate::connect::ConnectOptions).
//! - `commands`: one file per subcommand: arguments → one library call → `output`.
//! - `output`: the one writer to stdout (text or JSON lines, colour, escaping, progress).
//! - `examples`: the examples at the end of `--help` and in the man pages.
//! - `log`: `-v` and `ETCDKIT_LOG`: the library's tracing events on stderr.
//! - `exit`: DESIGN.md's exit codes and the mapping from error to code.
//! - `access`: what each subcommand needs a role to grant; naming a refused grant.

pub mod access;
pub mod args;
pub mod commands;
pub mod examples;
pub mod exit;
pub mod log;
pub mod options;
pub mod output;
