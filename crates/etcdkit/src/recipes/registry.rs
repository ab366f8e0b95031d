//! Service registration and discovery in etcd's naming format, which gRPC's etcd resolver
//! reads: key `SERVICE/ADDR`, value `{"Op":0,"Addr":ADDR,"Metadata":META}`.
//!
//! Invariant: an instance is registered exactly while its key exists, and the key lives on
//! the registrar's session lease, so a registrar that dies disappears within its TTL. A
//! [`Registration`] whose lease is lost while the process still runs registers again on a
//! new session by itself.
//!
//! Cost: a listing (`list`, and `discover`'s first read) is one range over `SERVICE/`
//! with values: O(instances) for the server and in memory (10,000 instances: one read of
//! about 1 MB; docs/benchmarks.md); watching then costs one event per join or leave.
//! Registering is one transaction on the instance's own key, whatever the instance count.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use etcd_client::{Compare, CompareOp, EventType, GetOptions, PutOptions, Txn, TxnOp};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::admin::access::{Access, Need};
use crate::client::keys;
use crate::client::limits::check_name;
use crate::client::watch::watch_prefix;
use crate::client::{Backoff, Etcd, Retry};
use crate::error::{Error, Result};
use crate::lease::session::Session;

/// The naming record etcd's gRPC resolver reads (`Op` 0 = add).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Record {
    op: u8,
    addr: String,
    metadata: Value,
}

/// A registered instance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instance {
    /// The service name.
    pub service: String,
    /// The instance's address.
    pub addr: String,
    /// The naming record's `Metadata` (JSON `null` if none).
    pub metadata: Value,
}

/// What `list` found: the instances, and the keys whose values were not naming records
/// (written by another tool), which are skipped.
#[derive(Debug, Default)]
pub struct Listing {
    /// The instances, in key order.
    pub instances: Vec<Instance>,
    /// Keys under the service whose values are not naming records.
    pub skipped: Vec<String>,
    /// The revision the listing was read at.
    pub rev: i64,
}

/// A join or leave seen by [`watch`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "lowercase")]
pub enum Change {
    /// An instance joined (or its record changed).
    Join {
        /// The instance's address.
        addr: String,
        /// Its metadata.
        metadata: Value,
        /// The revision of the change.
        rev: i64,
    },
    /// An instance left.
    Leave {
        /// The instance's address.
        addr: String,
        /// The revision of the change.
        rev: i64,
    },
}

/// Checks SERVICE and ADDR before anything is written.
pub fn check_instance(service: &str, addr: &str) -> Result<()> {
    check_name(service, "service name")?;
    check_name(addr, "address")?;
    if addr.contains('/') {
        return Err(Error::InvalidInput(format!("ADDR {addr:?} contains '/'")));
    }
    Ok(())
}

/// Parses `--meta`: any JSON value.
pub fn parse_metadata(text: Option<&str>) -> Result<Value> {
    match text {
        None => Ok(Value::Null),
        Some(text) => serde_json::from_str(text)
            .map_err(|e| Error::InvalidInput(format!("metadata is not valid JSON: {e}"))),
    }
}

fn service_prefix(etcd: &Etcd, service: &str) -> Vec<u8> {
    etcd.key(&format!("{service}/"))
}

/// What a role must grant for `service`: readwrite on `SERVICE/` to register, read to
/// discover; `--pick round-robin` also writes [`round_robin_counter`].
pub fn needs(etcd: &Etcd, service: &str, access: Access, round_robin: bool) -> Vec<Need> {
    let mut needs = vec![Need::prefix(access, service_prefix(etcd, service))];
    if round_robin {
        needs.push(Need::key(
            Access::ReadWrite,
            round_robin_counter(etcd, service),
        ));
    }
    needs
}

/// An instance kept registered on a session, re-registered when the session is lost.
pub struct Registration {
    etcd: Etcd,
    key: Vec<u8>,
    value: Vec<u8>,
    ttl: Duration,
    session: Session,
    /// Shared with [`Listed`] handles: the current lease and whether the key should exist.
    state: Listed,
    /// The current session's loss deadline, for [`Registration::lost_at_reader`].
    lost_at: Arc<std::sync::Mutex<LostAt>>,
}

type LostAt = Box<dyn Fn() -> tokio::time::Instant + Send>;

/// Takes a kept [`Registration`] out of discovery and puts it back (health checks) without
/// ending its lease. Cloneable; works while [`Registration::keep`] runs.
#[derive(Clone)]
pub struct Listed {
    etcd: Etcd,
    key: Vec<u8>,
    value: Vec<u8>,
    lease: Arc<AtomicI64>,
    listed: Arc<AtomicBool>,
}

