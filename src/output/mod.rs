//! The one writer of results ([`Output`], this file), generic over where it writes:
//! stdout in the binary, a buffer in the unit tests. Text mode has one method per result
//! kind; JSON mode prints one object per line, which suits streams. The methods live in
//! one renderer file per result family: `status`, `holders`, `registry`, `queue`, `jobs`,
//! `keys`. Diagnostics go to stderr, never here. Beside them: `color` (decided once, at
//! start), `sanitize` (control characters escaped before they reach a terminal),
//! `progress_bar` (bars and counters on stderr), `status_line` (why a command waits; -q).

mod color;
mod holders;
mod jobs;
mod keys;
mod progress_bar;
mod queue;
mod registry;
mod sanitize;
mod status;
mod status_line;

pub use color::decide_color;
pub use progress_bar::{counter, job_bars, JobBars};
pub use queue::{Worked, Worker};
pub use sanitize::{sanitize, sanitize_bytes};
pub use status_line::{
    erase_after_ctrl_c, is_quiet, no_detail, note, note_after_key, set_logging, set_quiet, waiting,
};

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::time::Duration;

use colored::Colorize;
use serde::Serialize;

use crate::args::Format;
use etcdkit::admin::status::EndpointStatus;
use etcdkit::recipes::election::Leader;
use etcdkit::recipes::lock::Held;
use etcdkit::recipes::progress::{State, Update};
use etcdkit::recipes::pubsub::Message;
use etcdkit::recipes::queue::{ClaimInfo, Counts, DeadLetter, Encoded, Item};
use etcdkit::recipes::registry::{Change, Instance};

/// What one render did with one template (`render`).
#[derive(Debug, Serialize)]
pub struct RenderReport {
    pub template: std::path::PathBuf,
    pub dest: std::path::PathBuf,
    pub rev: i64,
    /// `installed`, `unchanged`, `refused` (by --check) or `failed` (the render).
    pub outcome: &'static str,
    pub error: Option<String>,
}

/// Milliseconds since the epoch as RFC 3339 UTC, the one time format of the JSON output.
fn rfc3339_ms(ms: u64) -> String {
    let at = std::time::UNIX_EPOCH + Duration::from_millis(ms);
    humantime::format_rfc3339_millis(at).to_string()
}

/// One contender of a lock or election (or instance of a service) as `inspect` shows it.
#[derive(Debug)]
pub struct Row {
    /// Place in line, from 1.
    pub position: usize,
    /// Whether it is among the holders.
    pub holds: bool,
    /// Its lease's time left (`None`: expired, or no lease).
    pub ttl: Option<Duration>,
    /// Who it is, if etcdkit recorded it.
    pub identity: Option<etcdkit::admin::holders::Identity>,
    pub contender: etcdkit::admin::holders::Contender,
}

impl Row {
    fn state(&self) -> &'static str {
        if self.holds {
            "holding"
        } else {
            "waiting"
        }
    }

    fn age(&self) -> Option<Duration> {
        self.identity.as_ref().and_then(|i| i.age())
    }

    fn who(&self) -> String {
        match &self.identity {
            Some(id) => {
                let ci = id
                    .ci
                    .as_deref()
                    .map(|c| format!(" {c}"))
                    .unwrap_or_default();
                format!("{} user {}{ci}", id.short(), id.user)
            }
            None => "- (no identity: etcdctl, Go or an older etcdkit)".into(),
        }
    }
}

/// Whole seconds, or `-`.
fn secs(d: Option<Duration>) -> String {
    d.map_or_else(
        || "-".into(),
        |d| humantime::format_duration(Duration::from_secs(d.as_secs())).to_string(),
    )
}

fn ms(d: Option<Duration>) -> Option<u64> {
    d.map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// The one writer of results: to stdout ([`Output::new`]) or, in tests, to any writer
/// ([`Output::to`]). One renderer file per result family adds its methods (status,
/// holders, registry, queue, jobs, keys); each prints text or one JSON object per line.
pub struct Output<W: Write = io::Stdout> {
    format: Format,
    out: W,
    /// Whether `out` is a terminal (a table instead of plain lines, for some results).
    terminal: bool,
}

impl Output {
    pub fn new(format: Format) -> Output {
        let out = io::stdout();
        Output {
            format,
            terminal: out.is_terminal(),
            out,
        }
    }
}

impl<W: Write> Output<W> {
    /// Results written to `out` (not a terminal).
    pub fn to(format: Format, out: W) -> Output<W> {
        Output {
            format,
            out,
            terminal: false,
        }
    }

    /// The writer, with everything written so far.
    pub fn into_inner(self) -> W {
        self.out
    }

    fn text_line(&mut self, line: &str) -> io::Result<()> {
        let out = &mut self.out;
        writeln!(out, "{line}")?;
        out.flush()
    }

    /// Raw text as it is (completion scripts, man pages).
    pub fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        let out = &mut self.out;
        out.write_all(bytes)?;
        out.flush()
    }

    /// Whether output is JSON (some results read more in JSON).
    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    fn json_line<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        let out = &mut self.out;
        serde_json::to_writer(&mut *out, value)?;
        out.write_all(b"\n")?;
        out.flush()
    }
}

fn human_bytes(n: i64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut value = n as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// What `render` writes through an [`Output`] in `format`, as text (no colour).
#[cfg(test)]
fn rendered(format: Format, render: impl FnOnce(&mut Output<Vec<u8>>) -> io::Result<()>) -> String {
    colored::control::set_override(false);
    let mut output = Output::to(format, Vec::new());
    render(&mut output).expect("writing into a buffer");
    String::from_utf8(output.into_inner()).expect("UTF-8 output")
}

#[cfg(test)]
mod tests {
    use super::human_bytes;

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(20480), "20.0 KiB");
        assert_eq!(human_bytes(3 * 1024 * 1024 / 2), "1.5 MiB");
    }
}
