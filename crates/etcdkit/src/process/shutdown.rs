//! The one place that listens for termination signals.
//!
//! `main` installs [`Shutdown`] before anything else, so a signal that arrives while a
//! command connects is not lost. Waiting commands select on [`Shutdown::signalled`];
//! a supervised child instead gets every signal forwarded through [`Shutdown::subscribe`].

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;

use tokio::signal::unix::{signal, SignalKind};
use tokio::sync::{broadcast, watch};

pub use super::signal::Signal;

/// SIGINT, SIGTERM and SIGHUP, caught for the life of the process.
#[derive(Clone)]
pub struct Shutdown {
    first: watch::Receiver<Option<Signal>>,
    arrived: Arc<Arrived>,
    all: broadcast::Sender<Signal>,
}

/// The first signal's number (0: none yet), stored by the signal handler itself, so that
/// [`Shutdown::first`] is right even while a synchronous step blocks the runtime (the
/// listener task, which feeds `first` and `all`, runs only when the runtime does).
struct Arrived {
    number: Arc<AtomicI32>,
    actions: Vec<signal_hook_registry::SigId>,
}

impl Drop for Arrived {
    fn drop(&mut self) {
        for id in self.actions.drain(..) {
            signal_hook_registry::unregister(id);
        }
    }
}

impl Shutdown {
    /// Installs the handlers. Must be called inside a tokio runtime.
    pub fn install() -> std::io::Result<Shutdown> {
        let mut hup = signal(SignalKind::hangup())?;
        let mut int = signal(SignalKind::interrupt())?;
        let mut term = signal(SignalKind::terminate())?;
        let number = Arc::new(AtomicI32::new(0));
        let mut actions = Vec::new();
        for sig in [Signal::Hup, Signal::Int, Signal::Term] {
            let number = number.clone();
            let n = sig.number();
            // SAFETY: the action does one atomic compare-exchange, which is
            // async-signal-safe; it runs beside tokio's own action for the signal.
            let id = unsafe {
                signal_hook_registry::register(n, move || {
                    let _ = number.compare_exchange(0, n, Ordering::SeqCst, Ordering::SeqCst);
                })
            }?;
            actions.push(id);
        }
        let arrived = Arc::new(Arrived { number, actions });
        let (first_tx, first) = watch::channel(None);
        let (all, _) = broadcast::channel(16);
        let all_tx = all.clone();
        tokio::spawn(async move {
            loop {
                let sig = tokio::select! {
                    Some(()) = hup.recv() => Signal::Hup,
                    Some(()) = int.recv() => Signal::Int,
                    Some(()) = term.recv() => Signal::Term,
                    else => return,
                };
                first_tx.send_if_modified(|first| first.replace(first.unwrap_or(sig)).is_none());
                let _ = all_tx.send(sig);
            }
        });
        Ok(Shutdown {
            first,
            arrived,
            all,
        })
    }

    /// Resolves with the first termination signal (at once if one already came).
    ///
    /// Never fails. Cancel-safe: dropping the future loses no signal.
    pub async fn signalled(&self) -> Signal {
        // The listener says that a signal came; which one came first is the handler's
        // record (two that arrive while the runtime is blocked reach the listener together).
        let mut first = self.first.clone();
        // An error: the listener task is gone, which happens only when the runtime shuts down.
        let _ = first.wait_for(Option::is_some).await;
        match self.first() {
            Some(sig) => sig,
            None => std::future::pending().await,
        }
    }

    /// The first termination signal, if one came (also while the runtime was blocked).
    pub fn first(&self) -> Option<Signal> {
        // The handler records it before the listener can see it: this is the whole truth.
        Signal::from_number(self.arrived.number.load(Ordering::SeqCst))
    }

    /// Every signal from now on, for forwarding to a child.
    pub fn subscribe(&self) -> broadcast::Receiver<Signal> {
        self.all.subscribe()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A signal that comes while a synchronous step blocks the runtime (a sandbox
    /// starting) is seen at once, before the listener task has had a chance to run.
    #[test]
    fn first_sees_a_signal_while_the_runtime_is_blocked() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let shutdown = Shutdown::install().unwrap();
            assert_eq!(shutdown.first(), None);
            // Delivered to this thread before raise returns; nothing awaited since.
            nix::sys::signal::raise(nix::sys::signal::Signal::SIGHUP).unwrap();
            assert_eq!(shutdown.first(), Some(Signal::Hup));
            nix::sys::signal::raise(nix::sys::signal::Signal::SIGTERM).unwrap();
            assert_eq!(shutdown.first(), Some(Signal::Hup), "the first one stays");
            assert_eq!(shutdown.signalled().await, Signal::Hup);
        });
    }
}
