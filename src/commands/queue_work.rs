//! `queue work QUEUE -- CMD`: each item claimed on the worker's lease, CMD run under the
//! library's [`Guard`] (stopped before the lease could expire), then acknowledged, retried
//! or dead-lettered (see the queue module's `work` layer).

use std::collections::VecDeque;
use std::process::ExitStatus;

use anyhow::{Context, Result};
use tokio::task::JoinSet;

use super::hold;
use crate::args::{Global, WorkArgs};
use crate::exit::Exit;
use crate::output::{self, no_detail, note, Output, Worked};
use crate::service::metrics;
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::lease::guard::Guard;
use etcdkit::lease::session::Session;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::recipes::queue::{Acknowledger, Claim, Encoded, Failed, Queue, ACK_BATCH};

pub async fn run(
    global: &Global,
    work: WorkArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    check_name(&work.queue, "QUEUE")?;
    hold::check_ttl(work.ttl)?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let session = Session::new(&etcd, work.ttl)
        .await
        .context("creating the worker's session")?;
    let mut queue = Queue::new(&etcd, &work.queue)?.with_max_attempts(work.max_attempts);
    let identity = super::identity(&work.cmd);
    hold::announce(&etcd, &work.queue, session.id(), &identity).await?;
    let guard = Guard::new(session);
    crate::service::ready(&format!("working on queue {}", work.queue));
    let _lease = crate::service::Lease::watch(guard.session().lost_at_reader());
    let outcome = serve(&guard, &mut queue, &work, shutdown, out).await;
    queue.close().await;
    // Revoking the lease returns at once any claim still on it (none after a clean end).
    hold::release(outcome, guard, &format!("working on queue {}", work.queue)).await
}

/// Acknowledgements: one transaction in flight at a time, taking every item finished
/// meanwhile (up to [`ACK_BATCH`]); the next CMD runs while it lands. A fast CMD then costs
/// etcd less than one write per item.
struct Acks {
    /// The queue's name, for the `done` lines.
    queue: String,
    acknowledger: Acknowledger,
    /// Items whose CMD succeeded, not yet sent.
    pending: Vec<Claim>,
    inflight: JoinSet<AckedBatch>,
}

/// A batch's outcome and its items (key, attempt).
type AckedBatch = (Result<(), Error>, Vec<(String, u32)>);

impl Acks {
    fn new(queue: &Queue, name: &str) -> Acks {
        Acks {
            queue: name.to_string(),
            acknowledger: queue.acknowledger(),
            pending: Vec::new(),
            inflight: JoinSet::new(),
        }
    }

    fn push(&mut self, claim: Claim) {
        self.pending.push(claim);
        self.send();
    }

    /// Sends the pending items if no batch is in flight.
    fn send(&mut self) {
        if !self.inflight.is_empty() || self.pending.is_empty() {
            return;
        }
        let n = self.pending.len().min(ACK_BATCH);
        let claims: Vec<Claim> = self.pending.drain(..n).collect();
        let items = claims
            .iter()
            .map(|c| (c.item.key.clone(), c.attempt))
            .collect();
        let ack = self.acknowledger.ack(&claims);
        self.inflight.spawn(async move { (ack.await, items) });
    }

    /// Reports a landed batch (`done` per item) and sends the next; a failed one ends the
    /// worker.
    fn landed(
        &mut self,
        batch: Result<AckedBatch, tokio::task::JoinError>,
        out: &mut Output,
    ) -> Result<(), Error> {
        let (result, items) =
            batch.map_err(|e| Error::Io(std::io::Error::other(format!("acknowledging: {e}"))))?;
        result?;
        for (key, attempt) in items {
            metrics::item(metrics::Item::Processed);
            let event = Worked {
                queue: &self.queue,
                event: "done",
                key: &key,
                attempt,
                exit_code: 0,
            };
            out.worked(&event).map_err(Error::Io)?;
        }
        self.send();
        Ok(())
    }

