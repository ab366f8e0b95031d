//! Who holds what: each etcdkit holder's identity (host, pid, user, command, start, CI job),
//! and the contenders of a lock or election in order, for `inspect`, `--break` and the
//! errors that name a holder.
//!
//! Invariant: an identity lives at `B NAME/holders/<lease hex>` (B: the bookkeeping
//! prefix) on the same lease as what it describes, so it vanishes with the holder. It sits
//! beside, not inside, the layouts etcdctl and Go share (their lock keys hold an empty value
//! or the candidate's value), so their holders simply show no identity. Announcing is
//! best-effort for callers: a role without write on `B NAME/` loses the identity, not the
//! lock.

use std::collections::{HashMap, HashSet};
use std::ffi::OsString;
use std::time::{Duration, SystemTime};

use etcd_client::{GetOptions, PutOptions, SortOrder, SortTarget};
use serde::{Deserialize, Serialize};

use crate::admin::access::{Access, Need};
use crate::client::{Etcd, Retry};
use crate::error::Result;
use crate::recipes::lock::Role;

/// Who a holder is, as recorded when it started contending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// The host name.
    pub host: String,
    /// The etcdkit process's pid on that host.
    pub pid: u32,
    /// The user it runs as.
    pub user: String,
    /// The command it runs (CMD), words joined by spaces; empty when it holds without one.
    pub cmd: String,
    /// When it started contending, RFC 3339 UTC (by its host's clock).
    pub started: String,
    /// When it acquired what it contends for after waiting (RFC 3339 UTC); absent while it
    /// waits, and when it acquired at once (then `started` stands for it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acquired: Option<String>,
    /// A CI job it runs in, when the environment names one (`CI_JOB_URL`, or GitHub's
    /// `GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ci: Option<String>,
    /// A registration's address (it may be withdrawn: then no key names it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addr: Option<String>,
    /// A health-checked registration's state: `passing`, or `failing: <why>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health: Option<String>,
    /// Set once CMD has ended while the lock is still held for `--min-hold`: until when
    /// (RFC 3339 UTC, by its host's clock).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_hold_until: Option<String>,
    /// A semaphore contender's limit (`lock -n N`, N > 1): how many hold at once, so that
    /// `inspect` and busy messages count holders as the contenders do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Held by a token (`lock --detach`): the process that took it is gone, and the lock
    /// frees itself when its lease expires unless renewed or released.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub detached: bool,
}

impl Identity {
    /// This process, running `cmd`; no CI job (see [`Identity::in_ci_job`]).
    pub fn of_this_process(cmd: &[OsString]) -> Identity {
        let host = nix::unistd::gethostname()
            .map(|h| h.to_string_lossy().into_owned())
            .unwrap_or_default();
        let uid = nix::unistd::getuid();
        let user = nix::unistd::User::from_uid(uid)
            .ok()
            .flatten()
            .map_or_else(|| uid.to_string(), |u| u.name);
        let cmd: Vec<String> = cmd
            .iter()
            .map(|w| w.to_string_lossy().into_owned())
            .collect();
        Identity {
            host,
            pid: std::process::id(),
            user,
            cmd: redacted(&cmd.join(" ")),
            started: humantime::format_rfc3339_millis(SystemTime::now()).to_string(),
            acquired: None,
            ci: None,
            addr: None,
            health: None,
            min_hold_until: None,
            limit: None,
            detached: false,
        }
    }

    /// The same holder, running in the CI job `ci` (a URL: see [`ci_job`]).
    pub fn in_ci_job(self, ci: Option<String>) -> Identity {
        Identity { ci, ..self }
    }

    /// The same holder, contending for one of `limit` places (recorded only above 1).
    pub fn with_limit(self, limit: u32) -> Identity {
        Identity {
            limit: (limit > 1).then_some(limit),
            ..self
        }
    }

    /// The same holder, holding by a token after it exits (`lock --detach`).
    pub fn detached(self) -> Identity {
        Identity {
            detached: true,
            ..self
        }
    }

    /// The same holder, marked as having acquired now.
    pub fn acquired_now(&self) -> Identity {
        let now = humantime::format_rfc3339_millis(SystemTime::now()).to_string();
        Identity {
            acquired: Some(now),
            ..self.clone()
        }
    }

