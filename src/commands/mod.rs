//! One file per subcommand: arguments → a helper-layer call → `output`. No etcd requests
//! are built here.

mod barrier;
mod completions;
mod context;
mod counter;
mod cron;
mod discover;
mod elect;
mod env;
mod hold;
mod inspect;
mod job_progress;
mod lock;
mod once;
mod publish;
mod queue;
mod queue_work;
mod register;
mod render;
mod sandbox;
mod status;
mod stdin;
mod subscribe;
mod wait;
mod watch;

pub use completions::{completion_script, man_pages};
pub use watch::Change as WatchChange;

use anyhow::Result;

use crate::access;
use crate::args::{Cli, Command, Global};
use crate::exit::Exit;
use crate::output::{decide_color, Output};
use etcdkit::admin::holders::{ci_job, Identity};
use etcdkit::client::DEFAULT_ENDPOINTS;
use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::process::supervise::{Child, Event, Suspended};

/// Runs the parsed command line; `main` prints the error, if any, and exits with the code.
pub async fn run(mut cli: Cli) -> Result<Exit> {
    let shutdown = Shutdown::install()?;
    decide_color(cli.global.color, cli.global.output);
    crate::log::init(cli.global.verbose, cli.global.output)?;
    crate::output::set_quiet(cli.global.quiet);
    let http = cli
        .command
        .http()
        .and_then(|h| Some((h.http?, h.http_public)));
    if let Some((addr, public)) = http {
        // Before connecting: a port in use is found at once, and probes get 503 ("starting")
        // rather than a refused connection while the command connects and waits.
        let bound = crate::service::http::serve(addr, public).await?;
        crate::output::note(&format!(
            "serving /healthz, /leader and /metrics on http://{bound}"
        ));
    }
    if http.is_some() || std::env::var_os("NOTIFY_SOCKET").is_some() {
        let signalled = shutdown.clone();
        tokio::spawn(async move {
            signalled.signalled().await;
            crate::service::stopping();
        });
    }
    let mut out = Output::new(cli.global.output);
    if let Command::Context(cmd) = &cli.command {
        return context::run(&cli.global, cmd, &mut out);
    }
    // The chosen context's settings, for the options given neither as flags nor in the
    // environment. Read here, before connecting: a broken file is bad input (exit 2).
    let contexts = crate::context::Config::load()?;
    cli.global.settings = contexts.chosen(cli.global.context.as_deref())?;
    let command = cli.command.clone();
    let result = start(cli.command, &cli.global, &shutdown, &mut out).await;
    match result {
        Err(err) if was_interrupted(&err) => match shutdown.first() {
            Some(sig) => Err(Error::Interrupted(sig).into()),
            None => Err(err),
        },
        Err(err) => Err(default_endpoint_hint(
            &cli.global,
            Box::pin(access::explain(&cli.global, &command, err)).await,
        )),
        ok => ok,
    }
}

/// The chosen command's future, boxed behind `dyn`. Boxed: one match of them all inline
/// would make `run`'s future as large as the largest. Behind `dyn`: the compiler cannot
/// inline every command's poll into `run`'s, whose stack frame then held all of their
/// locals at once (495 KiB, every page of it touched by the stack probe at each poll);
/// each command's frame is now paid only by that command.
fn start<'a>(
    command: Command,
    global: &'a Global,
    shutdown: &'a Shutdown,
    out: &'a mut Output,
) -> Running<'a> {
    match command {
        Command::Elect(args) => boxed(|| elect::run(global, args, shutdown, out)),
        Command::Register(args) => boxed(|| register::run(global, args, shutdown, out)),
        Command::Discover(args) => boxed(|| discover::run(global, args, shutdown, out)),
        Command::Queue(cmd) => boxed(|| queue::run(global, cmd, shutdown, out)),
        Command::Wait(args) => boxed(|| wait::run(global, args, shutdown, out)),
        Command::Watch(args) => boxed(|| watch::run(global, args, shutdown, out)),
        Command::Unlock(args) => boxed(|| lock::unlock(global, args)),
        Command::Context(cmd) => boxed(|| std::future::ready(context::run(global, &cmd, out))),
        Command::Env(args) => boxed(|| env::run(global, args, shutdown, out)),
        Command::Render(args) => boxed(|| render::run(global, args, shutdown, out)),
        Command::JobProgress(cmd) => boxed(|| job_progress::run(global, cmd, shutdown, out)),
        Command::Publish(args) => boxed(|| publish::run(global, args, out)),
        Command::Subscribe(args) => boxed(|| subscribe::run(global, args, shutdown, out)),
        Command::Lock(args) => boxed(|| lock::run(global, args, shutdown, out)),
        Command::Barrier(args) => boxed(|| barrier::run(global, args, shutdown, out)),
        Command::Once(args) => boxed(|| once::run(global, args, shutdown, out)),
        Command::Counter(args) => boxed(|| counter::run(global, args, out)),
        Command::Inspect(args) => boxed(|| inspect::run(global, args, out)),
        Command::Status => boxed(|| status::run(global, out)),
        Command::Sandbox(args) => boxed(|| sandbox::run(args, shutdown, out)),
        Command::Completions { shell } => {
            Box::pin(std::future::ready(completions::run(shell, out)))
        }
    }
}

type Running<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Exit>> + 'a>>;

/// `make`'s future, made and boxed in a frame of its own (one per command): made in
/// [`start`], every command's future would take its own slot in one frame (196 KiB).
#[inline(never)]
fn boxed<'a, F>(make: impl FnOnce() -> F) -> Running<'a>
where
    F: std::future::Future<Output = Result<Exit>> + 'a,
{
    Box::pin(make())
}

