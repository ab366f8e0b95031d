//! The one writer to stdout ([`Output`], this file): text mode has one method per result
//! kind; JSON mode prints one object per line, which suits streams. Diagnostics go to
//! stderr, never here. Beside it: `color` (decided once, at start), `sanitize` (control
//! characters escaped before they reach a terminal), `progress_bar` (bars and counters on
//! stderr).

mod color;
mod progress_bar;
mod sanitize;
mod status_line;

pub use color::decide_color;
pub use progress_bar::{counter, job_bars, JobBars};
pub use sanitize::sanitize;
pub use status_line::{is_quiet, no_detail, note, set_logging, set_quiet, waiting};

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
use etcdkit::recipes::queue::{ClaimInfo, Counts, DeadLetter, Item};
use etcdkit::recipes::registry::{Change, Instance};

/// One item handled by `queue work`.
#[derive(Debug, Serialize)]
pub struct Worked<'a> {
    pub queue: &'a str,
    /// `done`, `retry`, `dead` or `released`.
    pub event: &'static str,
    pub key: &'a str,
    pub attempt: u32,
    /// CMD's exit status as a shell sees it (128+N for signal N).
    pub exit_code: u8,
}

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

/// A worker of a queue as `inspect queue` shows it.
#[derive(Debug)]
pub struct Worker {
    pub lease: i64,
    /// Its lease's time left (`None`: expired).
    pub ttl: Option<Duration>,
    /// Items it holds now.
    pub claims: usize,
    pub identity: etcdkit::admin::holders::Identity,
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

pub struct Output {
    format: Format,
    out: io::Stdout,
}

impl Output {
    pub fn new(format: Format) -> Output {
        Output {
            format,
            out: io::stdout(),
        }
    }

    /// `etcdkit status`: a table, or one JSON object per endpoint.
    pub fn endpoint_statuses(&mut self, rows: &[EndpointStatus]) -> io::Result<()> {
        if self.format == Format::Json {
            return rows.iter().try_for_each(|r| self.json_line(r));
        }
        let width = rows
            .iter()
            .map(|r| r.endpoint.len())
            .max()
            .unwrap_or(0)
            .max("ENDPOINT".len());
        let mut out = self.out.lock();
        writeln!(
            out,
            "{:<width$}  {:<9}  {:<16}  {:<8}  {:<6}  {:>5}  {:>9}  {:>9}",
            "ENDPOINT", "REACHABLE", "MEMBER", "VERSION", "LEADER", "TERM", "REVISION", "DB SIZE"
        )?;
        for r in rows {
            let dash = || "-".to_string();
            // Padded before colouring: escape codes would count towards the width.
            let reachable = if r.reachable {
                format!("{:<9}", "yes").green()
            } else {
                format!("{:<9}", "no").red()
            };
            writeln!(
                out,
                "{:<width$}  {}  {:<16}  {:<8}  {:<6}  {:>5}  {:>9}  {:>9}",
                sanitize(&r.endpoint),
                reachable,
                r.member_id.clone().unwrap_or_else(dash),
                r.version.clone().unwrap_or_else(dash),
                r.is_leader
                    .map_or_else(dash, |l| if l { "yes" } else { "no" }.to_string()),
                r.raft_term.map_or_else(dash, |t| t.to_string()),
                r.revision.map_or_else(dash, |v| v.to_string()),
                r.db_size.map_or_else(dash, human_bytes),
            )?;
        }
        // Why a member is unreachable, or what a reachable one would not say.
        for r in rows {
            if let Some(e) = &r.error {
                writeln!(out, "{}: {}", sanitize(&r.endpoint), sanitize(e))?;
            }
        }
        out.flush()
    }

    /// `etcdkit sandbox` without CMD: the endpoints, ready to paste into `--endpoints`.
    pub fn sandbox_ready(&mut self, endpoints: &[String], dir: &Path) -> io::Result<()> {
        #[derive(Serialize)]
        struct Ready<'a> {
            endpoints: &'a [String],
            data_dir: &'a Path,
        }
        match self.format {
            Format::Json => self.json_line(&Ready {
                endpoints,
                data_dir: dir,
            }),
            Format::Text => {
                let mut out = self.out.lock();
                writeln!(out, "ETCDKIT_ENDPOINTS={}", endpoints.join(","))?;
                out.flush()
            }
        }
    }

