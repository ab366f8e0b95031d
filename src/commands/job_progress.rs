use std::collections::HashMap;
use std::ffi::OsString;
use std::future::pending;
use std::time::Duration;

use anyhow::Result;
use tokio::time::{sleep_until, Instant};

use super::cron::Run;
use crate::args::{Global, JobCommand};
use crate::exit::Exit;
use crate::output::Output;
use etcdkit::admin::holders::Identity;
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::process::supervise::supervise;
use etcdkit::recipes::progress::{Jobs, State, Update};

pub async fn run(
    global: &Global,
    cmd: JobCommand,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    let names: Vec<&String> = match &cmd {
        JobCommand::Set { job, .. }
        | JobCommand::Done { job, .. }
        | JobCommand::Fail { job, .. }
        | JobCommand::Get { job }
        | JobCommand::Delete { job }
        | JobCommand::Run { job, .. } => vec![job],
        JobCommand::Watch { jobs, .. } => jobs.iter().collect(),
    };
    names.iter().try_for_each(|j| check_name(j, "JOB"))?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    match cmd {
        JobCommand::Set {
            job,
            percent,
            message,
            ttl,
        } => {
            let progress = Jobs::new(&etcd, ttl)
                .with_identity(reporter())
                .set(&job, Some(percent), message.as_deref(), State::Running)
                .await?;
            out.job_written(&Update {
                job,
                progress: Some(progress),
            })?;
        }
        JobCommand::Done { job, message, ttl } => {
            let progress = Jobs::new(&etcd, ttl)
                .with_identity(reporter())
                // A done job's last message ("shard 9/10") would be stale: cleared.
                .set(
                    &job,
                    Some(100),
                    Some(message.as_deref().unwrap_or("")),
                    State::Done,
                )
                .await?;
            out.job_written(&Update {
                job,
                progress: Some(progress),
            })?;
        }
        JobCommand::Fail { job, message, ttl } => {
            let progress = Jobs::new(&etcd, ttl)
                .with_identity(reporter())
                .set(&job, None, message.as_deref(), State::Failed)
                .await?;
            out.job_written(&Update {
                job,
                progress: Some(progress),
            })?;
        }
        JobCommand::Get { job } => match Jobs::new(&etcd, None).get(&job).await? {
            Some(progress) => out.job(&Update {
                job,
                progress: Some(progress),
            })?,
            None => return Err(Error::NotFound(format!("job {job} has not started")).into()),
        },
        JobCommand::Delete { job } => {
            if !Jobs::new(&etcd, None).delete(&job).await? {
                return Err(Error::NotFound(format!("job {job} has no record")).into());
            }
        }
        JobCommand::Watch { jobs, timeout } => {
            return watch(&etcd, &jobs, timeout, shutdown, out).await
        }
        JobCommand::Run {
            job,
            ttl,
            grace,
            run,
            cmd,
        } => {
            let mut knobs = Run::new(&run, "job-progress", &job);
            let outcome = run_job(&etcd, &job, ttl, grace, &cmd, &mut knobs, shutdown, out).await;
            return knobs.finish(outcome).await;
        }
    }
    Ok(Exit::SUCCESS)
}

/// Exit 0 once every job is done, 5 as soon as one fails, 3 on `--timeout`.
async fn watch(
    etcd: &Etcd,
    jobs: &[String],
    timeout: Option<std::time::Duration>,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    let bars = out.job_view(jobs);
    let mut updates = Jobs::new(etcd, None).watch(jobs).await?;
    let mut states: HashMap<String, Option<State>> =
        jobs.iter().map(|j| (j.clone(), None)).collect();
    let started = Instant::now();
    // `--timeout 0`: decide on the states first read, one per job.
    let once = timeout.is_some_and(|t| t.is_zero());
    let mut first_reads = 0;
    let deadline = async {
        match timeout {
            Some(limit) if !limit.is_zero() => sleep_until(started + limit).await,
            _ => pending().await,
        }
    };
    tokio::pin!(deadline);
    loop {
        let update = tokio::select! {
            update = updates.recv() => update.ok_or_else(|| Error::Io(std::io::Error::other("the job watch ended")))??,
            () = &mut deadline => {
                let mut left: Vec<&str> = states.iter().filter(|(_, s)| **s != Some(State::Done)).map(|(j, _)| j.as_str()).collect();
                left.sort_unstable();
                return Err(Error::Timeout { what: format!("jobs {} to finish", left.join(", ")), after: timeout.unwrap_or_default() }.into());
            }
            sig = shutdown.signalled() => return Err(Error::Interrupted(sig).into()),
        };
        match &bars {
            Some(bars) => bars.update(&update),
            None => out.job(&update)?,
        }
        let state = update.progress.as_ref().map(|p| p.state);
        states.insert(update.job.clone(), state);
        if state == Some(State::Failed) {
            let message = update.progress.map(|p| p.message).unwrap_or_default();
            return Err(Error::JobFailed {
                job: update.job,
                message,
            }
            .into());
        }
        if states.values().all(|s| *s == Some(State::Done)) {
            return Ok(Exit::SUCCESS);
        }
        first_reads += 1;
        if once && first_reads >= jobs.len() {
            let mut left: Vec<&str> = states
                .iter()
                .filter(|(_, s)| **s != Some(State::Done))
                .map(|(j, _)| j.as_str())
                .collect();
            left.sort_unstable();
            return Err(Error::Timeout {
                what: format!("jobs {} to finish", left.join(", ")),
                after: std::time::Duration::ZERO,
            }
            .into());
        }
    }
}

/// Who reports with `set`, `done` or `fail`: this host and user, and the pid of the process
/// that ran etcdkit (the job's own script; etcdkit's pid is gone a moment later).
fn reporter() -> Identity {
    Identity {
        pid: nix::unistd::getppid().as_raw().unsigned_abs(),
        ..super::identity(&[])
    }
}

/// `job-progress run JOB -- CMD`: the record marked running, then done or failed by CMD's
/// status (or its stop at --max-runtime).
#[allow(clippy::too_many_arguments)]
async fn run_job(
    etcd: &Etcd,
    job: &str,
    ttl: Option<Duration>,
    grace: Duration,
    cmd: &[OsString],
    knobs: &mut Run<'_>,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    let jobs = Jobs::new(etcd, ttl).with_identity(super::identity(cmd));
    knobs.splay(shutdown).await?;
    jobs.start(job, Some("started")).await?;
    let child = match knobs
        .spawn(cmd, &[("ETCDKIT_JOB", job.to_string())], None)
        .await
    {
        Ok(child) => child,
        Err(e) => {
            // Watchers see it fail rather than run forever.
            jobs.set(job, None, Some(&e.to_string()), State::Failed)
                .await?;
            return Err(e.into());
        }
    };
    let (exit, why) = match supervise(child, Some(shutdown), pending(), grace).await {
        Ok(status) => {
            let exit = Exit::of_status(status);
            (exit, format!("exit status {}", exit.0))
        }
        Err(e @ Error::MaxRuntime { .. }) => (Exit::MAX_RUNTIME, e.to_string()),
        Err(e) => return Err(e.into()),
    };
    let progress = if exit == Exit::SUCCESS {
        jobs.set(job, Some(100), Some("finished"), State::Done)
            .await?
    } else {
        jobs.set(job, None, Some(&why), State::Failed).await?
    };
    out.job_written(&Update {
        job: job.to_string(),
        progress: Some(progress),
    })?;
    Ok(exit)
}
