//! The opt-in auth token cache ([`ConnectOptions::token_cache`](super::ConnectOptions)):
//! authenticate once per token lifetime instead of once per run.
//!
//! Why: etcd checks a password with bcrypt, about 66 ms of the leader's CPU for each
//! `Authenticate`. Without the cache every invocation pays it; a cron line on a thousand
//! hosts every minute costs the leader a core. A token costs the server a map lookup.
//!
//! How:
//! - The cache is one JSON file, `{"tokens": {ENTRY: TOKEN}}`, an entry per user name and
//!   endpoint set (sorted, so the order the endpoints were given in does not matter). It is
//!   written whole to a temporary file (mode 0600) in its directory (created 0700), flushed
//!   and renamed over the old one, so a reader sees the old file or the new one. Two runs
//!   saving at once: the last rename wins, and the loser's token is only re-obtained once.
//!   A file that others may read, or that is not a regular file, is not used.
//! - With the cache on, etcd-client is given no credentials (it would authenticate while
//!   connecting). Instead the channel under every client of the handle puts the token in
//!   each request's `token` header ([`WithToken`]), as etcd-client would.
//! - Connecting checks a cached token with a serializable count-only read (the member
//!   alone answers it, no bcrypt): refused as invalid, the password is used once for a new
//!   token, which is saved. A permission error proves the token valid too.
//! - A token that etcd later refuses as invalid (a member restarted and forgot simple
//!   tokens; the TTL ran out while idle) gets the same fallback from [`super::Etcd::call`],
//!   then the request is sent again. Refreshes are serialised: calls that hit the same
//!   stale token authenticate once.
//! - A password that etcd refuses removes the entry, so the next run asks etcd again.

use std::collections::BTreeMap;
use std::fs::{self, DirBuilder, File, OpenOptions};
use std::future::Future;
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::task::{Context, Poll};

use etcd_client::Client;
use serde::{Deserialize, Serialize};
use tonic::codegen::http::{HeaderValue, Request, Response};
use tower::Service;

use super::options::Credentials;

/// The largest cache file read: far more than any number of tokens a user keeps, and a
/// bound against being pointed at a device.
const MAX_FILE_BYTES: u64 = 1 << 20;
/// The request header etcd reads the token from.
const TOKEN_HEADER: &str = "token";

/// The token in use, shared by the channel of every client of one handle.
pub(super) type Slot = Arc<RwLock<Option<HeaderValue>>>;

/// One handle's view of the cache: where it lives, which entry is this handle's, and the
/// token the channel sends.
pub(super) struct TokenCache {
    path: PathBuf,
    entry: String,
    credentials: Credentials,
    pub(super) slot: Slot,
    /// Serialises refreshes (see the module doc).
    refreshing: tokio::sync::Mutex<()>,
}

#[derive(Default, Serialize, Deserialize)]
struct CacheFile {
    tokens: BTreeMap<String, String>,
}

impl TokenCache {
    /// The cache at `path` for `credentials` on `endpoints`, with the cached token (if any)
    /// in the slot. An unreadable or unusable file is treated as empty (logged).
    pub(super) fn open(path: PathBuf, endpoints: &[String], credentials: Credentials) -> Self {
        let entry = entry(&credentials.user, endpoints);
        let token = read(&path)
            .tokens
            .remove(&entry)
            .and_then(|t| HeaderValue::from_str(&t).ok());
        if token.is_some() {
            tracing::debug!(cache = %path.display(), "using the cached auth token");
        }
        TokenCache {
            path,
            entry,
            credentials,
            slot: Arc::new(RwLock::new(token)),
            refreshing: tokio::sync::Mutex::new(()),
        }
    }

    /// The token being sent now.
    pub(super) fn current(&self) -> Option<HeaderValue> {
        self.slot.read().ok().and_then(|t| t.clone())
    }

