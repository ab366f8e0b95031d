//! Why a command waits: one live spinner line on stderr while `lock`, `elect`, `discover
//! --wait-for`, `queue pop/work` or `wait` blocks, e.g.
//! `⠋ waiting for lock nightly: held by db-2 (pid 4121, ./backup.sh) for 5m 12s; 2 waiting
//! ahead (40s)`. Only when stderr is a terminal and not `-q`; it appears after a short wait
//! (a quick acquisition never flashes) and is erased before anything else is printed or
//! CMD starts. `-q` also silences etcdkit's notes (see [`note`]); with `-v` the log lines
//! take its place.

use std::future::Future;
use std::io::{self, IsTerminal};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::sanitize;

static QUIET: AtomicBool = AtomicBool::new(false);

/// `-v` logs go to stderr line by line: a spinner redrawn between them would tear them.
static LOGGING: AtomicBool = AtomicBool::new(false);

/// `-v` or `ETCDKIT_LOG`: log lines take the place of the status line.
pub fn set_logging(on: bool) {
    LOGGING.store(on, Ordering::Relaxed);
}

/// A status line was on screen when its wait was abandoned (a signal ended the command).
static ABANDONED: AtomicBool = AtomicBool::new(false);

/// After SIGINT from the keyboard ended a command while its status line showed. The
/// terminal echoed `^C` after the line, and indicatif keeps the cursor at the line's right
/// edge, so the echo went to the next row and erasing the line erased that row instead:
/// this erases the line's own row (the cursor stays there, for the note that follows).
pub fn erase_after_ctrl_c() {
    if ABANDONED.load(Ordering::Relaxed) && echoes_control_keys() {
        eprint!("\x1b[1A\r\x1b[2K");
    }
}

/// Whether stderr is a terminal that echoes Ctrl-C and Ctrl-Z as `^C` and `^Z`.
fn echoes_control_keys() -> bool {
    use nix::sys::termios::{tcgetattr, LocalFlags};
    let echoed = LocalFlags::ISIG | LocalFlags::ECHO | LocalFlags::ECHOCTL;
    tcgetattr(io::stderr()).is_ok_and(|t| t.local_flags.contains(echoed))
}

/// [`note`] right after a key the terminal echoed (`^Z`): on a line of its own.
pub fn note_after_key(text: &str) {
    if !is_quiet() && echoes_control_keys() {
        eprintln!();
    }
    note(text);
}

/// How long a wait lasts before its status line appears.
const SHOW_AFTER: Duration = Duration::from_millis(250);

/// How often the detail (who holds, how many ahead) is read again.
const REFRESH: Duration = Duration::from_secs(1);

/// `-q`: no status lines, counters or notes on stderr; results and errors only.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

pub fn is_quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// An informational line on stderr (`etcdkit: ...`), unless `-q`. Warnings and errors are
/// printed whatever `-q` says.
pub fn note(text: &str) {
    if !is_quiet() {
        eprintln!("etcdkit: {text}");
    }
}

/// Awaits `wait` while a status line `waiting for {what}` is shown (on a terminal, not
/// `-q`), with the text `detail` gives (read every second; `None` keeps the last one)
/// after a colon. The line is erased when `wait` ends.
pub async fn waiting<T, D, F>(what: &str, wait: impl Future<Output = T>, mut detail: D) -> T
where
    D: FnMut() -> F,
    F: Future<Output = Option<String>>,
{
    tokio::pin!(wait);
    crate::service::waiting(what);
    if is_quiet() || LOGGING.load(Ordering::Relaxed) || !io::stderr().is_terminal() {
        return wait.await;
    }
    tokio::select! {
        done = &mut wait => return done,
        _ = tokio::time::sleep(SHOW_AFTER) => {}
    }
    // Erased also when the wait is abandoned (a signal ends the command): indicatif leaves
    // a dropped line on screen by default.
    let line =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr())
            .with_finish(indicatif::ProgressFinish::AndClear);
    let style = indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
    line.set_style(style);
    let what = format!("waiting for {}", sanitize(what));
    line.set_message(what.clone());
    line.enable_steady_tick(Duration::from_millis(100));
    // Dropped before the end (a signal ended the command), indicatif erases the line; see
    // `erase_after_ctrl_c` for what is left to do.
    ABANDONED.store(true, Ordering::Relaxed);
    let done = loop {
        let next = detail();
        tokio::pin!(next);
        let found = tokio::select! {
            done = &mut wait => break done,
            found = &mut next => found,
        };
        if let Some(d) = found {
            line.set_message(format!("{what}: {}", sanitize(&d)));
        }
        tokio::select! {
            done = &mut wait => break done,
            _ = tokio::time::sleep(REFRESH) => {}
        }
    };
    line.finish_and_clear();
    ABANDONED.store(false, Ordering::Relaxed);
    done
}

/// No detail beyond what is awaited.
pub async fn no_detail() -> Option<String> {
    None
}
