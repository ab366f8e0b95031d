//! The client layer: a connected etcd handle, the retry policy every request goes through,
//! and what every recipe builds on.
//!
//! - [`options`](ConnectOptions): what to connect to, as plain values;
//! - `retry`: which failures may be sent again ([`Retry`]), and the back-off;
//! - `tls`: PEM files read and checked before connecting ([`tls_options`]);
//! - `channel`: the HTTP/2 settings that keep a connection alive through the resets its
//!   own dropped requests cause;
//! - `observe`: the [`Observer`] a program's metrics hang on (keep-alives, failovers,
//!   resumed watches);
//! - `token_cache`: the opt-in auth token cache (authenticate once per token lifetime);
//! - this file: [`Etcd`], the handle: endpoint pinning and failover, [`Etcd::call`];
//! - `keys`: the key layer under every recipe: unique keys, put-if-absent on a lease (an
//!   existing key is adopted only on our own lease), delete, ranges;
//! - [`watch`]: a watch that resumes after member failures from the last delivered
//!   revision + 1, so no event is lost or repeated;
//! - [`exactly_once`]: writes applied exactly once across retries and cancellation;
//! - [`limits`]: etcd's request limits; name and value checks; write batches.
//!
//! Requests are pinned to one endpoint at a time (see [`Etcd`]); [`Etcd::call`] retries,
//! on the next endpoint:
//! - any request whose error shows it never left this process (connect failures);
//! - a request marked [`Retry::Idempotent`] on any `Unavailable`, since repeating it
//!   cannot change the outcome (reads, revision-guarded transactions, revokes).
//!
//! HTTP/2 keep-alive pings run while a stream is open, so a watch or keep-alive stream on a
//! half-open connection ends after [`KEEPALIVE_INTERVAL`] + [`KEEPALIVE_TIMEOUT`] instead of
//! hanging. Expired auth tokens are refreshed by etcd-client (`with_auto_token_refresh`), or,
//! with the token cache on, by [`Etcd::call`].

mod channel;
pub mod exactly_once;
pub(crate) mod keys;
pub mod limits;
mod observe;
mod options;
mod retry;
mod tls;
mod token_cache;
pub mod watch;

pub use observe::Observer;
pub use options::{
    check_schemes, parse_endpoints, ConnectOptions, Credentials, TlsFiles,
    DEFAULT_BOOKKEEPING_PREFIX, DEFAULT_COMMAND_TIMEOUT, DEFAULT_DIAL_TIMEOUT, DEFAULT_ENDPOINTS,
};
pub(crate) use retry::Backoff;
pub use retry::Retry;
pub use tls::{read_pem, tls_options, Pem};

use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use etcd_client::{Client, GetOptions, GetResponse, Txn, TxnResponse};
use tokio::sync::OnceCell;
use tokio::time::Instant;

pub use crate::error::describe;
use crate::error::{Error, Result};
use retry::Failure;
use token_cache::TokenCache;

/// At least etcd's `--grpc-keepalive-min-time` (5s): pinging more often gets the
/// connection closed with `too_many_pings`.
pub const KEEPALIVE_INTERVAL: Duration = Duration::from_secs(10);
/// How long a keep-alive ping may go unanswered before the connection counts as dead.
pub const KEEPALIVE_TIMEOUT: Duration = Duration::from_secs(5);
/// The shortest wait for one attempt of an idempotent request (see [`Etcd::call`]).
const MIN_ATTEMPT: Duration = Duration::from_millis(500);
/// The longest wait for a member's answer to a TLS client hello (see
/// [`Etcd::scheme_mistake`]).
const TLS_PROBE: Duration = Duration::from_secs(1);

/// The handle every pattern module takes: one lazily connected client per endpoint, and
/// the endpoint requests are currently pinned to.
///
/// Requests go to one member at a time and move to the next endpoint when that one fails
/// (etcd's Go client pinned the same way before 3.4). etcd-client's own balancer over
/// several endpoints can leave a request hanging until its timeout while one endpoint is
/// down (measured here: one put in 30 waited the full 5 s), so each client gets one endpoint.
#[derive(Clone)]
pub struct Etcd {
    inner: Arc<Inner>,
}

