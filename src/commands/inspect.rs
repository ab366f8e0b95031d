//! `inspect lock|elect|service NAME`, `lock/elect NAME --break`, and the holder named in
//! busy and timeout errors: who holds, who waits, from the keys under NAME/ and the
//! identities beside them ([`etcdkit::admin::holders`]).

use std::collections::HashMap;
use std::io::{BufRead, IsTerminal};
use std::time::Duration;

use anyhow::Result;

use crate::args::{Global, InspectArgs, InspectKind};
use crate::exit::Exit;
use crate::output::{Output, Row, Worker};
use etcdkit::admin::holders::{contenders, identities, instances, time_left, Contender, Identity};
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::recipes::progress::{Jobs, Update};
use etcdkit::recipes::queue::Queue;

pub async fn run(global: &Global, args: InspectArgs, out: &mut Output) -> Result<Exit> {
    check_name(&args.name, "NAME")?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let limit = match args.kind {
        InspectKind::Lock => args.limit.map_or(RECORDED, |n| n as usize),
        // An election's leader is its oldest candidate; every instance of a service counts.
        InspectKind::Elect => 1,
        InspectKind::Service => usize::MAX,
        InspectKind::Queue => return queue(&etcd, &args.name, out).await,
        InspectKind::Job => return job(&etcd, &args.name, out).await,
        InspectKind::Once => {
            let status = etcdkit::recipes::periodic::Periodic::new(&etcd, &args.name)?
                .status()
                .await?;
            out.once_status(&args.name, &status)?;
            return Ok(Exit::SUCCESS);
        }
    };
    let found = if args.kind == InspectKind::Service {
        instances(&etcd, &args.name).await?
    } else {
        contenders(&etcd, &args.name).await?
    };
    let mut rows = rows(&etcd, &args.name, found, limit).await?;
    if args.kind == InspectKind::Service {
        rows.extend(withdrawn(&etcd, &args.name, &rows).await?);
    }
    if rows.is_empty() {
        let what = match args.kind {
            InspectKind::Lock => format!("lock {} is not held", args.name),
            InspectKind::Elect => format!("election {} has no leader", args.name),
            InspectKind::Service => format!("service {} has no instances", args.name),
            InspectKind::Queue | InspectKind::Job | InspectKind::Once => {
                unreachable!("returned above")
            }
        };
        return Err(Error::NotFound(what).into());
    }
    if args.kind == InspectKind::Service {
        out.instance_rows(&args.name, &rows)?;
    } else {
        out.contender_rows(&args.name, &rows)?;
    }
    Ok(Exit::SUCCESS)
}

/// `inspect queue`: the counts and each worker with its claims; exit 3 when the queue is
/// empty everywhere and nobody works on it.
async fn queue(etcd: &Etcd, name: &str, out: &mut Output) -> Result<Exit> {
    let handle = Queue::new(etcd, name)?;
    let read = async {
        let counts = handle.counts().await?;
        let claims = handle.claims().await?;
        Ok::<_, Error>((counts, claims))
    }
    .await;
    handle.close().await;
    let (counts, claims) = read?;
    let mut workers = Vec::new();
    for (lease, identity) in identities(etcd, name).await? {
        let held = claims
            .iter()
            .filter(|c| c.record.lease == Some(lease))
            .count();
        workers.push(Worker {
            ttl: time_left(etcd, lease).await?,
            lease,
            claims: held,
            identity,
        });
    }
    workers.sort_by(|a, b| a.identity.started.cmp(&b.identity.started));
    let busy = counts.ready + counts.claimed + counts.delayed + counts.dead > 0;
    if !busy && workers.is_empty() {
        return Err(Error::NotFound(format!("queue {name} is empty and has no workers")).into());
    }
    out.queue_state(name, &counts, &workers)?;
    Ok(Exit::SUCCESS)
}

/// `inspect job`: the record and who wrote it last; exit 3 before the job has reported.
async fn job(etcd: &Etcd, name: &str, out: &mut Output) -> Result<Exit> {
    match Jobs::new(etcd, None).get(name).await? {
        Some(progress) => {
            out.job_state(&Update {
                job: name.to_string(),
                progress: Some(progress),
            })?;
            Ok(Exit::SUCCESS)
        }
        None => Err(Error::NotFound(format!("job {name} has not started")).into()),
    }
}

/// The contenders of lock or election `name` in line order, the first ones holding (as
/// many as the contenders' recorded limit: one but for a semaphore).
async fn lock_rows(etcd: &Etcd, name: &str) -> Result<Vec<Row>, Error> {
    rows(etcd, name, contenders(etcd, name).await?, RECORDED).await
}

/// A `limit` for [`rows`]: the largest the etcdkit contenders recorded (`lock -n`), else 1
/// (etcdctl's and Go's contenders record none: a plain lock).
const RECORDED: usize = 0;

/// `found` (the contenders of `name` in line order), each with its lease's time left and
/// identity; the first `limit` hold ([`RECORDED`]: as the contenders recorded).
///
/// A plain contender holds when fewer than `limit` keys precede it; a shared one
/// (`NAME/read/…`) when no exclusive key does.
async fn rows(
    etcd: &Etcd,
    name: &str,
    found: Vec<Contender>,
    limit: usize,
) -> Result<Vec<Row>, Error> {
    let mut ids: HashMap<i64, Identity> = identities(etcd, name).await?;
    let limit = match limit {
        RECORDED => ids.values().filter_map(|id| id.limit).max().unwrap_or(1) as usize,
        given => given,
    };
    let readers = String::from_utf8_lossy(&etcd.key(&format!("{name}/read/"))).into_owned();
    let mut exclusive_before = 0;
    let mut rows = Vec::with_capacity(found.len());
    for (i, contender) in found.into_iter().enumerate() {
        let ttl = time_left(etcd, contender.lease).await?;
        let shared = contender.key.starts_with(&readers);
        let holds = if shared {
            exclusive_before == 0
        } else {
            i < limit
        };
        exclusive_before += usize::from(!shared);
        rows.push(Row {
            position: i + 1,
            holds,
            ttl,
            identity: ids.remove(&contender.lease),
            contender,
        });
    }
    Ok(rows)
}

