//! Running CMD on behalf of a coordination primitive.
//!
//! The child runs in its own process group, so a stop reaches everything it started
//! (`sh -c 'a | b'` included), and with a parent-death signal (Linux `PR_SET_PDEATHSIG`,
//! SIGTERM) so it does not run on if etcdkit is killed. SIGINT, SIGTERM and SIGHUP sent to
//! etcdkit are forwarded to the group. A stop is SIGTERM to the group, then SIGKILL after
//! the grace period. When CMD ends, whatever it left running in its group is stopped the
//! same way, so nothing of it outlives the lock or lease it ran under.
//!
//! When etcdkit runs in the foreground of a terminal that is its stdin, CMD's group gets
//! the terminal for as long as CMD runs, as a shell gives it to a job: CMD can read it
//! (a prompt under a lock works instead of stopping on SIGTTIN), and Ctrl-C reaches CMD
//! directly. etcdkit takes the terminal back when CMD ends.
//!
//! Job control is kept as a shell keeps it for its jobs, and as `sudo` does: when CMD is
//! stopped from the terminal (Ctrl-Z: SIGTSTP; reading or writing it from the background:
//! SIGTTIN, SIGTTOU), etcdkit takes the terminal back and stops itself by the same signal,
//! so the shell sees its job stopped and shows its prompt again. Continued (`fg`, `bg`),
//! etcdkit continues CMD's group, and gives it the terminal again if etcdkit has it. While
//! etcdkit is stopped it renews nothing: CMD's guardian (see `lease::guard`) ends CMD
//! before a lease it runs under can expire. A CMD stopped otherwise (SIGSTOP from
//! elsewhere), or with no terminal, is left stopped: whoever stopped it continues it.
//!
//! CMD is started by the crate's one start path, the private `spawn` module, which shares
//! etcdkit's memory until exec instead of copying it (as `posix_spawn` does) and still sets
//! the parent-death signal.
//!
//! The parent-death signal fires when the *thread* that spawned the child exits, so
//! children must be spawned from a thread that lives as long as the supervision (the
//! binary runs a current-thread runtime on its main thread).

use std::ffi::OsString;
use std::future::Future;
use std::process::ExitStatus;
use std::time::Duration;

use nix::errno::Errno;
use nix::libc;
use nix::sys::signal::{kill, killpg, Signal as NixSignal};
use nix::unistd::Pid;
use tokio::time::{sleep, timeout_at, Instant};

use crate::error::{Error, Result};
use crate::process::shutdown::Shutdown;
use crate::process::spawn::{self, Change, Process, Spawn};

/// How often to look whether a stopped group has emptied (no event exists for that).
const GROUP_POLL: Duration = Duration::from_millis(20);
/// How long a group is given to die after SIGKILL before a stop returns anyway.
const KILL_SETTLE: Duration = Duration::from_millis(100);

/// A running CMD and its process group.
pub struct Child {
    /// CMD, the leader of its group: the group's id is its pid.
    process: Process,
    /// Whether CMD's group was given the terminal (to be taken back when CMD ends).
    terminal: bool,
    /// Told what the supervision did that the user did not ask for (see [`Event`]).
    on_event: Option<Box<dyn FnMut(Event) + Send>>,
    /// When CMD is ended for want of renewals (under a lease: set by `lease::guard`).
    pub(crate) ended_at: Option<Box<dyn Fn() -> Instant + Send>>,
    /// `--max-runtime`: when CMD is stopped, and the limit.
    deadline: Option<(Instant, Duration)>,
}

/// What the supervision did on its own, for [`Child::on_event`]'s hook to say.
#[derive(Debug, Clone, Copy)]
pub enum Event {
    /// CMD was stopped from its terminal; etcdkit is about to stop too.
    Suspended(Suspended),
    /// CMD exited leaving `processes` running in its group (background jobs), which were
    /// then stopped: by SIGTERM, or by SIGKILL after the grace period if `killed`.
    LeftoversStopped {
        /// How many were running when CMD exited.
        processes: usize,
        /// Whether some needed SIGKILL.
        killed: bool,
    },
}