struct Inner {
    options: ConnectOptions,
    settings: etcd_client::ConnectOptions,
    clients: Vec<OnceCell<Client>>,
    pinned: AtomicUsize,
    /// With `options.token_cache` and credentials: the token every client sends.
    tokens: Option<TokenCache>,
    /// Per endpoint: it answered a request, or was asked whether it serves TLS. Until then
    /// a connection it breaks at once may be a TLS member given as plain HTTP
    /// ([`Etcd::scheme_mistake`]).
    spoke_plain: Vec<AtomicBool>,
}

impl Etcd {
    /// Prepares the clients and connects to the first endpoint that answers, within
    /// `dial_timeout`. Without credentials nothing is sent until the first request; with
    /// them, this authenticates.
    ///
    /// Errors: `InvalidInput` for no endpoints, unreadable certificate files, bad endpoints
    /// or an empty bookkeeping prefix, `Unreachable`, `Auth`.
    ///
    /// Dropping the future abandons connecting; nothing was sent.
    pub async fn connect(options: ConnectOptions) -> Result<Etcd> {
        if options.endpoints.is_empty() {
            return Err(Error::InvalidInput("no etcd endpoints were given".into()));
        }
        check_bookkeeping_prefix(&options.bookkeeping_prefix)?;
        let mut settings = etcd_client::ConnectOptions::new()
            .with_connect_timeout(options.dial_timeout)
            .with_timeout(options.command_timeout)
            .with_keep_alive(KEEPALIVE_INTERVAL, KEEPALIVE_TIMEOUT)
            .with_keep_alive_while_idle(false)
            // A member cut off from the leader answers "no leader" at once instead of
            // holding the request; the pin then moves on.
            .with_require_leader(options.require_leader)
            .with_auto_token_refresh(true);
        if let Some(files) = &options.tls {
            settings = settings.with_tls(tls_options(files)?);
        }
        let tokens = match (&options.credentials, &options.token_cache) {
            (Some(c), Some(path)) => Some(TokenCache::open(
                path.clone(),
                &options.endpoints,
                c.clone(),
            )),
            // etcd-client authenticates while connecting, and again when a token expires.
            (Some(c), None) => {
                settings = settings.with_user(c.user.clone(), c.password.clone());
                None
            }
            (None, _) => None,
        };
        let clients = options.endpoints.iter().map(|_| OnceCell::new()).collect();
        let spoke_plain = options
            .endpoints
            .iter()
            .map(|_| AtomicBool::new(false))
            .collect();
        let etcd = Etcd {
            inner: Arc::new(Inner {
                options,
                settings,
                clients,
                pinned: AtomicUsize::new(0),
                tokens,
                spoke_plain,
            }),
        };
        Box::pin(etcd.pinned()).await?;
        Ok(etcd)
    }

    /// The etcd key for a user-given name: `--prefix` + name.
    pub fn key(&self, name: &str) -> Vec<u8> {
        format!("{}{name}", self.inner.options.prefix).into_bytes()
    }

    /// The key of `name`'s bookkeeping that may not live under `name/` because a layout
    /// shared with other tools reads everything there (Go's recipes queue takes any key
    /// starting with the queue's name for an item; gRPC's resolver any key under
    /// `SERVICE/` for an instance): `--prefix` + bookkeeping prefix + `name/` + `rest`. A
    /// role that grants a name prefix `N` needs bookkeeping prefix + `N` as well.
    pub fn bookkeeping_key(&self, name: &str, rest: &str) -> Vec<u8> {
        let o = &self.inner.options;
        format!("{}{}{name}/{rest}", o.prefix, o.bookkeeping_prefix).into_bytes()
    }

    /// The user requests are made as, if any (for error messages).
    pub fn user(&self) -> Option<&str> {
        self.inner
            .options
            .credentials
            .as_ref()
            .map(|c| c.user.as_str())
    }

