//! What [`Etcd::connect`](super::Etcd::connect) needs to reach the cluster, as plain values.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::error::{Error, Result};

/// `127.0.0.1:2379`, etcd's own default.
pub const DEFAULT_ENDPOINTS: &str = "127.0.0.1:2379";
/// How long connecting may take by default.
pub const DEFAULT_DIAL_TIMEOUT: Duration = Duration::from_secs(2);
/// How long one request may take by default.
pub const DEFAULT_COMMAND_TIMEOUT: Duration = Duration::from_secs(5);
/// Where bookkeeping goes that a shared layout keeps out of a name's own keys.
pub const DEFAULT_BOOKKEEPING_PREFIX: &str = "__etcdkit/";

/// Everything needed to reach the cluster.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// `host:port` or `http(s)://host:port`; requests go to one at a time (see [`Etcd`](super::Etcd)).
    pub endpoints: Vec<String>,
    /// Client TLS; `None` for plain TCP.
    pub tls: Option<TlsFiles>,
    /// etcd authentication; `None` when auth is off.
    pub credentials: Option<Credentials>,
    /// How long connecting to the cluster may take.
    pub dial_timeout: Duration,
    /// How long one request may take, retries included.
    pub command_timeout: Duration,
    /// Prepended to every name to form its key.
    pub prefix: String,
    /// Under `prefix`, where the bookkeeping of a name goes when a layout shared with
    /// etcdctl, Go or gRPC forbids keeping it under the name's own keys (the queue's write
    /// counters, a service's round-robin counter): `prefix` + this + name + `/...`. Not
    /// empty. See [`Etcd::bookkeeping_key`](super::Etcd::bookkeeping_key).
    pub bookkeeping_prefix: String,
    /// Ask members to refuse requests while they have no leader (see `Etcd`). Off only for
    /// diagnostics, which must answer from a leaderless member too.
    pub require_leader: bool,
    /// With `credentials`: a file to keep the auth token in between runs, so that etcd
    /// checks the password (bcrypt, tens of milliseconds of its CPU) once per token
    /// lifetime instead of on every connect. `None` (the default): no cache. The file is
    /// a bearer credential: see the module `client::token_cache` and docs/security.md.
    pub token_cache: Option<PathBuf>,
    /// Told of keep-alives, failovers and resumed watches, for metrics; `None` (the
    /// default): nobody is.
    pub observer: Option<Arc<dyn super::Observer>>,
}

#[derive(Debug, Clone, Default)]
/// PEM files for TLS; any one of them turns TLS on.
pub struct TlsFiles {
    /// CA bundle that verifies the servers' certificates.
    pub ca: Option<PathBuf>,
    /// Client certificate for mutual TLS (with `key`).
    pub cert: Option<PathBuf>,
    /// Private key of `cert`.
    pub key: Option<PathBuf>,
}

#[derive(Clone)]
/// An etcd user and password. Its `Debug` never shows the password.
pub struct Credentials {
    /// The etcd user name.
    pub user: String,
    pub(crate) password: String,
}

impl Credentials {
    /// Credentials for `user`.
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
            bookkeeping_prefix: DEFAULT_BOOKKEEPING_PREFIX.to_string(),
            require_leader: true,
            token_cache: None,
            observer: None,
        }
    }
}

/// Splits a comma-separated endpoint list; accepts `host:port` and `http(s)://host:port`
/// (an IPv6 host in brackets, `[::1]:2379`), all of one scheme: a list that mixes
/// `https://` and `http://` would only fail once the connection moved to the other kind.
pub fn parse_endpoints(list: &str) -> Result<Vec<String>> {
    let endpoints: Vec<String> = list
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_string)
        .collect();
    if endpoints.is_empty() {
        return Err(Error::InvalidInput("no endpoint given".into()));
    }
    let mut schemes = Vec::new();
    for e in &endpoints {
        let rest = match e.split_once("://") {
            Some((scheme @ ("http" | "https"), rest)) => {
                schemes.push(scheme);
                rest
            }
            Some((scheme, _)) => {
                return Err(Error::InvalidInput(format!(
                    "{e:?} has scheme {scheme:?}; use host:port, http:// or https://"
                )))
            }
            None => e.as_str(),
        };
        check_host_port(e, rest.trim_end_matches('/'))?;
    }
    if schemes.contains(&"http") && schemes.contains(&"https") {
        return Err(mixed(list));
    }
    Ok(endpoints)
}

/// Checks that `endpoints` ([`parse_endpoints`]) are all of one scheme once those without
/// one are given theirs: `https://` with TLS material (`tls`), else `http://`, as the
/// connection treats them.
///
/// Errors: `InvalidInput` for a list that mixes the two.
pub fn check_schemes(endpoints: &[String], tls: bool) -> Result<()> {
    let bare = if tls { "https" } else { "http" };
    let mut schemes = endpoints
        .iter()
        .map(|e| e.split_once("://").map_or(bare, |(scheme, _)| scheme));
    let first = schemes.next();
    if schemes.any(|s| Some(s) != first) {
        return Err(mixed(&endpoints.join(",")));
    }
    Ok(())
}

fn mixed(list: &str) -> Error {
    Error::InvalidInput(format!(
        "{list:?} mixes https:// and http:// endpoints (one without a scheme is https:// with \
         --cacert, --cert or --key, else http://); give the members of one cluster as they \
         serve clients, all https:// or all http://"
    ))
}

/// `host:port` with a port number, a host without spaces or slashes, and an IPv6 host in
/// brackets. `e` is the endpoint as given, for the message.
fn check_host_port(e: &str, host_port: &str) -> Result<()> {
    let bad = |why: &str| {
        Err(Error::InvalidInput(format!(
            "{e:?} is not host:port: {why}"
        )))
    };
    if host_port.trim().contains(char::is_whitespace) {
        return bad("it holds a space; endpoints are comma-separated, as in a:2379,b:2379");
    }
    let v6_only = "a bracketed host must be an IPv6 address, as in [::1]:2379";
    let port = if let Some(bracketed) = host_port.strip_prefix('[') {
        let Some((v6, rest)) = bracketed.split_once(']') else {
            return bad(v6_only);
        };
        if v6.parse::<std::net::Ipv6Addr>().is_err() {
            return bad(v6_only);
        }
        match rest.strip_prefix(':') {
            Some(port) => port,
            None => return bad("no port"),
        }
    } else {
        let Some((host, port)) = host_port.rsplit_once(':') else {
            return bad("no port");
        };
        if host.is_empty() {
            return bad("no host");
        }
        if host.contains(':') {
            return bad("an IPv6 host goes in brackets, as in [::1]:2379");
        }
        if host.contains(|c: char| c.is_whitespace() || "/[]@?#".contains(c)) {
            return bad("the host has a character no host name has");
        }
        port
    };
    if port.parse::<u16>().is_err() {
        return bad("the port is not a number from 0 to 65535");
    }
    Ok(())
}
