//! Options → a connected etcd client, and the retry policy every request goes through.
//!
//! Requests are pinned to one endpoint at a time (see [`Etcd`]); [`Etcd::call`] retries,
//! on the next endpoint:
//! - any request whose error shows it never left this process (connect failures);
//! - a request marked [`Retry::Idempotent`] on any `Unavailable`, since repeating it
//!   cannot change the outcome (reads, revision-guarded transactions, revokes).
//!
//! HTTP/2 keep-alive pings run while a stream is open, so a watch or keep-alive stream on a
//! half-open connection ends after [`KEEPALIVE_INTERVAL`] + [`KEEPALIVE_TIMEOUT`] instead of
//! hanging. Expired auth tokens are refreshed by etcd-client (`with_auto_token_refresh`).

use std::fmt;
use std::future::Future;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use etcd_client::{
    Certificate, Client, GetOptions, GetResponse, Identity, TlsOptions, Txn, TxnResponse,
};
use tokio::sync::OnceCell;
use tokio::time::{sleep, sleep_until, Instant};

use crate::cli::Global;
use crate::error::{Error, Result};

pub const DEFAULT_ENDPOINTS: &str = "127.0.0.1:2379";
pub const DEFAULT_DIAL_TIMEOUT: Duration = Duration::from_secs(2);
pub const DEFAULT_COMMAND_TIMEOUT: Duration = Duration::from_secs(5);
/// At least etcd's `--grpc-keepalive-min-time` (5s): pinging more often gets the
/// connection closed with `too_many_pings`.
pub const KEEPALIVE_INTERVAL: Duration = Duration::from_secs(10);
pub const KEEPALIVE_TIMEOUT: Duration = Duration::from_secs(5);
/// The shortest wait for one attempt of an idempotent request (see [`Etcd::call`]).
const MIN_ATTEMPT: Duration = Duration::from_millis(500);

/// Everything needed to reach the cluster.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    pub endpoints: Vec<String>,
    pub tls: Option<TlsFiles>,
    pub credentials: Option<Credentials>,
    pub dial_timeout: Duration,
    pub command_timeout: Duration,
    /// Prepended to every name to form its key.
    pub prefix: String,
    /// Ask members to refuse requests while they have no leader (see `Etcd`). Off only for
    /// diagnostics, which must answer from a leaderless member too.
    pub require_leader: bool,
}

#[derive(Debug, Clone, Default)]
pub struct TlsFiles {
    pub ca: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
}

#[derive(Clone)]
pub struct Credentials {
    pub user: String,
    password: String,
}

impl Credentials {
    pub fn new(user: impl Into<String>, password: impl Into<String>) -> Credentials {
        Credentials {
            user: user.into(),
            password: password.into(),
        }
    }
}

/// Never prints the password.
impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password", &"<redacted>")
            .finish()
    }
}

/// Which failed requests may be sent again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Only when the request provably never reached a server.
    IfNotSent,
    /// On any `Unavailable`: sending it twice has the effect of sending it once.
    Idempotent,
}

impl ConnectOptions {
    /// Plain-TCP options for `endpoints` with the default timeouts.
    pub fn new(endpoints: Vec<String>) -> ConnectOptions {
        ConnectOptions {
            endpoints,
            tls: None,
            credentials: None,
            dial_timeout: DEFAULT_DIAL_TIMEOUT,
            command_timeout: DEFAULT_COMMAND_TIMEOUT,
            prefix: String::new(),
            require_leader: true,
        }
    }