/// CMD was stopped from its terminal, and etcdkit stops too.
#[derive(Debug, Clone, Copy)]
pub struct Suspended {
    /// The stop signal: SIGTSTP (Ctrl-Z), SIGTTIN or SIGTTOU.
    pub signal: NixSignal,
    /// Under a lease ([`crate::lease::guard::Guard::run_child`]): how long until CMD is
    /// ended because etcdkit, stopped, renews nothing, unless continued before.
    pub cmd_ended_in: Option<Duration>,
}

impl Child {
    /// Starts `argv` with `env` added to etcdkit's environment.
    ///
    /// Must be called within a Tokio runtime (as `tokio::process` requires), on a thread
    /// that lives as long as the child should (see the module's note on the parent-death
    /// signal).
    ///
    /// Errors: `InvalidInput` for an empty command, `Spawn` (naming the program) if it
    /// cannot be started.
    pub fn spawn(argv: &[OsString], env: &[(&str, String)]) -> Result<Child> {
        Child::spawn_with_input(argv, env, None)
    }

    /// Like [`Child::spawn`], with `input` (if any) on CMD's stdin, written by a background
    /// task and then closed (a CMD that does not read it just never sees it).
    ///
    /// Errors: as [`Child::spawn`].
    pub fn spawn_with_input(
        argv: &[OsString],
        env: &[(&str, String)],
        input: Option<Vec<u8>>,
    ) -> Result<Child> {
        Child::start(argv, env, true, input)
    }

    /// Like [`Child::spawn`], with `env` as CMD's whole environment (nothing of etcdkit's;
    /// without PATH in `env`, the program is looked up in `/bin:/usr/bin`).
    ///
    /// Errors: as [`Child::spawn`].
    pub fn spawn_pristine(argv: &[OsString], env: &[(&str, String)]) -> Result<Child> {
        Child::start(argv, env, false, None)
    }

    fn start(
        argv: &[OsString],
        env: &[(&str, String)],
        inherit_env: bool,
        input: Option<Vec<u8>>,
    ) -> Result<Child> {
        Child::start_with(argv, env, inherit_env, input, [None, None])
    }

    fn start_with(
        argv: &[OsString],
        env: &[(&str, String)],
        inherit_env: bool,
        input: Option<Vec<u8>>,
        [stdout, stderr]: [Option<std::os::fd::OwnedFd>; 2],
    ) -> Result<Child> {
        let Some(program) = argv.first() else {
            return Err(Error::InvalidInput("the command after -- is empty".into()));
        };
        // The writing end is set up before CMD starts: a failure then leaves nothing running.
        let (stdin, writer) = match input {
            Some(input) => {
                let (read, write) = std::io::pipe()?;
                let write = tokio::net::unix::pipe::Sender::from_owned_fd(write.into())?;
                (Some(read.into()), Some((write, input)))
            }
            None => (None, None),
        };
        let terminal = stdin.is_none() && in_terminal_foreground();
        let process = spawn::spawn(Spawn {
            env,
            inherit_env,
            stdin,
            stdout,
            stderr,
            take_terminal: terminal,
            ..Spawn::new(argv, NixSignal::SIGTERM)
        })
        .map_err(|reason| Error::Spawn {
            program: program.to_string_lossy().into_owned(),
            reason,
        })?;
        if let Some((mut pipe, input)) = writer {
            tokio::spawn(async move {
                use tokio::io::AsyncWriteExt;
                // A CMD that exits without reading closes the pipe: not our failure.
                let _ = pipe.write_all(&input).await;
            });
        }
        if terminal {
            // The child does it too, before exec; whichever comes first wins the race.
            set_foreground(process.pid());
        }
        Ok(Child {
            process,
            terminal,
            on_event: None,
            ended_at: None,
            deadline: None,
        })
    }

