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
//! for the guardian to exit, which is reaped later.
//!
//! The guardian shares etcdkit's memory (`clone(CLONE_VM)` onto a small stack of its own,
//! as `spawn` starts CMD, but without suspending etcdkit): a `fork` copied etcdkit's page
//! tables and made both processes fault on every page written afterwards, 0.2 ms of a
//! `lock X -- true` and as much again on the way to the release (docs/benchmarks.md).
//! Being another process, it runs while etcdkit is stopped, and its copy of the descriptor
//! table is its own. Sharing memory with a running etcdkit, it must not touch any of it:
//! it reads its arguments from its own stack, makes raw system calls only (a libc wrapper
//! that fails writes `errno`, which is etcdkit's thread's: a failed `kill` could change
//! what etcdkit reads after its own failed call), allocates nothing, takes no lock, and
//! never panics. It starts with every signal blocked and keeps them so: no handler of
//! etcdkit's runs in it, and only SIGKILL ends it early. Its stack is unmapped once it
//! has been reaped. On architectures other than x86_64 and aarch64 it is a `fork` (the
//! raw calls are then libc's, on memory of its own). It closes every other descriptor,
//! so it keeps no connection of etcdkit's open. Linux only, as the rest of `process`.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::sync::Mutex;
use std::time::Duration;

use nix::errno::Errno;
use nix::libc;
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;
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
    /// The guardian's stack (`None` for a forked guardian), kept until it is reaped.
    stack: Option<Stack>,
}

/// What the guardian needs, placed on its own stack before it starts.
#[derive(Clone, Copy)]
struct Orders {
    pipe: RawFd,
    report: RawFd,
    group: libc::pid_t,
    term_at: i64,
    kill_at: i64,
}

/// A guardian told to end that had not exited yet, with its stack.
struct Exiting {
    pid: Pid,
    _stack: Option<Stack>,
}

/// Guardians told to end that had not exited yet: reaped (without waiting) when the next
/// guardian starts or ends, so a long-running worker leaves no zombies behind, and their
/// stacks unmapped then.
static EXITING: Mutex<Vec<Exiting>> = Mutex::new(Vec::new());

/// Reaps the guardians of [`EXITING`] that have exited, unmapping their stacks.
fn reap_exited() {
    let mut exiting = EXITING.lock().unwrap_or_else(|e| e.into_inner());
    exiting.retain(
        |guardian| match waitpid(guardian.pid, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::Exited(..) | WaitStatus::Signaled(..)) => false,
            // Reaped by someone else: gone too.
            Err(Errno::ECHILD) => false,
            _ => true,
        },
    );
}

impl Guardian {
    /// Starts the guardian of process group `group`, to send it SIGTERM at `term_at` and
    /// SIGKILL at `kill_at` unless told later instants first ([`Guardian::tell`]).
    ///
    /// Errors: `Io` if a pipe, the stack or the process cannot be made.
    pub fn start(group: Pid, term_at: Instant, kill_at: Instant) -> Result<Guardian> {
        reap_exited();
        // Close-on-exec, as std makes every pipe: CMDs started later do not inherit them.
        let (read, write) = std::io::pipe()?;
        let (read, write): (OwnedFd, OwnedFd) = (read.into(), write.into());
        let (signalled, reports) = std::io::pipe()?;
        let (signalled, reports): (OwnedFd, OwnedFd) = (signalled.into(), reports.into());
        // SAFETY: fcntl on a descriptor we own.
        if unsafe { libc::fcntl(signalled.as_raw_fd(), libc::F_SETFL, libc::O_NONBLOCK) } < 0 {
            return Err(io::Error::last_os_error().into());
        }
        let orders = Orders {
            pipe: read.as_raw_fd(),
            report: reports.as_raw_fd(),
            group: group.as_raw(),
            term_at: monotonic_ns(term_at),
            kill_at: monotonic_ns(kill_at),
        };
        let (pid, stack) = launch(orders)?;
        // The guardian has copies of its ends (its descriptor table is its own).
        drop((read, reports));
        Ok(Guardian {
            pid,
            tell: Some(write),
            signalled,
            stack,
        })
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

    /// The guardian's process id.
    pub fn pid(&self) -> Pid {
        self.pid
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
            .push(Exiting {
                pid: self.pid,
                _stack: self.stack.take(),
            });
        reap_exited();
    }
}

/// The guardian's stack: a private anonymous mapping with an inaccessible page (of the
/// system's page size: 4 KiB, or up to 64 KiB on aarch64) below it,
/// shared with the guardian through `CLONE_VM`, unmapped when dropped (only once the
/// guardian has been reaped).
struct Stack {
    base: usize,
    len: usize,
}

/// The guardian's stack size: `guard`'s frame and the system calls' need a few hundred
/// bytes; the kernel maps only the pages touched.
const STACK_BYTES: usize = 64 * 1024;

impl Stack {
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    fn map() -> io::Result<Stack> {
        // SAFETY: sysconf reads a constant of the system.
        let page = match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
            size if size > 0 => size as usize,
            _ => 4096,
        };
        let len = STACK_BYTES + page;
        // SAFETY: a fresh anonymous mapping, touching no existing memory.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_STACK,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let stack = Stack {
            base: base as usize,
            len,
        };
        // The lowest page guards against an overflow running into other memory.
        // SAFETY: the first page of the mapping just made.
        if unsafe { libc::mprotect(base, page, libc::PROT_NONE) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(stack)
    }

