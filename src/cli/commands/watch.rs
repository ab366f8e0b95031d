//! `watch KEY [--tree] [--from-rev REV] [--initial] [--debounce DUR] [--count N] [-- CMD]`:
//! every change, printed or handed to CMD one at a time, in revision order. The watch runs
//! in its own task and queues changes; the library's watch resumes after member failures
//! from the last revision seen + 1, so a change is neither lost nor handled twice.

use std::future::pending;

use anyhow::{Context, Result};
use etcd_client::{EventType, GetOptions};
use tokio::sync::mpsc;

use crate::cli::args::{Global, WatchArgs};
use crate::cli::exit::Exit;
use crate::cli::output::{note, Output};
use crate::connect::{Etcd, Retry};
use crate::error::Error;
use crate::limits::check_name;
use crate::shutdown::Shutdown;
use crate::supervise::{supervise, Child};
use crate::watch::{watch_key, watch_prefix};

/// One change of a key.
#[derive(Debug, Clone)]
pub struct Change {
    pub key: String,
    /// `None` for a deletion.
    pub value: Option<String>,
    pub rev: i64,
}

pub async fn run(
    global: &Global,
    args: WatchArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    check_name(&args.key, "KEY")?;
    let etcd = Etcd::connect(crate::cli::options::connect_options(global)?).await?;
    let key = etcd.key(&args.key);
    let (tx, mut rx) = mpsc::unbounded_channel::<Result<Change, Error>>();
    let from = match args.from_rev {
        Some(rev) => rev,
        None => {
            let (current, rev) = current(&etcd, &key, args.tree).await?;
            if args.initial {
                current.into_iter().for_each(|c| {
                    let _ = tx.send(Ok(c));
                });
            }
            rev + 1
        }
    };
    let watcher = {
        let (etcd, tree) = (etcd.clone(), args.tree);
        tokio::spawn(async move {
            let deliver = |events: &[etcd_client::Event]| {
                events
                    .iter()
                    .filter_map(change)
                    .all(|c| tx.send(Ok(c)).is_ok())
            };
            let watched = if tree {
                watch_prefix(&etcd, &key, from, deliver).await
            } else {
                watch_key(&etcd, &key, from, deliver).await
            };
            if let Err(e) = watched {
                let _ = tx.send(Err(e));
            }
        })
    };
    let handled = handle(&args, &mut rx, shutdown, out).await;
    watcher.abort();
    handled.with_context(|| format!("watching {}", args.key))
}

/// Takes changes off the queue, one at a time, until `--count`, a signal or an error.
async fn handle(
    args: &WatchArgs,
    rx: &mut mpsc::UnboundedReceiver<Result<Change, Error>>,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    let mut handled = 0u64;
    loop {
        if args.count.is_some_and(|n| handled >= n) {
            return Ok(Exit::SUCCESS);
        }
        let next = tokio::select! {
            next = rx.recv() => next,
            sig = shutdown.signalled() => return Err(Error::Interrupted(sig).into()),
        };
        let Some(mut change) = next.transpose()? else {
            return Ok(Exit::SUCCESS);
        };
        if let Some(quiet) = args.debounce {
            // Keep the last change of the burst; handle it after `quiet` without another.
            loop {
                tokio::select! {
                    next = rx.recv() => match next.transpose()? {
                        Some(later) => change = later,
                        None => break,
                    },
                    _ = tokio::time::sleep(quiet) => break,
                    sig = shutdown.signalled() => return Err(Error::Interrupted(sig).into()),
                }
            }
        }
        handled += 1;
        if args.cmd.is_empty() {
            out.watched(&change)?;
            continue;
        }
        let env = [
            ("ETCD_WATCH_KEY", change.key.clone()),
            ("ETCD_WATCH_VALUE", change.value.clone().unwrap_or_default()),
            ("ETCD_WATCH_REVISION", change.rev.to_string()),
            (
                "ETCD_WATCH_EVENT_TYPE",
                if change.value.is_some() {
                    "PUT"
                } else {
                    "DELETE"
                }
                .to_string(),
            ),
        ];
        let child = Child::spawn(&args.cmd, &env)?;
        let status = supervise(child, Some(shutdown), pending(), args.grace).await?;
        if let Some(sig) = shutdown.first() {
            return Err(Error::Interrupted(sig).into());
        }
        let exit = Exit::of_status(status);
        if exit != Exit::SUCCESS {
            if args.stop_on_failure {
                return Ok(exit);
            }
            note(&format!(
                "CMD exited {} for {} at revision {}",
                exit.0, change.key, change.rev
            ));
        }
    }
}

/// The current keys (one, or all under `key` with `tree`) as changes, and the revision read.
async fn current(etcd: &Etcd, key: &[u8], tree: bool) -> Result<(Vec<Change>, i64), Error> {
    let options = if tree {
        Some(GetOptions::new().with_prefix())
    } else {
        None
    };
    let resp = etcd
        .call(Retry::Idempotent, |mut c| {
            let (key, options) = (key.to_vec(), options.clone());
            async move { c.get(key, options).await }
        })
        .await?;
    let rev = resp.header().map_or(0, |h| h.revision());
    let changes = resp
        .kvs()
        .iter()
        .map(|kv| Change {
            key: String::from_utf8_lossy(kv.key()).into_owned(),
            value: Some(String::from_utf8_lossy(kv.value()).into_owned()),
            rev: kv.mod_revision(),
        })
        .collect();
    Ok((changes, rev))
}

fn change(event: &etcd_client::Event) -> Option<Change> {
    let kv = event.kv()?;
    Some(Change {
        key: String::from_utf8_lossy(kv.key()).into_owned(),
        value: match event.event_type() {
            EventType::Put => Some(String::from_utf8_lossy(kv.value()).into_owned()),
            EventType::Delete => None,
        },
        rev: kv.mod_revision(),
    })
}
