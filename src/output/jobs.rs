//! Renderers for job progress: records written and watched, bars and counters, `inspect
//! job`'s state.

use super::*;

/// A job's record in JSON: every field present, `null` (and state `waiting`) while the
/// job has not reported.
#[derive(Debug, Serialize)]
struct JobRecord<'a> {
    job: &'a str,
    percent: Option<u8>,
    message: Option<&'a str>,
    state: &'static str,
    updated: Option<&'a str>,
    started: Option<&'a str>,
    by: Option<&'a etcdkit::admin::holders::Identity>,
}

impl<'a> JobRecord<'a> {
    fn of(update: &'a Update) -> JobRecord<'a> {
        let p = update.progress.as_ref();
        JobRecord {
            job: &update.job,
            percent: p.map(|p| p.percent),
            message: p.map(|p| p.message.as_str()),
            state: p.map_or("waiting", |p| match p.state {
                State::Running => "running",
                State::Done => "done",
                State::Failed => "failed",
            }),
            updated: p.map(|p| p.updated.as_str()),
            // Records written before `started` existed have none.
            started: p.map(|p| p.started.as_str()).filter(|s| !s.is_empty()),
            by: p.and_then(|p| p.by.as_ref()),
        }
    }
}

fn job_line(update: &Update) -> String {
    match &update.progress {
        None => format!("{} waiting", sanitize(&update.job)),
        Some(p) => {
            let state = match p.state {
                State::Running => "running",
                State::Done => "done",
                State::Failed => "failed",
            };
            format!(
                "{} {}% {state} {}",
                sanitize(&update.job),
                p.percent,
                sanitize(&p.message)
            )
            .trim_end()
            .to_string()
        }
    }
}

impl<W: Write> Output<W> {
    /// A job record just written, in JSON only (`job-progress set/done/fail/run`).
    pub fn job_written(&mut self, update: &Update) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(&JobRecord::of(update)),
            Format::Text => Ok(()),
        }
    }

    /// A job's progress: `JOB PERCENT% STATE MESSAGE` (`JOB waiting` before it starts), or
    /// the record in JSON.
    pub fn job(&mut self, update: &Update) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(&JobRecord::of(update)),
            Format::Text => self.text_line(&job_line(update)),
        }
    }

    /// The live view of `job-progress watch` (see [`job_bars`]).
    pub fn job_view(&self, jobs: &[String]) -> Option<JobBars> {
        job_bars(self.format, jobs)
    }

    /// A counter on stderr for long streaming runs (see [`counter`]).
    pub fn counter(&self, what: &str) -> indicatif::ProgressBar {
        counter(self.format, what)
    }

    /// `inspect job`: the record, its times and its last writer; or the JSON record.
    pub fn job_state(&mut self, update: &Update) -> io::Result<()> {
        if self.format == Format::Json {
            return self.json_line(&JobRecord::of(update));
        }
        let Some(p) = &update.progress else {
            return self.text_line(&job_line(update));
        };
        let ago = |stamp: &str| {
            humantime::parse_rfc3339(stamp)
                .ok()
                .and_then(|t| std::time::SystemTime::now().duration_since(t).ok())
                .map_or_else(String::new, |d| format!(" ({} ago)", secs(Some(d))))
        };
        let by = p.by.as_ref().map_or_else(
            || "- (not recorded)".to_string(),
            |id| {
                let ci = id
                    .ci
                    .as_deref()
                    .map(|c| format!(" {c}"))
                    .unwrap_or_default();
                format!("{} user {}{ci}", id.short(), id.user)
            },
        );
        let out = &mut self.out;
        writeln!(out, "{}", job_line(update))?;
        writeln!(out, "started  {}{}", sanitize(&p.started), ago(&p.started))?;
        writeln!(out, "updated  {}{}", sanitize(&p.updated), ago(&p.updated))?;
        writeln!(out, "by       {}", sanitize(&by))?;
        out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::super::rendered;
    use super::*;

    #[test]
    fn a_job_that_has_not_reported_is_waiting_with_every_field_null() {
        let update = Update {
            job: "build".into(),
            progress: None,
        };
        assert_eq!(
            rendered(Format::Text, |o| o.job(&update)),
            "build waiting\n"
        );
        assert_eq!(rendered(Format::Text, |o| o.job_written(&update)), "");
        let json = rendered(Format::Json, |o| o.job(&update));
        let object: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(object["state"], "waiting");
        assert!(
            object["percent"].is_null() && object["message"].is_null(),
            "{json}"
        );
    }
}
