//! Starting a child without copying etcdkit's memory: the one way etcdkit starts a
//! process (CMD, command health checks, sandbox members).
//!
//! CMD must die with etcdkit (a parent-death signal, set in the child before exec) and
//! lead its own process group. `std::process::Command` can set the first only through
//! `pre_exec`, which makes it `fork`: the kernel then copies etcdkit's page tables and
//! both processes take a page fault on every page written until the exec, about half of
//! the worker's CPU per item in `queue work`'s benchmark. `posix_spawn`, which shares the
//! memory instead, has no parent-death attribute.
//!
//! So this module does what `posix_spawn` does inside glibc: `clone(CLONE_VM |
//! CLONE_VFORK)` onto a small stack of its own, the parent thread suspended until the child
//! has exec'd or exited. The child shares etcdkit's memory until exec, so it runs only
//! system calls on data prepared beforehand: it allocates nothing, takes no lock and never
//! panics. Every signal is blocked across the clone, and the child sets every handler
//! etcdkit installed back to the default before unblocking, so no etcdkit handler runs in
//! it. It starts with an empty signal mask and SIGPIPE at its default, as
//! `std::process::Command` gives it.
//!
//! The child is waited for here too (`tokio::process` waits only for its own): on each
//! SIGCHLD, `waitpid` for this pid alone, so no other child's status is taken; or, off a
//! Tokio runtime (the sandbox), a blocking `waitpid`.

use std::ffi::{CString, OsStr, OsString};
use std::io;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::ExitStatusExt;
use std::process::ExitStatus;
use std::sync::atomic::{AtomicI32, Ordering};

use nix::libc;
use nix::unistd::Pid;
use tokio::signal::unix::{signal, Signal as SignalStream, SignalKind};

/// The child's stack. It runs a few system calls and no Rust beyond plain loops.
const STACK_BYTES: usize = 64 * 1024;

/// glibc's `execvp` searches this when PATH is unset.
const DEFAULT_PATH: &[u8] = b"/bin:/usr/bin";

/// What to start, and how.
pub struct Spawn<'a> {
    /// Program and arguments; the program is looked up in PATH unless it holds a `/`.
    pub argv: &'a [OsString],
    /// Added to (or replacing in) etcdkit's environment.
    pub env: &'a [(&'a str, String)],
    /// Whether CMD starts from etcdkit's environment (less its passwords); otherwise `env`
    /// is all it gets.
    pub inherit_env: bool,
    /// Becomes CMD's stdin; otherwise CMD shares etcdkit's.
    pub stdin: Option<OwnedFd>,
    /// Becomes CMD's stdout; otherwise CMD shares etcdkit's.
    pub stdout: Option<OwnedFd>,
    /// Becomes CMD's stderr; otherwise CMD shares etcdkit's.
    pub stderr: Option<OwnedFd>,
    /// Make CMD's group the terminal's foreground group (stdin must be that terminal).
    pub take_terminal: bool,
    /// Sent to CMD when the thread that started it exits.
    pub death_signal: nix::sys::signal::Signal,
}

impl<'a> Spawn<'a> {
    /// `argv` with etcdkit's environment and stdio, not taking the terminal, sent
    /// `death_signal` when the starting thread exits.
    pub fn new(argv: &'a [OsString], death_signal: nix::sys::signal::Signal) -> Spawn<'a> {
        Spawn {
            argv,
            env: &[],
            inherit_env: true,
            stdin: None,
            stdout: None,
            stderr: None,
            take_terminal: false,
            death_signal,
        }
    }
}

/// A started child, not yet waited for.
pub struct Process {
    pid: Pid,
    /// Made by the first [`Process::wait`], which needs a Tokio runtime; a blocking wait
    /// needs none.
    sigchld: Option<SignalStream>,
    status: Option<ExitStatus>,
}

impl Process {
    /// CMD's pid, which is also its process group.
    pub fn pid(&self) -> Pid {
        self.pid
    }