    /// Like [`Child::spawn_with_input`], with CMD's stdout and stderr each going to a pipe
    /// instead of etcdkit's, kept (bounded) by the [`Captured`] returned beside it.
    ///
    /// Errors: as [`Child::spawn`], and `Io` if the pipes cannot be made.
    pub fn spawn_captured(
        argv: &[OsString],
        env: &[(&str, String)],
        input: Option<Vec<u8>>,
    ) -> Result<(Child, Captured)> {
        let (out_read, out_write) = std::io::pipe()?;
        let (err_read, err_write) = std::io::pipe()?;
        let child = Child::start_with(
            argv,
            env,
            true,
            input,
            [Some(out_write.into()), Some(err_write.into())],
        )?;
        let captured = Captured {
            stdout: Captured::keep(out_read)?,
            stderr: Captured::keep(err_read)?,
        };
        Ok((child, captured))
    }

    /// Stops CMD (SIGTERM, the grace period, SIGKILL) once it has run for `limit`:
    /// supervision then ends with [`Error::MaxRuntime`].
    pub fn with_max_runtime(mut self, limit: Option<Duration>) -> Child {
        self.deadline = limit.map(|limit| (Instant::now() + limit, limit));
        self
    }

    /// Calls `note` with each [`Event`]: when CMD was stopped from its terminal and
    /// etcdkit is about to stop itself too (see the module doc; called after etcdkit has
    /// taken the terminal back: the moment to say so on screen), and when what CMD left
    /// running in its group was stopped after it exited.
    pub fn on_event(mut self, note: impl FnMut(Event) + Send + 'static) -> Child {
        self.on_event = Some(Box::new(note));
        self
    }

    fn tell(&mut self, event: Event) {
        if let Some(note) = &mut self.on_event {
            note(event);
        }
    }

    /// CMD's process group (its id is CMD's pid): where signals to CMD go.
    pub fn group(&self) -> Pid {
        self.process.pid()
    }

    /// Gives the terminal back to etcdkit's own group, once, if CMD's group has it (an
    /// etcdkit sent to the background by `bg` leaves it to the shell).
    fn take_back_terminal(&mut self) {
        if std::mem::take(&mut self.terminal) && foreground() == Some(self.group()) {
            set_foreground(nix::unistd::getpgrp());
        }
    }

    /// CMD was stopped by `signal`: if from its terminal, stops etcdkit too and, once
    /// continued, continues CMD (see the module doc). Blocks the thread while stopped, as
    /// a stopped process does.
    fn follow_stop(&mut self, signal: libc::c_int) {
        let Ok(signal) = NixSignal::try_from(signal) else {
            return;
        };
        let from_terminal = matches!(
            signal,
            NixSignal::SIGTSTP | NixSignal::SIGTTIN | NixSignal::SIGTTOU
        );
        let Some(foreground_before) = foreground().filter(|_| from_terminal) else {
            return; // not job control: left to whoever stopped CMD
        };
        let own = nix::unistd::getpgrp();
        if foreground_before == self.group() {
            set_foreground(own);
        }
        let cmd_ended_in = self.ended_at.as_ref().map(|at| at() - Instant::now());
        self.tell(Event::Suspended(Suspended {
            signal,
            cmd_ended_in,
        }));
        // Returns once etcdkit is continued; at once if its group is orphaned (the
        // kernel then discards job-control stops, as it would have for CMD's).
        let _ = kill(Pid::this(), signal);
        // `fg` gave etcdkit the terminal: CMD gets it again, as it had it, or as it
        // stopped for want of it.
        let wants_terminal = foreground_before == self.group() || signal != NixSignal::SIGTSTP;
        if foreground() == Some(own) && wants_terminal {
            set_foreground(self.group());
            self.terminal = true;
        }
        self.signal(NixSignal::SIGCONT);
    }

    /// Sends `signal` to the whole process group. A group already gone is not an error.
    pub fn signal(&self, signal: NixSignal) {
        match killpg(self.group(), signal) {
            Ok(()) | Err(Errno::ESRCH) => {}
            // EPERM: a member changed credentials; nothing more we can do.
            Err(_) => {}
        }
    }

    /// Waits for CMD (the group leader) to exit. Cancel-safe.
    ///
    /// Errors: `Io` if waiting fails.
    pub async fn wait(&mut self) -> Result<ExitStatus> {
        let status = self.process.wait().await?;
        self.take_back_terminal();
        Ok(status)
    }