    /// `etcdkit lock` without CMD: `KEY REV`, or JSON with the name and lease.
    pub fn lock_held(&mut self, name: &str, held: &Held, lease: i64) -> io::Result<()> {
        #[derive(Serialize)]
        struct Acquired<'a> {
            name: &'a str,
            key: &'a str,
            rev: i64,
            lease: String,
        }
        match self.format {
            Format::Json => self.json_line(&Acquired {
                name,
                key: &held.key,
                rev: held.rev,
                lease: format!("{lease:x}"),
            }),
            Format::Text => {
                let mut out = self.out.lock();
                writeln!(out, "{} {}", sanitize(&held.key), held.rev)?;
                out.flush()
            }
        }
    }

    /// A leader: `--leader` and each `--observe` change print its value (text) or the whole
    /// record (JSON).
    pub fn leader(&mut self, leader: &Leader) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(leader),
            Format::Text => {
                let mut out = self.out.lock();
                writeln!(out, "{}", sanitize(&leader.value))?;
                out.flush()
            }
        }
    }

    /// `etcdkit elect` without CMD, once leading: `KEY REV`, or the JSON record.
    pub fn leading(&mut self, leader: &Leader) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(leader),
            Format::Text => {
                let mut out = self.out.lock();
                writeln!(out, "{} {}", sanitize(&leader.key), leader.rev)?;
                out.flush()
            }
        }
    }

    /// `discover`: the instances. Text: one address per line, or a table with metadata
    /// when stdout is a terminal. JSON: one object per instance.
    pub fn instances(&mut self, instances: &[Instance]) -> io::Result<()> {
        if self.format == Format::Json {
            return instances.iter().try_for_each(|i| self.json_line(i));
        }
        let table = self.out.is_terminal();
        let width = instances
            .iter()
            .map(|i| i.addr.len())
            .max()
            .unwrap_or(0)
            .max(4);
        let mut out = self.out.lock();
        if table {
            writeln!(out, "{:<width$}  METADATA", "ADDR")?;
        }
        for i in instances {
            if table {
                let metadata = i.metadata.to_string();
                writeln!(
                    out,
                    "{:<width$}  {}",
                    sanitize(&i.addr),
                    sanitize(&metadata)
                )?;
            } else {
                writeln!(out, "{}", sanitize(&i.addr))?;
            }
        }
        out.flush()
    }

    /// `discover --pick`: the address, or the instance in JSON.
    pub fn picked(&mut self, instance: &Instance) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(instance),
            Format::Text => {
                let mut out = self.out.lock();
                writeln!(out, "{}", sanitize(&instance.addr))?;
                out.flush()
            }
        }
    }

    /// `discover --watch`: `+ ADDR` / `- ADDR`, or the change in JSON.
    pub fn change(&mut self, service: &str, change: &Change) -> io::Result<()> {
        #[derive(Serialize)]
        struct Event<'a> {
            service: &'a str,
            event: &'static str,
            addr: &'a str,
            metadata: Option<&'a serde_json::Value>,
            rev: i64,
        }
        let event = match change {
            Change::Join {
                addr,
                metadata,
                rev,
            } => Event {
                service,
                event: "join",
                addr,
                metadata: Some(metadata),
                rev: *rev,
            },
            Change::Leave { addr, rev } => Event {
                service,
                event: "leave",
                addr,
                metadata: None,
                rev: *rev,
            },
        };
        match (self.format, change) {
            (Format::Json, _) => self.json_line(&event),
            (Format::Text, Change::Join { addr, .. }) => {
                self.text_line(&format!("+ {}", sanitize(addr)))
            }
            (Format::Text, Change::Leave { addr, .. }) => {
                self.text_line(&format!("- {}", sanitize(addr)))
            }
        }
    }

    /// `register` without CMD: the key, or key and lease in JSON.
    pub fn registered(
        &mut self,
        service: &str,
        addr: &str,
        key: &str,
        lease: i64,
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct Registered<'a> {
            service: &'a str,
            addr: &'a str,
            key: &'a str,
            lease: String,
        }
        match self.format {
            Format::Json => self.json_line(&Registered {
                service,
                addr,
                key,
                lease: format!("{lease:x}"),
            }),
            Format::Text => self.text_line(&sanitize(key)),
        }
    }

    /// A queue item: its value (text), or the record with its queue (JSON).
    pub fn item(&mut self, queue: &str, item: &Item) -> io::Result<()> {
        #[derive(Serialize)]
        struct Popped<'a> {
            queue: &'a str,
            #[serde(flatten)]
            item: &'a Item,
        }
        match self.format {
            Format::Json => self.json_line(&Popped { queue, item }),
            Format::Text => self.text_line(&sanitize(&item.value)),
        }
    }

    /// `queue len`: the ready count (text, as scripts read it), or every count (JSON).
    pub fn queue_counts(&mut self, queue: &str, counts: &Counts) -> io::Result<()> {
        #[derive(Serialize)]
        struct Len<'a> {
            queue: &'a str,
            len: i64,
            #[serde(flatten)]
            counts: &'a Counts,
        }
        match self.format {
            Format::Json => self.json_line(&Len {
                queue,
                len: counts.ready,
                counts,
            }),
            Format::Text => self.text_line(&counts.ready.to_string()),
        }
    }

    /// What a write did, in JSON only (text stays quiet for scripts): `{"topic",
    /// "published"}`, `{"queue","pushed"}`.
    pub fn written(&mut self, what: &str, name: &str, verb: &str, count: usize) -> io::Result<()> {
        if self.format != Format::Json {
            return Ok(());
        }
        // The name first, as in every other line (a serde map would sort the keys).
        let quoted = |s: &str| serde_json::Value::from(s).to_string();
        let line = format!(
            "{{{}:{},{}:{count}}}",
            quoted(what),
            quoted(name),
            quoted(verb)
        );
        self.text_line(&line)
    }

    /// A job record just written, in JSON only (`job-progress set/done/fail/run`).
    pub fn job_written(&mut self, update: &Update) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(&JobRecord::of(update)),
            Format::Text => Ok(()),
        }
    }

    /// One item handled by `queue work`: nothing in text (CMD owns stdout), a JSON line.
    pub fn worked(&mut self, worked: &Worked) -> io::Result<()> {
        match self.format {
            Format::Json => self.json_line(worked),
            Format::Text => Ok(()),
        }
    }

    /// `queue claims`: `KEY attempt N lease L held DUR` per claim, or JSON lines.
    pub fn claims(
        &mut self,
        queue: &str,
        claims: &[ClaimInfo],
        workers: &std::collections::HashMap<i64, etcdkit::admin::holders::Identity>,
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct Claimed<'a> {
            queue: &'a str,
            id: &'a str,
            key: &'a str,
            value: &'a str,
            attempt: u32,
            lease: Option<String>,
            since: String,
            held_ms: u64,
            alive: bool,
            identity: Option<&'a etcdkit::admin::holders::Identity>,
        }
        for c in claims {
            let held = Duration::from_secs(c.held_ms / 1000);
            let worker = c.record.lease.and_then(|l| workers.get(&l));
            match self.format {
                Format::Json => self.json_line(&Claimed {
                    queue,
                    id: &c.id,
                    key: &c.record.key,
                    value: &c.record.value,
                    attempt: c.record.attempt,
                    lease: c.record.lease.map(|l| format!("{l:x}")),
                    since: rfc3339_ms(c.record.since_ms),
                    held_ms: c.held_ms,
                    alive: c.alive,
                    identity: worker,
                })?,
                Format::Text => self.text_line(&format!(
                    "{}  attempt {}  lease {:x}  held {}{}{}",
                    sanitize(&c.record.key),
                    c.record.attempt,
                    c.record.lease.unwrap_or(0),
                    humantime::format_duration(held),
                    worker.map_or(String::new(), |w| format!("  by {}", sanitize(&w.short()))),
                    if c.alive {
                        ""
                    } else {
                        "  (lease gone: returning)"
                    }
                ))?,
            }
        }
        Ok(())
    }

    /// `queue dead`: `ID attempts N: FAILURE: VALUE` per dead letter, or JSON lines.
    pub fn dead_letters(&mut self, queue: &str, dead: &[DeadLetter]) -> io::Result<()> {
        #[derive(Serialize)]
        struct Dead<'a> {
            queue: &'a str,
            id: &'a str,
            key: &'a str,
            value: &'a str,
            attempt: u32,
            since: String,
            failure: Option<&'a str>,
        }
        for d in dead {
            match self.format {
                Format::Json => self.json_line(&Dead {
                    queue,
                    id: &d.id,
                    key: &d.record.key,
                    value: &d.record.value,
                    attempt: d.record.attempt,
                    since: rfc3339_ms(d.record.since_ms),
                    failure: d.record.failure.as_deref(),
                })?,
                Format::Text => self.text_line(&format!(
                    "{}  attempts {}  {}  {}",
                    sanitize(&d.id),
                    d.record.attempt,
                    sanitize(d.record.failure.as_deref().unwrap_or("")),
                    sanitize(&d.record.value)
                ))?,
            }
        }
        Ok(())
    }

    /// `queue retry`: the ids moved back, one per line (text), or one JSON line with their
    /// number and ids.
    pub fn retried(&mut self, queue: &str, ids: &[String]) -> io::Result<()> {
        #[derive(Serialize)]
        struct Retried<'a> {
            queue: &'a str,
            retried: usize,
            ids: &'a [String],
        }
        match self.format {
            Format::Json => self.json_line(&Retried {
                queue,
                retried: ids.len(),
                ids,
            }),
            Format::Text => ids.iter().try_for_each(|id| self.text_line(&sanitize(id))),
        }
    }

    /// `wait`: the value that satisfied it (nothing in text for a deletion).
    pub fn waited(&mut self, key: &str, value: Option<&str>) -> io::Result<()> {
        #[derive(Serialize)]
        struct Waited<'a> {
            key: &'a str,
            value: Option<&'a str>,
        }
        match (self.format, value) {
            (Format::Json, _) => self.json_line(&Waited { key, value }),
            (Format::Text, Some(v)) => self.text_line(&sanitize(v)),
            (Format::Text, None) => Ok(()),
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

    /// `inspect lock|elect`: a table in line order, or one JSON object per contender.
    pub fn contender_rows(&mut self, name: &str, rows: &[Row]) -> io::Result<()> {
        #[derive(Serialize)]
        struct Contender<'a> {
            name: &'a str,
            position: usize,
            state: &'static str,
            key: &'a str,
            lease: String,
            rev: i64,
            ttl_ms: Option<u64>,
            for_ms: Option<u64>,
            identity: Option<&'a etcdkit::admin::holders::Identity>,
        }
        if self.format == Format::Json {
            return rows.iter().try_for_each(|r| {
                self.json_line(&Contender {
                    name,
                    position: r.position,
                    state: r.state(),
                    key: &r.contender.key,
                    lease: format!("{:x}", r.contender.lease),
                    rev: r.contender.rev,
                    ttl_ms: ms(r.ttl),
                    for_ms: ms(r.age()),
                    identity: r.identity.as_ref(),
                })
            });
        }
        let mut out = self.out.lock();
        writeln!(
            out,
            "{:>3}  {:<7}  {:>10}  {:>6}  {:>8}  {:<16}  HOLDER",
            "POS", "STATE", "FOR", "TTL", "REV", "LEASE"
        )?;
        for r in rows {
            writeln!(
                out,
                "{:>3}  {:<7}  {:>10}  {:>6}  {:>8}  {:<16x}  {}",
                r.position,
                r.state(),
                secs(r.age()),
                secs(r.ttl),
                r.contender.rev,
                r.contender.lease,
                sanitize(&r.who())
            )?;
        }
        out.flush()
    }

    /// `inspect service`: a table of instances, or one JSON object per instance.
    pub fn instance_rows(&mut self, service: &str, rows: &[Row]) -> io::Result<()> {
        #[derive(Serialize)]
        struct Registered<'a> {
            service: &'a str,
            addr: &'a str,
            key: &'a str,
            listed: bool,
            health: Option<&'a str>,
            lease: String,
            ttl_ms: Option<u64>,
            for_ms: Option<u64>,
            identity: Option<&'a etcdkit::admin::holders::Identity>,
        }
        // A withdrawn instance has no key: its registrar's identity names the address.
        fn addr(r: &Row) -> &str {
            let key = &r.contender.key;
            match key.rsplit_once('/') {
                Some((_, a)) => a,
                None => r
                    .identity
                    .as_ref()
                    .and_then(|i| i.addr.as_deref())
                    .unwrap_or("-"),
            }
        }
        fn health(r: &Row) -> Option<&str> {
            r.identity.as_ref().and_then(|i| i.health.as_deref())
        }
        if self.format == Format::Json {
            return rows.iter().try_for_each(|r| {
                self.json_line(&Registered {
                    service,
                    addr: addr(r),
                    key: &r.contender.key,
                    listed: !r.contender.key.is_empty(),
                    health: health(r),
                    lease: format!("{:x}", r.contender.lease),
                    ttl_ms: ms(r.ttl),
                    for_ms: ms(r.age()),
                    identity: r.identity.as_ref(),
                })
            });
        }
        let width = rows.iter().map(|r| addr(r).len()).max().unwrap_or(0).max(4);
        let mut out = self.out.lock();
        writeln!(
            out,
            "{:<width$}  {:<9}  {:>10}  {:>6}  {:<16}  REGISTRAR",
            "ADDR", "STATE", "FOR", "TTL", "LEASE"
        )?;
        for r in rows {
            let state = if r.contender.key.is_empty() {
                "withdrawn"
            } else {
                "listed"
            };
            let why = match health(r) {
                Some(h) if h != "passing" => format!(" [{h}]"),
                _ => String::new(),
            };
            writeln!(
                out,
                "{:<width$}  {:<9}  {:>10}  {:>6}  {:<16x}  {}{}",
                sanitize(addr(r)),
                state,
                secs(r.age()),
                secs(r.ttl),
                r.contender.lease,
                sanitize(&r.who()),
                sanitize(&why)
            )?;
        }
        out.flush()
    }

    /// `once --status`: the last success and when a run is due.
    pub fn once_status(
        &mut self,
        name: &str,
        status: &etcdkit::recipes::periodic::Status,
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct OnceStatus<'a> {
            name: &'a str,
            due: bool,
            due_in_ms: Option<u64>,
            last: Option<&'a etcdkit::recipes::periodic::Success>,
            rev: Option<i64>,
        }
        let last = status.last.as_ref();
        if self.format == Format::Json {
            return self.json_line(&OnceStatus {
                name,
                due: status.not_due_for.is_none(),
                due_in_ms: ms(status.not_due_for),
                last: last.map(|(s, _)| s),
                rev: last.map(|(_, rev)| *rev),
            });
        }
        let due = match status.not_due_for {
            None => "due now".to_string(),
            Some(left) => format!("due again in {}", secs(Some(left))),
        };
        let last = match last {
            None => "no success on record".to_string(),
            Some((s, rev)) => format!(
                "last success {} on {} user {} (took {}, rev {rev})",
                s.finished,
                s.by.short(),
                s.by.user,
                secs(Some(Duration::from_millis(s.duration_ms)))
            ),
        };
        self.text_line(&sanitize(&format!("{name}: {due}; {last}")))
    }

    /// `watch` without CMD: `put KEY VALUE` / `delete KEY`, or `{"key","type","value","rev"}`.
    pub fn watched(&mut self, change: &crate::commands::WatchChange) -> io::Result<()> {
        #[derive(Serialize)]
        struct Watched<'a> {
            key: &'a str,
            #[serde(rename = "type")]
            kind: &'static str,
            value: Option<&'a str>,
            rev: i64,
        }
        let kind = if change.value.is_some() {
            "put"
        } else {
            "delete"
        };
        match self.format {
            Format::Json => self.json_line(&Watched {
                key: &change.key,
                kind,
                value: change.value.as_deref(),
                rev: change.rev,
            }),
            Format::Text => self.text_line(&match &change.value {
                Some(v) => format!("put {} {}", sanitize(&change.key), sanitize(v)),
                None => format!("delete {}", sanitize(&change.key)),
            }),
        }
    }

    /// `counter`: the value (text), or `{"name","value","rev"}`.
    pub fn count(
        &mut self,
        name: &str,
        count: &etcdkit::recipes::counter::Count,
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct Counted<'a> {
            name: &'a str,
            value: i64,
            rev: i64,
        }
        match self.format {
            Format::Json => self.json_line(&Counted {
                name,
                value: count.value,
                rev: count.rev,
            }),
            Format::Text => self.text_line(&count.value.to_string()),
        }
    }

    /// `counter NAME delete`: nothing in text, `{"name","deleted"}` in JSON.
    pub fn deleted(&mut self, name: &str, deleted: bool) -> io::Result<()> {
        #[derive(Serialize)]
        struct Deleted<'a> {
            name: &'a str,
            deleted: bool,
        }
        match self.format {
            Format::Json => self.json_line(&Deleted { name, deleted }),
            Format::Text => Ok(()),
        }
    }

    /// `inspect queue`: the counts, then a table of workers; or one JSON object.
    pub fn queue_state(
        &mut self,
        queue: &str,
        counts: &Counts,
        workers: &[Worker],
    ) -> io::Result<()> {
        #[derive(Serialize)]
        struct WorkerOut<'a> {
            lease: String,
            ttl_ms: Option<u64>,
            for_ms: Option<u64>,
            claims: usize,
            identity: &'a etcdkit::admin::holders::Identity,
        }
        #[derive(Serialize)]
        struct State<'a> {
            queue: &'a str,
            #[serde(flatten)]
            counts: &'a Counts,
            workers: Vec<WorkerOut<'a>>,
        }
        if self.format == Format::Json {
            let workers = workers
                .iter()
                .map(|w| WorkerOut {
                    lease: format!("{:x}", w.lease),
                    ttl_ms: ms(w.ttl),
                    for_ms: ms(w.identity.age()),
                    claims: w.claims,
                    identity: &w.identity,
                })
                .collect();
            return self.json_line(&State {
                queue,
                counts,
                workers,
            });
        }
        let mut out = self.out.lock();
        writeln!(
            out,
            "{}: {} ready, {} claimed, {} delayed, {} dead",
            sanitize(queue),
            counts.ready,
            counts.claimed,
            counts.delayed,
            counts.dead
        )?;
        if !workers.is_empty() {
            writeln!(
                out,
                "{:<16}  {:>6}  {:>10}  {:>6}  WORKER",
                "LEASE", "TTL", "FOR", "CLAIMS"
            )?;
        }
        for w in workers {
            writeln!(
                out,
                "{:<16x}  {:>6}  {:>10}  {:>6}  {} user {}",
                w.lease,
                secs(w.ttl),
                secs(w.identity.age()),
                w.claims,
                sanitize(&w.identity.short()),
                sanitize(&w.identity.user)
            )?;
        }
        out.flush()
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
        let mut out = self.out.lock();
        writeln!(out, "{}", job_line(update))?;
        writeln!(out, "started  {}{}", sanitize(&p.started), ago(&p.started))?;
        writeln!(out, "updated  {}{}", sanitize(&p.updated), ago(&p.updated))?;
        writeln!(out, "by       {}", sanitize(&by))?;
        out.flush()
    }

    /// `--break`: what was revoked.
    pub fn broken(&mut self, name: &str, row: &Row, who: &str) -> io::Result<()> {
        #[derive(Serialize)]
        struct Broken<'a> {
            name: &'a str,
            key: &'a str,
            lease: String,
            rev: i64,
            identity: Option<&'a etcdkit::admin::holders::Identity>,
        }
        match self.format {
            Format::Json => self.json_line(&Broken {
                name,
                key: &row.contender.key,
                lease: format!("{:x}", row.contender.lease),
                rev: row.contender.rev,
                identity: row.identity.as_ref(),
            }),
            Format::Text => self.text_line(&format!(
                "revoked lease {:x}: {} held by {}",
                row.contender.lease,
                sanitize(&row.contender.key),
                sanitize(who)
            )),
        }
    }

    /// A subscribed message: its value (text), or the record with its topic (JSON).
    pub fn message(&mut self, topic: &str, message: &Message) -> io::Result<()> {
        #[derive(Serialize)]
        struct Delivered<'a> {
            topic: &'a str,
            #[serde(flatten)]
            message: &'a Message,
        }
        match self.format {
            Format::Json => self.json_line(&Delivered { topic, message }),
            Format::Text => self.text_line(&sanitize(&message.value)),
        }
    }

    fn text_line(&mut self, line: &str) -> io::Result<()> {
        let mut out = self.out.lock();
        writeln!(out, "{line}")?;
        out.flush()
    }

    /// Raw text as it is (completion scripts, man pages).
    pub fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        let mut out = self.out.lock();
        out.write_all(bytes)?;
        out.flush()
    }

    /// Whether output is JSON (some results read more in JSON).
    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    fn json_line<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        let mut out = self.out.lock();
        serde_json::to_writer(&mut out, value)?;
        out.write_all(b"\n")?;
        out.flush()
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