/// `db-2 (pid 4121, ./backup.sh) for 5m12s`, or `lease 694d… (no identity recorded)` for a
/// holder made by etcdctl or Go.
fn describe(contender: &Contender, identity: Option<&Identity>) -> String {
    match identity {
        Some(id) => match id.age() {
            Some(age) => format!("{} for {}", id.short(), round(age)),
            None => id.short(),
        },
        None => format!("lease {:x} (no identity recorded)", contender.lease),
    }
}

/// Whole seconds: `5m 12s`, as humans read a wait.
pub fn round(d: Duration) -> String {
    humantime::format_duration(Duration::from_secs(d.as_secs())).to_string()
}

/// Registrars of `service` whose instance is not listed (withdrawn by a failing health
/// check): their identity names the address.
async fn withdrawn(etcd: &Etcd, service: &str, listed: &[Row]) -> Result<Vec<Row>, Error> {
    let mut rows = Vec::new();
    for (lease, identity) in identities(etcd, service).await? {
        if identity.addr.is_none() || listed.iter().any(|r| r.contender.lease == lease) {
            continue;
        }
        rows.push(Row {
            position: listed.len() + rows.len() + 1,
            holds: false,
            ttl: time_left(etcd, lease).await?,
            identity: Some(identity),
            contender: Contender {
                key: String::new(),
                lease,
                rev: 0,
                value: String::new(),
            },
        });
    }
    Ok(rows)
}

/// What a waiter on `name` (on `lease`) is waiting behind, for its status line: `held by
/// db-2 (pid 4121, ./backup.sh) for 5m 12s; 2 waiting ahead` (`led by` for an election).
/// `None` when it cannot be read (the line keeps its last text).
pub async fn wait_detail(
    etcd: &Etcd,
    name: &str,
    lease: i64,
    limit: usize,
    verb: &str,
) -> Option<String> {
    let found = contenders(etcd, name).await.ok()?;
    let ids = identities(etcd, name).await.unwrap_or_default();
    let first = found.first()?;
    let mut text = format!("{verb} by {}", describe(first, ids.get(&first.lease)));
    if limit > 1 {
        let others = found.len().min(limit).saturating_sub(1);
        if others > 0 {
            text.push_str(&format!(" and {others} more"));
        }
    }
    if let Some(ours) = found.iter().position(|c| c.lease == lease) {
        let ahead = ours.saturating_sub(limit);
        text.push_str(&format!("; {ahead} waiting ahead"));
    }
    Some(text)
}

/// `err` of a wait for a lock or election, with `context` (`acquiring lock x`) unless it
/// names the lock itself: busy and timed out say `lock x is held by ...` already.
pub fn in_context(err: Error, context: &str) -> anyhow::Error {
    match err {
        Error::Busy { .. } | Error::Timeout { .. } => anyhow::Error::new(err),
        other => anyhow::Error::new(other).context(context.to_string()),
    }
}

/// A busy or timed-out wait for lock or election `name`, with its current holder named.
/// Any other error, or a holder that cannot be read, leaves `err` as it is.
pub async fn name_the_holder(etcd: &Etcd, name: &str, err: Error) -> Error {
    if !matches!(err, Error::Busy { .. } | Error::Timeout { .. }) {
        return err;
    }
    let Ok(rows) = lock_rows(etcd, name).await else {
        return err;
    };
    let holders: Vec<String> = rows
        .iter()
        .filter(|row| row.holds)
        .map(|row| describe(&row.contender, row.identity.as_ref()))
        .collect();
    let holder = match holders.as_slice() {
        [] => return err,
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    match err {
        Error::Busy { what, .. } => Error::Busy {
            what,
            holder: Some(holder),
        },
        Error::Timeout { what, after } => Error::Timeout {
            what: format!("{what} (held by {holder})"),
            after,
        },
        other => other,
    }
}

/// `--break`: revokes the lease of the oldest holder of `name`, after asking on a terminal
/// (or with `yes`); its etcdkit stops its CMD and exits 4. Exit 3 when nothing holds it,
/// 2 when not on a terminal without `--yes` or when the answer is no.
pub async fn break_holder(
    etcd: &Etcd,
    what: &str,
    name: &str,
    yes: bool,
    out: &mut Output,
) -> Result<Exit> {
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if !yes && !interactive {
        return Err(Error::InvalidInput(
            "--break needs --yes when not on a terminal (nothing was revoked)".into(),
        )
        .into());
    }
    let rows = lock_rows(etcd, name).await?;
    let Some(holder) = rows.into_iter().next() else {
        return Err(Error::NotFound(format!("{what} is not held: nothing to break")).into());
    };
    let who = describe(&holder.contender, holder.identity.as_ref());
    if !yes {
        eprint!(
            "{what} is held by {who} ({}). Revoke lease {:x}? [y/N] ",
            holder.contender.key, holder.contender.lease
        );
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes") {
            return Err(Error::InvalidInput("not confirmed: nothing was revoked".into()).into());
        }
    }
    etcdkit::lease::session::revoke(etcd, holder.contender.lease).await?;
    out.broken(name, &holder, &who)?;
    Ok(Exit::SUCCESS)
}
