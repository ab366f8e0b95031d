use anyhow::{Context, Result};

use crate::cli::args::SandboxArgs;
use crate::cli::exit::Exit;
use crate::cli::output::Output;
use crate::sandbox::{Sandbox, SandboxOptions};
use crate::shutdown::Shutdown;
use crate::supervise::{supervise, Child};

/// With CMD: CMD's status. Without: serves until SIGINT/SIGTERM/SIGHUP, then exits 0.
pub async fn run(args: SandboxArgs, shutdown: &Shutdown, out: &mut Output) -> Result<Exit> {
    let sandbox = Sandbox::start(SandboxOptions::members(usize::from(args.members)))
        .context("starting the sandbox")?;
    let endpoints = sandbox.endpoints();
    if args.cmd.is_empty() {
        out.sandbox_ready(&endpoints, sandbox.dir())?;
        shutdown.signalled().await;
        return Ok(Exit::SUCCESS);
    }
    let child = Child::spawn(&args.cmd, &[("ETCDKIT_ENDPOINTS", endpoints.join(","))])?;
    // Nothing can take the sandbox away while CMD runs: CMD only ends by itself or a signal.
    let status = supervise(child, Some(shutdown), std::future::pending(), args.grace).await?;
    Ok(Exit::of_status(status))
}