    /// SIGTERM to the group, SIGKILL after `grace`; returns CMD's status. Every process of
    /// the group (CMD and whatever it left behind) is SIGKILLed no later than `grace` from
    /// now: a stop made to beat a lease's expiry is not stretched by leftovers.
    ///
    /// Errors: `Io` if waiting fails. Dropping the future before the group is gone leaves it
    /// to [`Child`]'s drop, which kills the group.
    pub async fn stop(&mut self, grace: Duration) -> Result<ExitStatus> {
        let kill_at = Instant::now() + grace;
        self.signal(NixSignal::SIGTERM);
        // A group stopped (Ctrl-Z, SIGSTOP) acts on SIGTERM only once continued.
        self.signal(NixSignal::SIGCONT);
        let status = match timeout_at(kill_at, self.wait()).await {
            Ok(status) => status?,
            Err(_) => {
                self.signal(NixSignal::SIGKILL);
                self.wait().await?
            }
        };
        self.stop_leftovers(kill_at).await;
        Ok(status)
    }

    /// Stops what CMD left running in its group after it exited: SIGTERM now, SIGKILL at
    /// `kill_at` to whatever is still running then. How many were running (0: none), and
    /// whether SIGKILL was needed.
    async fn stop_leftovers(&self, kill_at: Instant) -> (usize, bool) {
        let processes = self.running(usize::MAX);
        if processes == 0 {
            return (0, false);
        }
        self.signal(NixSignal::SIGTERM);
        while self.group_alive() && Instant::now() < kill_at {
            sleep(GROUP_POLL).await;
        }
        let killed = self.group_alive();
        if killed {
            self.signal(NixSignal::SIGKILL);
            // SIGKILL takes effect when each process is next scheduled: on a loaded host
            // that can be milliseconds. Wait for it (bounded: a process in uninterruptible
            // sleep dies only when its I/O returns), so that "stopped" means gone.
            let settled_by = Instant::now() + KILL_SETTLE;
            while self.group_alive() && Instant::now() < settled_by {
                sleep(GROUP_POLL / 4).await;
            }
        }
        (processes, killed)
    }

    /// Whether a process of the group is still running. Zombies do not count: a dead
    /// process whose parent has not reaped it yet (an init that reaps late, as in many
    /// containers) would otherwise look alive until the grace period ran out. Reads `/proc`
    /// when the group is not empty; where it cannot, any process of the group counts.
    fn group_alive(&self) -> bool {
        self.running(1) > 0
    }

    /// How many processes of the group are running (zombies not counted), counted up to
    /// `most`; 1 where `/proc` cannot be read but the group is not empty.
    fn running(&self, most: usize) -> usize {
        // The usual case, an empty group, costs one syscall; /proc is read only when some
        // process (perhaps a zombie) is still there.
        if killpg(self.group(), None).is_err() {
            return 0;
        }
        running_in_group(self.group(), most).unwrap_or(1)
    }
}

/// How many processes that are not zombies have process group `group` (up to `most`: the
/// scan stops there), from `/proc/*/stat`; `None` if `/proc` cannot be read.
fn running_in_group(group: Pid, most: usize) -> Option<usize> {
    let want = group.as_raw().to_string();
    let mut found = 0;
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let name = entry.file_name();
        if !name.to_string_lossy().bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue; // gone meanwhile
        };
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
        let mut fields = stat
            .rsplit_once(')')
            .map(|(_, rest)| rest)
            .unwrap_or("")
            .split_whitespace();
        let (state, pgrp) = (fields.next(), fields.nth(1));
        if pgrp == Some(want.as_str()) && state != Some("Z") {
            found += 1;
            if found >= most {
                break;
            }
        }
    }
    Some(found)
}

/// Kills the group if CMD is dropped while it may still run (e.g. on an error path).
impl Drop for Child {
    fn drop(&mut self) {
        self.take_back_terminal();
        if self.process.status().is_none() || self.group_alive() {
            self.signal(NixSignal::SIGKILL);
        }
    }
}