    /// The child's status, if it has been seen to exit.
    pub fn status(&self) -> Option<ExitStatus> {
        self.status
    }

    /// Waits for the child to exit. Cancel-safe.
    ///
    /// Errors: `waitpid`'s, which for a child of ours means a bug.
    pub async fn wait(&mut self) -> io::Result<ExitStatus> {
        loop {
            if let Change::Exited(status) = self.wait_for(0).await? {
                return Ok(status);
            }
        }
    }

    /// Waits for the child to exit or to be stopped (each stop is reported once).
    /// Cancel-safe.
    ///
    /// Errors: as [`Process::wait`].
    pub async fn wait_or_stop(&mut self) -> io::Result<Change> {
        self.wait_for(libc::WUNTRACED).await
    }

    /// Waits for a change `waitpid` reports with `flags`.
    async fn wait_for(&mut self, flags: libc::c_int) -> io::Result<Change> {
        loop {
            if let Some(change) = self.try_change(flags)? {
                return Ok(change);
            }
            match self.sigchld.as_mut() {
                // The stream existed before the look above: a SIGCHLD after it is not
                // missed.
                Some(sigchld) => {
                    sigchld.recv().await;
                }
                // Made now, and looked again before waiting on it.
                None => self.sigchld = Some(signal(SignalKind::child())?),
            }
        }
    }

    /// Waits for the child to exit, blocking the thread (for callers off a runtime: the
    /// sandbox).
    ///
    /// Errors: as [`Process::wait`].
    #[cfg(any(feature = "sandbox", test))]
    pub fn wait_blocking(&mut self) -> io::Result<ExitStatus> {
        if let Some(status) = self.status {
            return Ok(status);
        }
        let status = reap(self.pid, 0)?.ok_or_else(|| io::Error::other("waitpid: no status"))?;
        self.status = Some(status);
        Ok(status)
    }

    /// Sends `signal` to the child (not its group); nothing once it has been reaped.
    ///
    /// Errors: `kill`'s.
    #[cfg(any(feature = "sandbox", test))]
    pub fn signal(&mut self, signal: nix::sys::signal::Signal) -> io::Result<()> {
        if self.try_wait()?.is_some() {
            return Ok(());
        }
        nix::sys::signal::kill(self.pid, signal).map_err(io::Error::from)
    }

    /// The child's status if it has exited, without blocking.
    ///
    /// Errors: as [`Process::wait`].
    pub fn try_wait(&mut self) -> io::Result<Option<ExitStatus>> {
        self.try_change(0)?;
        Ok(self.status)
    }

    /// The child's exit, or a stop if `flags` has `WUNTRACED`, without blocking.
    fn try_change(&mut self, flags: libc::c_int) -> io::Result<Option<Change>> {
        if let Some(status) = self.status {
            return Ok(Some(Change::Exited(status)));
        }
        let Some(status) = reap(self.pid, libc::WNOHANG | flags)? else {
            return Ok(None);
        };
        if let Some(signal) = status.stopped_signal() {
            return Ok(Some(Change::Stopped(signal)));
        }
        self.status = Some(status);
        Ok(Some(Change::Exited(status)))
    }
}

/// What [`Process::wait_or_stop`] saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The child exited (or was killed): its status.
    Exited(ExitStatus),
    /// The child was stopped by this signal; it may be continued.
    Stopped(libc::c_int),
}

/// A child dropped before it was seen to exit is reaped in the background, so it does
/// not stay a zombie; killing it is the owner's choice ([`crate::process::supervise::Child`] does).
impl Drop for Process {
    fn drop(&mut self) {
        if matches!(self.try_wait(), Ok(None)) {
            let pid = self.pid;
            // Without a thread to spare, the zombie stays until etcdkit exits.
            let _ = std::thread::Builder::new().spawn(move || reap(pid, 0));
        }
    }
}