/// A read or write that a signal cut short (EINTR: the password prompt on Ctrl-C): the
/// signal is the outcome, as for any other wait.
fn was_interrupted(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        let io = match c.downcast_ref::<Error>() {
            Some(Error::Io(io)) => Some(io),
            _ => c.downcast_ref::<std::io::Error>(),
        };
        io.is_some_and(|e| e.kind() == std::io::ErrorKind::Interrupted)
    })
}

/// An unreachable cluster at the default endpoint: say where endpoints come from.
fn default_endpoint_hint(global: &Global, err: anyhow::Error) -> anyhow::Error {
    let unreachable = err
        .chain()
        .any(|c| matches!(c.downcast_ref::<Error>(), Some(Error::Unreachable { .. })));
    let from_context = global
        .settings
        .as_ref()
        .is_some_and(|c| c.endpoints.is_some());
    let defaulted = global.endpoints.is_none()
        && std::env::var_os("ETCDCTL_ENDPOINTS").is_none()
        && !from_context;
    if unreachable && defaulted {
        // Exit 1 either way: the hint goes last, on the one line.
        anyhow::anyhow!(
            "{err:#} (no --endpoints, ETCDKIT_ENDPOINTS, ETCDCTL_ENDPOINTS or context was \
             given, so the default {DEFAULT_ENDPOINTS} was tried; `etcdkit sandbox` starts a \
             throwaway etcd)"
        )
    } else {
        err
    }
}

/// Who this process is, as holders record it: running `cmd`, in the CI job the environment
/// names (if any).
/// Who we are, for the holder record: CMD's words redacted of secrets, or its program alone
/// with `ETCDKIT_HIDE_CMD=1` (docs/security.md).
pub(crate) fn identity(cmd: &[std::ffi::OsString]) -> Identity {
    let hide = std::env::var_os("ETCDKIT_HIDE_CMD").is_some_and(|v| v == "1");
    let shown = if hide { &cmd[..cmd.len().min(1)] } else { cmd };
    Identity::of_this_process(shown).in_ci_job(ci_job(|name| std::env::var(name).ok()))
}

/// Starts CMD ([`Child::spawn_with_input`]), saying on stderr when its stop from the
/// terminal (Ctrl-Z) stops etcdkit too: job control as a shell keeps it
/// (`process::supervise`).
pub(crate) fn spawn_cmd(
    cmd: &[std::ffi::OsString],
    env: &[(&str, String)],
    input: Option<Vec<u8>>,
) -> Result<Child, Error> {
    Ok(with_notes(Child::spawn_with_input(cmd, env, input)?))
}

/// `child`, saying on stderr what its supervision did on its own (see [`Event`]).
pub(crate) fn with_notes(child: Child) -> Child {
    child.on_event(|event| match event {
        Event::Suspended(stop) if stop.signal == nix::sys::signal::Signal::SIGTSTP => {
            crate::output::note_after_key(&suspended(stop))
        }
        Event::Suspended(stop) => crate::output::note(&suspended(stop)),
        Event::LeftoversStopped { processes, killed } => {
            let them = if processes == 1 { "it" } else { "them" };
            let how = if killed {
                "SIGTERM, then SIGKILL after --grace"
            } else {
                "SIGTERM"
            };
            let s = if processes == 1 { "" } else { "es" };
            crate::output::note(&format!(
                "CMD exited leaving {processes} process{s} running in its process group \
                 (background jobs); stopped {them} with {how}, as nothing of CMD outlives \
                 what it ran under"
            ));
        }
    })
}

/// What etcdkit says as it stops with CMD.
fn suspended(stop: Suspended) -> String {
    use nix::sys::signal::Signal;
    let mut text = match stop.signal {
        Signal::SIGTSTP => "CMD stopped (Ctrl-Z); etcdkit stops too, until `fg` or `bg`".into(),
        other => format!(
            "CMD stopped: it used the terminal from the background ({}); etcdkit stops too, \
             until `fg`",
            other.as_str()
        ),
    };
    if let Some(left) = stop.cmd_ended_in {
        let whole = std::time::Duration::from_secs(left.as_secs_f64().ceil() as u64);
        text += &format!(
            ". Stopped, it renews no lease: in {}, CMD is ended and what it holds is lost \
             (exit 4)",
            humantime::format_duration(whole)
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    /// The futures of the commands that hold something while CMD runs stay small: each
    /// start copies its command's future (once, into its box), and a future of hundreds of
    /// KiB (`lock` had 285 KiB: request futures held by value through five layers) costs
    /// every run its copying and page faults (docs/benchmarks.md, start-up).
    #[tokio::test]
    async fn the_futures_of_the_holding_commands_stay_small() {
        let shutdown = Shutdown::install().unwrap();
        let mut out = Output::new(crate::args::Format::Text);
        let parse = |args: &[&str]| Cli::parse_from([&["etcdkit"][..], args].concat());
        let cli = parse(&["lock", "x", "--", "true"]);
        let Command::Lock(args) = cli.command else {
            unreachable!()
        };
        let lock = std::mem::size_of_val(&lock::run(&cli.global, args, &shutdown, &mut out));
        let cli = parse(&["elect", "x", "--", "true"]);
        let Command::Elect(args) = cli.command else {
            unreachable!()
        };
        let elect = std::mem::size_of_val(&elect::run(&cli.global, args, &shutdown, &mut out));
        let cli = parse(&["lock", "x", "--", "true"]);
        let whole = std::mem::size_of_val(&run(cli));
        for (what, size) in [("lock", lock), ("elect", elect), ("run", whole)] {
            assert!(size < 16 * 1024, "{what}'s future is {size} bytes");
        }
    }
}