/// Whether stdin is a terminal whose foreground process group is etcdkit's.
fn in_terminal_foreground() -> bool {
    foreground() == Some(nix::unistd::getpgrp())
}

/// The foreground process group of the terminal on stdin, if stdin is etcdkit's
/// controlling terminal.
fn foreground() -> Option<Pid> {
    nix::unistd::tcgetpgrp(std::io::stdin()).ok()
}

/// Makes `group` the terminal's foreground group. SIGTTOU is blocked meanwhile: a
/// background group that sets the foreground gets it otherwise, and stops.
fn set_foreground(group: Pid) {
    use nix::sys::signal::{pthread_sigmask, SigSet, SigmaskHow};
    let mut ttou = SigSet::empty();
    ttou.add(NixSignal::SIGTTOU);
    let mut old = SigSet::empty();
    if pthread_sigmask(SigmaskHow::SIG_BLOCK, Some(&ttou), Some(&mut old)).is_err() {
        return;
    }
    // A terminal gone (hung up) or a group already gone: nothing to hand over.
    let _ = nix::unistd::tcsetpgrp(std::io::stdin(), group);
    let _ = pthread_sigmask(SigmaskHow::SIG_SETMASK, Some(&old), None);
}

/// Why and how fast to stop CMD.
#[derive(Debug)]
pub struct Stop {
    /// Returned by [`supervise`] once CMD is stopped.
    pub reason: Error,
    /// Time between SIGTERM and SIGKILL for this stop.
    pub grace: Duration,
}

/// Runs `child` to its end: forwards the termination signals `signals` catches (if any) to
/// its group, and stops it (SIGTERM, the stop's grace, SIGKILL) as soon as `stop_when`
/// resolves, returning the stop's reason. Otherwise returns CMD's status once CMD and
/// anything left in its group have ended (leftovers get `grace`).
///
/// Errors: the stop's reason; `Io` if waiting fails. Dropping the future kills the group.
pub async fn supervise(
    child: Child,
    signals: Option<&Shutdown>,
    stop_when: impl Future<Output = Stop>,
    grace: Duration,
) -> Result<ExitStatus> {
    let until = async {
        let stop = stop_when.await;
        (stop.reason, stop.grace)
    };
    match supervise_until(child, signals, until, grace).await? {
        Ended::Exited(status) => Ok(status),
        Ended::Stopped(reason, _) => Err(reason),
    }
}

/// How [`supervise_until`] ended.
#[derive(Debug)]
pub enum Ended<T> {
    /// CMD exited (and anything it left in its group was stopped).
    Exited(ExitStatus),
    /// `until` resolved with this value, and CMD was stopped; its status.
    Stopped(T, ExitStatus),
}

/// [`supervise`] for a stop that is not a failure (a restart, say): when `until` resolves
/// with a value and a grace period, CMD is stopped with that grace and the value returned.
///
/// Errors: `Io` if waiting fails. Dropping the future kills the group.
pub async fn supervise_until<T>(
    mut child: Child,
    signals: Option<&Shutdown>,
    until: impl Future<Output = (T, Duration)>,
    grace: Duration,
) -> Result<Ended<T>> {
    let mut signals = signals.map(Shutdown::subscribe);
    let forwarded = async |signals: &mut Option<tokio::sync::broadcast::Receiver<_>>| match signals
    {
        Some(rx) => rx.recv().await.ok(),
        None => std::future::pending().await,
    };
    tokio::pin!(until);
    let deadline = child.deadline;
    let past_deadline = async {
        match deadline {
            Some((at, limit)) => {
                tokio::time::sleep_until(at).await;
                limit
            }
            None => std::future::pending().await,
        }
    };
    tokio::pin!(past_deadline);
    loop {
        tokio::select! {
            change = child.process.wait_or_stop() => match change? {
                Change::Exited(status) => {
                    child.take_back_terminal();
                    let (processes, killed) =
                        child.stop_leftovers(Instant::now() + grace).await;
                    if processes > 0 {
                        tracing::info!(processes, killed, "stopped what CMD left running");
                        child.tell(Event::LeftoversStopped { processes, killed });
                    }
                    return Ok(Ended::Exited(status));
                }
                Change::Stopped(signal) => child.follow_stop(signal),
            },
            Some(sig) = forwarded(&mut signals) => child.signal(sig.as_nix()),
            (value, grace) = &mut until => {
                let status = child.stop(grace).await?;
                return Ok(Ended::Stopped(value, status));
            }
            after = &mut past_deadline => {
                tracing::info!(after = ?after, "CMD reached --max-runtime; stopping it");
                child.stop(grace).await?;
                return Err(Error::MaxRuntime { after });
            }
        }
    }
}

