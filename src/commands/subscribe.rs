use anyhow::{Context, Result};
use tokio::time::timeout;

use crate::args::{Global, SubscribeArgs};
use crate::exit::Exit;
use crate::output::Output;
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::recipes::pubsub::{current_revision, subscribe};

/// Exit 0 after `--count` messages; 3 if `--timeout` passes first; 128+N on a signal.
pub async fn run(
    global: &Global,
    args: SubscribeArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    check_name(&args.topic, "TOPIC")?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let now = current_revision(&etcd, &args.topic).await?;
    let from = match args.from_rev {
        Some(rev) if rev > now + 1 => {
            // Valid (etcd watches future revisions), but a wait nobody expects in silence.
            crate::output::note(&format!(
                "--from-rev {rev} is ahead of the current revision {now}: nothing is \
                 delivered until the store reaches it"
            ));
            rev
        }
        Some(rev) => rev,
        None => now + 1,
    };
    let mut received = 0u64;
    let mut write_error = None;
    let following = subscribe(&etcd, &args.topic, from, |message| {
        if let Err(e) = out.message(&args.topic, &message) {
            write_error = Some(e);
            return false;
        }
        received += 1;
        args.count.is_none_or(|n| received < n)
    });
    let bounded = async {
        match args.timeout {
            None => following.await,
            Some(limit) => timeout(limit, following)
                .await
                .unwrap_or(Err(Error::Timeout {
                    what: format!(
                        "{} messages on {}",
                        args.count.map_or("more".to_string(), |n| n.to_string()),
                        args.topic
                    ),
                    after: limit,
                })),
        }
    };
    tokio::select! {
        done = bounded => done.context(format!("subscribing to {}", args.topic))?,
        sig = shutdown.signalled() => return Err(Error::Interrupted(sig).into()),
    }
    match write_error {
        Some(e) => Err(e.into()),
        None => Ok(Exit::SUCCESS),
    }
}
