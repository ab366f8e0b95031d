//! Running CMD on behalf of a coordination primitive.
//!
//! The child runs in its own process group, so a stop reaches everything it started
//! (`sh -c 'a | b'` included), and with a parent-death signal (Linux `PR_SET_PDEATHSIG`,
//! SIGTERM) so it does not run on if etcdkit is killed. SIGINT, SIGTERM and SIGHUP sent to
//! etcdkit are forwarded to the group. A stop is SIGTERM to the group, then SIGKILL after
//! the grace period. When CMD ends, whatever it left running in its group is stopped the
//! same way, so nothing of it outlives the lock or lease it ran under.
//!
//! The parent-death signal fires when the *thread* that spawned the child exits, so
//! children must be spawned from a thread that lives as long as the supervision (the
//! binary runs a current-thread runtime on its main thread).

use std::ffi::OsString;
use std::future::Future;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::ExitStatus;
use std::time::Duration;

use nix::errno::Errno;
use nix::sys::signal::{killpg, Signal as NixSignal};
use nix::unistd::Pid;
use tokio::time::{sleep, timeout, Instant};

use crate::error::{Error, Result};
use crate::exit::Exit;
use crate::shutdown::Shutdown;

/// How often to look whether a stopped group has emptied (no event exists for that).
const GROUP_POLL: Duration = Duration::from_millis(20);

/// Makes `cmd` get `signal` when the spawning thread exits, closing the race where the
/// parent dies between fork and `prctl`.
pub fn set_parent_death_signal(cmd: &mut std::process::Command, signal: NixSignal) {
    let parent = std::process::id() as i32;
    // SAFETY: the closure runs between fork and exec and calls only async-signal-safe
    // functions (prctl, getppid, raise).
    unsafe {
        cmd.pre_exec(move || {
            nix::sys::prctl::set_pdeathsig(signal)?;
            if nix::unistd::getppid().as_raw() != parent {
                nix::sys::signal::raise(signal)?;
            }
            Ok(())
        });
    }
}

/// A running CMD and its process group.
pub struct Child {
    child: tokio::process::Child,
    group: Pid,
    status: Option<ExitStatus>,
}

impl Child {
    /// Starts `argv` with `env` added to etcdkit's environment.
    ///
    /// Errors: `InvalidInput` for an empty command, `Io` (naming the program) if it cannot
    /// be started.
    pub fn spawn(argv: &[OsString], env: &[(&str, String)]) -> Result<Child> {
        let Some((program, args)) = argv.split_first() else {
            return Err(Error::InvalidInput("the command after -- is empty".into()));
        };
        let mut cmd = std::process::Command::new(program);
        cmd.args(args)
            .envs(env.iter().map(|(k, v)| (k, v)))
            .process_group(0);
        set_parent_death_signal(&mut cmd, NixSignal::SIGTERM);
        let child = tokio::process::Command::from(cmd).spawn().map_err(|e| {
            Error::Io(std::io::Error::new(
                e.kind(),
                format!("starting {}: {e}", program.to_string_lossy()),
            ))
        })?;
        let pid = child
            .id()
            .ok_or_else(|| Error::Io(std::io::Error::other("child exited at once")))?;
        Ok(Child {
            child,
            group: Pid::from_raw(pid as i32),
            status: None,
        })
    }

    /// Sends `signal` to the whole process group. A group already gone is not an error.
    pub fn signal(&self, signal: NixSignal) {
        match killpg(self.group, signal) {
            Ok(()) | Err(Errno::ESRCH) => {}
            // EPERM: a member changed credentials; nothing more we can do.
            Err(_) => {}
        }
    }

    /// Waits for CMD (the group leader) to exit. Cancel-safe.
    pub async fn wait(&mut self) -> Result<ExitStatus> {
        if let Some(status) = self.status {
            return Ok(status);
        }
        let status = self.child.wait().await?;
        self.status = Some(status);
        Ok(status)
    }

    /// SIGTERM to the group, SIGKILL after `grace`; returns CMD's status.
    pub async fn stop(&mut self, grace: Duration) -> Result<ExitStatus> {
        self.signal(NixSignal::SIGTERM);
        let status = match timeout(grace, self.wait()).await {
            Ok(status) => status?,
            Err(_) => {
                self.signal(NixSignal::SIGKILL);
                self.wait().await?
            }
        };
        self.stop_leftovers(grace).await;
        Ok(status)
    }

    /// Stops what CMD left running in its group after it exited.
    async fn stop_leftovers(&self, grace: Duration) {
        if !self.group_alive() {
            return;
        }
        self.signal(NixSignal::SIGTERM);
        let deadline = Instant::now() + grace;
        while self.group_alive() && Instant::now() < deadline {
            sleep(GROUP_POLL).await;
        }
        if self.group_alive() {
            self.signal(NixSignal::SIGKILL);
        }
    }

    fn group_alive(&self) -> bool {
        killpg(self.group, None).is_ok()
    }
}

/// Kills the group if CMD is dropped while it may still run (e.g. on an error path).
impl Drop for Child {
    fn drop(&mut self) {
        if self.status.is_none() || self.group_alive() {
            self.signal(NixSignal::SIGKILL);
        }
    }
}

/// CMD's exit status as etcdkit's: its code, or 128+N if signal N ended it.
pub fn exit_of(status: ExitStatus) -> Exit {
    match (status.code(), status.signal()) {
        (Some(code), _) => Exit(u8::try_from(code).unwrap_or(1)),
        (None, Some(sig)) => Exit::signalled(sig),
        (None, None) => Exit::FAILURE,
    }
}

/// Why and how fast to stop CMD.
#[derive(Debug)]
pub struct Stop {
    /// Returned by [`supervise`] once CMD is stopped.
    pub reason: Error,
    /// Time between SIGTERM and SIGKILL for this stop.
    pub grace: Duration,
}

/// Runs `child` to its end: forwards termination signals to its group, and stops it
/// (SIGTERM, the stop's grace, SIGKILL) as soon as `stop_when` resolves, returning the
/// stop's reason. Otherwise returns CMD's status once CMD and anything left in its group
/// have ended (leftovers get `grace`).
pub async fn supervise(
    mut child: Child,
    shutdown: &Shutdown,
    stop_when: impl Future<Output = Stop>,
    grace: Duration,
) -> Result<Exit> {
    let mut signals = shutdown.subscribe();
    tokio::pin!(stop_when);
    loop {
        tokio::select! {
            status = child.wait() => {
                let status = status?;
                child.stop_leftovers(grace).await;
                return Ok(exit_of(status));
            }
            Ok(sig) = signals.recv() => child.signal(sig.as_nix()),
            stop = &mut stop_when => {
                child.stop(stop.grace).await?;
                return Err(stop.reason);
            }
        }
    }
}