    /// Resolves the global options: flag, then `ETCDKIT_*` (both through clap), then the
    /// `ETCDCTL_*` fallback, then the default. Asks for a missing password on a terminal.
    pub fn from_cli(global: &Global) -> Result<ConnectOptions> {
        let endpoints = global
            .endpoints
            .clone()
            .or_else(|| etcdctl_env("ENDPOINTS"))
            .unwrap_or_else(|| DEFAULT_ENDPOINTS.to_string());
        let endpoints = parse_endpoints(&endpoints)?;

        let path = |flag: &Option<PathBuf>, name| {
            flag.clone()
                .or_else(|| etcdctl_env(name).map(PathBuf::from))
        };
        let files = TlsFiles {
            ca: path(&global.cacert, "CACERT"),
            cert: path(&global.cert, "CERT"),
            key: path(&global.key, "KEY"),
        };
        let tls =
            (files.ca.is_some() || files.cert.is_some() || files.key.is_some()).then_some(files);
        if let Some(files) = &tls {
            // Unreadable certificates are bad input: refuse them before any connection.
            tls_options(files)?;
        }

        let duration = |flag: Option<Duration>, name: &str, default| match flag {
            Some(d) => Ok(d),
            None => match etcdctl_env(name) {
                Some(text) => crate::cli::parse_duration(&text)
                    .map_err(|e| Error::InvalidInput(format!("ETCDCTL_{name}: {e}"))),
                None => Ok(default),
            },
        };
        let dial_timeout = positive(
            duration(global.dial_timeout, "DIAL_TIMEOUT", DEFAULT_DIAL_TIMEOUT)?,
            "--dial-timeout",
        )?;
        let command_timeout = positive(
            duration(
                global.command_timeout,
                "COMMAND_TIMEOUT",
                DEFAULT_COMMAND_TIMEOUT,
            )?,
            "--command-timeout",
        )?;

        Ok(ConnectOptions {
            endpoints,
            tls,
            credentials: credentials(global)?,
            dial_timeout,
            command_timeout,
            prefix: global.prefix.clone(),
            require_leader: true,
        })
    }
}

fn etcdctl_env(name: &str) -> Option<String> {
    std::env::var(format!("ETCDCTL_{name}"))
        .ok()
        .filter(|v| !v.is_empty())
}

fn positive(d: Duration, flag: &str) -> Result<Duration> {
    if d.is_zero() {
        return Err(Error::InvalidInput(format!(
            "{flag} must be greater than 0"
        )));
    }
    Ok(d)
}

/// Splits a comma-separated endpoint list; accepts `host:port` and `http(s)://host:port`.
pub fn parse_endpoints(list: &str) -> Result<Vec<String>> {
    let endpoints: Vec<String> = list
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_string)
        .collect();
    if endpoints.is_empty() {
        return Err(Error::InvalidInput("--endpoints is empty".into()));
    }
    for e in &endpoints {
        let rest = match e.split_once("://") {
            Some(("http" | "https", rest)) => rest,
            Some((scheme, _)) => {
                return Err(Error::InvalidInput(format!(
                    "--endpoints: {e:?} has scheme {scheme:?}; use host:port, http:// or https://"
                )))
            }
            None => e.as_str(),
        };
        let port_ok = rest
            .trim_end_matches('/')
            .rsplit_once(':')
            .is_some_and(|(host, port)| !host.is_empty() && port.parse::<u16>().is_ok());
        if !port_ok {
            return Err(Error::InvalidInput(format!(
                "--endpoints: {e:?} is not host:port"
            )));
        }
    }
    Ok(endpoints)
}

/// The longest name accepted; etcd's keys can be longer, but a name this long is a mistake.
pub const MAX_NAME_LEN: usize = 4096;

/// Checks a user-given name (lock, election, service, topic...) before anything is sent.
/// `what` names the argument in the error, e.g. "lock NAME".
pub fn check_name(name: &str, what: &str) -> Result<()> {
    if name.is_empty() {
        return Err(Error::InvalidInput(format!("{what} is empty")));
    }
    if name.chars().any(char::is_control) {
        return Err(Error::InvalidInput(format!(
            "{what} {:?} contains control characters",
            name
        )));
    }
    if name.len() > MAX_NAME_LEN {
        return Err(Error::InvalidInput(format!(
            "{what} is longer than {MAX_NAME_LEN} bytes"
        )));
    }
    Ok(())
}