    /// The client of the pinned endpoint and its index, connecting it on first use. When
    /// that fails, moves on to the next endpoint until one connects or `dial_timeout` passes.
    ///
    /// Errors: `Unreachable` if no endpoint connects within the dial timeout, `Auth`,
    /// `InvalidInput` for an unusable URI or TLS material. Dropping the future abandons
    /// connecting; a connection already made is kept for the next call.
    pub async fn pinned(&self) -> Result<(usize, Client)> {
        let started = Instant::now();
        let mut backoff = Backoff::default();
        let mut certificates_refused = 0;
        loop {
            let i = self.inner.pinned.load(Ordering::Acquire);
            let err = match self.client_of(i).await {
                Ok(client) => return Ok((i, client)),
                Err(e) => e,
            };
            match Failure::of(&err) {
                Failure::Certificate => {
                    self.failed(i);
                    certificates_refused += 1;
                    if certificates_refused >= self.inner.clients.len() {
                        return Err(self.certificate_refused(i, &err));
                    }
                }
                Failure::NotSent | Failure::Unavailable => {
                    self.failed(i);
                    if started.elapsed() + backoff.peek() >= self.inner.options.dial_timeout {
                        return Err(self.unreachable(self.inner.options.dial_timeout, &err));
                    }
                    // A full round over the endpoints failed: wait before the next one.
                    if self.inner.pinned.load(Ordering::Acquire) == 0 {
                        backoff.wait().await;
                    }
                }
                Failure::Auth => {
                    let user = self
                        .inner
                        .options
                        .credentials
                        .as_ref()
                        .map(|c| c.user.clone());
                    return Err(Error::Auth {
                        user: user.unwrap_or_default(),
                        reason: describe(&err),
                    });
                }
                Failure::Config => return Err(Error::InvalidInput(format!("connecting: {err}"))),
                Failure::Other => return Err(err.into()),
            }
        }
    }

    /// Marks endpoint `i` as failing: the next request goes to the following endpoint.
    /// Does nothing if another caller moved on already.
    pub fn failed(&self, i: usize) {
        let next = (i + 1) % self.inner.clients.len();
        let moved =
            self.inner
                .pinned
                .compare_exchange(i, next, Ordering::AcqRel, Ordering::Acquire);
        if moved.is_ok() && next != i {
            self.observe(|o| o.endpoint_failed());
            tracing::info!(
                from = %self.endpoint(i),
                to = %self.endpoint(next),
                "endpoint failed; moving to the next"
            );
        }
    }

    /// Tells the observer, if there is one (see [`ConnectOptions::observer`]).
    pub(crate) fn observe(&self, event: impl FnOnce(&dyn Observer)) {
        if let Some(observer) = &self.inner.options.observer {
            event(observer.as_ref());
        }
    }

    /// Endpoint `i` as given (for messages).
    pub fn endpoint(&self, i: usize) -> &str {
        self.inner
            .options
            .endpoints
            .get(i)
            .map_or("?", String::as_str)
    }

    /// The client of endpoint `i`, connected on first use (with the token cache on, its
    /// member is asked once whether it accepts the cached token).
    async fn client_of(&self, i: usize) -> Result<Client, etcd_client::Error> {
        let endpoint = &self.inner.options.endpoints[i];
        let settings = self.inner.settings.clone();
        let tokens = self.inner.tokens.as_ref();
        self.inner.clients[i]
            .get_or_try_init(|| async move {
                tracing::info!(endpoint = %endpoint, "connecting");
                let channel = channel::Hardened {
                    token: tokens.map(|t| t.slot.clone()),
                };
                let client =
                    Client::connect_with_balanced_channel([endpoint], Some(settings), channel)
                        .await?;
                if let Some(tokens) = tokens {
                    tokens.confirm(&client).await?;
                }
                Ok(client)
            })
            .await
            .cloned()
    }

    /// With the token cache on, after etcd refused the token that endpoint `i`'s request
    /// carried (`sent_with`): a new token from the password. `Ok` means the request may be
    /// sent again; `Err` is the failure to report instead.
    async fn renew_token(
        &self,
        i: usize,
        sent_with: Option<tonic::codegen::http::HeaderValue>,
    ) -> Result<(), etcd_client::Error> {
        let Some(tokens) = &self.inner.tokens else {
            return Ok(());
        };
        tracing::info!(endpoint = %self.endpoint(i), "the cached auth token was refused; authenticating");
        let client = self.client_of(i).await?;
        tokens.refresh(&client, sent_with).await
    }

