//! The termination signals etcdkit reacts to, as plain values (the handlers are installed
//! by `process::shutdown`).

use std::fmt;

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

    /// The signal numbered `number`, if it is one of these.
    pub fn from_number(number: i32) -> Option<Signal> {
        [Signal::Hup, Signal::Int, Signal::Term]
            .into_iter()
            .find(|s| s.number() == number)
    }
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_nix().as_str())
    }
}