    /// The highest 16-byte aligned address below the top with room for `Orders`.
    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    fn orders_slot(&self) -> *mut Orders {
        let top = self.base + self.len;
        ((top - size_of::<Orders>()) & !15) as *mut Orders
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        // SAFETY: the mapping made in `map`, used by no one once its guardian is reaped.
        unsafe { libc::munmap(self.base as *mut libc::c_void, self.len) };
    }
}

/// Starts the guardian sharing our memory, with every signal blocked (it keeps them so).
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
fn launch(orders: Orders) -> io::Result<(Pid, Option<Stack>)> {
    let stack = Stack::map()?;
    let slot = stack.orders_slot();
    // SAFETY: the slot is inside the fresh mapping, aligned, and no one else's.
    unsafe { slot.write(orders) };
    let pid = super::spawn::with_signals_blocked(|| {
        // SAFETY: the guardian starts below its orders on a stack of its own, reads only
        // them and keeps to raw system calls (see `guard`); the stack outlives it (kept
        // until it is reaped).
        unsafe {
            libc::clone(
                guardian_main,
                slot.cast(),
                libc::CLONE_VM | libc::SIGCHLD,
                slot.cast(),
            )
        }
    })?;
    Ok((Pid::from_raw(pid), Some(stack)))
}

/// Starts the guardian as a fork, with every signal blocked (it keeps them so).
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
fn launch(orders: Orders) -> io::Result<(Pid, Option<Stack>)> {
    let pid = super::spawn::with_signals_blocked(|| {
        // SAFETY: the child runs `guard` only, which makes async-signal-safe system calls
        // and never returns.
        match unsafe { libc::fork() } {
            0 => unsafe { guard(orders) },
            pid => pid,
        }
    })?;
    Ok((Pid::from_raw(pid), None))
}

/// The guardian's entry point after `clone`.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
extern "C" fn guardian_main(orders: *mut libc::c_void) -> libc::c_int {
    // SAFETY: `launch` put the orders there, on this process's own stack.
    let orders = unsafe { *(orders as *const Orders) };
    // SAFETY: this is the guardian, started by `launch`.
    unsafe { guard(orders) }
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

/// `CLOCK_MONOTONIC` in nanoseconds, by a raw system call (the guardian reads it too).
fn clock_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid pointer to a timespec; CLOCK_MONOTONIC always exists on Linux.
    unsafe {
        sys::call(
            libc::SYS_clock_gettime,
            [
                libc::CLOCK_MONOTONIC as usize,
                &raw mut ts as usize,
                0,
                0,
                0,
            ],
        )
    };
    // Both fields are i64 on 64-bit Linux, the only target of `process`.
    ts.tv_sec
        .saturating_mul(1_000_000_000)
        .saturating_add(ts.tv_nsec)
}