    /// Makes sure the slot holds a token etcd accepts, authenticating with the password
    /// only if there is none or `client`'s member refuses the cached one.
    pub(super) async fn confirm(&self, client: &Client) -> Result<(), etcd_client::Error> {
        if self.current().is_some() {
            let probe = etcd_client::GetOptions::new()
                .with_serializable()
                .with_count_only();
            match client.clone().get(vec![0], Some(probe)).await {
                Err(e) if is_invalid_token(&e) => {
                    tracing::info!(cache = %self.path.display(), "the cached auth token was refused; authenticating with the password");
                }
                // Accepted (a permission error means the token was read and is valid), or
                // a failure the caller deals with as it would without a cache.
                _ => return Ok(()),
            }
        }
        self.refresh(client, self.current()).await
    }

    /// Replaces `stale` (the token a refused request carried) with a new one from the
    /// password, and saves it; does nothing if a concurrent refresh replaced it already.
    pub(super) async fn refresh(
        &self,
        client: &Client,
        stale: Option<HeaderValue>,
    ) -> Result<(), etcd_client::Error> {
        let _one_at_a_time = self.refreshing.lock().await;
        if self.current() != stale {
            return Ok(());
        }
        let c = &self.credentials;
        let answer = client
            .auth_client()
            .authenticate(c.user.clone(), c.password.clone())
            .await;
        let token = match answer {
            Ok(answer) => answer.token().to_string(),
            Err(e) => {
                // The password is refused (or etcd is gone): a later run starts afresh.
                self.save(None);
                return Err(e);
            }
        };
        let value = HeaderValue::from_str(&token).map_err(|_| {
            etcd_client::Error::InvalidArgs("etcd answered with a token that is not text".into())
        })?;
        tracing::debug!(cache = %self.path.display(), "authenticated; saving the new token");
        if let Ok(mut slot) = self.slot.write() {
            *slot = Some(value);
        }
        self.save(Some(token));
        Ok(())
    }

    /// Writes this entry's token (`None`: removes the entry) into the file, keeping the
    /// others. A failure only costs the next run a password check, so it is logged.
    fn save(&self, token: Option<String>) {
        // What `open` warned about is replaced without a second warning.
        let mut file = try_read(&self.path).ok().flatten().unwrap_or_default();
        let changed = match token {
            Some(t) => file.tokens.insert(self.entry.clone(), t.clone()).as_ref() != Some(&t),
            None => file.tokens.remove(&self.entry).is_some(),
        };
        if !changed {
            return;
        }
        if let Err(e) = write(&self.path, &file) {
            tracing::warn!(cache = %self.path.display(), error = %e, "could not save the auth token cache");
        }
    }
}

/// Whether etcd refused the request's token (not the password, not a permission): invalid
/// or expired, or issued before a change of users or roles ("revision of auth store is
/// old"), the two cases Go's client also answers with a new token. Matched by message:
/// Lock and Election lose the status code.
pub(super) fn is_invalid_token(err: &etcd_client::Error) -> bool {
    matches!(err, etcd_client::Error::GRpcStatus(s)
        if s.message().contains("invalid auth token")
            || s.message().contains("revision of auth store is old"))
}

/// The entry of `user` on `endpoints`: the same whatever order the endpoints come in.
fn entry(user: &str, endpoints: &[String]) -> String {
    let mut sorted: Vec<&str> = endpoints.iter().map(|e| e.trim_end_matches('/')).collect();
    sorted.sort_unstable();
    sorted.dedup();
    format!("{user}@{}", sorted.join(","))
}

/// The cache file's contents; empty when missing, unreadable, too large, open to other
/// users, or not JSON of the expected shape.
fn read(path: &Path) -> CacheFile {
    match try_read(path) {
        Ok(Some(file)) => file,
        Ok(None) => CacheFile::default(),
        Err(why) => {
            tracing::warn!(cache = %path.display(), "ignoring the auth token cache: {why}");
            CacheFile::default()
        }
    }
}

