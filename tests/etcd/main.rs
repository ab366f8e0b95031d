//! The tests that need etcd, one module per subject, in one binary: `scripts/test` runs it
//! once per supported etcd version, with that version first on PATH (faults:: alone, one
//! test at a time). Each test starts its own members through `etcdkit::sandbox`.

#[path = "../support/mod.rs"]
mod support;

mod bad_input;
mod barrier;
mod cancel;
mod cli;
mod config;
mod connection;
mod context;
mod counter;
mod cron;
mod elect;
mod examples;
mod faults;
mod guard;
mod http;
mod inspect;
mod job_progress;
mod json;
mod lock;
mod notify;
mod once;
mod pubsub;
mod queue;
mod queue_work;
mod registry;
mod render;
mod sandbox;
mod security;
mod session;
mod shared_lock;
mod tls_auth;
mod verbose;
mod watch;
