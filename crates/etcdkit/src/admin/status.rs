//! Cluster health, asked of each endpoint on its own: one unreachable member shows as such
//! instead of being hidden by the balancer.

use serde::Serialize;

use crate::client::{ConnectOptions, Etcd, Retry};
use crate::error::{Error, Result};

/// What one endpoint says of itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct EndpointStatus {
    /// The endpoint asked.
    pub endpoint: String,
    /// Whether it answered.
    pub reachable: bool,
    /// Its member id, in hex.
    pub member_id: Option<String>,
    /// Its etcd version.
    pub version: Option<String>,
    /// Whether it is the raft leader.
    pub is_leader: Option<bool>,
    /// Its raft term.
    pub raft_term: Option<u64>,
    /// The store's revision as it reports it (`rev` in JSON, as everywhere else).
    #[serde(rename = "rev")]
    pub revision: Option<i64>,
    /// Its database size in bytes.
    pub db_size: Option<i64>,
    /// The alarms it reports raised (`NOSPACE`: it refuses writes; `CORRUPT`), empty when
    /// none is or it did not say.
    #[serde(default)]
    pub alarms: Vec<String>,
    /// Why it did not answer; for a reachable endpoint, what it would not tell and why.
    pub error: Option<String>,
}

/// Asks every endpoint of `options` at once, each within the dial and command timeouts.
/// An endpoint that cannot answer is reported unreachable with the reason.
///
/// Errors: `InvalidInput` for no endpoints; when no endpoint answered, `Unreachable` naming them all, or the first other
/// error (e.g. `Auth`) if that is what stopped them.
///
/// Dropping the future changes nothing: it only reads.
pub async fn cluster_status(options: &ConnectOptions) -> Result<Vec<EndpointStatus>> {
    if options.endpoints.is_empty() {
        return Err(Error::InvalidInput("no etcd endpoints were given".into()));
    }
    let mut asks = tokio::task::JoinSet::new();
    for (i, endpoint) in options.endpoints.iter().enumerate() {
        let mut one = options.clone();
        one.endpoints = vec![endpoint.clone()];
        // A member without a leader still reports its own state.
        one.require_leader = false;
        asks.spawn(async move { (i, endpoint_status(one).await) });
    }
    let mut answers: Vec<(usize, Result<EndpointStatus>)> = asks.join_all().await;
    answers.sort_by_key(|(i, _)| *i);
    if answers.iter().all(|(_, a)| a.is_err()) {
        let mut reason = String::new();
        for (_, answer) in answers {
            match answer {
                Err(Error::Unreachable { reason: r, .. }) if reason.is_empty() => reason = r,
                Err(Error::Unreachable { .. }) => {}
                Err(other) => return Err(other),
                Ok(_) => {}
            }
        }
        return Err(Error::Unreachable {
            endpoints: options.endpoints.join(","),
            within: options.dial_timeout,
            reason,
        });
    }
    let rows = answers.into_iter().map(|(i, answer)| {
        answer.unwrap_or_else(|e| EndpointStatus::unreachable(&options.endpoints[i], e))
    });
    Ok(rows.collect())
}

impl EndpointStatus {
    fn unreachable(endpoint: &str, e: Error) -> EndpointStatus {
        EndpointStatus {
            endpoint: endpoint.to_string(),
            reachable: false,
            member_id: None,
            version: None,
            is_leader: None,
            raft_term: None,
            revision: None,
            db_size: None,
            alarms: Vec::new(),
            error: Some(match e {
                Error::Unreachable { reason, .. } => reason,
                other => other.to_string(),
            }),
        }
    }
}

async fn endpoint_status(options: ConnectOptions) -> Result<EndpointStatus> {
    let endpoint = options.endpoints[0].clone();
    let etcd = Etcd::connect(options).await?;
    let s = match etcd
        .call(Retry::Idempotent, |mut c| async move { c.status().await })
        .await
    {
        Ok(s) => s,
        Err(Error::PermissionDenied { .. }) => return member_list_status(&etcd, endpoint).await,
        Err(e) => return Err(e),
    };
    let header = s.header();
    let member = header.map(|h| h.member_id()).unwrap_or_default();
    Ok(EndpointStatus {
        endpoint,
        reachable: true,
        member_id: Some(format!("{member:x}")),
        version: Some(s.version().to_string()),
        is_leader: Some(member != 0 && s.leader() == member),
        raft_term: Some(s.raft_term()),
        revision: header.map(|h| h.revision()),
        db_size: Some(s.db_size()),
        alarms: s.errors().iter().filter_map(|e| alarm_name(e)).collect(),
        error: None,
    })
}

/// `NOSPACE` from etcd's `memberID:8e9e05c52164694d alarm:NOSPACE ` among the status
/// response's errors; `None` for its other errors (`etcdserver: no leader`).
fn alarm_name(error: &str) -> Option<String> {
    error
        .split_whitespace()
        .find_map(|w| w.strip_prefix("alarm:"))
        .map(String::from)
}

/// What an endpoint that refused member status to this user still tells: etcd 3.5.28 and
/// later (and 3.6) answer `Status` to the root role only, while the member list stays open
/// to any authenticated user from 3.5.29 on. Its response header names the answering
/// member and the raft term; version, leader, revision and size stay unknown. A server that
/// refuses both (3.5.28) is still reachable: it answered.
async fn member_list_status(etcd: &Etcd, endpoint: String) -> Result<EndpointStatus> {
    const REFUSED: &str =
        "member status needs the root role on this server (etcd 3.5.28 and later)";
    let listed = etcd
        .call(
            Retry::Idempotent,
            |mut c| async move { c.member_list().await },
        )
        .await;
    let (header, error) = match listed {
        Ok(list) => (
            list.header().cloned(),
            format!("{REFUSED}; member and term from the member list"),
        ),
        Err(Error::PermissionDenied { .. }) => {
            (None, format!("{REFUSED}, and so does the member list"))
        }
        Err(e) => return Err(e),
    };
    Ok(EndpointStatus {
        endpoint,
        reachable: true,
        member_id: header.as_ref().map(|h| format!("{:x}", h.member_id())),
        version: None,
        is_leader: None,
        raft_term: header.as_ref().map(|h| h.raft_term()),
        revision: None,
        db_size: None,
        alarms: Vec::new(),
        error: Some(error),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn alarms_are_named_from_etcds_status_errors() {
        let named = super::alarm_name("memberID:8e9e05c52164694d alarm:NOSPACE ");
        assert_eq!(named.as_deref(), Some("NOSPACE"));
        assert_eq!(super::alarm_name("etcdserver: no leader"), None);
    }
}
