use anyhow::{Context, Result};

use crate::args::SandboxArgs;
use crate::exit::Exit;
use crate::output::{note, Output};
use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::process::supervise::supervise;
use etcdkit::sandbox::{Sandbox, SandboxOptions};

/// With CMD: CMD's status. Without: serves until SIGINT/SIGTERM/SIGHUP, then exits 0.
/// A signal during start-up ends it once the members are up (128+N), before CMD or the
/// ready line.
pub async fn run(args: SandboxArgs, shutdown: &Shutdown, out: &mut Output) -> Result<Exit> {
    let mut sandbox = Sandbox::start(SandboxOptions::members(usize::from(args.members)))
        .context("starting the sandbox")?;
    if let Some(sig) = shutdown.first() {
        return Err(Error::Interrupted(sig).into());
    }
    let endpoints = sandbox.endpoints();
    crate::service::ready(&format!("sandbox up: {}", endpoints.join(",")));
    if args.cmd.is_empty() {
        out.sandbox_ready(&endpoints, sandbox.dir())?;
        shutdown.signalled().await;
        tell_unexpected_exits(&mut sandbox);
        return Ok(Exit::SUCCESS);
    }
    // etcdctl inside CMD talks to the sandbox too, not to 127.0.0.1:2379.
    let endpoints = endpoints.join(",");
    let env = [
        ("ETCDKIT_ENDPOINTS", endpoints.clone()),
        ("ETCDCTL_ENDPOINTS", endpoints),
    ];
    let child = super::spawn_cmd(&args.cmd, &env, None)?;
    // Nothing can take the sandbox away while CMD runs: CMD only ends by itself or a signal.
    let status = supervise(child, Some(shutdown), std::future::pending(), args.grace).await;
    tell_unexpected_exits(&mut sandbox);
    Ok(Exit::of_status(status?))
}

/// A member that died while the sandbox served (not stopped by etcdkit) is told on stderr,
/// with its log: what CMD saw fail is then explained.
fn tell_unexpected_exits(sandbox: &mut Sandbox) {
    for exit in sandbox.unexpected_exits() {
        note(&exit);
    }
}