fn credentials(global: &Global) -> Result<Option<Credentials>> {
    let Some(user) = global.user.clone().or_else(|| etcdctl_env("USER")) else {
        return Ok(None);
    };
    // etcdctl's `--user NAME:PASSWORD` form.
    if let Some((name, password)) = user.split_once(':') {
        return Ok(Some(Credentials::new(name, password)));
    }
    if user.is_empty() {
        return Err(Error::InvalidInput("--user is empty".into()));
    }
    let password = if let Some(p) = global.password.clone().or_else(|| etcdctl_env("PASSWORD")) {
        p
    } else if let Some(file) = &global.password_file {
        read_password_file(file)?
    } else if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!("Password for etcd user {user}: "))?
    } else {
        return Err(Error::InvalidInput(format!(
            "no password for --user {user}: set ETCDKIT_PASSWORD, pass --password-file, or run on a terminal to be asked"
        )));
    };
    Ok(Some(Credentials::new(user, password)))
}

fn read_password_file(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::InvalidInput(format!("--password-file {}: {e}", path.display())))?;
    Ok(text.lines().next().unwrap_or_default().to_string())
}

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
}

impl Etcd {
    /// Prepares the clients and connects to the first endpoint that answers, within
    /// `dial_timeout`. Without credentials nothing is sent until the first request; with
    /// them, this authenticates.
    ///
    /// Errors: `InvalidInput` for unreadable certificate files or bad endpoints,
    /// `Unreachable`, `Auth`.
    pub async fn connect(options: ConnectOptions) -> Result<Etcd> {
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
        if let Some(c) = &options.credentials {
            settings = settings.with_user(c.user.clone(), c.password.clone());
        }
        let clients = options.endpoints.iter().map(|_| OnceCell::new()).collect();
        let etcd = Etcd {
            inner: Arc::new(Inner {
                options,
                settings,
                clients,
                pinned: AtomicUsize::new(0),
            }),
        };
        etcd.pinned().await?;
        Ok(etcd)
    }

    /// The etcd key for a user-given name: `--prefix` + name.
    pub fn key(&self, name: &str) -> Vec<u8> {
        format!("{}{name}", self.inner.options.prefix).into_bytes()
    }

