use anyhow::{Context, Result};
use tokio::time::timeout;

use crate::args::{DiscoverArgs, Global, PickArg};
use crate::exit::Exit;
use crate::output::{self, Output};
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::recipes::registry::{list, pick, wait_for, watch, Change, Listing, Pick};

pub async fn run(
    global: &Global,
    args: DiscoverArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    etcdkit::client::limits::check_name(&args.service, "SERVICE")?;
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let service = &args.service;

    if let Some(how) = args.pick {
        let how = match how {
            PickArg::Random => Pick::Random,
            PickArg::RoundRobin => Pick::RoundRobin,
        };
        out.picked(&pick(&etcd, service, how).await?)?;
        return Ok(Exit::SUCCESS);
    }
    if let Some(n) = args.wait_for {
        let registered = || async {
            let listing = list(&etcd, service).await.ok()?;
            Some(format!("{} registered", listing.instances.len()))
        };
        let what = format!("{n} instances of {service}");
        let waiting = output::waiting(&what, wait_for(&etcd, service, n as usize), registered);
        let timed_out = |limit| Error::Timeout {
            what: format!("{n} instances of {service}"),
            after: limit,
        };
        let waiting = async {
            tokio::select! {
                listing = waiting => listing.map_err(anyhow::Error::from),
                sig = shutdown.signalled() => Err(Error::Interrupted(sig).into()),
            }
        };
        let listing = match args.timeout {
            None => waiting.await?,
            // `--timeout 0`: look once.
            Some(limit) if limit.is_zero() => {
                let listing = list(&etcd, service).await?;
                if listing.instances.len() < n as usize {
                    return Err(timed_out(limit).into());
                }
                listing
            }
            Some(limit) => timeout(limit, waiting)
                .await
                .map_err(|_| timed_out(limit))??,
        };
        return print_listing(&listing, out);
    }
    if !args.watch {
        return print_listing(&list(&etcd, service).await?, out);
    }

    let listing = list(&etcd, service).await?;
    warn_skipped(&listing.skipped);
    for instance in &listing.instances {
        let join = Change::Join {
            addr: instance.addr.clone(),
            metadata: instance.metadata.clone(),
            rev: listing.rev,
        };
        out.change(service, &join)?;
    }
    let mut write_error = None;
    let watching = watch(
        &etcd,
        service,
        listing.rev,
        |change| match out.change(service, &change) {
            Ok(()) => true,
            Err(e) => {
                write_error = Some(e);
                false
            }
        },
        |key| eprintln!("etcdkit: warning: skipping {key}: not a naming record"),
    );
    tokio::select! {
        watched = watching => watched.context(format!("watching {service}"))?,
        sig = shutdown.signalled() => return Err(Error::Interrupted(sig).into()),
    }
    match write_error {
        Some(e) => Err(e.into()),
        None => Ok(Exit::SUCCESS),
    }
}

fn print_listing(listing: &Listing, out: &mut Output) -> Result<Exit> {
    warn_skipped(&listing.skipped);
    out.instances(&listing.instances)?;
    Ok(Exit::SUCCESS)
}

fn warn_skipped(keys: &[String]) {
    for key in keys {
        eprintln!("etcdkit: warning: skipping {key}: not a naming record");
    }
}