/// `waitpid(pid, flags)`, retried on EINTR; `None` if nothing changed (WNOHANG). With
/// `WUNTRACED`, a stop is a status too (`stopped_signal`).
fn reap(pid: Pid, flags: libc::c_int) -> io::Result<Option<ExitStatus>> {
    let mut status = 0;
    loop {
        // SAFETY: waitpid writes one int, `status`.
        match unsafe { libc::waitpid(pid.as_raw(), &mut status, flags) } {
            0 => return Ok(None),
            -1 if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted => continue,
            -1 => return Err(io::Error::last_os_error()),
            _ => return Ok(Some(ExitStatus::from_raw(status))),
        }
    }
}

/// Starts `what` (see the module's note). [`Process::wait`] needs a Tokio runtime with
/// signals enabled; starting does not.
///
/// Errors: `NotFound` or `PermissionDenied` (among others) as `execvp` would give them;
/// `InvalidInput` for an empty command or a NUL byte in an argument or the environment.
pub fn spawn(what: Spawn<'_>) -> io::Result<Process> {
    spawn_child_of(what, std::process::id() as libc::pid_t)
}

/// [`spawn`], with the child checking that `parent` is still its parent after setting the
/// parent-death signal (tests pass another pid to act out a parent that died first).
fn spawn_child_of(what: Spawn<'_>, parent: libc::pid_t) -> io::Result<Process> {
    let Some(program) = what.argv.first() else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "the command is empty",
        ));
    };
    let argv: Vec<CString> = what
        .argv
        .iter()
        .map(|arg| c_string(arg.as_bytes()))
        .collect::<io::Result<_>>()?;
    let env = if what.inherit_env {
        environment(what.env)?
    } else {
        environment_from(std::iter::empty(), what.env)?
    };
    let candidates = candidates(program.as_bytes(), &env)?;
    // Arguments for `/bin/sh FILE ARGS...`, execvp's answer to a file without a `#!`
    // line; the child puts each candidate in slot 1.
    let shell = c_string(b"/bin/sh")?;
    let mut shell_argv: Vec<*const libc::c_char> = [shell.as_ptr(), std::ptr::null()]
        .into_iter()
        .chain(argv.iter().skip(1).map(|arg| arg.as_ptr()))
        .chain([std::ptr::null()])
        .collect();
    let argv_ptrs = null_terminated(&argv);
    let envp = null_terminated(&env);
    let candidate_ptrs: Vec<*const libc::c_char> =
        candidates.iter().map(|path| path.as_ptr()).collect();

    // Each given fd is above 2 before the child starts putting them in place, so that
    // installing one never overwrites another still to be installed.
    let stdio = [what.stdin, what.stdout, what.stderr].map(|fd| fd.map(above_stdio).transpose());
    let [stdin, stdout, stderr] = stdio;
    let (stdin, stdout, stderr) = (stdin?, stdout?, stderr?);
    let raw = |fd: &Option<OwnedFd>| fd.as_ref().map_or(-1, |fd| fd.as_raw_fd());
    let error = AtomicI32::new(0);
    let args = ChildArgs {
        candidates: &candidate_ptrs,
        argv: argv_ptrs.as_ptr(),
        envp: envp.as_ptr(),
        shell: shell.as_ptr(),
        shell_argv: shell_argv.as_mut_ptr(),
        stdio: [raw(&stdin), raw(&stdout), raw(&stderr)],
        take_terminal: what.take_terminal,
        death_signal: what.death_signal as libc::c_int,
        parent,
        error: &error,
    };
    // Made before the child exists, so its SIGCHLD cannot come first (on a runtime).
    // A runtime without signal handling leaves it to the first wait, as off a runtime.
    let sigchld = tokio::runtime::Handle::try_current()
        .ok()
        .and_then(|_| signal(SignalKind::child()).ok());
    let mut stack = vec![0u128; STACK_BYTES / size_of::<u128>()];
    let pid = with_signals_blocked(|| {
        // SAFETY: the stack is ours and 16-byte aligned at its top; `args` and everything
        // it points to outlive the child's use of them, since CLONE_VFORK suspends this
        // thread until the child has exec'd or exited; `child_main` keeps to what may run
        // in a child sharing our memory (see its note).
        unsafe {
            let top = stack.as_mut_ptr().add(stack.len()).cast::<libc::c_void>();
            libc::clone(
                child_main,
                top,
                libc::CLONE_VM | libc::CLONE_VFORK | libc::SIGCHLD,
                std::ptr::from_ref(&args).cast_mut().cast(),
            )
        }
    })?;
    let pid = Pid::from_raw(pid);
    match error.load(Ordering::Acquire) {
        0 => Ok(Process {
            pid,
            sigchld,
            status: None,
        }),
        errno => {
            // The child exited without exec: reap it before saying why.
            reap(pid, 0)?;
            Err(io::Error::from_raw_os_error(errno))
        }
    }
}

