use std::future::pending;

use anyhow::Result;

use super::hold;
use crate::args::{Global, RegisterArgs};
use crate::exit::Exit;
use crate::output::{note, Output};
use etcdkit::admin::holders::Identity;
use etcdkit::client::Etcd;
use etcdkit::process::health::{Check, Health};
use etcdkit::process::shutdown::Shutdown;
use etcdkit::process::supervise::{supervise, Child};
use etcdkit::recipes::registry::{check_instance, parse_metadata, Listed, Registration};

pub async fn run(
    global: &Global,
    args: RegisterArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    check_instance(&args.service, &args.addr)?;
    hold::check_ttl(args.ttl)?;
    let metadata = parse_metadata(args.meta.as_deref())
        .map_err(|e| etcdkit::Error::InvalidInput(format!("--meta: {e}")))?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let check = health_check(&args)?;
    let mut registration = match check {
        // Listed once the first checks pass.
        Some(_) => {
            Registration::new_unlisted(&etcd, &args.service, &args.addr, metadata, args.ttl).await?
        }
        None => Registration::new(&etcd, &args.service, &args.addr, metadata, args.ttl).await?,
    };
    let key = registration.key();
    let identity = Identity {
        addr: Some(args.addr.clone()),
        ..super::identity(&args.cmd).acquired_now()
    };
    hold::announce(&etcd, &args.service, registration.lease(), &identity).await?;
    // Without CMD, the key is printed once listed: at once, or after the first passing check;
    // in JSON, again with each new lease.
    let (print, mut to_print) = tokio::sync::mpsc::unbounded_channel::<i64>();
    let print = args.cmd.is_empty().then_some(print);
    if check.is_some() {
        crate::service::waiting(&format!("a passing check to list {key}"));
    } else {
        crate::service::ready(&format!("registered {key}"));
        if let Some(print) = &print {
            let _ = print.send(registration.lease());
        }
    }
    let _lease = crate::service::Lease::watch(registration.lost_at_reader());

    // With --drain, CMD is spawned here and gets no signal until the registration is gone.
    let mut drained = match (args.drain, args.cmd.is_empty()) {
        (Some(_), false) => Some(super::spawn_cmd(&args.cmd, &[], None)?),
        _ => None,
    };
    let outcome = {
        let lost =
            |e: &etcdkit::Error| note(&format!("registration {key} lost ({e}); registering again"));
        let (json, checked) = (out.is_json(), check.is_some());
        let again = |lease: i64| {
            note(&format!(
                "registration {key} registered again (lease {lease:x})"
            ));
            // The identity went with the old lease; recorded again in the background (with
            // a check, by the checker, which adds the health state).
            if !checked {
                let (etcd, service, identity) =
                    (etcd.clone(), args.service.clone(), identity.clone());
                tokio::spawn(
                    async move { hold::announce(&etcd, &service, lease, &identity).await },
                );
            }
            if let (Some(print), true) = (&print, json) {
                // JSON readers see the new lease as they saw the first.
                let _ = print.send(lease);
            }
        };
        let listed = registration.listed();
        let healthy = keep_healthy(&args, check, listed, &key, &etcd, &identity, print.clone());
        let keep = registration.keep(lost, again);
        let until = async {
            match args.drain {
                None => run_or_wait(&args, shutdown).await.map(Ended::Done),
                Some(drain) => until_signal(drained.as_mut(), drain, shutdown).await,
            }
        };
        tokio::pin!(keep, healthy, until);
        loop {
            tokio::select! {
                never = &mut keep => match never {},
                never = &mut healthy => match never {},
                ended = &mut until => break ended,
                Some(lease) = to_print.recv() => {
                    if let Err(e) = out.registered(&args.service, &args.addr, &key, lease) {
                        break Err(e.into());
                    }
                }
            }
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
) -> etcdkit::Result<Ended> {
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
) -> etcdkit::Result<Exit> {
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
async fn run_or_wait(args: &RegisterArgs, shutdown: &Shutdown) -> etcdkit::Result<Exit> {
    if args.cmd.is_empty() {
        shutdown.signalled().await;
        return Ok(Exit::SUCCESS);
    }
    let child = super::spawn_cmd(&args.cmd, &[], None)?;
    // A lost registration does not stop CMD: it is registered again.
    let status = supervise(child, Some(shutdown), pending(), args.grace).await?;
    Ok(Exit::of_status(status))
}

/// The check `--check-*` asks for, if any.
fn health_check(args: &RegisterArgs) -> Result<Option<Check>, etcdkit::Error> {
    Ok(match (&args.check_http, &args.check_tcp, &args.check_cmd) {
        (Some(url), _, _) => Some(Check::http(url)?),
        (_, Some(addr), _) => Some(Check::tcp(addr)?),
        (_, _, Some(cmd)) => Some(Check::Cmd(cmd.clone())),
        _ => None,
    })
}

/// Runs the check every `--check-interval` and keeps the listing in line with the health
/// it gives: listed once healthy, withdrawn when unhealthy (lease and CMD stay). A listing
/// change that fails is tried again on the next round. The first listing sends the lease to
/// `print`. Without a check: never returns.
async fn keep_healthy(
    args: &RegisterArgs,
    check: Option<Check>,
    listed: Listed,
    key: &str,
    etcd: &Etcd,
    identity: &Identity,
    mut print: Option<tokio::sync::mpsc::UnboundedSender<i64>>,
) -> std::convert::Infallible {
    let Some(check) = check else {
        return std::future::pending().await;
    };
    let mut health = Health::new(args.healthy_after, args.unhealthy_after);
    let mut last_failure = String::new();
    let mut reported: Option<(i64, String)> = None;
    loop {
        let probed = check.probe(args.check_timeout).await;
        if let Err(why) = &probed {
            last_failure.clone_from(why);
        }
        health.record(probed.is_ok());
        if health.is_healthy() != listed.is_listed() {
            let changed = if health.is_healthy() {
                listed
                    .restore()
                    .await
                    .map(|()| format!("{key} healthy: listed"))
            } else {
                listed
                    .withdraw()
                    .await
                    .map(|()| format!("{key} unhealthy ({last_failure}): withdrawn"))
            };
            match changed {
                Ok(what) => {
                    note(&what);
                    if listed.is_listed() {
                        // The first listing is what the service manager waits for; a
                        // listing again makes `/healthz` answer 200 again.
                        crate::service::ready(&format!("registered {key}"));
                        if let Some(print) = print.take() {
                            let _ = print.send(listed.lease());
                        }
                    } else {
                        crate::service::unhealthy(&what);
                    }
                }
                Err(e) => note(&format!(
                    "{key}: changing the listing failed ({e}); retrying"
                )),
            }
        }
        // The state goes into the registrar's identity, for `inspect service`; written when
        // it or the lease changes (the identity goes with a lost lease), and again after a
        // failed write.
        let state = (
            listed.lease(),
            match &probed {
                Ok(()) => "passing".to_string(),
                Err(why) => format!("failing: {why}"),
            },
        );
        if reported.as_ref() != Some(&state) {
            let with_state = Identity {
                health: Some(state.1.clone()),
                ..identity.clone()
            };
            if hold::announce(etcd, &args.service, state.0, &with_state)
                .await
                .is_ok()
            {
                reported = Some(state);
            }
        }
        tokio::time::sleep(args.check_interval).await;
    }
}
