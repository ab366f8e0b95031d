use std::future::pending;

use anyhow::Result;

use super::hold;
use crate::cli::args::{Global, RegisterArgs};
use crate::cli::exit::Exit;
use crate::cli::output::{note, Output};
use crate::connect::Etcd;
use crate::holders::Identity;
use crate::registry::{check_instance, parse_metadata, Registration};
use crate::shutdown::Shutdown;
use crate::supervise::{supervise, Child};

pub async fn run(
    global: &Global,
    args: RegisterArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    check_instance(&args.service, &args.addr)?;
    hold::check_ttl(args.ttl)?;
    let metadata = parse_metadata(args.meta.as_deref())
        .map_err(|e| crate::Error::InvalidInput(format!("--meta: {e}")))?;
    let etcd = Etcd::connect(crate::cli::options::connect_options(global)?).await?;
    let mut registration =
        Registration::new(&etcd, &args.service, &args.addr, metadata, args.ttl).await?;
    let key = registration.key();
    let identity = Identity::of_this_process(&args.cmd).acquired_now();
    hold::announce(&etcd, &args.service, registration.lease(), &identity).await?;
    if args.cmd.is_empty() {
        out.registered(&args.service, &args.addr, &key, registration.lease())?;
    }

    // With --drain, CMD is spawned here and gets no signal until the registration is gone.
    let mut drained = match (args.drain, args.cmd.is_empty()) {
        (Some(_), false) => Some(Child::spawn(&args.cmd, &[])?),
        _ => None,
    };
    let outcome = {
        let lost =
            |e: &crate::Error| note(&format!("registration {key} lost ({e}); registering again"));
        let again = |lease: i64| {
            note(&format!(
                "registration {key} registered again (lease {lease:x})"
            ));
            // The identity went with the old lease; recorded again in the background.
            let (etcd, service, identity) = (etcd.clone(), args.service.clone(), identity.clone());
            tokio::spawn(async move { hold::announce(&etcd, &service, lease, &identity).await });
            if args.cmd.is_empty() && out.is_json() {
                // JSON readers see the new lease as they saw the first.
                let _ = out.registered(&args.service, &args.addr, &key, lease);
            }
        };
        let keep = registration.keep(lost, again);
        let until = async {
            match args.drain {
                None => run_or_wait(&args, shutdown).await.map(Ended::Done),
                Some(drain) => until_signal(drained.as_mut(), drain, shutdown).await,
            }
        };
        tokio::select! {
            never = keep => match never {},
            ended = until => ended,
        }
    };
    // Withdrawn first, whatever comes next: discovery and gRPC resolvers drop the instance.
    if let Err(e) = registration.close().await {
        eprintln!(
            "etcdkit: warning: deregistering {key}: {e}; it disappears when the lease expires"
        );
    }
    match outcome? {
        Ended::Done(exit) => Ok(exit),
        Ended::Draining(drain) => Ok(drain_then_stop(&args, drained, &key, drain, shutdown).await?),
    }
}

/// How the registered phase ended.
enum Ended {
    /// With this exit: CMD's status, or 0 after a signal without `--drain`.
    Done(Exit),
    /// A signal with `--drain DUR`: withdrawn, CMD (if any) gets DUR.
    Draining(std::time::Duration),
}

/// `--drain`: until CMD ends by itself (its status) or the first signal (draining).
async fn until_signal(
    child: Option<&mut Child>,
    drain: std::time::Duration,
    shutdown: &Shutdown,
) -> crate::Result<Ended> {
    match child {
        Some(c) => tokio::select! {
            status = c.wait() => Ok(Ended::Done(Exit::of_status(status?))),
            _ = shutdown.signalled() => Ok(Ended::Draining(drain)),
        },
        None => {
            shutdown.signalled().await;
            Ok(Ended::Draining(drain))
        }
    }
}

/// After the withdrawal: CMD gets `drain` to end by itself, then is stopped (SIGTERM,
/// `--grace`, SIGKILL); a second signal stops it at once. Without CMD: wait `drain`, exit 0.
async fn drain_then_stop(
    args: &RegisterArgs,
    child: Option<Child>,
    key: &str,
    drain: std::time::Duration,
    shutdown: &Shutdown,
) -> crate::Result<Exit> {
    note(&format!(
        "{key} withdrawn from discovery; draining for {}",
        humantime::format_duration(drain)
    ));
    // Signals from now on (the first one started the drain).
    let mut again = shutdown.subscribe();
    let Some(mut child) = child else {
        tokio::select! {
            _ = tokio::time::sleep(drain) => {}
            _ = again.recv() => {}
        }
        return Ok(Exit::SUCCESS);
    };
    let status = tokio::select! {
        status = child.wait() => status?,
        _ = tokio::time::sleep(drain) => child.stop(args.grace).await?,
        _ = again.recv() => child.stop(args.grace).await?,
    };
    Ok(Exit::of_status(status))
}

/// CMD's status, or exit 0 on the first signal when there is no CMD.
async fn run_or_wait(args: &RegisterArgs, shutdown: &Shutdown) -> crate::Result<Exit> {
    if args.cmd.is_empty() {
        shutdown.signalled().await;
        return Ok(Exit::SUCCESS);
    }
    let child = Child::spawn(&args.cmd, &[])?;
    // A lost registration does not stop CMD: it is registered again.
    let status = supervise(child, Some(shutdown), pending(), args.grace).await?;
    Ok(Exit::of_status(status))
}
