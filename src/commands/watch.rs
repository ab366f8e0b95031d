//! `watch KEY [--tree] [--from-rev REV] [--initial] [--debounce DUR] [--count N] [-- CMD]`:
//! every change, printed or handed to CMD one at a time, in revision order. The watch runs
//! in its own task and queues changes; the library's watch resumes after member failures
//! from the last revision seen + 1, so a change is neither lost nor handled twice.

use std::future::pending;

use anyhow::{Context, Result};
use tokio::sync::mpsc;

use crate::args::{Global, WatchArgs};
use crate::exit::Exit;
use crate::output::{note, Output};
use etcdkit::client::limits::check_name;
use etcdkit::client::watch::{self, watch_key, watch_prefix};
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::etcd_client::Event;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::process::supervise::supervise;

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
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let key = etcd.key(&args.key);
    let (tx, mut rx) = mpsc::unbounded_channel::<Result<Change, Error>>();
    let from = match args.from_rev {
        Some(rev) => rev,
        None => {
            let (current, rev) = watch::current(&etcd, &key, args.tree).await?;
            if args.initial {
                current.into_iter().map(shown).for_each(|c| {
                    let _ = tx.send(Ok(c));
                });
            }
            rev + 1
        }
    };
    let watcher = {
        let (etcd, tree) = (etcd.clone(), args.tree);
        tokio::spawn(async move {
            let deliver = |events: &[Event]| {
                events
                    .iter()
                    .filter_map(watch::Change::of)
                    .map(shown)
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
        let child = super::spawn_cmd(&args.cmd, &env, None)?;
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

/// A change as shown: key and value as text (invalid UTF-8 replaced, as etcdctl shows it).
fn shown(change: watch::Change) -> Change {
    Change {
        key: String::from_utf8_lossy(&change.key).into_owned(),
        value: change
            .value
            .map(|v| String::from_utf8_lossy(&v).into_owned()),
        rev: change.rev,
    }
}