/// The guardian's whole life: waits on `pipe` for new instants until the next one is
/// due, then writes a byte to `report` and signals `group`; exits when the pipe closes
/// or after SIGKILL.
///
/// Only raw system calls ([`sys::call`]), on its own stack and its own descriptors;
/// nothing that allocates, locks, touches thread-local storage (errno) or can panic, so
/// that it may share a running etcdkit's memory.
///
/// # Safety
///
/// Only in the guardian started by `launch`: it closes every descriptor but `pipe` and
/// `report`, and never returns.
unsafe fn guard(orders: Orders) -> ! {
    let Orders {
        pipe,
        report,
        group,
        mut term_at,
        mut kill_at,
    } = orders;
    // Keep nothing of etcdkit's open (connections, the pipe's writing end) but the pipe
    // and the standard streams.
    let (low, high) = (pipe.min(report) as usize, pipe.max(report) as usize);
    let close_range = |first: usize, last: usize| {
        sys::call(libc::SYS_close_range, [first, last, 0, 0, 0]);
    };
    if low > 3 {
        close_range(3, low - 1);
    }
    if high > low + 1 {
        close_range(low + 1, high - 1);
    }
    close_range(high + 1, libc::c_uint::MAX as usize);
    let kill = |signal: libc::c_int| {
        sys::call(
            libc::SYS_kill,
            [group.wrapping_neg() as usize, signal as usize, 0, 0, 0],
        );
    };
    let mut message = [0u8; 16];
    let mut have = 0usize;
    let mut termed = false;
    loop {
        let due = if termed { kill_at } else { term_at };
        let now = clock_ns();
        if now >= due {
            if termed {
                kill(libc::SIGKILL);
                sys::call(libc::SYS_exit_group, [0, 0, 0, 0, 0]);
            }
            // Before the signal: the supervisor reads it once CMD has ended.
            let byte = [1u8];
            sys::call(
                libc::SYS_write,
                [report as usize, byte.as_ptr() as usize, 1, 0, 0],
            );
            kill(libc::SIGTERM);
            // A group stopped from its terminal (Ctrl-Z) acts on SIGTERM only once
            // continued; SIGKILL needs no such help.
            kill(libc::SIGCONT);
            termed = true;
            continue;
        }
        let wait = due.saturating_sub(now);
        let timeout = libc::timespec {
            tv_sec: wait / 1_000_000_000,
            tv_nsec: wait % 1_000_000_000,
        };
        let mut fds = libc::pollfd {
            fd: pipe,
            events: libc::POLLIN,
            revents: 0,
        };
        let ready = sys::call(
            libc::SYS_ppoll,
            [&raw mut fds as usize, 1, &raw const timeout as usize, 0, 0],
        );
        if ready <= 0 {
            continue; // timed out (the top of the loop acts) or interrupted
        }
        let n = sys::call(
            libc::SYS_read,
            [
                pipe as usize,
                message.as_mut_ptr().wrapping_add(have) as usize,
                message.len().wrapping_sub(have),
                0,
                0,
            ],
        );
        if n == 0 || (n < 0 && n != -(libc::EINTR as isize)) {
            sys::call(libc::SYS_exit_group, [0, 0, 0, 0, 0]); // the supervision ended
        }
        if n > 0 {
            have = have.wrapping_add(n as usize);
        }
        if have == message.len() {
            have = 0;
            let (term, kill) = message.split_at(8);
            let mut word = [0u8; 8];
            word.copy_from_slice(term);
            term_at = i64::from_ne_bytes(word);
            word.copy_from_slice(kill);
            kill_at = i64::from_ne_bytes(word);
        }
    }
}

/// System calls without libc: the result as the kernel returns it (`-errno` on failure),
/// and nothing written anywhere else. The guardian shares etcdkit's memory, `errno`
/// included.
mod sys {
    use nix::libc;

    /// System call `number` with five arguments (unused ones 0).
    ///
    /// # Safety
    ///
    /// As the system call: pointers among the arguments must be valid for it.
    #[cfg(target_arch = "x86_64")]
    pub unsafe fn call(number: libc::c_long, args: [usize; 5]) -> isize {
        let result: isize;
        std::arch::asm!(
            "syscall",
            inlateout("rax") number as isize => result,
            in("rdi") args[0],
            in("rsi") args[1],
            in("rdx") args[2],
            in("r10") args[3],
            in("r8") args[4],
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
        result
    }

    /// System call `number` with five arguments (unused ones 0).
    ///
    /// # Safety
    ///
    /// As the system call: pointers among the arguments must be valid for it.
    #[cfg(target_arch = "aarch64")]
    pub unsafe fn call(number: libc::c_long, args: [usize; 5]) -> isize {
        let result: isize;
        std::arch::asm!(
            "svc 0",
            in("x8") number as usize,
            inlateout("x0") args[0] as isize => result,
            in("x1") args[1],
            in("x2") args[2],
            in("x3") args[3],
            in("x4") args[4],
            options(nostack),
        );
        result
    }

    /// System call `number` through libc, where the guardian is a fork with memory (and
    /// `errno`) of its own.
    ///
    /// # Safety
    ///
    /// As the system call: pointers among the arguments must be valid for it.
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    pub unsafe fn call(number: libc::c_long, args: [usize; 5]) -> isize {
        let result = libc::syscall(number, args[0], args[1], args[2], args[3], args[4]);
        if result < 0 {
            -(*libc::__errno_location() as isize)
        } else {
            result as isize
        }
    }
}
