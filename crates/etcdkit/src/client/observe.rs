//! What the client layer reports as it works, for a program's metrics: lease keep-alive
//! round trips and failures, endpoint failovers, resumed watches. Calls are made inline,
//! on the task doing the work: an [`Observer`] must return at once (count, don't block).

use std::fmt;
use std::time::Duration;

/// Receives the client layer's events; every method does nothing unless overridden. Set
/// one in [`ConnectOptions::observer`](super::ConnectOptions::observer): it sees the
/// events of every session, watch and request made through that connection.
pub trait Observer: Send + Sync {
    /// A lease keep-alive was answered, `round_trip` after it was sent (the first answer
    /// of a new stream includes opening it).
    fn keepalive_answered(&self, round_trip: Duration) {
        let _ = round_trip;
    }

    /// A lease keep-alive failed or was not answered in time; the session tries the next
    /// endpoint.
    fn keepalive_failed(&self) {}

    /// An endpoint failed and requests moved to the next one (a reconnect).
    fn endpoint_failed(&self) {}

    /// A watch broken by a failure was opened again where it left off.
    fn watch_resumed(&self) {}
}

impl fmt::Debug for dyn Observer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Observer")
    }
}