/// What CMD wrote to stdout and stderr ([`Child::spawn_captured`]), each kept up to
/// [`Captured::LIMIT`] bytes: beyond it, the first half and the last half, and how much
/// was left out between them.
pub struct Captured {
    stdout: tokio::task::JoinHandle<Kept>,
    stderr: tokio::task::JoinHandle<Kept>,
}

/// One stream's bytes: its head, how many bytes were left out, its tail.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Kept {
    /// The first bytes (up to half the limit).
    pub head: Vec<u8>,
    /// Bytes between head and tail that were not kept.
    pub dropped: u64,
    /// The last bytes (up to half the limit).
    pub tail: Vec<u8>,
}

impl Captured {
    /// The most kept of each stream.
    pub const LIMIT: usize = 1 << 20;

    fn keep(read: std::io::PipeReader) -> Result<tokio::task::JoinHandle<Kept>> {
        let mut pipe = tokio::net::unix::pipe::Receiver::from_owned_fd(read.into())?;
        Ok(tokio::spawn(async move {
            use tokio::io::AsyncReadExt;
            let mut kept = Kept::default();
            let mut buf = vec![0; 64 * 1024];
            // A read error ends the stream like its end: what was read is kept.
            while let Ok(n @ 1..) = pipe.read(&mut buf).await {
                kept.push(&buf[..n], Captured::LIMIT / 2);
            }
            kept
        }))
    }

    /// Both streams, once every process that held them has closed them (after supervision
    /// ended, that is at once: nothing of CMD's group is left).
    ///
    /// Errors: none; a reader that failed gives what it had. Dropping the future drops
    /// what was kept.
    pub async fn take(self) -> (Kept, Kept) {
        let (stdout, stderr) = tokio::join!(self.stdout, self.stderr);
        (stdout.unwrap_or_default(), stderr.unwrap_or_default())
    }
}

impl Kept {
    /// Adds `bytes`, keeping at most `half` at the head and `half` at the tail.
    fn push(&mut self, mut bytes: &[u8], half: usize) {
        let room = half - self.head.len();
        let first = bytes.len().min(room);
        self.head.extend_from_slice(&bytes[..first]);
        bytes = &bytes[first..];
        self.tail.extend_from_slice(bytes);
        if self.tail.len() > half {
            let over = self.tail.len() - half;
            self.tail.drain(..over);
            self.dropped += over as u64;
        }
    }

    /// The whole of what was kept, with a line saying what was left out.
    pub fn joined(&self) -> Vec<u8> {
        let mut all = self.head.clone();
        if self.dropped > 0 {
            all.extend_from_slice(
                format!("\n[... {} bytes left out ...]\n", self.dropped).as_bytes(),
            );
        }
        all.extend_from_slice(&self.tail);
        all
    }
}

#[cfg(test)]
mod tests {
    use super::Kept;

    #[test]
    fn kept_output_is_its_head_and_tail_with_what_was_left_out_between() {
        let mut kept = Kept::default();
        for chunk in [&b"abc"[..], b"defgh", b"ij"] {
            kept.push(chunk, 4);
        }
        assert_eq!(kept.head, b"abcd");
        assert_eq!(kept.tail, b"ghij");
        assert_eq!(kept.dropped, 2);
        assert_eq!(kept.joined(), b"abcd\n[... 2 bytes left out ...]\nghij");
        let mut short = Kept::default();
        short.push(b"hi\n", 4);
        assert_eq!(short.joined(), b"hi\n");
    }
}
