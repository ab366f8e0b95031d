//! A guardian: a second process that stops CMD's process group by itself when the
//! supervisor (etcdkit) has not proven the lease alive in time, because the supervisor was
//! stopped (SIGSTOP, a debugger, a process starved by swap) and so could not stop CMD.
//!
//! The supervisor tells the guardian, over a pipe, two instants on the system-wide
//! monotonic clock: when to send the group SIGTERM (the moment the session counts as lost)
//! and when to send SIGKILL (just before the lease could expire). It moves both on with
//! every proven renewal. A guardian that is told nothing new in time acts on the last
//! instants it was told; one whose pipe closes (the supervision ended, or the supervisor
//! died: then CMD has its parent-death signal) exits at once.
//!
//! Before it first signals the group, the guardian writes one byte on a second pipe: once
//! CMD has ended, the supervisor learns whether the guardian stopped it without waiting
//! for the guardian to exit. Its exit (the teardown of a forked copy of etcdkit's address
//! space, a millisecond or more) is reaped later, off the path from CMD's end to the
//! release of what is held.
//!
//! The guardian is a `fork` of etcdkit that never execs and calls only async-signal-safe
//! system calls (`poll`, `read`, `clock_gettime`, `kill`, `close_range`, `_exit`): after a
//! fork of a threaded process nothing else is safe. It closes every other descriptor, so it
//! keeps no connection of etcdkit's open. Linux only, as the rest of `process`.

use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::sync::Mutex;
use std::time::Duration;

use nix::libc;
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::{ForkResult, Pid};
use tokio::time::Instant;

use crate::error::Result;

/// The guardian of one CMD's process group.
pub struct Guardian {
    pid: Pid,
    /// The writing end of the pipe the guardian reads its instants from (taken to close it).
    tell: Option<OwnedFd>,
    /// The reading end (non-blocking) of the pipe the guardian writes a byte to before it
    /// signals CMD's group.
    signalled: OwnedFd,
}

/// Guardians told to end that had not exited yet: reaped (without waiting) when the next
/// guardian starts or ends, so a long-running worker leaves no zombies behind.
static EXITING: Mutex<Vec<Pid>> = Mutex::new(Vec::new());

/// Reaps the guardians of [`EXITING`] that have exited.
fn reap_exited() {
    let mut exiting = EXITING.lock().unwrap_or_else(|e| e.into_inner());
    exiting.retain(|&pid| {
        matches!(
            waitpid(pid, Some(WaitPidFlag::WNOHANG)),
            Ok(WaitStatus::StillAlive)
        )
    });
}

impl Guardian {
    /// Starts the guardian of process group `group`, to send it SIGTERM at `term_at` and
    /// SIGKILL at `kill_at` unless told later instants first ([`Guardian::tell`]).
    ///
    /// Errors: `Io` if the pipe or the fork fails.
    pub fn start(group: Pid, term_at: Instant, kill_at: Instant) -> Result<Guardian> {
        reap_exited();
        // Close-on-exec, as std makes every pipe: CMDs started later do not inherit them.
        let (read, write) = std::io::pipe()?;
        let (read, write): (OwnedFd, OwnedFd) = (read.into(), write.into());
        let (signalled, reports) = std::io::pipe()?;
        let (signalled, reports): (OwnedFd, OwnedFd) = (signalled.into(), reports.into());
        // SAFETY: fcntl on a descriptor we own.
        if unsafe { libc::fcntl(signalled.as_raw_fd(), libc::F_SETFL, libc::O_NONBLOCK) } < 0 {
            return Err(std::io::Error::last_os_error().into());
        }
        let (term_ns, kill_ns) = (monotonic_ns(term_at), monotonic_ns(kill_at));
        // SAFETY: the child runs `guard` only, which makes async-signal-safe system calls
        // and never returns; the parent goes on as usual.
        match unsafe { nix::unistd::fork() }.map_err(std::io::Error::from)? {
            ForkResult::Child => unsafe {
                guard(
                    read.as_raw_fd(),
                    reports.as_raw_fd(),
                    group.as_raw(),
                    term_ns,
                    kill_ns,
                )
            },
            ForkResult::Parent { child } => {
                drop((read, reports));
                Ok(Guardian {
                    pid: child,
                    tell: Some(write),
                    signalled,
                })
            }
        }
    }

    /// Moves the instants on (after a proven renewal). A guardian that has already sent
    /// SIGTERM goes on to SIGKILL: a stop is never taken back.
    pub fn tell(&self, term_at: Instant, kill_at: Instant) {
        let mut message = [0u8; 16];
        message[..8].copy_from_slice(&monotonic_ns(term_at).to_ne_bytes());
        message[8..].copy_from_slice(&monotonic_ns(kill_at).to_ne_bytes());
        // 16 bytes are written whole (under PIPE_BUF); a guardian that exited reads nothing.
        if let Some(tell) = &self.tell {
            let _ = nix::unistd::write(tell, &message);
        }
    }
}

