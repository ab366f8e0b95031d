//! Which failures may be retried, and how long to wait between attempts.

use std::time::Duration;

use tokio::time::{sleep, sleep_until, Instant};

/// Which failed requests may be sent again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Only when the request provably never reached a server.
    IfNotSent,
    /// On any `Unavailable`: sending it twice has the effect of sending it once.
    Idempotent,
}

/// How a failed request failed, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Failure {
    /// The request never left: no connection could be made.
    NotSent,
    /// `Unavailable` after it may have reached a server.
    Unavailable,
    /// The server's certificate was refused (unknown issuer, wrong name, expired): the
    /// same on every attempt at that server, so worth one try per endpoint, no more.
    Certificate,
    /// The server refused the credentials or token.
    Auth,
    /// Local configuration (URI, TLS material) is unusable.
    Config,
    Other,
}

impl Failure {
    pub(super) fn of(err: &etcd_client::Error) -> Failure {
        use etcd_client::Error as E;
        use tonic::Code;
        match err {
            E::GRpcStatus(s) => match s.code() {
                _ if is_certificate_refused(s) => Failure::Certificate,
                Code::Unavailable if is_connect_error(s) => Failure::NotSent,
                // "no leader": refused before the proposal, so nothing was applied.
                Code::Unavailable if s.message().contains("no leader") => Failure::NotSent,
                // The connection broke or was closed under the request, whatever code tonic
                // gave it: a member killed mid-request (Unknown, Internal), a GOAWAY
                // (Internal for a member shutting down, ResourceExhausted for h2's own
                // ENHANCE_YOUR_CALM). tonic connects again on the next request.
                _ if is_transport_error(s) => Failure::Unavailable,
                // Unavailable, or no answer within --command-timeout: it may have been applied.
                Code::Unavailable | Code::Cancelled | Code::DeadlineExceeded => {
                    Failure::Unavailable
                }
                Code::Unauthenticated | Code::PermissionDenied => Failure::Auth,
                Code::InvalidArgument | Code::FailedPrecondition
                    if s.message().contains("authentication") =>
                {
                    Failure::Auth
                }
                // etcd 3.5 for a user without a password: "auth: authentication failed,
                // password was given for no password user", code Unknown.
                _ if s.message().contains("authentication failed") => Failure::Auth,
                _ => Failure::Other,
            },
            E::TransportError(_) | E::InvalidUri(_) | E::InvalidArgs(_) => Failure::Config,
            _ => Failure::Other,
        }
    }
}

/// Whether the connection broke under the request (not: no answer in time).
pub(super) fn is_broken_connection(err: &etcd_client::Error) -> bool {
    matches!(err, etcd_client::Error::GRpcStatus(s) if is_transport_error(s))
}

/// Whether the status was made by the client's transport, not sent by a server: tonic turns
/// a broken connection into `Unknown` or `Internal` with "transport error" and a source, or,
/// for an HTTP/2 stream cut mid-body (a member killed while answering), "h2 protocol error"
/// without one. etcd itself never sends either.
fn is_transport_error(status: &tonic::Status) -> bool {
    status.message().contains("transport error")
        || status.message().starts_with("h2 protocol error")
        || std::error::Error::source(status).is_some_and(|e| e.is::<tonic::transport::Error>())
}

/// Whether our TLS stack refused the server's certificate during the handshake (rustls's
/// `invalid peer certificate: ...`); nothing was sent.
fn is_certificate_refused(status: &tonic::Status) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(status);
    while let Some(e) = cause {
        if e.to_string().contains("invalid peer certificate") {
            return true;
        }
        cause = e.source();
    }
    false
}

/// Whether no connection could be made, so the request never left: tonic wraps a failed
/// TCP connect or TLS handshake in [`tonic::ConnectError`]. A handshake with a member that
/// does not speak TLS ends in end-of-file or, under load, a connection reset; without this
/// type check the reset read as a request cut off mid-way.
fn is_connect_error(status: &tonic::Status) -> bool {
    let mut text = status.message().to_string();
    let mut source = std::error::Error::source(status);
    while let Some(cause) = source {
        if cause.is::<tonic::ConnectError>() {
            return true;
        }
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text.contains("connect error") || text.contains("error trying to connect")
}

/// Exponential backoff from 10 ms to 250 ms.
#[derive(Debug)]
pub(crate) struct Backoff {
    next: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            next: Duration::from_millis(10),
        }
    }
}

