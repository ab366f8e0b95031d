//! Renderers for queues: a popped item, counts, `queue work`'s items, claims, dead letters,
//! retries, `inspect queue`'s state.

use super::*;

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

impl<W: Write> Output<W> {
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
            Format::Text => self.text_line(&sanitize_bytes(&item.value)),
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
            #[serde(flatten)]
            value: Encoded,
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
                    value: Encoded::of(&c.record.value),
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
            #[serde(flatten)]
            value: Encoded,
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
                    value: Encoded::of(&d.record.value),
                    attempt: d.record.attempt,
                    since: rfc3339_ms(d.record.since_ms),
                    failure: d.record.failure.as_deref(),
                })?,
                Format::Text => self.text_line(&format!(
                    "{}  attempts {}  {}  {}",
                    sanitize(&d.id),
                    d.record.attempt,
                    sanitize(d.record.failure.as_deref().unwrap_or("")),
                    sanitize_bytes(&d.record.value)
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
        let out = &mut self.out;
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
}

#[cfg(test)]
mod tests {
    use super::super::rendered;
    use super::*;

    #[test]
    fn a_popped_item_is_its_value_escaped_or_json_with_the_queue_first() {
        let item = Item {
            value: "build 42\x1b[2J".into(),
            key: "jobs/00000000000000000007".into(),
            rev: 7,
        };
        let text = rendered(Format::Text, |o| o.item("jobs", &item));
        assert_eq!(text.lines().count(), 1, "{text:?}");
        assert!(
            !text.contains('\x1b'),
            "a control character reached the terminal: {text:?}"
        );
        assert!(text.starts_with("build 42"), "{text:?}");
        let json = rendered(Format::Json, |o| o.item("jobs", &item));
        assert!(json.starts_with("{\"queue\":\"jobs\","), "{json}");
        let object: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            object["value"], "build 42\u{1b}[2J",
            "JSON keeps the value exact"
        );
        assert_eq!(object["rev"], 7);
    }

    #[test]
    fn a_value_that_is_not_utf8_is_escaped_in_text_and_base64_in_json() {
        let item = Item {
            value: vec![b'a', 0xff],
            key: "jobs/1".into(),
            rev: 2,
        };
        assert_eq!(
            rendered(Format::Text, |o| o.item("jobs", &item)),
            "a\\xff\n"
        );
        assert_eq!(
            rendered(Format::Json, |o| o.item("jobs", &item)),
            "{\"queue\":\"jobs\",\"value_base64\":\"Yf8=\",\"key\":\"jobs/1\",\"rev\":2}\n"
        );
    }

    #[test]
    fn queue_len_is_the_ready_count_or_every_count() {
        let counts = Counts {
            ready: 3,
            claimed: 1,
            delayed: 0,
            dead: 2,
        };
        assert_eq!(
            rendered(Format::Text, |o| o.queue_counts("jobs", &counts)),
            "3\n"
        );
        let json = rendered(Format::Json, |o| o.queue_counts("jobs", &counts));
        let object: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(object["len"], 3);
        assert_eq!(object["dead"], 2);
    }
}