/// Runs `f` with every signal blocked in this thread, so no signal handler can run in a
/// child that `f` clones before the child has reset them.
pub(super) fn with_signals_blocked(f: impl FnOnce() -> libc::c_int) -> io::Result<libc::c_int> {
    // SAFETY: sigset_t is plain data, filled by sigfillset before use.
    let mut all: libc::sigset_t = unsafe { std::mem::zeroed() };
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: both sets are valid for the calls.
    unsafe {
        libc::sigfillset(&mut all);
        let rc = libc::pthread_sigmask(libc::SIG_SETMASK, &all, &mut old);
        if rc != 0 {
            return Err(io::Error::from_raw_os_error(rc));
        }
    }
    let result = f();
    // Read before the mask call can overwrite it.
    let clone_error = io::Error::last_os_error();
    // SAFETY: `old` came from the call above.
    unsafe { libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut()) };
    if result == -1 {
        return Err(clone_error);
    }
    Ok(result)
}

fn c_string(bytes: &[u8]) -> io::Result<CString> {
    CString::new(bytes).map_err(|_| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            "nul byte found in provided data",
        )
    })
}

fn null_terminated(strings: &[CString]) -> Vec<*const libc::c_char> {
    strings
        .iter()
        .map(|s| s.as_ptr())
        .chain([std::ptr::null()])
        .collect()
}

/// The variables that carry an etcd password, by etcdkit's and etcdctl's names: not passed
/// to CMD ([`environment`]). `*_USER` counts only in its `NAME:PASSWORD` form.
const CREDENTIALS: &[&str] = &[
    "ETCDKIT_PASSWORD",
    "ETCDCTL_PASSWORD",
    "ETCDKIT_USER",
    "ETCDCTL_USER",
];

/// The service manager's variables for etcdkit itself (sd_notify): etcdkit tells systemd
/// when it is ready and alive, so CMD must not speak for the unit too (as
/// `sd_notify(unset_environment=1)` would have it). Never passed to CMD.
const SERVICE_MANAGER: &[&str] = &["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"];

/// Set to `1` in etcdkit's environment, CMD inherits [`CREDENTIALS`] too.
pub const PASS_CREDENTIALS: &str = "ETCDKIT_PASS_CREDENTIALS";

/// etcdkit's environment with `added` laid over it, as `KEY=VALUE` strings; without the
/// variables that hold a password unless [`PASS_CREDENTIALS`] asks for them.
fn environment(added: &[(&str, String)]) -> io::Result<Vec<CString>> {
    environment_from(std::env::vars_os(), added)
}