    /// Runs `op` under the retry policy of this module, within `--command-timeout`; a
    /// failure that allows a retry moves the pin to the next endpoint first. An idempotent
    /// request gets a quarter of the budget (at least 500 ms) per attempt. If no server
    /// was reached within `--dial-timeout`, the error is `Unreachable`.
    ///
    /// Dropping the future abandons the request: one already sent may still be applied.
    /// Where that matters, guard the request (a revision compare) or use
    /// [`crate::client::exactly_once::WriteCounter`].
    pub async fn call<T, F, Fut>(&self, retry: Retry, mut op: F) -> Result<T>
    where
        F: FnMut(Client) -> Fut,
        Fut: Future<Output = Result<T, etcd_client::Error>>,
    {
        let started = Instant::now();
        let mut backoff = Backoff::default();
        let mut reached_a_server = false;
        let mut renewed_token = false;
        let mut certificates_refused = 0;
        // An idempotent request that gets no answer is sent again elsewhere before the
        // budget is spent: a write forwarded to a leader that just died is dropped by etcd
        // and would otherwise wait out the whole --command-timeout.
        let attempt_budget = match retry {
            Retry::Idempotent => (self.inner.options.command_timeout / 4).max(MIN_ATTEMPT),
            Retry::IfNotSent => self.inner.options.command_timeout,
        };
        loop {
            // Both futures are boxed: etcd-client's request futures are kilobytes each, and
            // every future awaiting a request would otherwise hold (and move) a copy of that
            // size; boxed, one allocation per attempt is all it costs.
            let (i, client) = Box::pin(self.pinned()).await?;
            let sent_with = self.inner.tokens.as_ref().and_then(TokenCache::current);
            let sent = Instant::now();
            let mut err = match tokio::time::timeout(attempt_budget, Box::pin(op(client))).await {
                Ok(Ok(v)) => {
                    self.inner.spoke_plain[i].store(true, Ordering::Relaxed);
                    tracing::debug!(
                        endpoint = %self.endpoint(i),
                        request = request_name::<T, F>(),
                        took = ?sent.elapsed(),
                        "answered"
                    );
                    return Ok(v);
                }
                Ok(Err(e)) => e,
                Err(_) => {
                    etcd_client::Error::GRpcStatus(tonic::Status::deadline_exceeded(format!(
                        "no answer within {}",
                        humantime::format_duration(attempt_budget)
                    )))
                }
            };
            // A refused cached token falls back to the password once per request.
            if !renewed_token && self.inner.tokens.is_some() && token_cache::is_invalid_token(&err)
            {
                renewed_token = true;
                match Box::pin(self.renew_token(i, sent_with)).await {
                    Ok(()) => continue,
                    Err(e) => err = e,
                }
            }
            let failure = Failure::of(&err);
            match failure {
                Failure::Unavailable if retry::is_broken_connection(&err) => {
                    if let Some(mistake) = Box::pin(self.scheme_mistake(i)).await {
                        return Err(mistake);
                    }
                }
                Failure::Certificate => {
                    certificates_refused += 1;
                    if certificates_refused >= self.inner.clients.len() {
                        return Err(self.certificate_refused(i, &err));
                    }
                }
                _ => {}
            }
            reached_a_server |= !matches!(failure, Failure::NotSent | Failure::Certificate);
            let retryable = match failure {
                Failure::NotSent | Failure::Certificate => true,
                Failure::Unavailable => retry == Retry::Idempotent,
                _ => false,
            };
            let budget = if reached_a_server {
                self.inner.options.command_timeout
            } else {
                self.inner.options.dial_timeout
            };
            if matches!(
                failure,
                Failure::NotSent | Failure::Unavailable | Failure::Certificate
            ) {
                // Later requests go elsewhere, whether or not this one may be repeated.
                self.failed(i);
            }
            if retryable && started.elapsed() + backoff.peek() < budget {
                tracing::info!(
                    endpoint = %self.endpoint(i),
                    request = request_name::<T, F>(),
                    error = %describe(&err),
                    after = ?backoff.peek(),
                    "request failed; retrying"
                );
                backoff.wait().await;
                continue;
            }
            tracing::debug!(
                endpoint = %self.endpoint(i),
                request = request_name::<T, F>(),
                error = %describe(&err),
                ?failure,
                "request failed"
            );
            if !reached_a_server {
                return Err(self.unreachable(budget, &err));
            }
            return Err(self.refused(err));
        }
    }

