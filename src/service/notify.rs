//! systemd's notification protocol (sd_notify, through the `sd-notify` crate). Without
//! `NOTIFY_SOCKET` in the environment nothing is sent; a message that cannot be sent is
//! dropped (the manager's problem to notice, not the command's).
//!
//! - `READY=1` once the command holds what it was started for: a lock held, leadership
//!   won, a registration listed (after its first passing check), a worker started, the
//!   sandbox up, the first render done. With `STATUS=` saying what.
//! - `STATUS=` with each wait (the words of the status line: `waiting for lock x`).
//! - `WATCHDOG=1` every half `WATCHDOG_USEC`, only while the session's lease is proven
//!   alive (its last renewal leaves it more than the loss margin): a keep-alive that is
//!   wedged, or a cluster that no longer answers, stops the pings before the lease can
//!   expire, and systemd restarts the unit (`WatchdogSec=`).
//! - `STOPPING=1` when a termination signal arrives.
//!
//! CMD never inherits `NOTIFY_SOCKET` or `WATCHDOG_*`: etcdkit speaks for the unit.

use std::time::Duration;

use sd_notify::NotifyState;
use tokio::task::JoinHandle;

/// `READY=1`, with `status` as `STATUS=`.
pub fn ready(status: &str) {
    send(&[NotifyState::Ready, NotifyState::Status(status)]);
}

/// `STATUS=status`.
pub fn status(status: &str) {
    send(&[NotifyState::Status(status)]);
}

/// `STOPPING=1`.
pub fn stopping() {
    send(&[NotifyState::Stopping]);
}

fn send(states: &[NotifyState]) {
    if std::env::var_os("NOTIFY_SOCKET").is_some() {
        let _ = sd_notify::notify(states);
    }
}

/// `WATCHDOG=1` pings while `alive` says the lease is proven alive; stopped when dropped.
pub struct Watchdog(Option<JoinHandle<()>>);

impl Watchdog {
    /// Starts pinging, if the service manager asked for a watchdog (`WATCHDOG_USEC`, for
    /// this pid).
    pub fn start(alive: impl Fn() -> bool + Send + 'static) -> Watchdog {
        let Some(every) = sd_notify::watchdog_enabled().map(|usec| usec / 2) else {
            return Watchdog(None);
        };
        let every = every.max(Duration::from_millis(10));
        Watchdog(Some(tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                if alive() {
                    send(&[NotifyState::Watchdog]);
                }
            }
        })))
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        if let Some(task) = self.0.take() {
            task.abort();
        }
    }
}