fn environment_from(
    inherited: impl Iterator<Item = (OsString, OsString)>,
    added: &[(&str, String)],
) -> io::Result<Vec<CString>> {
    let inherited: Vec<_> = inherited.collect();
    let pass = inherited
        .iter()
        .any(|(k, v)| k.as_os_str() == PASS_CREDENTIALS && v.as_bytes() == b"1");
    let secret = |key: &OsStr, value: &OsStr| {
        !pass
            && CREDENTIALS.iter().any(|c| OsStr::new(c) == key)
            && (!key.as_bytes().ends_with(b"_USER") || value.as_bytes().contains(&b':'))
    };
    let mut env = Vec::new();
    for (key, value) in &inherited {
        let replaced = added.iter().any(|(k, _)| OsStr::new(k) == key.as_os_str());
        let managers = SERVICE_MANAGER
            .iter()
            .any(|m| OsStr::new(m) == key.as_os_str());
        if replaced || managers || secret(key, value) {
            continue;
        }
        env.push(c_string(
            &[key.as_bytes(), b"=", value.as_bytes()].concat(),
        )?);
    }
    for (i, (key, value)) in added.iter().enumerate() {
        // The last of two with the same name wins, as with Command::envs.
        if added[i + 1..].iter().any(|(k, _)| k == key) {
            continue;
        }
        env.push(c_string(format!("{key}={value}").as_bytes())?);
    }
    Ok(env)
}

/// The paths to try for `program`, in order: itself if it holds a `/`, otherwise each
/// PATH directory (of the child's environment) joined with it, an empty entry meaning the
/// current directory, as `execvp` does.
fn candidates(program: &[u8], env: &[CString]) -> io::Result<Vec<CString>> {
    if program.is_empty() {
        return Err(io::Error::from(io::ErrorKind::NotFound));
    }
    if program.contains(&b'/') {
        return Ok(vec![c_string(program)?]);
    }
    let path = env
        .iter()
        .find_map(|entry| entry.as_bytes().strip_prefix(b"PATH="))
        .unwrap_or(DEFAULT_PATH);
    path.split(|&b| b == b':')
        .map(|dir| match dir {
            b"" => c_string(program),
            dir => c_string(&[dir, b"/", program].concat()),
        })
        .collect()
}

/// Everything the child reads, prepared by the parent.
struct ChildArgs<'a> {
    candidates: &'a [*const libc::c_char],
    argv: *const *const libc::c_char,
    envp: *const *const libc::c_char,
    shell: *const libc::c_char,
    /// `/bin/sh`, a slot for the file, then argv[1..]; the child fills the slot.
    shell_argv: *mut *const libc::c_char,
    /// The fds that become 0, 1 and 2 (each above 2); -1: keep etcdkit's.
    stdio: [libc::c_int; 3],
    take_terminal: bool,
    death_signal: libc::c_int,
    parent: libc::pid_t,
    /// Where the child leaves errno if it cannot exec.
    error: &'a AtomicI32,
}

/// The child, from clone to exec. It shares the parent's memory, with the parent thread
/// suspended but other threads running: it calls only system-call wrappers (no
/// allocation, no locks, no unwinding), reads only `ChildArgs`, and writes only its
/// `error` and shell slot. Each failing step is reported through `error` and the child
/// exits 127 without exec.
extern "C" fn child_main(arg: *mut libc::c_void) -> libc::c_int {
    // SAFETY: `arg` is the parent's `ChildArgs`, alive and unchanged while it is suspended.
    let args = unsafe { &*(arg as *const ChildArgs) };
    // SAFETY: each call below is a system call on memory the child owns or `args` holds.
    let errno = unsafe {
        match prepare(args) {
            Ok(()) => exec(args),
            Err(errno) => errno,
        }
    };
    args.error.store(errno.max(1), Ordering::Release);
    // SAFETY: _exit ends the child without running anything of the parent's.
    unsafe { libc::_exit(127) }
}

/// `fd`, or a close-on-exec copy of it numbered 3 or above if it is 0, 1 or 2.
fn above_stdio(fd: OwnedFd) -> io::Result<OwnedFd> {
    if fd.as_raw_fd() > 2 {
        return Ok(fd);
    }
    // SAFETY: F_DUPFD_CLOEXEC reads no memory; `fd` is open for as long as the call.
    let copy = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 3) };
    if copy < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: fcntl just returned this fd, owned by no one else.
    Ok(unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(copy) })
}