    /// How long it has held (since `acquired`) or, while it waits, waited (since
    /// `started`), by this host's clock against the holder's (shown, never used to decide).
    pub fn age(&self) -> Option<Duration> {
        let since = self.acquired.as_deref().unwrap_or(&self.started);
        let since = humantime::parse_rfc3339(since).ok()?;
        SystemTime::now().duration_since(since).ok()
    }

    /// The same holder, its CMD ended, holding on until `until` (`lock --min-hold`).
    pub fn min_hold_until(&self, until: SystemTime) -> Identity {
        let until = humantime::format_rfc3339_seconds(until).to_string();
        Identity {
            min_hold_until: Some(until),
            ..self.clone()
        }
    }

    /// `db-2 (pid 4121, ./backup.sh)`: the host, pid and command, as errors and status
    /// lines name a holder; after its CMD ended, `db-2 (pid 4121, ./backup.sh ended; held
    /// for --min-hold 4m 10s more)`.
    pub fn short(&self) -> String {
        let cmd = if self.cmd.is_empty() {
            String::new()
        } else {
            format!(", {}", cut(&self.cmd, 40))
        };
        let min_hold = self.min_hold_until.as_deref().map(|until| {
            let left = humantime::parse_rfc3339(until)
                .ok()
                .and_then(|until| until.duration_since(SystemTime::now()).ok())
                .map(|left| Duration::from_secs(left.as_secs()));
            match left {
                Some(left) => format!(
                    " ended; held for --min-hold {} more",
                    humantime::format_duration(left)
                ),
                None => " ended; held for --min-hold".to_string(),
            }
        });
        let min_hold = min_hold.unwrap_or_default();
        if self.detached {
            let ci = self
                .ci
                .as_deref()
                .map(|ci| format!(", {ci}"))
                .unwrap_or_default();
            return format!(
                "{} (detached by pid {}{ci}: held until unlocked or expired)",
                self.host, self.pid
            );
        }
        format!("{} (pid {}{cmd}{min_hold})", self.host, self.pid)
    }
}

/// The CI job named by the environment that `var` looks variables up in, if any:
/// `CI_JOB_URL`, or GitHub's `GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID`.
/// (The library reads no environment itself: the caller passes its lookup.)
pub fn ci_job(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    if let Some(url) = var("CI_JOB_URL").filter(|u| !u.is_empty()) {
        return Some(url);
    }
    let repo = var("GITHUB_REPOSITORY")?;
    let run = var("GITHUB_RUN_ID")?;
    let server = var("GITHUB_SERVER_URL").unwrap_or_else(|| "https://github.com".into());
    Some(format!("{server}/{repo}/actions/runs/{run}"))
}

fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max - 1).collect();
    format!("{kept}…")
}

/// What a role must grant to announce (readwrite) or read identities for `name`.
pub fn needs(etcd: &Etcd, name: &str, access: Access) -> Vec<Need> {
    vec![Need::prefix(access, holders_prefix(etcd, name))]
}

fn holders_prefix(etcd: &Etcd, name: &str) -> Vec<u8> {
    etcd.bookkeeping_key(name, "holders/")
}

/// The record of `identity` as the holder on `lease` for `name`: its key and value, for
/// [`announce`] or for the transaction that takes what is held
/// ([`Semaphore::with_record`](crate::recipes::lock::Semaphore::with_record)).
pub fn record(etcd: &Etcd, name: &str, lease: i64, identity: &Identity) -> (Vec<u8>, Vec<u8>) {
    let mut key = holders_prefix(etcd, name);
    key.extend_from_slice(format!("{lease:x}").as_bytes());
    (key, serde_json::to_vec(identity).unwrap_or_default())
}

/// Records `identity` as the holder on `lease` for `name` (on that lease: it vanishes with
/// it). Idempotent.
///
/// Errors: `PermissionDenied` when the role does not grant write on `B NAME/`;
/// `Etcd`/`Unreachable`.
pub async fn announce(etcd: &Etcd, name: &str, lease: i64, identity: &Identity) -> Result<()> {
    let (key, value) = record(etcd, name, lease, identity);
    etcd.call(Retry::Idempotent, |mut c| {
        let (key, value) = (key.clone(), value.clone());
        async move {
            c.put(key, value, Some(PutOptions::new().with_lease(lease)))
                .await
                .map(|_| ())
        }
    })
    .await
}

