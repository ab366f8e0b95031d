use std::time::Duration;

use anyhow::{Context, Result};
use tokio::time::{timeout_at, Instant};

use crate::args::{Global, QueueCommand};
use crate::exit::Exit;
use crate::output::{self, no_detail, Output};
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::recipes::queue::{check_value, Counts, Item, Queue, BATCH};

use super::queue_work;
use etcdkit::process::shutdown::Shutdown;

pub async fn run(
    global: &Global,
    cmd: QueueCommand,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    let name = match cmd {
        QueueCommand::Work(work) => {
            return queue_work::run(global, work, shutdown, out).await;
        }
        QueueCommand::Push { ref queue, .. }
        | QueueCommand::Pop { ref queue, .. }
        | QueueCommand::Len { ref queue }
        | QueueCommand::Peek { ref queue }
        | QueueCommand::Claims { ref queue }
        | QueueCommand::Dead { ref queue }
        | QueueCommand::Retry { ref queue, .. } => queue.clone(),
    };
    check_name(&name, "QUEUE")?;
    if let QueueCommand::Push { values, .. } = &cmd {
        values.iter().try_for_each(|v| check_value(v))?;
    }
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let mut queue = Queue::new(&etcd, &name)?;
    let result = serve(&etcd, &mut queue, &name, cmd, shutdown, out).await;
    // A push or pop wrote the handle's write counter: remove it, whatever happened.
    queue.close().await;
    result
}

async fn serve(
    etcd: &Etcd,
    queue: &mut Queue,
    name: &str,
    cmd: QueueCommand,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    match cmd {
        QueueCommand::Push {
            stdin: false,
            values,
            delay,
            ..
        } => {
            match delay.filter(|d| !d.is_zero()) {
                None => queue.push(&values).await,
                Some(delay) => queue.push_delayed(&values, delay).await,
            }
            .context(format!("pushing to {name}"))?;
            out.written("queue", name, "pushed", values.len())?;
        }
        QueueCommand::Push {
            stdin: true, delay, ..
        } => {
            let pushed = push_stdin(queue, name, delay).await?;
            out.written("queue", name, "pushed", pushed)?;
        }
        QueueCommand::Pop { timeout, count, .. } => {
            return pop(queue, name, timeout, count, shutdown, out).await
        }
        QueueCommand::Len { .. } => {
            let counts = if out.is_json() {
                queue.counts().await?
            } else {
                // Scripts read the ready count: one request, and no bookkeeping to grant.
                Counts {
                    ready: queue.len().await?,
                    claimed: 0,
                    delayed: 0,
                    dead: 0,
                }
            };
            out.queue_counts(name, &counts)?
        }
        QueueCommand::Claims { .. } => {
            let claims = queue.claims().await?;
            let workers = etcdkit::admin::holders::identities(etcd, name).await?;
            out.claims(name, &claims, &workers)?
        }
        QueueCommand::Dead { .. } => out.dead_letters(name, &queue.dead().await?)?,
        QueueCommand::Retry { ids, .. } => {
            let moved = queue
                .retry_dead(&ids)
                .await
                .context(format!("retrying dead letters of {name}"))?;
            out.retried(name, &moved)?
        }
        // Dispatched to queue_work by `run` before a handle is made.
        QueueCommand::Work(_) => return Err(anyhow::anyhow!("queue work is not served here")),
        QueueCommand::Peek { .. } => match queue.peek().await? {
            Some(item) => print_item(out, name, &item)?,
            None => return Err(Error::NotFound(format!("queue {name} is empty")).into()),
        },
    }
    Ok(Exit::SUCCESS)
}

/// Streams stdin: lines already waiting go together in one transaction (order kept).
/// Lines pushed before a bad one (oversize, not UTF-8) stay pushed.
/// Returns how many values were pushed.
async fn push_stdin(queue: &mut Queue, name: &str, delay: Option<Duration>) -> Result<usize> {
    let mut pushed = 0;
    let push = async |values: Vec<String>| {
        match delay.filter(|d| !d.is_zero()) {
            None => queue.push(&values).await?,
            Some(delay) => queue.push_delayed(&values, delay).await?,
        }
        pushed += values.len();
        Ok(())
    };
    super::stdin::batches(BATCH, check_value, push)
        .await
        .context(format!("pushing to {name}"))?;
    Ok(pushed)
}

/// Pops `count` items, printing each as it comes; 3 if the timeout cut it short.
async fn pop(
    queue: &mut Queue,
    name: &str,
    timeout: Option<Duration>,
    count: u64,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    let deadline = timeout.map(|t| Instant::now() + t);
    let mut popped = 0u64;
    while popped < count {
        let want = usize::try_from(count - popped).unwrap_or(usize::MAX);
        let popping = async {
            let timed_out = || Error::Timeout {
                what: format!("an item in {name}"),
                after: timeout.unwrap_or_default(),
            };
            match deadline {
                None => queue.pop_up_to(want).await,
                // `--timeout 0`: what is there now, no waiting.
                Some(_) if timeout.is_some_and(|t| t.is_zero()) => {
                    match queue.try_pop_up_to(want).await {
                        Ok(items) if items.is_empty() => Err(timed_out()),
                        other => other,
                    }
                }
                Some(at) => match timeout_at(at, queue.pop_up_to(want)).await {
                    Ok(items) => items,
                    // The wait is over, not the work: take what is ready now (a claim cut
                    // short is settled first), and time out only if nothing is.
                    Err(_) => match queue.try_pop_up_to(want).await {
                        Ok(items) if items.is_empty() => Err(timed_out()),
                        other => other,
                    },
                },
            }
        };
        let what = format!("an item in {name}");
        let items = tokio::select! {
            // Items already taken are printed before a signal is looked at.
            biased;
            items = output::waiting(&what, popping, no_detail) => items?,
            sig = shutdown.signalled() => return Err(Error::Interrupted(sig).into()),
        };
        for item in &items {
            print_item(out, name, item)?;
        }
        popped += items.len() as u64;
    }
    Ok(Exit::SUCCESS)
}

/// An item on stdout; one whose value is not UTF-8 is shown with `\xNN` escapes in text,
/// and said so on stderr, since its exact bytes are only in `-o json` (`value_base64`).
fn print_item(out: &mut Output, name: &str, item: &Item) -> std::io::Result<()> {
    if item.text().is_none() && !out.is_json() {
        output::note(&format!(
            "queue {name}: the value of {} is not UTF-8: shown with \\xNN escapes; \
             -o json gives its exact bytes (value_base64)",
            item.key
        ));
    }
    out.item(name, item)
}