fn last_errno() -> libc::c_int {
    nix::errno::Errno::last_raw()
}

/// Signal dispositions, group, terminal, stdio and parent-death signal, in that order;
/// returns errno on failure.
///
/// # Safety
/// Only in the child of `spawn`'s clone, with every signal blocked.
unsafe fn prepare(args: &ChildArgs) -> Result<(), libc::c_int> {
    // Every handler etcdkit installed goes back to the default; ignored signals stay
    // ignored across exec, except SIGPIPE, which Rust ignores for itself.
    for sig in 1..=libc::SIGRTMAX() {
        if sig == libc::SIGKILL || sig == libc::SIGSTOP {
            continue;
        }
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut old) != 0 {
            continue; // signals glibc keeps for itself
        }
        let ignored = old.sa_sigaction == libc::SIG_IGN && sig != libc::SIGPIPE;
        if old.sa_sigaction != libc::SIG_DFL && !ignored {
            let mut default: libc::sigaction = std::mem::zeroed();
            default.sa_sigaction = libc::SIG_DFL;
            if libc::sigaction(sig, &default, std::ptr::null_mut()) != 0 {
                return Err(last_errno());
            }
        }
    }
    if libc::setpgid(0, 0) != 0 {
        return Err(last_errno());
    }
    if args.take_terminal {
        // SIGTTOU is blocked (every signal is), so a background group may take it. A
        // failure is not fatal: the parent makes the same call, and a terminal gone
        // has nothing to give.
        libc::tcsetpgrp(0, libc::getpid());
    }
    for (target, &fd) in args.stdio.iter().enumerate() {
        // dup2 leaves the new fd open across exec; the source stays close-on-exec.
        if fd >= 0 && libc::dup2(fd, target as libc::c_int) < 0 {
            return Err(last_errno());
        }
    }
    if libc::prctl(libc::PR_SET_PDEATHSIG, args.death_signal as libc::c_ulong) != 0 {
        return Err(last_errno());
    }
    // The parent may have died before prctl: then the signal is ours to send. It stays
    // pending until the mask below is lifted, and its default action ends the child.
    if libc::getppid() != args.parent {
        libc::kill(libc::getpid(), args.death_signal);
    }
    let mut empty: libc::sigset_t = std::mem::zeroed();
    libc::sigemptyset(&mut empty);
    if libc::sigprocmask(libc::SIG_SETMASK, &empty, std::ptr::null_mut()) != 0 {
        return Err(last_errno());
    }
    Ok(())
}