impl Listed {
    /// The lease the registration is on now.
    pub fn lease(&self) -> i64 {
        self.lease.load(Ordering::Acquire)
    }

    /// Whether the instance is meant to be listed now.
    pub fn is_listed(&self) -> bool {
        self.listed.load(Ordering::Acquire)
    }

    /// Deletes the key (the lease stays): discovery and gRPC resolvers drop the instance,
    /// and a re-registration after a lost lease leaves it out until [`Listed::restore`].
    ///
    /// Errors: `Etcd`/`Unreachable`.
    pub async fn withdraw(&self) -> Result<()> {
        self.listed.store(false, Ordering::Release);
        keys::delete(&self.etcd, &self.key).await
    }

    /// Puts the key back on the current lease.
    ///
    /// Errors: `Etcd`/`Unreachable` (e.g. the lease was just lost: the re-registration puts
    /// it back then).
    pub async fn restore(&self) -> Result<()> {
        self.listed.store(true, Ordering::Release);
        let lease = self.lease.load(Ordering::Acquire);
        let put = Txn::new().and_then([TxnOp::put(
            self.key.clone(),
            self.value.clone(),
            Some(PutOptions::new().with_lease(lease)),
        )]);
        self.etcd.txn(Retry::Idempotent, put).await?;
        Ok(())
    }
}

impl Registration {
    /// Registers `addr` under `service` on a new session of `ttl`.
    ///
    /// Errors: `InvalidInput` for bad names; `Etcd`/`Unreachable`.
    ///
    /// Dropping the future may leave the record written on its lease, which then expires
    /// after its TTL (nobody keeps it alive).
    pub async fn new(
        etcd: &Etcd,
        service: &str,
        addr: &str,
        metadata: Value,
        ttl: Duration,
    ) -> Result<Registration> {
        Registration::start(etcd, service, addr, metadata, ttl, true).await
    }

    /// Like [`Registration::new`], but not listed yet: the session is made, the record is
    /// written by [`Listed::restore`] (e.g. once a health check passes).
    ///
    /// Errors and cancellation: as [`Registration::new`].
    pub async fn new_unlisted(
        etcd: &Etcd,
        service: &str,
        addr: &str,
        metadata: Value,
        ttl: Duration,
    ) -> Result<Registration> {
        Registration::start(etcd, service, addr, metadata, ttl, false).await
    }

    async fn start(
        etcd: &Etcd,
        service: &str,
        addr: &str,
        metadata: Value,
        ttl: Duration,
        listed: bool,
    ) -> Result<Registration> {
        check_instance(service, addr)?;
        let record = Record {
            op: 0,
            addr: addr.to_string(),
            metadata,
        };
        let value = serde_json::to_vec(&record).map_err(|e| Error::InvalidInput(e.to_string()))?;
        let mut key = service_prefix(etcd, service);
        key.extend_from_slice(addr.as_bytes());
        let session = put_on_new_session(etcd, &key, &value, ttl, listed).await?;
        tracing::info!(
            key = %String::from_utf8_lossy(&key),
            lease = %format_args!("{:x}", session.id()),
            listed,
            "registered"
        );
        let state = Listed {
            etcd: etcd.clone(),
            key: key.clone(),
            value: value.clone(),
            lease: Arc::new(AtomicI64::new(session.id())),
            listed: Arc::new(AtomicBool::new(listed)),
        };
        let lost_at: LostAt = Box::new(session.lost_at_reader());
        Ok(Registration {
            etcd: etcd.clone(),
            key,
            value,
            ttl,
            session,
            state,
            lost_at: Arc::new(std::sync::Mutex::new(lost_at)),
        })
    }

