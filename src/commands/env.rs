//! `env PREFIX... [--restart-on-change | --signal SIG] [--wait MIN[:MAX]] [--pristine]
//! [-- CMD]`: CMD with one environment variable per key under the prefixes, all read at one
//! revision (`recipes::config`). Following changes, each burst that changes the variables
//! restarts CMD with the new ones, or sends it SIG; a burst whose keys give no environment
//! (two keys, one name) is reported and CMD keeps the one it has.

use std::future::pending;
use std::time::Duration;

use anyhow::{Context, Result};

use crate::args::{EnvArgs, Global};
use crate::exit::Exit;
use crate::output::{note, Output};
use etcdkit::client::limits::check_name;
use etcdkit::client::Etcd;
use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::process::supervise::{supervise, supervise_until, Child, Ended};
use etcdkit::recipes::config::{environment, Follow, Snapshot};

type Vars = Vec<(String, String)>;

pub async fn run(
    global: &Global,
    args: EnvArgs,
    shutdown: &Shutdown,
    out: &mut Output,
) -> Result<Exit> {
    for prefix in &args.prefixes {
        check_name(prefix, "PREFIX")?;
    }
    let etcd = Etcd::connect(crate::options::connect_options(global)?).await?;
    let prefixes: Vec<Vec<u8>> = args.prefixes.iter().map(|p| etcd.key(p)).collect();
    let reading = || format!("reading {}", args.prefixes.join(" "));
    if !args.restart_on_change && args.signal.is_none() {
        let snapshot = Snapshot::read(&etcd, &prefixes)
            .await
            .with_context(reading)?;
        let vars = environment(&snapshot, &prefixes)?;
        if args.cmd.is_empty() {
            out.environment(snapshot.rev, &vars)?;
            return Ok(Exit::SUCCESS);
        }
        let status = supervise(start(&args, &vars)?, Some(shutdown), pending(), args.grace).await?;
        return Ok(Exit::of_status(status));
    }
    let mut follow = Follow::start(&etcd, prefixes.clone(), args.wait)
        .await
        .with_context(reading)?;
    let mut vars = environment(follow.last(), &prefixes)?;
    loop {
        let child = start(&args, &vars)?;
        let changed = next_change(&args, &mut follow, &prefixes, &vars, child.group());
        match supervise_until(child, Some(shutdown), changed, args.grace).await? {
            Ended::Exited(status) => return Ok(Exit::of_status(status)),
            Ended::Stopped(Err(e), _) => {
                return Err(e).with_context(|| format!("following {}", args.prefixes.join(" ")))
            }
            Ended::Stopped(Ok((rev, new)), _) => {
                if let Some(sig) = shutdown.first() {
                    return Err(Error::Interrupted(sig).into());
                }
                note(&format!(
                    "the environment changed at revision {rev}: CMD restarted"
                ));
                vars = new;
            }
        }
    }
}

/// Resolves when CMD is to be restarted (with the revision and the new variables), or on an
/// error; with `--signal`, sends the signal at each change instead and resolves only on an
/// error. Either way with the grace period CMD's stop gets.
async fn next_change(
    args: &EnvArgs,
    follow: &mut Follow,
    prefixes: &[Vec<u8>],
    current: &Vars,
    group: nix::unistd::Pid,
) -> (Result<(i64, Vars), Error>, Duration) {
    loop {
        let snapshot = match follow.next().await {
            Ok(snapshot) => snapshot,
            Err(e) => return (Err(e), args.grace),
        };
        let rev = snapshot.rev;
        let vars = match environment(snapshot, prefixes) {
            Ok(vars) => vars,
            Err(e) => {
                note(&format!(
                    "at revision {rev}: {e}; CMD keeps its environment"
                ));
                continue;
            }
        };
        if let Some(signal) = args.signal {
            // A group already gone has exited: supervision reports it.
            let _ = nix::sys::signal::killpg(group, signal);
            continue;
        }
        if vars != *current {
            return (Ok((rev, vars)), args.grace);
        }
    }
}

/// CMD with `vars` added to etcdkit's environment, or as its whole environment.
fn start(args: &EnvArgs, vars: &Vars) -> Result<Child, Error> {
    let env: Vec<(&str, String)> = vars.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    if args.pristine {
        let child = Child::spawn_pristine(&args.cmd, &env)?;
        Ok(super::with_notes(child))
    } else {
        super::spawn_cmd(&args.cmd, &env, None)
    }
}