    /// The client of the pinned endpoint and its index, connecting it on first use. When
    /// that fails, moves on to the next endpoint until one connects or `dial_timeout` passes.
    pub async fn pinned(&self) -> Result<(usize, Client)> {
        let started = Instant::now();
        let mut backoff = Backoff::default();
        loop {
            let i = self.inner.pinned.load(Ordering::Acquire);
            let err = match self.client_of(i).await {
                Ok(client) => return Ok((i, client)),
                Err(e) => e,
            };
            match Failure::of(&err) {
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
                        reason: status_message(&err),
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
        let _ = self
            .inner
            .pinned
            .compare_exchange(i, next, Ordering::AcqRel, Ordering::Acquire);
    }

    async fn client_of(&self, i: usize) -> Result<Client, etcd_client::Error> {
        let endpoint = &self.inner.options.endpoints[i];
        let settings = self.inner.settings.clone();
        self.inner.clients[i]
            .get_or_try_init(|| Client::connect([endpoint], Some(settings)))
            .await
            .cloned()
    }

    /// Runs `op` under the retry policy of this module, within `--command-timeout`; a
    /// failure that allows a retry moves the pin to the next endpoint first. An idempotent
    /// request gets a quarter of the budget (at least 500 ms) per attempt. If no server
    /// was reached within `--dial-timeout`, the error is `Unreachable`.
    pub async fn call<T, F, Fut>(&self, retry: Retry, mut op: F) -> Result<T>
    where
        F: FnMut(Client) -> Fut,
        Fut: Future<Output = Result<T, etcd_client::Error>>,
    {
        let started = Instant::now();
        let mut backoff = Backoff::default();
        let mut reached_a_server = false;
        // An idempotent request that gets no answer is sent again elsewhere before the
        // budget is spent: a write forwarded to a leader that just died is dropped by etcd
        // and would otherwise wait out the whole --command-timeout.
        let attempt_budget = match retry {
            Retry::Idempotent => (self.inner.options.command_timeout / 4).max(MIN_ATTEMPT),
            Retry::IfNotSent => self.inner.options.command_timeout,
        };
        loop {
            let (i, client) = self.pinned().await?;
            let err = match tokio::time::timeout(attempt_budget, op(client)).await {
                Ok(Ok(v)) => return Ok(v),
                Ok(Err(e)) => e,
                Err(_) => {
                    etcd_client::Error::GRpcStatus(tonic::Status::deadline_exceeded(format!(
                        "no answer within {}",
                        humantime::format_duration(attempt_budget)
                    )))
                }
            };
            let failure = Failure::of(&err);
            reached_a_server |= failure != Failure::NotSent;
            let retryable = match failure {
                Failure::NotSent => true,
                Failure::Unavailable => retry == Retry::Idempotent,
                _ => false,
            };
            let budget = if reached_a_server {
                self.inner.options.command_timeout
            } else {
                self.inner.options.dial_timeout
            };
            if matches!(failure, Failure::NotSent | Failure::Unavailable) {
                // Later requests go elsewhere, whether or not this one may be repeated.
                self.failed(i);
            }
            if retryable && started.elapsed() + backoff.peek() < budget {
                backoff.wait().await;
                continue;
            }
            if !reached_a_server {
                return Err(self.unreachable(budget, &err));
            }
            return Err(err.into());
        }
    }

    /// A transaction under the retry policy (`retry` says whether sending it twice is safe,
    /// e.g. because it is guarded by a revision compare).
    pub async fn txn(&self, retry: Retry, txn: Txn) -> Result<TxnResponse> {
        self.call(retry, |mut c| {
            let txn = txn.clone();
            async move { c.txn(txn).await }
        })
        .await
    }

    /// How many keys lie under `prefix` (idempotent, retried); the response header carries
    /// the cluster's current revision.
    pub async fn count_prefix(&self, prefix: &[u8]) -> Result<GetResponse> {
        self.call(Retry::Idempotent, |mut c| async move {
            c.get(
                prefix,
                Some(GetOptions::new().with_prefix().with_count_only()),
            )
            .await
        })
        .await
    }

    fn unreachable(&self, within: Duration, err: &etcd_client::Error) -> Error {
        Error::Unreachable {
            endpoints: self.inner.options.endpoints.join(","),
            within,
            reason: status_message(err),
        }
    }
}

/// Builds tonic's TLS settings from files. Errors name the flag whose file is at fault; a
/// file without the PEM block it needs is refused here rather than by a handshake that
/// fails after the connect timeout.
fn tls_options(files: &TlsFiles) -> Result<TlsOptions> {
    // `marker` is what the file's PEM block must carry.
    let read = |path: &Path, flag: &str, marker: &str, what: &str| {
        let pem = std::fs::read(path)
            .map_err(|e| Error::InvalidInput(format!("{flag} {}: {e}", path.display())))?;
        if !String::from_utf8_lossy(&pem).contains(marker) {
            return Err(Error::InvalidInput(format!(
                "{flag} {}: not a PEM {what}",
                path.display()
            )));
        }
        Ok(pem)
    };
    let certificate =
        |path: &Path, flag: &str| read(path, flag, "-----BEGIN CERTIFICATE-----", "certificate");
    let mut tls = TlsOptions::new();
    if let Some(ca) = &files.ca {
        tls = tls.ca_certificate(Certificate::from_pem(certificate(ca, "--cacert")?));
    }
    match (&files.cert, &files.key) {
        (Some(cert), Some(key)) => {
            tls = tls.identity(Identity::from_pem(
                certificate(cert, "--cert")?,
                // PKCS#8 "PRIVATE KEY", PKCS#1 "RSA PRIVATE KEY" or SEC1 "EC PRIVATE KEY".
                read(key, "--key", "PRIVATE KEY-----", "private key")?,
            ));
        }
        (None, None) => {}
        (Some(_), None) => return Err(Error::InvalidInput("--cert needs --key".into())),
        (None, Some(_)) => return Err(Error::InvalidInput("--key needs --cert".into())),
    }
    Ok(tls)
}

/// The server's or transport's own words, without the wrapper prefixes.
fn status_message(err: &etcd_client::Error) -> String {
    match err {
        etcd_client::Error::GRpcStatus(s) => {
            let mut msg = s.message().to_string();
            let mut source = std::error::Error::source(s);
            while let Some(cause) = source {
                let text = cause.to_string();
                if !msg.contains(&text) {
                    msg = format!("{msg}: {text}");
                }
                source = cause.source();
            }
            msg
        }
        other => other.to_string(),
    }
}

/// How a failed request failed, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Failure {
    /// The request never left: no connection could be made.
    NotSent,
    /// `Unavailable` after it may have reached a server.
    Unavailable,
    /// The server refused the credentials or token.
    Auth,
    /// Local configuration (URI, TLS material) is unusable.
    Config,
    Other,
}

impl Failure {
    fn of(err: &etcd_client::Error) -> Failure {
        use etcd_client::Error as E;
        use tonic::Code;
        match err {
            E::GRpcStatus(s) => match s.code() {
                Code::Unavailable if is_connect_error(s) => Failure::NotSent,
                // "no leader": refused before the proposal, so nothing was applied.
                Code::Unavailable if s.message().contains("no leader") => Failure::NotSent,
                // Unavailable, or no answer within --command-timeout: it may have been applied.
                Code::Unavailable | Code::Cancelled | Code::DeadlineExceeded => {
                    Failure::Unavailable
                }
                // The connection broke under the request (member killed mid-request).
                Code::Unknown | Code::Internal if is_transport_error(s) => Failure::Unavailable,
                Code::Unauthenticated | Code::PermissionDenied => Failure::Auth,
                Code::InvalidArgument | Code::FailedPrecondition
                    if s.message().contains("authentication") =>
                {
                    Failure::Auth
                }
                _ => Failure::Other,
            },
            E::TransportError(_) | E::InvalidUri(_) | E::InvalidArgs(_) => Failure::Config,
            _ => Failure::Other,
        }
    }
}

fn is_transport_error(status: &tonic::Status) -> bool {
    status.message().contains("transport error")
        || std::error::Error::source(status).is_some_and(|e| e.is::<tonic::transport::Error>())
}

fn is_connect_error(status: &tonic::Status) -> bool {
    let mut text = status.message().to_string();
    let mut source = std::error::Error::source(status);
    while let Some(cause) = source {
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

    #[test]
    fn endpoints_with_and_without_scheme() {
        let eps = parse_endpoints("127.0.0.1:2379, http://a:1,https://b:2/").unwrap();
        assert_eq!(eps, ["127.0.0.1:2379", "http://a:1", "https://b:2/"]);
        for bad in ["", " , ", "ftp://a:1", "nohost", "a:notaport", ":2379"] {
            assert!(parse_endpoints(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn names_are_checked() {
        assert!(check_name("nightly-backup", "NAME").is_ok());
        assert!(check_name("a/b c", "NAME").is_ok());
        assert!(check_name("", "NAME").is_err());
        assert!(check_name("a\nb", "NAME").is_err());
        assert!(check_name(&"x".repeat(MAX_NAME_LEN + 1), "NAME").is_err());
    }

    #[test]
    fn credentials_never_show_the_password() {
        let c = Credentials::new("root", "hunter2");
        assert!(!format!("{c:?}").contains("hunter2"));
    }
}
