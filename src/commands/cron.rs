//! The cron and CI knobs around one run of CMD (`lock`, `once`, `elect`, `barrier`,
//! `job-progress run`; docs/cron.md): `--splay` before contending, `--max-runtime` and
//! `--quiet-unless-failed` on CMD, then `--report-textfile` and `--ping` with the outcome.
//!
//! Every invocation ends as one of three outcomes: a **run** (CMD started: success if it
//! exited 0, otherwise a failure), a **skip** (CMD never started because NAME was busy or
//! not due: exit 3 before CMD), or a **failure** before CMD (etcd unreachable, a lost
//! session). Skips ping nothing: another host ran the job.

use std::ffi::OsString;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Result;

use crate::args::RunArgs;
use crate::exit::Exit;
use crate::output::{self, note};
use etcdkit::error::Error;
use etcdkit::process::shutdown::Shutdown;
use etcdkit::process::supervise::{Captured, Child};

/// How long a ping may take.
const PING_TIMEOUT: Duration = Duration::from_secs(10);

/// One run of CMD under the knobs.
pub struct Run<'a> {
    knobs: &'a RunArgs,
    /// The subcommand and NAME, for the status line and the textfile's labels.
    command: &'static str,
    name: &'a str,
    /// When CMD started (`None`: it did not).
    started: Option<SystemTime>,
    captured: Option<Captured>,
}

impl<'a> Run<'a> {
    pub fn new(knobs: &'a RunArgs, command: &'static str, name: &'a str) -> Run<'a> {
        Run {
            knobs,
            command,
            name,
            started: None,
            captured: None,
        }
    }

    /// `--splay`: a random wait in [0, DUR) before contending, said on the status line.
    ///
    /// Errors: `Interrupted` by a termination signal.
    pub async fn splay(&self, shutdown: &Shutdown) -> Result<(), Error> {
        let Some(most) = self.knobs.splay.filter(|d| !d.is_zero()) else {
            return Ok(());
        };
        let wait = most.mul_f64(fastrand::f64());
        let what = format!(
            "--splay ({} of {}) before {} {}",
            humantime::format_duration(Duration::from_millis(wait.as_millis() as u64)),
            humantime::format_duration(most),
            self.command,
            self.name
        );
        tokio::select! {
            () = output::waiting(&what, tokio::time::sleep(wait), output::no_detail) => Ok(()),
            sig = shutdown.signalled() => Err(Error::Interrupted(sig)),
        }
    }

    /// Starts CMD as the knobs say: `/start` pinged first, its output kept back with
    /// `--quiet-unless-failed`, stopped at `--max-runtime`.
    ///
    /// Errors: as [`super::spawn_cmd`].
    pub async fn spawn(
        &mut self,
        cmd: &[OsString],
        env: &[(&str, String)],
        input: Option<Vec<u8>>,
    ) -> Result<Child, Error> {
        self.started = Some(SystemTime::now());
        if let Some(url) = &self.knobs.ping {
            ping(&format!("{url}/start"), String::new()).await;
        }
        let child = if self.knobs.quiet_unless_failed {
            let (child, captured) = Child::spawn_captured(cmd, env, input)?;
            self.captured = Some(captured);
            super::with_notes(child)
        } else {
            super::spawn_cmd(cmd, env, input)?
        };
        Ok(child.with_max_runtime(self.knobs.max_runtime))
    }

    /// After the run or the skip: the kept output if it failed, the textfile, the ping.
    /// Returns `outcome` as it was: a report that cannot be written or a ping that fails is
    /// a warning, never the run's failure.
    pub async fn finish(self, outcome: Result<Exit>) -> Result<Exit> {
        let code = match &outcome {
            Ok(exit) => exit.0,
            Err(e) => Exit::for_error(e).0,
        };
        let kind = match (self.started, code) {
            (Some(_), 0) => Kind::Success,
            (None, 3) => Kind::Skip,
            _ => Kind::Failure,
        };
        if let Some(captured) = self.captured {
            let (stdout, stderr) = captured.take().await;
            if kind == Kind::Failure {
                use std::io::Write;
                let _ = std::io::stdout().write_all(&stdout.joined());
                let _ = std::io::stderr().write_all(&stderr.joined());
            }
        }
        let ended = SystemTime::now();
        if let Some(dir) = &self.knobs.report_textfile {
            let report = Report {
                command: self.command,
                name: self.name,
                kind,
                code,
                started: self.started,
                ended,
            };
            if let Err(e) = report.write(dir) {
                eprintln!("etcdkit: warning: --report-textfile {}: {e}", dir.display());
            }
        }
        match (&self.knobs.ping, kind) {
            (Some(url), Kind::Success) => ping(url, "exit 0\n".into()).await,
            (Some(url), Kind::Failure) => {
                ping(&format!("{url}/fail"), format!("exit {code}\n")).await
            }
            _ => {}
        }
        outcome
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Success,
    Skip,
    Failure,
}

/// POSTs `body` to `url` within [`PING_TIMEOUT`]; a failure is a note (`-q` silences it).
async fn ping(url: &str, body: String) {
    let target = url.to_string();
    let sent = tokio::task::spawn_blocking(move || {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(PING_TIMEOUT))
            .user_agent(concat!("etcdkit/", env!("CARGO_PKG_VERSION")))
            .build()
            .new_agent();
        agent.post(&target).send(body).map(|_| ())
    })
    .await;
    match sent {
        Ok(Ok(())) => {}
        Ok(Err(e)) => note(&format!("--ping {url}: {e} (the run goes on)")),
        Err(e) => note(&format!("--ping {url}: {e}")),
    }
}

/// One node_exporter textfile: the last run of NAME on this host, and the counts so far.
struct Report<'a> {
    command: &'static str,
    name: &'a str,
    kind: Kind,
    code: u8,
    started: Option<SystemTime>,
    ended: SystemTime,
}