/// The identities recorded for `name`, by lease. Records that are not identities (written
/// by something else) are skipped.
///
/// Errors: `PermissionDenied` without read on `B NAME/`; `Etcd`/`Unreachable`.
pub async fn identities(etcd: &Etcd, name: &str) -> Result<HashMap<i64, Identity>> {
    let prefix = holders_prefix(etcd, name);
    let resp = etcd
        .get(prefix.as_slice(), Some(GetOptions::new().with_prefix()))
        .await?;
    let mut found = HashMap::new();
    for kv in resp.kvs() {
        let Ok(identity) = serde_json::from_slice::<Identity>(kv.value()) else {
            continue;
        };
        let id = &kv.key()[prefix.len()..];
        if let Some(lease) = std::str::from_utf8(id)
            .ok()
            .and_then(|s| i64::from_str_radix(s, 16).ok())
        {
            found.insert(lease, identity);
        }
    }
    Ok(found)
}

/// One key under `NAME/` of a lock or election: a holder or a waiter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contender {
    /// Its key, `NAME/<lease hex>`.
    pub key: String,
    /// Its lease (0 when the key has none).
    pub lease: i64,
    /// Its create revision: its place in line, and its fencing token once it holds.
    pub rev: i64,
    /// Its value (an election candidate's proclamation; empty for a lock).
    pub value: String,
}

/// The contenders of the lock or election `name`, oldest first: the first `limit` hold.
/// Keys under `NAME/` that are no contender's ([`Role::of`]: no lease, or outside the
/// layouts) are left out; so is a lock contender's `NAME/write/<lease hex>`, the twin of its
/// `NAME/<lease hex>` (same lease, same create revision).
///
/// Errors: `Etcd`/`Unreachable`; `PermissionDenied` without read on `NAME/`.
pub async fn contenders(etcd: &Etcd, name: &str) -> Result<Vec<Contender>> {
    let prefix = etcd.key(&format!("{name}/"));
    let all = keys_under(etcd, &prefix).await?;
    let role = |c: &Contender| Role::of(&c.key.as_bytes()[prefix.len()..], c.lease);
    let plain: HashSet<(i64, i64)> = all
        .iter()
        .filter(|c| role(c) == Some(Role::Plain))
        .map(|c| (c.lease, c.rev))
        .collect();
    Ok(all
        .into_iter()
        .filter(|c| match role(c) {
            None => false,
            Some(Role::Writer) => !plain.contains(&(c.lease, c.rev)),
            Some(Role::Plain | Role::Reader) => true,
        })
        .collect())
}

/// Every key under `SERVICE/`, oldest first: a service's instances, whatever their names.
///
/// Errors: `Etcd`/`Unreachable`; `PermissionDenied` without read on `SERVICE/`.
pub async fn instances(etcd: &Etcd, service: &str) -> Result<Vec<Contender>> {
    keys_under(etcd, &etcd.key(&format!("{service}/"))).await
}

async fn keys_under(etcd: &Etcd, prefix: &[u8]) -> Result<Vec<Contender>> {
    let options = GetOptions::new()
        .with_prefix()
        .with_sort(SortTarget::Create, SortOrder::Ascend);
    let resp = etcd.get(prefix, Some(options)).await?;
    Ok(resp
        .kvs()
        .iter()
        .map(|kv| Contender {
            key: String::from_utf8_lossy(kv.key()).into_owned(),
            lease: kv.lease(),
            rev: kv.create_revision(),
            value: String::from_utf8_lossy(kv.value()).into_owned(),
        })
        .collect())
}

/// The time `lease` has left, `None` if it has expired (or `lease` is 0).
///
/// Errors: `Etcd`/`Unreachable`.
pub async fn time_left(etcd: &Etcd, lease: i64) -> Result<Option<Duration>> {
    if lease == 0 {
        return Ok(None);
    }
    let resp = etcd
        .call(Retry::Idempotent, |mut c| async move {
            c.lease_time_to_live(lease, None).await
        })
        .await?;
    Ok(u64::try_from(resp.ttl()).ok().map(Duration::from_secs))
}