    /// A server's refusal as a condition: authentication and permission failures get
    /// their own ([`crate::admin::access::explain`] then names the refused key).
    fn refused(&self, err: etcd_client::Error) -> Error {
        use tonic::Code;
        let etcd_client::Error::GRpcStatus(status) = &err else {
            return err.into();
        };
        let user = self.user().map(str::to_string);
        match status.code() {
            Code::PermissionDenied => Error::PermissionDenied { user, denied: None },
            Code::InvalidArgument if status.message().contains("user name is empty") => {
                Error::AuthRequired
            }
            _ if Failure::of(&err) == Failure::Auth => Error::Auth {
                user: user.unwrap_or_default(),
                reason: describe(&err),
            },
            _ => err.into(),
        }
    }

    /// A transaction under the retry policy (`retry` says whether sending it twice is safe,
    /// e.g. because it is guarded by a revision compare).
    ///
    /// Errors and cancellation: as [`Etcd::call`].
    pub async fn txn(&self, retry: Retry, txn: Txn) -> Result<TxnResponse> {
        self.call(retry, |mut c| {
            let txn = txn.clone();
            async move { c.txn(txn).await }
        })
        .await
    }

    /// A range read of `key` with `options` (a prefix, a sort, a limit...): idempotent, so
    /// retried on the next endpoint under [`Retry::Idempotent`]. The one way the recipes read.
    ///
    /// Errors: `Unreachable`/`Etcd`. Dropping the future changes nothing: it only reads.
    pub async fn get(
        &self,
        key: impl Into<Vec<u8>>,
        options: Option<GetOptions>,
    ) -> Result<GetResponse> {
        let key = key.into();
        self.call(Retry::Idempotent, |mut c| {
            let (key, options) = (key.clone(), options.clone());
            async move { c.get(key, options).await }
        })
        .await
    }

    /// How many keys lie under `prefix` (idempotent, retried); the response header carries
    /// the cluster's current revision.
    ///
    /// Errors: `Unreachable`/`Etcd`. Dropping the future changes nothing: it only reads.
    pub async fn count_prefix(&self, prefix: &[u8]) -> Result<GetResponse> {
        let options = GetOptions::new().with_prefix().with_count_only();
        self.get(prefix, Some(options)).await
    }

    /// No endpoint connected: the last failure in words, with what a failed TLS handshake
    /// usually means. A member serving plain HTTP answers a client hello with a bad record
    /// (`InvalidContentType`), end of file, or under load a connection reset.
    fn unreachable(&self, within: Duration, err: &etcd_client::Error) -> Error {
        let options = &self.inner.options;
        let mut reason = describe(err);
        let tls =
            options.tls.is_some() || options.endpoints.iter().any(|e| e.starts_with("https://"));
        let handshake_failed = reason.contains("tls handshake")
            || reason.contains("InvalidContentType")
            || (tls && reason.contains("reset by peer"));
        if handshake_failed {
            reason.push_str(
                " (TLS handshake failed: is the endpoint serving plain HTTP? then use http:// \
                 or host:port)",
            );
        }
        Error::Unreachable {
            endpoints: options.endpoints.join(","),
            within,
            reason,
        }
    }

    /// Whether endpoint `i`, given as plain HTTP, broke a connection because it serves only
    /// TLS; then the error that says so. Asked once per endpoint (one TLS client hello,
    /// answered within [`TLS_PROBE`] or the dial timeout), and only while it has never
    /// answered, so that a member killed or restarted later costs no probe. A frozen member
    /// never gets here: its requests time out, they do not break.
    async fn scheme_mistake(&self, i: usize) -> Option<Error> {
        let options = &self.inner.options;
        let endpoint = self.endpoint(i);
        if options.tls.is_some()
            || endpoint.starts_with("https://")
            || self.inner.spoke_plain[i].swap(true, Ordering::AcqRel)
        {
            return None;
        }
        let within = options.dial_timeout.min(TLS_PROBE);
        if !tls::serves_tls(endpoint, within).await {
            return None;
        }
        let authority = endpoint.strip_prefix("http://").unwrap_or(endpoint);
        Some(Error::Tls {
            endpoint: endpoint.to_string(),
            reason: format!(
                "it serves TLS and was given as plain HTTP: give it as https://{authority}, \
                 with --cacert FILE naming the CA that signed its certificate"
            ),
        })
    }