impl Backoff {
    pub(crate) fn peek(&self) -> Duration {
        self.next
    }

    pub(crate) async fn wait(&mut self) {
        sleep(self.next).await;
        self.grow();
    }

    /// Like [`Backoff::wait`], but returns by `deadline` at the latest.
    pub(crate) async fn wait_until(&mut self, deadline: Instant) {
        sleep_until((Instant::now() + self.next).min(deadline)).await;
        self.grow();
    }

    fn grow(&mut self) {
        self.next = (self.next * 2).min(Duration::from_millis(250));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tonic::{Code, Status};

    fn failure(code: Code, message: &str) -> Failure {
        Failure::of(&etcd_client::Error::GRpcStatus(Status::new(code, message)))
    }

    #[test]
    fn a_connection_broken_under_a_request_may_have_been_applied() {
        // What tonic 0.14 makes of a member killed while it sends a response body.
        let cut = "h2 protocol error: error reading a body from connection: \
                   stream closed because of a broken pipe";
        assert_eq!(failure(Code::Unknown, cut), Failure::Unavailable);
        assert_eq!(failure(Code::Internal, cut), Failure::Unavailable);
        assert_eq!(
            failure(Code::Unavailable, "etcdserver: leader changed"),
            Failure::Unavailable
        );
    }

    #[test]
    fn a_connection_closed_by_goaway_may_have_applied_the_request() {
        // What tonic 0.14 makes of h2's GOAWAY(ENHANCE_YOUR_CALM) and of a server's
        // GOAWAY(NO_ERROR) on a stream it had not answered.
        let calm = "h2 protocol error: http2 error";
        assert_eq!(failure(Code::ResourceExhausted, calm), Failure::Unavailable);
        assert_eq!(failure(Code::Internal, calm), Failure::Unavailable);
        // etcd's own ResourceExhausted is no transport failure.
        assert_eq!(
            failure(
                Code::ResourceExhausted,
                "etcdserver: mvcc: database space exceeded"
            ),
            Failure::Other
        );
    }

    #[test]
    fn a_refused_certificate_is_its_own_failure_wherever_rustls_says_it() {
        let refused = "invalid peer certificate: UnknownIssuer";
        assert_eq!(failure(Code::Unavailable, refused), Failure::Certificate);
        // tonic 0.14: the words in a source, the status says only "transport error".
        let mut status = Status::unavailable("transport error");
        status.set_source(std::sync::Arc::new(std::io::Error::other(refused)));
        assert_eq!(
            Failure::of(&etcd_client::Error::GRpcStatus(status)),
            Failure::Certificate
        );
        assert_ne!(
            failure(Code::Unavailable, "tls handshake eof"),
            Failure::Certificate
        );
    }

    #[test]
    fn a_connection_that_could_not_be_made_sent_nothing() {
        // What tonic 0.14 makes of a reset during the TLS handshake.
        let reset = std::io::Error::from(std::io::ErrorKind::ConnectionReset);
        let mut status = Status::unavailable(reset.to_string());
        status.set_source(std::sync::Arc::new(tonic::ConnectError(Box::new(reset))));
        assert_eq!(
            Failure::of(&etcd_client::Error::GRpcStatus(status)),
            Failure::NotSent
        );
        // The same words without the connect wrapper: cut off under a request.
        assert_eq!(
            failure(Code::Unavailable, "connection reset"),
            Failure::Unavailable
        );
    }

    #[test]
    fn server_errors_are_not_mistaken_for_transport_errors() {
        assert_eq!(
            failure(Code::Unknown, "etcdserver: request is too large"),
            Failure::Other
        );
        assert_eq!(
            failure(Code::Internal, "etcdserver: some internal error"),
            Failure::Other
        );
        assert_eq!(
            failure(Code::Unavailable, "etcdserver: no leader"),
            Failure::NotSent
        );
    }
}
