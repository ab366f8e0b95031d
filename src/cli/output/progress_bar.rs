//! Progress bars and counters on stderr, through one place that decides whether to draw:
//! only when stderr is a terminal and the output is text.

use std::io::{self, IsTerminal};

use super::sanitize;
use crate::cli::args::Format;
use crate::progress::{State, Update};

/// The live view of `job-progress watch`: bars on stderr when it is a terminal and the
/// output is text; otherwise `None`, and one line per change goes through `Output::job`.
pub fn job_bars(format: Format, jobs: &[String]) -> Option<JobBars> {
    if format == Format::Json || !io::stderr().is_terminal() {
        return None;
    }
    let multi = indicatif::MultiProgress::with_draw_target(indicatif::ProgressDrawTarget::stderr());
    let width = jobs.iter().map(|j| j.len()).max().unwrap_or(0);
    let style = indicatif::ProgressStyle::with_template(&format!(
        "{{prefix:<{width}}} [{{bar:30}}] {{pos:>3}}% {{msg}} ({{elapsed}}, ETA {{eta}})"
    ))
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
    .progress_chars("=> ");
    let bars = jobs
        .iter()
        .map(|job| {
            let bar = multi.add(indicatif::ProgressBar::new(100).with_style(style.clone()));
            bar.set_prefix(sanitize(job).into_owned());
            bar.set_message("waiting");
            (job.clone(), bar)
        })
        .collect();
    Some(JobBars {
        _multi: multi,
        bars,
    })
}

/// A counter on stderr for long streaming runs; hidden unless stderr is a terminal and
/// the output is text.
pub fn counter(format: Format, what: &str) -> indicatif::ProgressBar {
    if format == Format::Json || !io::stderr().is_terminal() {
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

/// One indicatif bar per job.
pub struct JobBars {
    _multi: indicatif::MultiProgress,
    bars: Vec<(String, indicatif::ProgressBar)>,
}

impl JobBars {
    pub fn update(&self, update: &Update) {
        let Some((_, bar)) = self.bars.iter().find(|(job, _)| *job == update.job) else {
            return;
        };
        match &update.progress {
            None => bar.set_message("waiting"),
            Some(p) => {
                bar.set_position(u64::from(p.percent));
                let message = sanitize(&p.message).into_owned();
                match p.state {
                    State::Running => bar.set_message(message),
                    State::Done => bar.finish_with_message(format!("done {message}")),
                    State::Failed => bar.abandon_with_message(format!("FAILED {message}")),
                }
            }
        }
    }
}
