//! Progress bars and counters on stderr, through one place that decides whether to draw:
//! only when stderr is a terminal and the output is text.

use std::fmt;
use std::io::{self, IsTerminal};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use super::sanitize;
use crate::args::Format;
use etcdkit::recipes::progress::{Progress, State, Update};

/// The live view of `job-progress watch`: bars on stderr when it is a terminal and the
/// output is text; otherwise `None`, and one line per change goes through `Output::job`.
///
/// Each line: `JOB [bar] 40% running 5m12s, ETA 7m48s, updated 3s ago  message`. Times
/// come from the record (`started`, `updated`) and are redrawn every second, so a job that
/// stopped reporting shows its age growing; the message is cut to 40 characters.
pub fn job_bars(format: Format, jobs: &[String]) -> Option<JobBars> {
    if format == Format::Json || !io::stderr().is_terminal() {
        return None;
    }
    let multi = indicatif::MultiProgress::with_draw_target(indicatif::ProgressDrawTarget::stderr());
    let width = jobs.iter().map(|j| j.len()).max().unwrap_or(0);
    let bars = jobs
        .iter()
        .map(|job| {
            let seen = Arc::new(Mutex::new(None::<Progress>));
            let info = {
                let seen = seen.clone();
                move |_: &indicatif::ProgressState, w: &mut dyn fmt::Write| {
                    let seen = seen.lock().unwrap_or_else(|e| e.into_inner());
                    let _ = w.write_str(&timing(seen.as_ref(), SystemTime::now()));
                }
            };
            // `wide_msg`: the message takes what the line has left, measured at every
            // redraw, so a resized terminal gets lines that fit instead of wrapped ones.
            let style = indicatif::ProgressStyle::with_template(&format!(
                "{{prefix:<{width}}} [{{bar:30.cyan/blue}}] {{pos:>3}}% {{info}}  {{wide_msg}}"
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .with_key("info", info)
            .progress_chars("=> ");
            let bar = multi.add(indicatif::ProgressBar::new(100).with_style(style));
            bar.set_prefix(sanitize(job).into_owned());
            bar.enable_steady_tick(Duration::from_secs(1));
            (job.clone(), bar, seen)
        })
        .collect();
    Some(JobBars {
        _multi: multi,
        bars,
    })
}

/// The longest message shown after a bar: a longer one would wrap and break the redraw.
const MAX_MESSAGE: usize = 40;

/// `text` cut to `max` characters, with `…` when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// `running 5m12s, ETA 7m48s, updated 3s ago` from the record, as of `now`. The ETA is
/// the pace from `started` to the last update carried on, counted down since that update;
/// none before the job has reported for a second (a first update would say `ETA 0s`).
fn timing(progress: Option<&Progress>, now: SystemTime) -> String {
    let Some(p) = progress else {
        return "waiting".to_string();
    };
    let since = |stamp: &str| {
        humantime::parse_rfc3339(stamp)
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .map(|d| Duration::from_secs(d.as_secs()))
    };
    let show = |d: Duration| humantime::format_duration(d).to_string();
    let ran = since(&p.started);
    let updated = since(&p.updated);
    match p.state {
        State::Running => {
            let mut line = format!("running {}", ran.map(show).unwrap_or_else(|| "?".into()));
            let measured = ran
                .zip(updated)
                .map(|(ran, updated)| ran.saturating_sub(updated));
            let measured = measured.filter(|m| *m >= Duration::from_secs(1));
            if let Some(measured) = measured.filter(|_| p.percent > 0 && p.percent < 100) {
                let total_left =
                    measured.as_secs() * u64::from(100 - p.percent) / u64::from(p.percent);
                let since = updated.map_or(0, |u| u.as_secs());
                let left = Duration::from_secs(total_left.saturating_sub(since));
                line.push_str(&format!(", ETA {}", show(left)));
            }
            if let Some(updated) = updated {
                line.push_str(&format!(", updated {} ago", show(updated)));
            }
            line
        }
        State::Done => format!("done after {}", ran.map(show).unwrap_or_else(|| "?".into())),
        State::Failed => format!(
            "{} after {}",
            console::style("FAILED").red().bold().for_stderr(),
            ran.map(show).unwrap_or_else(|| "?".into())
        ),
    }
}

/// A counter on stderr for long streaming runs; hidden unless stderr is a terminal and
/// the output is text (and not `-q`).
pub fn counter(format: Format, what: &str) -> indicatif::ProgressBar {
    if format == Format::Json || super::is_quiet() || !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    let style = indicatif::ProgressStyle::with_template(&format!(
        "{{spinner}} {{pos}} {what} ({{per_sec}})"
    ))
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
    bar.set_style(style);
    bar
}

/// The last record a bar was given, read by its once-a-second redraw.
type LastSeen = Arc<Mutex<Option<Progress>>>;

/// One indicatif bar per job, with the last record seen for it.
pub struct JobBars {
    _multi: indicatif::MultiProgress,
    bars: Vec<(String, indicatif::ProgressBar, LastSeen)>,
}

impl JobBars {
    pub fn update(&self, update: &Update) {
        let Some((_, bar, seen)) = self.bars.iter().find(|(job, _, _)| *job == update.job) else {
            return;
        };
        *seen.lock().unwrap_or_else(|e| e.into_inner()) = update.progress.clone();
        match &update.progress {
            None => bar.set_message(""),
            Some(p) => {
                bar.set_position(u64::from(p.percent));
                let message = shorten(&sanitize(&p.message), MAX_MESSAGE);
                match p.state {
                    State::Running => bar.set_message(message),
                    State::Done => bar.finish_with_message(message),
                    State::Failed => bar.abandon_with_message(message),
                }
            }
        }
    }
}

/// Whatever ends the watch (done, a failed job, Ctrl-C, `--timeout`), every bar stays on
/// the screen as it was last drawn.
impl Drop for JobBars {
    fn drop(&mut self) {
        for (_, bar, _) in &self.bars {
            if !bar.is_finished() {
                bar.abandon();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(state: State, percent: u8) -> Progress {
        Progress {
            percent,
            message: String::new(),
            state,
            updated: "2026-11-21T00:05:00Z".into(),
            started: "2026-11-21T00:00:00Z".into(),
            by: None,
        }
    }

    #[test]
    fn timing_counts_from_the_jobs_start_and_shows_its_age() {
        let now = humantime::parse_rfc3339("2026-11-21T00:05:10Z").unwrap();
        assert_eq!(
            timing(Some(&record(State::Running, 25)), now),
            "running 5m 10s, ETA 14m 50s, updated 10s ago"
        );
        let first = Progress {
            updated: "2026-11-21T00:05:00Z".into(),
            started: "2026-11-21T00:05:00Z".into(),
            ..record(State::Running, 10)
        };
        assert_eq!(
            timing(Some(&first), now),
            "running 10s, updated 10s ago",
            "no ETA from a first report"
        );
        assert_eq!(
            timing(Some(&record(State::Running, 0)), now),
            "running 5m 10s, updated 10s ago"
        );
        assert_eq!(
            timing(Some(&record(State::Done, 100)), now),
            "done after 5m 10s"
        );
        assert_eq!(timing(None, now), "waiting");
    }
}