impl Guardian {
    /// Ends the guardian: it sees its pipe close and exits by itself, reaped later (see
    /// the module doc). True if it had signalled CMD's group.
    pub fn end(self) -> bool {
        let mut byte = [0u8; 1];
        matches!(nix::unistd::read(&self.signalled, &mut byte), Ok(1))
    }
}

impl Drop for Guardian {
    fn drop(&mut self) {
        drop(self.tell.take());
        EXITING
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(self.pid);
        reap_exited();
    }
}

/// `at` as nanoseconds of `CLOCK_MONOTONIC`, the clock both processes read.
fn monotonic_ns(at: Instant) -> i64 {
    let now = Instant::now();
    let base = clock_ns();
    if at >= now {
        base.saturating_add(duration_ns(at - now))
    } else {
        base.saturating_sub(duration_ns(now - at))
    }
}

fn duration_ns(d: Duration) -> i64 {
    i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)
}

fn clock_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid pointer to a timespec; CLOCK_MONOTONIC always exists on Linux.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    // Both fields are i64 on 64-bit Linux, the only target of `process`.
    ts.tv_sec
        .saturating_mul(1_000_000_000)
        .saturating_add(ts.tv_nsec)
}

/// The guardian's whole life, in the forked child: waits on `pipe` for new instants until
/// the next one is due, then writes a byte to `report` and signals `group`; exits when the
/// pipe closes or after SIGKILL.
///
/// # Safety
///
/// Only in the child of a fork: it closes every descriptor but `pipe` and `report`, and
/// never returns.
unsafe fn guard(
    pipe: RawFd,
    report: RawFd,
    group: libc::pid_t,
    mut term_at: i64,
    mut kill_at: i64,
) -> ! {
    // Keep nothing of etcdkit's open (connections, the pipe's writing end) but the pipe
    // and the standard streams.
    // The termination signals are etcdkit's to handle: its handlers, inherited, would
    // write to descriptors closed below. The guardian ends when its pipe closes. Nor does
    // it stop with etcdkit's group (Ctrl-Z): that is when it is needed.
    for signal in [
        libc::SIGINT,
        libc::SIGTERM,
        libc::SIGHUP,
        libc::SIGQUIT,
        libc::SIGPIPE,
        libc::SIGTSTP,
        libc::SIGTTIN,
        libc::SIGTTOU,
    ] {
        libc::signal(signal, libc::SIG_IGN);
    }
    let (low, high) = (
        pipe.min(report) as libc::c_uint,
        pipe.max(report) as libc::c_uint,
    );
    if low > 3 {
        libc::syscall(libc::SYS_close_range, 3 as libc::c_uint, low - 1, 0);
    }
    if high > low + 1 {
        libc::syscall(libc::SYS_close_range, low + 1, high - 1, 0);
    }
    libc::syscall(libc::SYS_close_range, high + 1, libc::c_uint::MAX, 0);
    let mut message = [0u8; 16];
    let mut have = 0usize;
    let mut termed = false;
    loop {
        let due = if termed { kill_at } else { term_at };
        let now = clock_ns();
        if now >= due {
            if termed {
                libc::kill(-group, libc::SIGKILL);
                libc::_exit(0);
            }
            // Before the signal: the supervisor reads it once CMD has ended.
            libc::write(report, [1u8].as_ptr().cast(), 1);
            libc::kill(-group, libc::SIGTERM);
            // A group stopped from its terminal (Ctrl-Z) acts on SIGTERM only once
            // continued; SIGKILL needs no such help.
            libc::kill(-group, libc::SIGCONT);
            termed = true;
            continue;
        }
        let wait_ms = ((due - now) / 1_000_000 + 1).min(i64::from(i32::MAX)) as libc::c_int;
        let mut fds = libc::pollfd {
            fd: pipe,
            events: libc::POLLIN,
            revents: 0,
        };
        if libc::poll(&mut fds, 1, wait_ms) <= 0 {
            continue; // timed out (the top of the loop acts) or interrupted
        }
        let n = libc::read(
            pipe,
            message.as_mut_ptr().add(have).cast(),
            message.len() - have,
        );
        if n == 0 || (n < 0 && *libc::__errno_location() != libc::EINTR) {
            libc::_exit(0); // the supervision ended
        }
        if n > 0 {
            have += n as usize;
        }
        if have == message.len() {
            have = 0;
            let mut word = [0u8; 8];
            word.copy_from_slice(&message[..8]);
            term_at = i64::from_ne_bytes(word);
            word.copy_from_slice(&message[8..]);
            kill_at = i64::from_ne_bytes(word);
        }
    }
}