    /// [`Session::lost_at`] of the session the registration is on now, following it to a
    /// new session when it registers again: before that, the deadline of the lost one.
    pub fn lost_at_reader(&self) -> impl Fn() -> tokio::time::Instant + Send + 'static {
        let lost_at = self.lost_at.clone();
        move || (lost_at.lock().unwrap_or_else(|e| e.into_inner()))()
    }

    /// A handle to withdraw the instance from discovery and restore it while it is kept.
    pub fn listed(&self) -> Listed {
        self.state.clone()
    }

    /// The registration's key, `SERVICE/ADDR`.
    pub fn key(&self) -> String {
        String::from_utf8_lossy(&self.key).into_owned()
    }

    /// The lease the registration is on now (it changes when it registers again).
    pub fn lease(&self) -> i64 {
        self.session.id()
    }

    /// Keeps the instance registered: each time the session is lost, reports why through
    /// `on_lost`, then registers again on a new session (retrying until it succeeds) and
    /// reports the new lease through `on_registered`.
    ///
    /// Never returns and never fails: each loss goes to `on_lost`, then it registers again
    /// (retrying until it succeeds). Dropping the future stops keeping the lease alive: the
    /// registration then expires after its TTL unless [`Registration::close`] removes it.
    pub async fn keep(
        &mut self,
        mut on_lost: impl FnMut(&Error),
        mut on_registered: impl FnMut(i64),
    ) -> std::convert::Infallible {
        loop {
            let reason = self.session.lost().await;
            on_lost(&reason);
            let mut backoff = Backoff::default();
            self.session = loop {
                let listed = self.state.is_listed();
                match put_on_new_session(&self.etcd, &self.key, &self.value, self.ttl, listed).await
                {
                    Ok(session) => break session,
                    Err(e) => {
                        on_lost(&e);
                        backoff.wait().await;
                    }
                }
            };
            self.state.lease.store(self.session.id(), Ordering::Release);
            *self.lost_at.lock().unwrap_or_else(|e| e.into_inner()) =
                Box::new(self.session.lost_at_reader());
            tracing::info!(
                key = %String::from_utf8_lossy(&self.key),
                lease = %format_args!("{:x}", self.session.id()),
                "registered again"
            );
            on_registered(self.session.id());
        }
    }

    /// Deregisters: revokes the session, deleting the key at once.
    ///
    /// Errors: `Unreachable`/`Etcd` if the revoke failed: the record goes when the lease
    /// expires. Dropping the future leaves the same.
    pub async fn close(self) -> Result<()> {
        self.session.close().await
    }
}

/// A new session of `ttl`, with the record put on it when `listed`.
async fn put_on_new_session(
    etcd: &Etcd,
    key: &[u8],
    value: &[u8],
    ttl: Duration,
    listed: bool,
) -> Result<Session> {
    let session = Session::new(etcd, ttl).await?;
    if !listed {
        return Ok(session);
    }
    let lease = session.id();
    // Guarded by our lease: repeating it writes the same thing.
    let put = Txn::new().and_then([TxnOp::put(
        key.to_vec(),
        value.to_vec(),
        Some(PutOptions::new().with_lease(lease)),
    )]);
    etcd.txn(Retry::Idempotent, put).await?;
    Ok(session)
}

/// The instances of `service` now.
///
/// Errors: `InvalidInput` for a bad name; `Unreachable`/`Etcd`. Dropping the future changes nothing: it only reads.
pub async fn list(etcd: &Etcd, service: &str) -> Result<Listing> {
    check_name(service, "service name")?;
    let prefix = service_prefix(etcd, service);
    let resp = etcd
        .get(prefix, Some(GetOptions::new().with_prefix()))
        .await?;
    let mut listing = Listing {
        rev: resp.header().map_or(0, |h| h.revision()),
        ..Listing::default()
    };
    for kv in resp.kvs() {
        match instance_of(service, kv.value()) {
            Some(instance) => listing.instances.push(instance),
            None => listing
                .skipped
                .push(String::from_utf8_lossy(kv.key()).into_owned()),
        }
    }
    tracing::info!(
        service,
        instances = listing.instances.len(),
        skipped = listing.skipped.len(),
        rev = listing.rev,
        "listed"
    );
    Ok(listing)
}

/// The instance of `service` that a value under `SERVICE/` names, in any of the shapes
/// [`list`] reads (see `address_of`); `None` for a value that names none.
pub fn instance_of(service: &str, value: &[u8]) -> Option<Instance> {
    let (addr, metadata) = address_of(value)?;
    Some(Instance {
        service: service.to_string(),
        addr,
        metadata,
    })
}

