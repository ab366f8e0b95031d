//! The one place that listens for termination signals.
//!
//! `main` installs [`Shutdown`] before anything else, so a signal that arrives while a
//! command connects is not lost. Waiting commands select on [`Shutdown::signalled`];
//! a supervised child instead gets every signal forwarded through [`Shutdown::subscribe`].

use std::fmt;

use tokio::signal::unix::{signal, SignalKind};
use tokio::sync::{broadcast, watch};

/// The signals etcdkit reacts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGHUP.
    Hup,
    /// SIGINT.
    Int,
    /// SIGTERM.
    Term,
}

impl Signal {
    /// The signal number, as in `kill -l`.
    pub fn number(self) -> i32 {
        self.as_nix() as i32
    }

    /// As nix's signal.
    pub fn as_nix(self) -> nix::sys::signal::Signal {
        use nix::sys::signal::Signal as S;
        match self {
            Signal::Hup => S::SIGHUP,
            Signal::Int => S::SIGINT,
            Signal::Term => S::SIGTERM,
        }
    }
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_nix().as_str())
    }
}

/// SIGINT, SIGTERM and SIGHUP, caught for the life of the process.
#[derive(Clone)]
pub struct Shutdown {
    first: watch::Receiver<Option<Signal>>,
    all: broadcast::Sender<Signal>,
}

impl Shutdown {
    /// Installs the handlers. Must be called inside a tokio runtime.
    pub fn install() -> std::io::Result<Shutdown> {
        let mut hup = signal(SignalKind::hangup())?;
        let mut int = signal(SignalKind::interrupt())?;
        let mut term = signal(SignalKind::terminate())?;
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
        Ok(Shutdown { first, all })
    }

    /// Resolves with the first termination signal (at once if one already came).
    ///
    /// Never fails. Cancel-safe: dropping the future loses no signal.
    pub async fn signalled(&self) -> Signal {
        let mut first = self.first.clone();
        let sig = match first.wait_for(Option::is_some).await {
            Ok(sig) => *sig,
            // The listener task is gone only when the runtime shuts down.
            Err(_) => None,
        };
        match sig {
            Some(sig) => sig,
            None => std::future::pending().await,
        }
    }

    /// The first termination signal, if one came.
    pub fn first(&self) -> Option<Signal> {
        *self.first.borrow()
    }

    /// Every signal from now on, for forwarding to a child.
    pub fn subscribe(&self) -> broadcast::Receiver<Signal> {
        self.all.subscribe()
    }
}
