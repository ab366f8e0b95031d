//! What a long-running command (lock, elect, register, queue work, render) tells the
//! managers that watch it, from one state per process:
//! - `notify`: systemd's notification protocol (READY, STATUS, WATCHDOG, STOPPING);
//! - `http`: `--http ADDR`, for probes and scrapers: `/healthz`, `/leader`, `/metrics`;
//! - `metrics`: what `/metrics` serves (also the library's [`Observer`]).
//!
//! Commands report through [`waiting`], [`ready`], [`unhealthy`] and [`stopping`], and tie
//! the state to their session with [`Lease`]. A command is healthy while it holds what it
//! was started for (ready: the lock held, leadership won, the registration listed, the
//! worker started, the first render done) and, when it runs on a lease, while that lease is
//! proven alive: the same instant that stops systemd's watchdog pings makes `/healthz`
//! answer 503, before the lease could expire on the server.

pub mod http;
pub mod metrics;
mod notify;

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde::Serialize;
use tokio::time::Instant;

use etcdkit::client::{Etcd, Observer};

/// The process's state, as `/healthz` reports it and the watchdog reads it.
static STATE: Mutex<State> = Mutex::new(State {
    phase: Phase::Starting,
    status: String::new(),
    ready_since: None,
    lost_at: None,
    election: None,
});

struct State {
    phase: Phase,
    /// The words of the status line and of systemd's `STATUS=`.
    status: String,
    /// When the command last became ready (the start of "time held").
    ready_since: Option<Instant>,
    /// The session's lost-at reader ([`Lease`]), while the command runs on one.
    lost_at: Option<LostAt>,
    /// The election `/leader` reports: `elect` and `elect --observe`.
    election: Option<(Etcd, String)>,
}

type LostAt = Box<dyn Fn() -> Instant + Send>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Starting,
    Waiting,
    Ready,
    Unhealthy,
    Stopping,
}

fn state() -> MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Waiting for what the command was started for (`waiting for lock x`): not healthy. A
/// command already ready that waits for its next piece of work (`queue work` for an item)
/// stays ready; only its status says what it waits for.
pub fn waiting(what: &str) {
    let status = format!("waiting for {what}");
    notify::status(&status);
    let mut s = state();
    if s.phase == Phase::Ready {
        s.status = status;
    } else {
        drop(s);
        set(Phase::Waiting, status);
    }
}

/// Holding what the command was started for, in the words of `status`: `READY=1`, and
/// healthy while the lease (if any) is proven alive.
pub fn ready(status: &str) {
    notify::ready(status);
    set(Phase::Ready, status.to_string());
}

/// Running but not doing its job (a registration withdrawn by its health check): 503.
pub fn unhealthy(status: &str) {
    notify::status(status);
    set(Phase::Unhealthy, status.to_string());
}

/// A termination signal arrived: `STOPPING=1`, and 503 from then on.
pub fn stopping() {
    notify::stopping();
    set(Phase::Stopping, "stopping".to_string());
}

fn set(phase: Phase, status: String) {
    let mut s = state();
    if phase == Phase::Ready && s.phase != Phase::Ready {
        s.ready_since = Some(Instant::now());
    } else if phase != Phase::Ready {
        s.ready_since = None;
    }
    s.phase = phase;
    s.status = status;
}

/// `/leader` answers with `name`'s leader, read through `etcd` at each request.
pub fn report_leader_of(etcd: &Etcd, name: &str) {
    state().election = Some((etcd.clone(), name.to_string()));
}

/// The metrics' [`Observer`] for the connection, once `--http` serves them.
pub fn observer() -> Option<Arc<dyn Observer>> {
    metrics::get().map(|m| m as Arc<dyn Observer>)
}

/// The command's state tied to a session's lease while this lives: healthy only while
/// `lost_at` (the session's [`lost_at_reader`]) is in the future, and systemd's watchdog
/// pinged only then. Dropping it unties them.
///
/// [`lost_at_reader`]: etcdkit::lease::session::Session::lost_at_reader
pub struct Lease {
    _watchdog: notify::Watchdog,
}

impl Lease {
    pub fn watch(lost_at: impl Fn() -> Instant + Send + 'static) -> Lease {
        state().lost_at = Some(Box::new(lost_at));
        Lease {
            _watchdog: notify::Watchdog::start(lease_alive),
        }
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        state().lost_at = None;
    }
}

/// Whether the lease the state is tied to (if any) is proven alive now.
fn lease_alive() -> bool {
    alive(lease_left(&state()))
}

/// Whether `left` (see [`lease_left`]) says no lease, or one still proven alive.
fn alive(left: Option<Duration>) -> bool {
    left.is_none_or(|left| !left.is_zero())
}

/// How long the lease stays proven alive without another renewal; `None` without a lease.
fn lease_left(s: &State) -> Option<Duration> {
    s.lost_at
        .as_ref()
        .map(|lost_at| lost_at().saturating_duration_since(Instant::now()))
}

/// The state as `/healthz` reports it.
#[derive(Debug, Serialize)]
pub struct Health {
    /// Ready, and the lease (if any) proven alive.
    pub healthy: bool,
    /// `starting`, `waiting`, `ready`, `lost` (ready, but the lease is no longer proven
    /// alive), `unhealthy` or `stopping`.
    pub state: &'static str,
    /// What it holds or waits for, in the words of the status line.
    pub status: String,
    /// Seconds since it became ready.
    pub held_seconds: Option<f64>,
    /// Seconds the lease stays proven alive without another renewal (less the margin
    /// kept to stop work in time); `null` without a lease.
    pub lease_seconds_left: Option<f64>,
}

pub fn health() -> Health {
    let s = state();
    let left = lease_left(&s);
    let state = match s.phase {
        Phase::Starting => "starting",
        Phase::Waiting => "waiting",
        Phase::Ready if alive(left) => "ready",
        Phase::Ready => "lost",
        Phase::Unhealthy => "unhealthy",
        Phase::Stopping => "stopping",
    };
    Health {
        healthy: state == "ready",
        state,
        status: s.status.clone(),
        held_seconds: s.ready_since.map(|t| t.elapsed().as_secs_f64()),
        lease_seconds_left: left.map(|l| l.as_secs_f64()),
    }
}

/// The election `/leader` reports, if any.
fn election() -> Option<(Etcd, String)> {
    state().election.clone()
}