/// Tries each candidate path as `execvp` does; returns errno if none could be exec'd.
///
/// # Safety
/// As [`prepare`].
unsafe fn exec(args: &ChildArgs) -> libc::c_int {
    let mut denied = false;
    for &path in args.candidates {
        libc::execve(path, args.argv, args.envp);
        match last_errno() {
            libc::ENOEXEC => {
                *args.shell_argv.add(1) = path;
                libc::execve(args.shell, args.shell_argv.cast_const(), args.envp);
                return last_errno();
            }
            libc::EACCES => denied = true,
            libc::ENOENT | libc::ENOTDIR | libc::ESTALE | libc::ENODEV | libc::ETIMEDOUT => {}
            other => return other,
        }
    }
    if denied {
        libc::EACCES
    } else {
        libc::ENOENT
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nix::sys::signal::Signal;

    fn sh(script: &str) -> Vec<OsString> {
        vec!["sh".into(), "-c".into(), script.into()]
    }

    fn plain(argv: &[OsString], env: &[(&str, String)]) -> io::Result<Process> {
        spawn(Spawn {
            env,
            ..Spawn::new(argv, Signal::SIGTERM)
        })
    }

    async fn status_of(argv: &[OsString], env: &[(&str, String)]) -> io::Result<ExitStatus> {
        plain(argv, env)?.wait().await
    }

    #[tokio::test]
    async fn cmd_starts_with_no_signal_blocked_and_sigpipe_at_its_default() {
        use nix::sys::signal::{pthread_sigmask, SigHandler, SigSet, SigmaskHow};
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("status");
        let mut usr1 = SigSet::empty();
        usr1.add(Signal::SIGUSR1);
        pthread_sigmask(SigmaskHow::SIG_BLOCK, Some(&usr1), None).unwrap();
        // SAFETY: SIG_IGN installs no handler.
        unsafe { nix::sys::signal::signal(Signal::SIGPIPE, SigHandler::SigIgn) }.unwrap();
        // exec: the masks sh started with (sh blocks signals while it waits for a child).
        let script = format!("exec grep '^Sig' /proc/self/status > {}", out.display());
        let status = status_of(&sh(&script), &[]).await.unwrap();
        pthread_sigmask(SigmaskHow::SIG_UNBLOCK, Some(&usr1), None).unwrap();
        assert!(status.success(), "{status:?}");
        let masks = std::fs::read_to_string(&out).unwrap();
        let mask = |name: &str| {
            let line = masks.lines().find(|l| l.starts_with(name)).unwrap();
            u64::from_str_radix(line.split_whitespace().nth(1).unwrap(), 16).unwrap()
        };
        assert_eq!(mask("SigBlk:"), 0, "{masks}");
        let pipe = 1 << (Signal::SIGPIPE as u64 - 1);
        assert_eq!(mask("SigIgn:") & pipe, 0, "SIGPIPE ignored: {masks}");
    }

    /// The sandbox's members: stdio to files, started and waited for off any runtime.
    #[test]
    fn stdio_goes_where_given_and_a_child_is_waited_for_without_a_runtime() {
        let dir = tempfile::tempdir().unwrap();
        let log = std::fs::File::create(dir.path().join("log")).unwrap();
        let argv = sh("read line; echo \"out $line\"; echo err >&2; exit 3");
        let input = dir.path().join("input");
        std::fs::write(&input, "in\n").unwrap();
        let mut process = spawn(Spawn {
            stdin: Some(std::fs::File::open(&input).unwrap().into()),
            stdout: Some(log.try_clone().unwrap().into()),
            stderr: Some(log.into()),
            ..Spawn::new(&argv, Signal::SIGKILL)
        })
        .unwrap();
        let status = process.wait_blocking().unwrap();
        assert_eq!(status.code(), Some(3), "{status:?}");
        let text = std::fs::read_to_string(dir.path().join("log")).unwrap();
        assert_eq!(text, "out in\nerr\n");
        // Signalling a reaped child is nothing, not another process's pid.
        process.signal(Signal::SIGKILL).unwrap();
    }

    #[tokio::test]
    async fn a_death_signal_before_exec_kills_the_child_despite_etcdkits_handler() {
        // etcdkit's handlers, installed as the binary installs them.
        let _shutdown = crate::process::shutdown::Shutdown::install().unwrap();
        // pid 1 is not our pid: the child takes its parent for dead and signals itself.
        let argv = sh("exit 0");
        let what = Spawn::new(&argv, Signal::SIGTERM);
        let status = spawn_child_of(what, 1).unwrap().wait().await.unwrap();
        assert_eq!(status.signal(), Some(Signal::SIGTERM as i32), "{status:?}");
    }

    #[tokio::test]
    async fn programs_are_found_and_run_as_execvp_would() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        let write = |path: &std::path::Path, text: &str, mode| {
            std::fs::write(path, text).unwrap();
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        };
        // Not executable in a/, a script without `#!` in b/: b's runs, through /bin/sh.
        write(&a.join("job"), "exit 5\n", 0o644);
        write(&b.join("job"), "exit \"$1\"\n", 0o755);
        let path = format!("{}:{}", a.display(), b.display());
        let env = [("PATH", path)];
        let status = status_of(&["job".into(), "7".into()], &env).await.unwrap();
        assert_eq!(status.code(), Some(7));
        let denied = status_of(&[a.join("job").into()], &[]).await.unwrap_err();
        assert_eq!(denied.kind(), io::ErrorKind::PermissionDenied);
        let only_denied = [("PATH", a.display().to_string())];
        let denied = status_of(&["job".into()], &only_denied).await.unwrap_err();
        assert_eq!(denied.kind(), io::ErrorKind::PermissionDenied);
        let missing = status_of(&["etcdkit-no-such-program".into()], &[])
            .await
            .unwrap_err();
        assert_eq!(missing.kind(), io::ErrorKind::NotFound);
    }

    #[tokio::test]
    async fn a_child_dropped_unwaited_is_reaped() {
        let child = plain(&sh("exit 0"), &[]).unwrap();
        let pid = child.pid();
        drop(child);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        // A zombie still answers kill(pid, 0); a reaped child does not.
        while nix::sys::signal::kill(pid, None).is_ok() {
            assert!(std::time::Instant::now() < deadline, "{pid} never reaped");
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }

    fn env_of(pairs: &[&str]) -> Vec<CString> {
        pairs.iter().map(|p| CString::new(*p).unwrap()).collect()
    }

    #[test]
    fn a_program_is_looked_up_in_the_childs_path() {
        let env = env_of(&["HOME=/root", "PATH=/a::/b"]);
        let found: Vec<_> = candidates(b"true", &env)
            .unwrap()
            .into_iter()
            .map(|c| c.into_string().unwrap())
            .collect();
        assert_eq!(found, ["/a/true", "true", "/b/true"]);
        let slash = candidates(b"./x", &env).unwrap();
        assert_eq!(slash, [CString::new("./x").unwrap()]);
        let unset = candidates(b"sh", &env_of(&["HOME=/root"])).unwrap();
        assert_eq!(unset.len(), 2, "{unset:?}");
    }

    #[test]
    fn added_variables_replace_inherited_ones_and_the_last_wins() {
        let env =
            environment(&[("PATH", "/x".into()), ("A", "1".into()), ("A", "2".into())]).unwrap();
        let paths = env.iter().filter(|e| e.as_bytes().starts_with(b"PATH="));
        assert_eq!(paths.count(), 1);
        assert!(env.contains(&CString::new("PATH=/x").unwrap()));
        assert!(env.contains(&CString::new("A=2").unwrap()));
        assert!(!env.contains(&CString::new("A=1").unwrap()));
        let nul = environment(&[("A", "x\0y".into())]).unwrap_err();
        assert_eq!(nul.kind(), io::ErrorKind::InvalidInput);
    }

    #[test]
    fn cmd_inherits_no_password_unless_asked() {
        let vars = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (OsString::from(k), OsString::from(v)))
                .collect::<Vec<_>>()
        };
        let inherited = vars(&[
            ("PATH", "/bin"),
            ("NOTIFY_SOCKET", "/run/systemd/notify"),
            ("WATCHDOG_USEC", "10000000"),
            ("WATCHDOG_PID", "1"),
            ("ETCDKIT_PASSWORD", "s3cret"),
            ("ETCDCTL_PASSWORD", "s3cret"),
            ("ETCDKIT_USER", "root:s3cret"),
            ("ETCDCTL_USER", "root"),
        ]);
        let names = |env: Vec<CString>| -> Vec<String> {
            env.iter()
                .map(|c| c.to_string_lossy().into_owned())
                .collect()
        };
        let env = names(environment_from(inherited.clone().into_iter(), &[]).unwrap());
        assert_eq!(env, ["PATH=/bin", "ETCDCTL_USER=root"]);

        let mut asked = inherited;
        asked.extend(vars(&[(PASS_CREDENTIALS, "1")]));
        let env = names(environment_from(asked.into_iter(), &[]).unwrap());
        assert!(
            env.contains(&"ETCDKIT_PASSWORD=s3cret".to_string()),
            "{env:?}"
        );
        assert!(
            env.contains(&"ETCDKIT_USER=root:s3cret".to_string()),
            "{env:?}"
        );
    }
}