fn try_read(path: &Path) -> Result<Option<CacheFile>, String> {
    let mut opened = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    let meta = opened.metadata().map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.mode() & 0o077 != 0 {
        return Err(format!(
            "mode {:o} lets other users read it (it must be 0600)",
            meta.mode() & 0o777
        ));
    }
    if meta.uid() != nix::unistd::geteuid().as_raw() {
        return Err("owned by another user".into());
    }
    let mut text = String::new();
    (&mut opened)
        .take(MAX_FILE_BYTES)
        .read_to_string(&mut text)
        .map_err(|e| e.to_string())?;
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|e| format!("not a token cache: {e}"))
}

/// Replaces the file at `path` with `file`, atomically (see the module doc).
fn write(path: &Path, file: &CacheFile) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    let name = path
        .file_name()
        .map_or("tokens".into(), |n| n.to_string_lossy());
    let staged = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut out = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&staged)?;
        out.write_all(&serde_json::to_vec(file)?)?;
        out.sync_all()?;
        fs::rename(&staged, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&staged);
    }
    result
}

/// The channel under a handle's clients when the cache is on: adds the slot's token to
/// every etcd request that does not carry one, as etcd-client's own interceptor would.
/// `Authenticate` is how a token is obtained, so it goes without.
#[derive(Clone)]
pub(super) struct WithToken {
    pub(super) inner: tonic::transport::Channel,
    pub(super) slot: Slot,
}

type Body = tonic::body::Body;

impl Service<Request<Body>> for WithToken {
    type Response = Response<Body>;
    type Error = tower::BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, tower::BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, mut request: Request<Body>) -> Self::Future {
        let path = request.uri().path();
        let wants_token = !path.starts_with("/etcdserverpb.Auth/Authenticate")
            && ["/etcdserverpb.", "/v3lockpb.", "/v3electionpb."]
                .iter()
                .any(|service| path.starts_with(service));
        if wants_token && !request.headers().contains_key(TOKEN_HEADER) {
            if let Some(token) = self.slot.read().ok().and_then(|t| t.clone()) {
                request.headers_mut().insert(TOKEN_HEADER, token);
            }
        }
        let sent = self.inner.call(request);
        Box::pin(async move { sent.await.map_err(Into::into) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_does_not_depend_on_the_order_of_the_endpoints() {
        let a = entry(
            "ci",
            &["http://b:2".into(), "a:1".into(), "http://b:2/".into()],
        );
        let b = entry("ci", &["a:1".into(), "http://b:2".into()]);
        assert_eq!(a, b);
        assert_ne!(a, entry("root", &["a:1".into(), "http://b:2".into()]));
    }

    #[test]
    fn a_saved_token_is_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new/auth-tokens.json");
        let cache = TokenCache::open(path.clone(), &["a:1".into()], Credentials::new("u", "p"));
        assert_eq!(cache.current(), None);
        cache.save(Some("tok.1".into()));
        assert_eq!(fs::metadata(&path).unwrap().mode() & 0o777, 0o600);
        assert_eq!(
            fs::metadata(path.parent().unwrap()).unwrap().mode() & 0o777,
            0o700
        );
        let again = TokenCache::open(path.clone(), &["a:1".into()], Credentials::new("u", "p"));
        assert_eq!(again.current(), Some(HeaderValue::from_static("tok.1")));
        let other = TokenCache::open(path.clone(), &["a:1".into()], Credentials::new("v", "p"));
        assert_eq!(other.current(), None, "one user's token served another");
        again.save(None);
        assert!(read(&path).tokens.is_empty());
    }

    #[test]
    fn a_file_others_may_read_is_not_used() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("auth-tokens.json");
        fs::write(&path, r#"{"tokens":{"u@a:1":"tok.1"}}"#).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(try_read(&path).err().unwrap_or_default().contains("0600"));
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(try_read(&path).unwrap().unwrap().tokens["u@a:1"], "tok.1");
        fs::write(&path, "not json").unwrap();
        assert!(try_read(&path)
            .err()
            .unwrap_or_default()
            .contains("not a token cache"));
    }
}