/// The metrics that are counts, carried over from the previous file.
const COUNTERS: [&str; 3] = [
    "etcdkit_runs_total",
    "etcdkit_skips_total",
    "etcdkit_failures_total",
];

impl Report<'_> {
    /// Writes `DIR/etcdkit_<command>_<name>.prom` whole (a staged file renamed over it, as
    /// node_exporter asks), the counters carried over from the file it replaces.
    fn write(&self, dir: &Path) -> std::io::Result<()> {
        let path = dir.join(format!(
            "etcdkit_{}_{}.prom",
            self.command,
            file_part(self.name)
        ));
        let previous = std::fs::read_to_string(&path).unwrap_or_default();
        let text = self.text(&previous);
        let mut staged = tempfile::Builder::new()
            .prefix(".etcdkit_")
            .suffix(".prom.tmp")
            .tempfile_in(dir)?;
        std::io::Write::write_all(&mut staged, text.as_bytes())?;
        use std::os::unix::fs::PermissionsExt;
        staged
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
        staged.persist(&path).map_err(|e| e.error)?;
        Ok(())
    }

    /// The file's text, given the previous one's (for its counters and last values).
    fn text(&self, previous: &str) -> String {
        let host = nix::unistd::gethostname()
            .map(|h| h.to_string_lossy().into_owned())
            .unwrap_or_default();
        let labels = format!(
            "command=\"{}\",name=\"{}\",host=\"{}\"",
            self.command,
            escape(self.name),
            escape(&host)
        );
        let old = |metric: &str| last_value(previous, metric);
        let seconds = |t: SystemTime| {
            t.duration_since(UNIX_EPOCH)
                .unwrap_or_default()
                .as_secs_f64()
        };
        let (runs, skips, failures) = (old(COUNTERS[0]), old(COUNTERS[1]), old(COUNTERS[2]));
        let (mut runs, mut skips, mut failures) = (
            runs.unwrap_or(0.0),
            skips.unwrap_or(0.0),
            failures.unwrap_or(0.0),
        );
        match self.kind {
            Kind::Skip => skips += 1.0,
            Kind::Success => runs += 1.0,
            Kind::Failure => {
                failures += 1.0;
                if self.started.is_some() {
                    runs += 1.0;
                }
            }
        }
        // A skip leaves the last run's values as they were.
        let (code, start, end, duration) = match (self.kind, self.started) {
            (Kind::Skip, _) => (
                old("etcdkit_last_exit_code"),
                old("etcdkit_last_start_timestamp_seconds"),
                old("etcdkit_last_end_timestamp_seconds"),
                old("etcdkit_last_duration_seconds"),
            ),
            (_, started) => (
                Some(f64::from(self.code)),
                started.map(seconds),
                Some(seconds(self.ended)),
                started.map(|s| {
                    self.ended
                        .duration_since(s)
                        .unwrap_or_default()
                        .as_secs_f64()
                }),
            ),
        };
        let success = match self.kind {
            Kind::Success => Some(seconds(self.ended)),
            _ => old("etcdkit_last_success_timestamp_seconds"),
        };
        let skip = match self.kind {
            Kind::Skip => Some(seconds(self.ended)),
            _ => old("etcdkit_last_skip_timestamp_seconds"),
        };
        let metrics: [(&str, &str, &str, Option<f64>); 10] = [
            (
                "etcdkit_last_exit_code",
                "gauge",
                "Exit code of the last run (CMD's; etcdkit's own if it failed before CMD)",
                code,
            ),
            (
                "etcdkit_last_start_timestamp_seconds",
                "gauge",
                "When the last run's CMD started",
                start,
            ),
            (
                "etcdkit_last_end_timestamp_seconds",
                "gauge",
                "When the last run ended",
                end,
            ),
            (
                "etcdkit_last_duration_seconds",
                "gauge",
                "How long the last run's CMD ran",
                duration,
            ),
            (
                "etcdkit_last_success_timestamp_seconds",
                "gauge",
                "When a run last succeeded on this host",
                success,
            ),
            (
                "etcdkit_last_skip_timestamp_seconds",
                "gauge",
                "When this host last skipped (busy, or not due)",
                skip,
            ),
            (
                COUNTERS[0],
                "counter",
                "Runs on this host: CMD started",
                Some(runs),
            ),
            (
                COUNTERS[1],
                "counter",
                "Skips on this host: busy under --try or --timeout, or not due",
                Some(skips),
            ),
            (
                COUNTERS[2],
                "counter",
                "Failed runs on this host (CMD exited non-zero, was stopped, or never started)",
                Some(failures),
            ),
            (
                "etcdkit_report_version",
                "gauge",
                "The layout of this file",
                Some(1.0),
            ),
        ];
        let mut text = String::new();
        for (metric, kind, help, value) in metrics {
            let Some(value) = value else { continue };
            text.push_str(&format!(
                "# HELP {metric} {help}\n# TYPE {metric} {kind}\n{metric}{{{labels}}} {value}\n"
            ));
        }
        text
    }
}