    /// Reports what landed without waiting.
    fn poll(&mut self, out: &mut Output) -> Result<(), Error> {
        while let Some(batch) = self.inflight.try_join_next() {
            self.landed(batch, out)?;
        }
        Ok(())
    }

    /// Waits until every finished item is acknowledged.
    async fn flush(&mut self, out: &mut Output) -> Result<(), Error> {
        self.send();
        while let Some(batch) = self.inflight.join_next().await {
            self.landed(batch, out)?;
        }
        Ok(())
    }
}

async fn serve(
    guard: &Guard,
    queue: &mut Queue,
    work: &WorkArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit, Error> {
    let mut acks = Acks::new(queue, &work.queue);
    let mut prefetched = VecDeque::new();
    let outcome = serve_items(
        guard,
        queue,
        work,
        shutdown,
        out,
        &mut acks,
        &mut prefetched,
    )
    .await;
    // Claimed but not started: back to the queue at once (if the lease was lost, they
    // return when it expires).
    for claim in prefetched {
        if !guard.session().is_lost() {
            queue.release(&claim).await?;
        }
    }
    // Every acknowledgement lands before the lease is released: a claim still on it when
    // it is revoked would return to the queue and run again.
    if !guard.session().is_lost() {
        acks.flush(out).await?;
    }
    outcome
}

async fn serve_items(
    guard: &Guard,
    queue: &mut Queue,
    work: &WorkArgs,
    shutdown: &Shutdown,
    out: &mut Output,
    acks: &mut Acks,
    prefetched: &mut VecDeque<Claim>,
) -> Result<Exit, Error> {
    let lease = guard.session().id();
    let mut handled = 0u64;
    while work.count.is_none_or(|n| handled < n) {
        acks.poll(out)?;
        if let Some(sig) = shutdown.first() {
            return Err(Error::Interrupted(sig));
        }
        if prefetched.is_empty() {
            let left = work.count.map_or(usize::MAX, |n| (n - handled) as usize);
            let max = (work.prefetch as usize).min(left);
            // Acknowledgements that land while the queue is empty are reported at once.
            let what = format!("an item in {}", work.queue);
            let claiming =
                output::waiting(&what, guard.run(queue.claim_up_to(lease, max)), no_detail);
            tokio::pin!(claiming);
            let claims = loop {
                tokio::select! {
                    biased;
                    sig = shutdown.signalled() => return Err(Error::Interrupted(sig)),
                    claims = &mut claiming => break claims??,
                    Some(batch) = acks.inflight.join_next(), if !acks.inflight.is_empty() => {
                        acks.landed(batch, out)?;
                    }
                }
            };
            prefetched.extend(claims);
        }
        let Some(claim) = prefetched.pop_front() else {
            continue;
        };
        let (env, input) = cmd_input(&claim, lease);
        let child = match super::spawn_cmd(&work.cmd, &env, Some(input)) {
            Ok(child) => child.with_max_runtime(work.max_runtime),
            Err(e) => {
                // Every item would fail the same way: give this one back and stop.
                queue.release(&claim).await?;
                return Err(e);
            }
        };
        // A lost lease: CMD was stopped in time; the claim returns to the queue when the
        // lease expires.
        let status = match guard.run_child(child, Some(shutdown), work.grace).await {
            // A failed attempt like any other: retried after --retry-delay.
            Err(e @ Error::MaxRuntime { .. }) => {
                note(&format!("{e}; the item is retried after --retry-delay"));
                std::os::unix::process::ExitStatusExt::from_raw(i32::from(Exit::MAX_RUNTIME.0) << 8)
            }
            other => other?,
        };
        handled += 1;
        if status.success() {
            acks.push(claim);
            // Bounded: finished items wait for at most one batch in flight.
            while acks.pending.len() >= ACK_BATCH {
                if let Some(batch) = acks.inflight.join_next().await {
                    acks.landed(batch, out)?;
                }
            }
            continue;
        }
        let event = settle_failure(queue, &claim, status, work, shutdown).await?;
        out.worked(&event).map_err(Error::Io)?;
        if let (
            Worked {
                event: "released", ..
            },
            Some(sig),
        ) = (&event, shutdown.first())
        {
            return Err(Error::Interrupted(sig));
        }
    }
    Ok(Exit::SUCCESS)
}

/// The longest value that also goes in CMD's environment. Linux allows one environment
/// string 128 KiB (`MAX_ARG_STRLEN`) and all of them together a quarter of the stack limit
/// (`ARG_MAX`, 2 MiB by default): a value near etcd's 1.5 MiB request limit would make the
/// exec fail with E2BIG for every worker that claims it. Longer values come on stdin only.
const MAX_ENV_VALUE: usize = 64 * 1024;

/// What CMD gets for an item: its environment, and its stdin.
///
/// - `ETCDKIT_QUEUE_VALUE`: the value as text (UTF-8 without a NUL byte, which no
///   environment string can hold), else `ETCDKIT_QUEUE_VALUE_BASE64`: never an altered
///   copy; neither when it is over [`MAX_ENV_VALUE`].
/// - stdin: the value, and a newline after a text value that does not end in one (as
///   `queue pop` prints it), so that `while read -r line` sees its last line. Other bytes
///   come as they are.
fn cmd_input(claim: &Claim, lease: i64) -> (Vec<(&'static str, String)>, Vec<u8>) {
    let value = &claim.item.value;
    let text = claim.item.text().filter(|t| !t.contains('\0'));
    let mut env = Vec::with_capacity(4);
    let as_env = match text {
        Some(text) => ("ETCDKIT_QUEUE_VALUE", text.to_string()),
        None => ("ETCDKIT_QUEUE_VALUE_BASE64", Encoded::base64(value)),
    };
    if as_env.1.len() <= MAX_ENV_VALUE {
        env.push(as_env);
    }
    env.extend([
        ("ETCDKIT_QUEUE_KEY", claim.item.key.clone()),
        ("ETCDKIT_QUEUE_ATTEMPT", claim.attempt.to_string()),
        ("ETCDKIT_LEASE_ID", format!("{lease:x}")),
    ]);
    let mut input = value.clone();
    if claim.item.text().is_some() && !input.is_empty() && !input.ends_with(b"\n") {
        input.push(b'\n');
    }
    (env, input)
}

/// Retries, dead-letters or (after a signal) releases the item after a failed CMD.
async fn settle_failure<'a>(
    queue: &mut Queue,
    claim: &'a Claim,
    status: ExitStatus,
    work: &'a WorkArgs,
    shutdown: &Shutdown,
) -> Result<Worked<'a>, Error> {
    let event = |event| Worked {
        queue: &work.queue,
        event,
        key: &claim.item.key,
        attempt: claim.attempt,
        exit_code: Exit::of_status(status).0,
    };
    if shutdown.first().is_some() {
        queue.release(claim).await?;
        return Ok(event("released"));
    }
    let failed = queue
        .fail(claim, &status.to_string(), work.retry_delay)
        .await?;
    let (name, then) = match failed {
        Failed::Retried if work.retry_delay.is_zero() => {
            ("retry", "ready again at once".to_string())
        }
        Failed::Retried => (
            "retry",
            format!(
                "ready again in {}",
                humantime::format_duration(work.retry_delay)
            ),
        ),
        Failed::Dead => ("dead", "moved to the dead letters".to_string()),
    };
    metrics::item(match failed {
        Failed::Retried => metrics::Item::Retried,
        Failed::Dead => metrics::Item::DeadLettered,
    });
    note(&format!(
        "{} failed on attempt {} of {} ({status}); {then}",
        claim.item.key, claim.attempt, work.max_attempts
    ));
    Ok(event(name))
}