/// Parts of an option's or variable's name that mark its value as a secret.
const SECRET_NAMES: &[&str] = &[
    "pass",
    "pwd",
    "secret",
    "token",
    "key",
    "auth",
    "credential",
];

/// `cmd` (CMD's words joined by spaces) as a holder record shows it to every contender:
/// the value of every option or variable whose name looks secret (`--api-key=X`,
/// `--password X`, `TOKEN=X`, also inside an `sh -c` script) and the password of a URL
/// (`https://user:X@host`) replaced by `***`. Over-redacting a `--key FILE` path is the
/// price of missing none of those; a secret with no such name (`mysql -pX`) is not found:
/// `ETCDKIT_HIDE_CMD=1` records the program alone (docs/security.md).
pub fn redacted(cmd: &str) -> String {
    let secret_name = |name: &str| {
        let name = name.trim_start_matches('-').to_ascii_lowercase();
        !name.is_empty() && SECRET_NAMES.iter().any(|s| name.contains(s))
    };
    let mut out = Vec::new();
    let mut hide_next = false;
    for word in cmd.split(' ') {
        if hide_next && !word.is_empty() {
            hide_next = false;
            if !word.starts_with('-') {
                out.push("***".to_string());
                continue;
            }
        }
        let shown = match word.split_once('=') {
            Some((name, value)) if secret_name(name) && !value.is_empty() => format!("{name}=***"),
            Some(_) => url_without_password(word),
            None => {
                hide_next = word.starts_with('-') && secret_name(word);
                url_without_password(word)
            }
        };
        out.push(shown);
    }
    out.join(" ")
}

/// `word` with the password of a URL in it (`scheme://user:PASSWORD@host`) replaced.
fn url_without_password(word: &str) -> String {
    let Some(start) = word.find("://").map(|i| i + 3) else {
        return word.to_string();
    };
    let rest = &word[start..];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let Some(at) = rest[..authority_end].rfind('@') else {
        return word.to_string();
    };
    match rest[..at].find(':') {
        Some(colon) => format!("{}{}:***{}", &word[..start], &rest[..colon], &rest[at..]),
        None => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ci_job_is_named_from_gitlab_or_github_variables() {
        fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
            move |name| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        }
        let gitlab = [("CI_JOB_URL", "https://gitlab.example.com/g/p/-/jobs/7")];
        assert_eq!(
            ci_job(env(&gitlab)).as_deref(),
            Some("https://gitlab.example.com/g/p/-/jobs/7")
        );
        let github = [("GITHUB_REPOSITORY", "o/r"), ("GITHUB_RUN_ID", "42")];
        assert_eq!(
            ci_job(env(&github)).as_deref(),
            Some("https://github.com/o/r/actions/runs/42")
        );
        assert_eq!(ci_job(env(&[("GITHUB_RUN_ID", "42")])), None);
    }

    #[test]
    fn a_holder_is_named_by_host_pid_and_command() {
        let mut id = Identity::of_this_process(&["./backup.sh".into(), "--full".into()]);
        id.host = "db-2".into();
        id.pid = 4121;
        assert_eq!(id.short(), "db-2 (pid 4121, ./backup.sh --full)");
        id.cmd = String::new();
        assert_eq!(id.short(), "db-2 (pid 4121)");
        assert!(id.age().is_some_and(|a| a < Duration::from_secs(60)));
    }

    #[test]
    fn secrets_in_cmd_are_redacted_from_the_record() {
        use super::redacted;
        for (cmd, shown) in [
            (
                "./backup.sh --api-key=TOPSECRET -v",
                "./backup.sh --api-key=*** -v",
            ),
            (
                "sh -c ./a --password TOPSECRET --fast",
                "sh -c ./a --password *** --fast",
            ),
            ("env DB_TOKEN=TOPSECRET ./job", "env DB_TOKEN=*** ./job"),
            ("curl https://u:TOPSECRET@h/x", "curl https://u:***@h/x"),
            ("curl https://h/x?a=b", "curl https://h/x?a=b"),
            ("rsync -av src/ dst/", "rsync -av src/ dst/"),
            ("./job --secret --other", "./job --secret --other"),
        ] {
            assert_eq!(redacted(cmd), shown, "{cmd}");
            if shown.contains("***") {
                assert!(!redacted(cmd).contains("TOPSECRET"));
            }
        }
    }
}