/// The value of `metric`'s sample in a file this module wrote.
fn last_value(text: &str, metric: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.starts_with(metric) && l[metric.len()..].starts_with('{'))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

/// A label value with `\`, `"` and newlines escaped (the text format's rule).
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// NAME as part of a file name: letters, digits, `-`, `_` and `.` kept, the rest `_`.
fn file_part(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' | '.' => c,
            _ => '_',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(kind: Kind, code: u8) -> Report<'static> {
        let at = UNIX_EPOCH + Duration::from_secs(1_000);
        Report {
            command: "lock",
            name: "nightly \"backup\"",
            kind,
            code,
            started: (kind != Kind::Skip).then_some(at),
            ended: at + Duration::from_secs(3),
        }
    }

    #[test]
    fn counters_carry_over_and_a_skip_keeps_the_last_run() {
        let first = report(Kind::Success, 0).text("");
        assert_eq!(last_value(&first, "etcdkit_runs_total"), Some(1.0));
        assert_eq!(
            last_value(&first, "etcdkit_last_duration_seconds"),
            Some(3.0)
        );
        assert_eq!(
            last_value(&first, "etcdkit_last_success_timestamp_seconds"),
            Some(1003.0)
        );
        assert!(first.contains(r#"name="nightly \"backup\"""#), "{first}");
        let second = report(Kind::Skip, 3).text(&first);
        assert_eq!(last_value(&second, "etcdkit_skips_total"), Some(1.0));
        assert_eq!(last_value(&second, "etcdkit_runs_total"), Some(1.0));
        assert_eq!(last_value(&second, "etcdkit_last_exit_code"), Some(0.0));
        let third = report(Kind::Failure, 124).text(&second);
        assert_eq!(last_value(&third, "etcdkit_failures_total"), Some(1.0));
        assert_eq!(last_value(&third, "etcdkit_runs_total"), Some(2.0));
        assert_eq!(last_value(&third, "etcdkit_last_exit_code"), Some(124.0));
        assert_eq!(
            last_value(&third, "etcdkit_last_success_timestamp_seconds"),
            Some(1003.0)
        );
        assert_eq!(file_part("a/b c"), "a_b_c");
    }
}