/// The address and metadata an instance's value names, in the shapes registrars write:
///
/// - etcd's naming record, read as Go reads it (`encoding/json`: field names in any case,
///   unknown fields ignored): `{"Op":0,"Addr":A,"Metadata":M}`, `Op` and `Metadata`
///   optional (etcd 3.5's `endpoints.Endpoint` has no `Op`); an `Op` other than 0 (Add)
///   names no instance;
/// - a JSON object with a string `address` (any case), or a `host` and a `port`: the
///   object itself is the metadata;
/// - a bare `host:port` (`[v6]:port`).
///
/// `None` for anything else (the caller skips the key).
fn address_of(value: &[u8]) -> Option<(String, Value)> {
    let text = std::str::from_utf8(value).ok()?.trim();
    let Ok(json) = serde_json::from_str::<Value>(text) else {
        return bare_host_port(text).then(|| (text.to_string(), Value::Null));
    };
    let Value::Object(fields) = json else {
        return None;
    };
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    };
    let text_of = |name: &str| {
        field(name)
            .and_then(Value::as_str)
            .filter(|a| !a.is_empty())
    };
    if field("op").is_some_and(|op| op.as_u64() != Some(0)) {
        return None;
    }
    if let Some(addr) = text_of("addr") {
        let metadata = field("metadata").cloned().unwrap_or(Value::Null);
        return Some((addr.to_string(), metadata));
    }
    let addr = match (text_of("address"), text_of("host"), field("port")) {
        (Some(addr), _, _) => addr.to_string(),
        (None, Some(host), Some(port)) => {
            let port = port
                .as_u64()
                .map(|p| p.to_string())
                .or_else(|| port.as_str().map(String::from))?;
            if host.contains(':') {
                format!("[{host}]:{port}")
            } else {
                format!("{host}:{port}")
            }
        }
        _ => return None,
    };
    Some((addr, Value::Object(fields)))
}

/// Whether `text` is `host:port` (or `[v6]:port`): no spaces, a host, a port number.
fn bare_host_port(text: &str) -> bool {
    let Some((host, port)) = text.rsplit_once(':') else {
        return false;
    };
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    !host.is_empty()
        && !host.contains(char::is_whitespace)
        && !host.contains(['/', '"', '{'])
        && port.parse::<u16>().is_ok()
}

/// Calls `on_change` with every join and leave of `service` after revision `after`, in
/// order, until it returns false. Unreadable values are skipped (`on_skip` gets the key).
///
/// Errors: `Compacted` if `after` is older than the history etcd keeps.
///
/// Dropping the future stops watching.
pub async fn watch(
    etcd: &Etcd,
    service: &str,
    after: i64,
    mut on_change: impl FnMut(Change) -> bool,
    mut on_skip: impl FnMut(&str),
) -> Result<()> {
    let prefix = service_prefix(etcd, service);
    watch_prefix(etcd, &prefix, after + 1, |events| {
        for event in events {
            let Some(kv) = event.kv() else { continue };
            let rev = kv.mod_revision();
            let change = match event.event_type() {
                // A re-registration of a live key (same key, new lease) is not a join.
                EventType::Put if kv.version() > 1 => continue,
                EventType::Put => match instance_of(service, kv.value()) {
                    Some(i) => Change::Join {
                        addr: i.addr,
                        metadata: i.metadata,
                        rev,
                    },
                    None => {
                        on_skip(&String::from_utf8_lossy(kv.key()));
                        continue;
                    }
                },
                EventType::Delete => {
                    let key = String::from_utf8_lossy(kv.key());
                    let addr = key.rsplit('/').next().unwrap_or_default().to_string();
                    Change::Leave { addr, rev }
                }
            };
            if !on_change(change) {
                return false;
            }
        }
        true
    })
    .await
}

/// Waits until at least `n` instances are registered; returns them.
///
/// Errors: `InvalidInput` for a bad name; `Unreachable`/`Etcd`. Dropping the future stops
/// waiting; nothing was written.
pub async fn wait_for(etcd: &Etcd, service: &str, n: usize) -> Result<Listing> {
    loop {
        let listing = list(etcd, service).await?;
        if listing.instances.len() >= n {
            return Ok(listing);
        }
        // Any change may be the one: look again after it.
        match watch(etcd, service, listing.rev, |_| false, |_| {}).await {
            Ok(()) | Err(Error::Compacted { .. }) => {}
            Err(e) => return Err(e),
        }
    }
}

/// How `pick` chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// Uniformly at random.
    Random,
    /// Rotates across invocations: a counter kept in etcd, [`round_robin_counter`].
    RoundRobin,
}

