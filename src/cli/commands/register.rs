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
        tokio::select! {
            never = keep => match never {},
            ended = run_or_wait(&args, shutdown) => ended,
        }
    };
    if let Err(e) = registration.close().await {
        eprintln!(
            "etcdkit: warning: deregistering {key}: {e}; it disappears when the lease expires"
        );
    }
    Ok(outcome?)
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