    /// Every endpoint's certificate was refused: rustls's words, with what each usually
    /// means.
    fn certificate_refused(&self, i: usize, err: &etcd_client::Error) -> Error {
        let words = describe(err);
        let words = words.trim_end_matches(": transport error");
        let fix = if words.contains("UnknownIssuer") {
            "no CA trusted here signed it: give the CA that did with --cacert FILE"
        } else if words.contains("NotValidForName") || words.contains("not valid for name") {
            "it does not name the host connected to: give the endpoint by a name or address \
             the certificate lists"
        } else if words.contains("xpired") {
            "it has expired, or this machine's clock is wrong"
        } else {
            "check --cacert and the server's certificate"
        };
        Error::Tls {
            endpoint: self.endpoint(i).to_string(),
            reason: format!("its certificate was refused ({words}): {fix}"),
        }
    }
}

/// An empty bookkeeping prefix would put a queue's counters among its items.
fn check_bookkeeping_prefix(prefix: &str) -> Result<()> {
    if prefix.is_empty() {
        return Err(Error::InvalidInput(
            "the bookkeeping prefix is empty".into(),
        ));
    }
    if prefix.chars().any(char::is_control) {
        return Err(Error::InvalidInput(format!(
            "the bookkeeping prefix {prefix:?} contains control characters"
        )));
    }
    Ok(())
}

/// What a request was, for `-vv` logs: from the type of its answer (`Txn` for
/// etcd-client's `TxnResponse`, `(Txn, Txn)` for a pair), or where it was made (`op`'s
/// function, e.g. `holders::announce`) when the answer was mapped to `()`.
fn request_name<T, F>() -> String {
    let name = short_type_name(std::any::type_name::<T>());
    if name != "()" {
        return name;
    }
    let made_in = std::any::type_name::<F>().replace("::{{closure}}", "");
    let mut path = made_in.rsplit("::").take(2).collect::<Vec<_>>();
    path.reverse();
    path.join("::")
}

/// A type's name without module paths and `Response` suffixes.
fn short_type_name(full: &str) -> String {
    let mut name = String::with_capacity(full.len());
    for part in full.split_inclusive(['<', '>', '(', ')', ',', ' ']) {
        let (path, sep) = part
            .strip_suffix(['<', '>', '(', ')', ',', ' '])
            .map_or((part, ""), |p| (p, &part[p.len()..]));
        let last = path.rsplit("::").next().unwrap_or(path);
        name.push_str(last.strip_suffix("Response").unwrap_or(last));
        name.push_str(sep);
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_named_by_their_answers_type() {
        fn made_here() -> impl Fn() {
            || {}
        }
        fn name_of<T, F>(_: F) -> String {
            request_name::<T, F>()
        }
        assert_eq!(name_of::<etcd_client::TxnResponse, _>(made_here()), "Txn");
        assert_eq!(
            name_of::<etcd_client::LeaseGrantResponse, _>(made_here()),
            "LeaseGrant"
        );
        assert_eq!(
            name_of::<(etcd_client::GetResponse, Vec<etcd_client::PutResponse>), _>(made_here()),
            "(Get, Vec<Put>)"
        );
        assert_eq!(
            name_of::<(), _>(made_here()),
            "requests_are_named_by_their_answers_type::made_here"
        );
    }

    #[test]
    fn endpoints_with_and_without_scheme() {
        let eps = parse_endpoints("127.0.0.1:2379, http://a:1,b:2/").unwrap();
        assert_eq!(eps, ["127.0.0.1:2379", "http://a:1", "b:2/"]);
        assert!(check_schemes(&eps, false).is_ok());
        assert!(
            check_schemes(&eps, true).is_err(),
            "bare is https:// with TLS"
        );
        let tls = parse_endpoints("https://a:1,b:2").unwrap();
        assert!(check_schemes(&tls, true).is_ok());
        assert!(check_schemes(&tls, false).is_err());
        assert!(parse_endpoints("https://a:1,http://b:2").is_err());
        for bad in ["", " , ", "ftp://a:1", "nohost", "a:notaport", ":2379"] {
            assert!(parse_endpoints(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn no_endpoints_is_an_error_not_a_panic() {
        let connecting = Etcd::connect(ConnectOptions::new(Vec::new()));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        match runtime.block_on(connecting) {
            Err(Error::InvalidInput(message)) => assert!(message.contains("no etcd endpoints")),
            Err(other) => panic!("{other:?}"),
            Ok(_) => panic!("connected to no endpoints"),
        }
    }

    #[test]
    fn credentials_never_show_the_password() {
        let c = Credentials::new("root", "hunter2");
        assert!(!format!("{c:?}").contains("hunter2"));
    }
}