/// One instance of `service`.
///
/// Errors: `NotFound` when none is registered.
///
/// Dropping the future leaves the round-robin counter advanced or not (a pick is then
/// skipped or repeated, never an error).
pub async fn pick(etcd: &Etcd, service: &str, how: Pick) -> Result<Instance> {
    let mut instances = list(etcd, service).await?.instances;
    if instances.is_empty() {
        return Err(Error::NotFound(format!(
            "no instance of {service} is registered"
        )));
    }
    instances.sort_by(|a, b| a.addr.cmp(&b.addr));
    let turn = match how {
        Pick::Random => fastrand::usize(..instances.len()),
        Pick::RoundRobin => (next_turn(etcd, service).await? % instances.len() as u64) as usize,
    };
    Ok(instances.swap_remove(turn))
}

/// The key of `service`'s round-robin counter: bookkeeping, since gRPC's resolver reads
/// every key under `SERVICE/` as an instance.
pub fn round_robin_counter(etcd: &Etcd, service: &str) -> Vec<u8> {
    etcd.bookkeeping_key(service, "round-robin")
}

/// Increments the service's round-robin counter; returns its value before.
async fn next_turn(etcd: &Etcd, service: &str) -> Result<u64> {
    let key = round_robin_counter(etcd, service);
    loop {
        let current = etcd.get(key.clone(), None).await?;
        let (turn, mod_rev) = current
            .kvs()
            .first()
            .map(|kv| {
                (
                    kv.value_str()
                        .ok()
                        .and_then(|v| v.parse::<u64>().ok())
                        .unwrap_or(0),
                    kv.mod_revision(),
                )
            })
            .unwrap_or((0, 0));
        let bump = Txn::new()
            .when([Compare::mod_revision(
                key.clone(),
                CompareOp::Equal,
                mod_rev,
            )])
            .and_then([TxnOp::put(
                key.clone(),
                (turn.wrapping_add(1)).to_string(),
                None,
            )]);
        // Guarded by the mod revision: a repeat after success fails the compare.
        if etcd.txn(Retry::IfNotSent, bump).await?.succeeded() {
            return Ok(turn);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_is_etcds_naming_format() {
        let record = Record {
            op: 0,
            addr: "127.0.0.1:8080".into(),
            metadata: Value::Null,
        };
        assert_eq!(
            serde_json::to_string(&record).unwrap(),
            r#"{"Op":0,"Addr":"127.0.0.1:8080","Metadata":null}"#
        );
    }

    #[test]
    fn discovery_reads_what_gos_resolver_and_other_registrars_write() {
        let read = |value: &str| address_of(value.as_bytes());
        let plain = |addr: &str| Some((addr.to_string(), Value::Null));
        assert_eq!(
            read(r#"{"Op":0,"Addr":"a:1","Metadata":null}"#),
            plain("a:1")
        );
        // Go's reader: Metadata and Op optional, field names in any case.
        assert_eq!(read(r#"{"Op":0,"Addr":"a:1"}"#), plain("a:1"));
        assert_eq!(read(r#"{"Addr":"a:1"}"#), plain("a:1"));
        assert_eq!(
            read(r#"{"addr":"a:1","metadata":{"z":1}}"#).unwrap().1["z"],
            1
        );
        assert_eq!(read(r#"{"Op":1,"Addr":"a:1"}"#), None, "a deletion");
        // Other registrars: an object with an address, or host and port; a bare host:port.
        let object = read(r#"{"address":"10.0.0.1:80","zone":"b"}"#).unwrap();
        assert_eq!(
            (object.0.as_str(), &object.1["zone"]),
            ("10.0.0.1:80", &Value::from("b"))
        );
        assert_eq!(read(r#"{"host":"h","port":8080}"#).unwrap().0, "h:8080");
        assert_eq!(read(r#"{"Host":"::1","Port":"80"}"#).unwrap().0, "[::1]:80");
        assert_eq!(read("10.0.0.1:8080"), plain("10.0.0.1:8080"));
        assert_eq!(read("[::1]:8080\n"), plain("[::1]:8080"));
        for junk in [
            "",
            "hello",
            "a:b",
            "a b:80",
            r#""a:1""#,
            "[1,2]",
            r#"{"zone":"a"}"#,
            "{bad",
        ] {
            assert_eq!(read(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn bad_instances_and_metadata_are_refused() {
        assert!(check_instance("web", "127.0.0.1:80").is_ok());
        assert!(check_instance("", "127.0.0.1:80").is_err());
        assert!(check_instance("web", "").is_err());
        assert!(check_instance("web", "a/b").is_err());
        assert!(parse_metadata(Some("{bad")).is_err());
        assert_eq!(parse_metadata(None).unwrap(), Value::Null);
        assert_eq!(
            parse_metadata(Some(r#"{"zone":"a"}"#)).unwrap()["zone"],
            "a"
        );
    }
}
